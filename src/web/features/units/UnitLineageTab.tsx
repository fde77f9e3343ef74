import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { UnitLineage } from '../../../contract/units.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useUnitLineage } from './useUnits.js';

type Edge = UnitLineage['origins'][number];
type ParentLink = UnitLineage['parents'][number];

/** Where the unit came from, what succeeded it, and the parents it had over time. */
export function UnitLineageTab({ unitId }: { unitId: string }) {
  const t = useT();
  const lineage = useUnitLineage(unitId);
  if (lineage.isPending) return <PageSpin />;
  if (lineage.isError) return <QueryError error={lineage.error} onRetry={() => void lineage.refetch()} />;
  const { origins, successors, parents } = lineage.data;

  const eventTag = (event: Edge['event']) => <Tag>{t(`lineageEvent.${event}`)}</Tag>;
  const edgeColumns = (side: 'origins' | 'successors') => [
    {
      title: t('unit.lineage.unit'),
      key: 'unit',
      render: (_: unknown, e: Edge) => {
        const [id, name, via] =
          side === 'origins'
            ? [e.predecessorId, e.predecessorName, e.successorName]
            : [e.successorId, e.successorName, e.predecessorName];
        return (
          <>
            <Link to={PATHS.unit(id)}>{name}</Link>
            {e.depth > 1 && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                ({t('unit.lineage.via', { name: via })})
              </Typography.Text>
            )}
          </>
        );
      },
    },
    { title: t('unit.lineage.event'), key: 'event', width: 160, render: (_: unknown, e: Edge) => eventTag(e.event) },
    { title: t('unit.lineage.effectiveOn'), key: 'on', width: 150, render: (_: unknown, e: Edge) => formatDateVi(e.effectiveOn) },
  ];

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('unit.lineage.origins')}
      </Typography.Title>
      <Table<Edge> size="small" rowKey={(e) => `${e.predecessorId}-${e.successorId}`} dataSource={origins} columns={edgeColumns('origins')} pagination={false} locale={{ emptyText: t('common.none') }} />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        {t('unit.lineage.successors')}
      </Typography.Title>
      <Table<Edge> size="small" rowKey={(e) => `${e.predecessorId}-${e.successorId}`} dataSource={successors} columns={edgeColumns('successors')} pagination={false} locale={{ emptyText: t('common.none') }} />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        {t('unit.lineage.parents')}
      </Typography.Title>
      <Table<ParentLink>
        size="small"
        rowKey={(p) => `${p.parentId}-${p.validFrom ?? ''}`}
        dataSource={parents}
        pagination={false}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { title: t('unit.parent'), key: 'parent', render: (_, p) => <Link to={PATHS.unit(p.parentId)}>{p.parentName}</Link> },
          { title: t('unit.lineage.from'), key: 'from', width: 150, render: (_, p) => formatDateVi(p.validFrom) },
          { title: t('unit.lineage.to'), key: 'to', width: 150, render: (_, p) => (p.validTo ? formatDateVi(p.validTo) : t('common.today')) },
        ]}
      />
    </>
  );
}
