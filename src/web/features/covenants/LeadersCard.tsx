import { App, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { GroupKindTag, points } from './covenant-parts.js';
import { useCovenantLeaders, useProposeGovernmentFlags, type CovenantLeaders } from './useCovenants.js';

type Leader = CovenantLeaders['leaders'][number];

/**
 * The units that lead an organiser's clusters and blocks in a year, and the Government flag for at
 * most 20 % of them (rounded down); each proposal names the cluster or block the unit led.
 */
export function LeadersCard({ organiserUnitId, organiserName, year }: { organiserUnitId: string; organiserName: string; year: number }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const leaders = useCovenantLeaders(organiserUnitId, year);
  const propose = useProposeGovernmentFlags();
  const [selected, setSelected] = useState<string[]>([]);
  const data = leaders.data;
  if (!data || data.leaders.length === 0) return null;
  const proposed = data.leaders.filter((l) => l.governmentNominationId).length;

  return (
    <Card size="small" title={t('covenant.leaders.title', { organiser: organiserName, year })} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('covenant.leaders.cap', { count: data.leaders.length, cap: data.cap, proposed })}</Typography.Paragraph>
      <Table<Leader>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={data.leaders}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (l) => ({ disabled: l.governmentNominationId !== null, 'aria-label': t('covenant.leaders.select', { unit: l.unitName }) }),
        }}
        columns={[
          { title: t('covenant.members.unit'), key: 'unit', render: (_, l) => l.unitName },
          { title: t('covenant.leaders.led'), key: 'group', render: (_, l) => <Link to={PATHS.covenant(l.covenantId)}><GroupKindTag kind={l.groupKind} /> {l.groupName}</Link> },
          { title: t('covenant.ranking.total'), key: 'total', align: 'right', render: (_, l) => points(l.total) },
          {
            title: t('covenant.leaders.government'),
            key: 'gov',
            render: (_, l) => (l.governmentNominationId ? <Link to={PATHS.nomination(l.governmentNominationId)}>{t('covenant.leaders.proposed')}</Link> : ''),
          },
        ]}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={selected.length === 0}
        loading={propose.isPending}
        onClick={() =>
          propose.mutate(
            { organiserUnitId, year, unitIds: selected },
            {
              onSuccess: (r) => {
                setSelected([]);
                void message.success(t('covenant.leaders.done', { count: r.nominationIds.length }));
              },
              onError: (e) => showError(e),
            },
          )
        }
      >
        {t('covenant.leaders.propose')}
      </Button>
    </Card>
  );
}
