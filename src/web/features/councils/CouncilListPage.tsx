import { Button, Card, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { CouncilFormModal } from './CouncilFormModal.js';
import { sessionListPath } from './session-paths.js';
import { useCouncilList, type CouncilSummary } from './useCouncils.js';

/** Hội đồng Thi đua – Khen thưởng of the units in the user's scope. */
export function CouncilListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const list = useCouncilList();
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => [...(list.data?.items ?? [])].sort((a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnamese(a.name, b.name)), [list.data]);

  const columns: TableColumnsType<CouncilSummary> = [
    { title: t('council.name'), key: 'name', render: (_, c) => <Link to={PATHS.council(c.id)}>{c.name}</Link>, sorter: (a, b) => compareVietnamese(a.name, b.name) },
    { title: t('council.unit'), key: 'unit', width: 260, render: (_, c) => c.unitName, sorter: (a, b) => compareVietnamese(a.unitName, b.unitName) },
    { title: t('council.memberCount'), key: 'members', width: 130, align: 'right', render: (_, c) => c.memberCount },
    { title: t('council.quorum'), key: 'quorum', width: 170, render: (_, c) => t('council.quorumRatio', { n: c.quorumNumerator, d: c.quorumDenominator }) },
    { title: t('common.actions'), key: 'actions', width: 150, render: (_, c) => <Link to={sessionListPath(c.id)}>{t('council.sessions')}</Link> },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.councils')}
        extra={
          can('council:manage') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('council.create')}
            </Button>
          )
        }
      />
      <Card size="small">
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CouncilSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 800 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('council.none') }}
        />
      </Card>
      {creating && <CouncilFormModal onClose={() => setCreating(false)} onSaved={(c) => void navigate(PATHS.council(c.id))} />}
    </>
  );
}
