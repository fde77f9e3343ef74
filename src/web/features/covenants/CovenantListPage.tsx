import { Button, Card, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { CovenantStatusTag, GroupKindTag } from './covenant-parts.js';
import { CreateCovenantModal } from './CreateCovenantModal.js';
import { LeadersCard } from './LeadersCard.js';
import { useCovenantList, type CovenantSummary } from './useCovenants.js';

/** Giao ước thi đua of the clusters and blocks the user sees, one year at a time (?year=). */
export function CovenantListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const year = Number(params.get('year')) || currentYear;

  // Every year that has a covenant, so a past year can be picked; plus this year and the next.
  const all = useCovenantList({});
  const list = useCovenantList({ year });
  const years = [...new Set([currentYear + 1, currentYear, year, ...(all.data?.items ?? []).map((c) => c.year)])].sort((a, b) => b - a);
  const rows = [...(list.data?.items ?? [])].sort((a, b) => compareVietnamese(a.groupName, b.groupName));
  // The organisers whose covenants the user runs: each picks its leaders for the Government flag.
  const organisers = [...new Map(rows.filter((c) => c.canManage && can('nomination:write')).map((c) => [c.organiserUnitId, { id: c.organiserUnitId, name: c.organiserName }])).values()];

  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('year', String(y));
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<CovenantSummary> = [
    {
      title: t('covenant.col.group'),
      key: 'group',
      render: (_, c) => (
        <>
          <Link to={PATHS.covenant(c.id)}>{c.groupName}</Link>
          <br />
          <Typography.Text type="secondary">{c.title}</Typography.Text>
        </>
      ),
      sorter: (a, b) => compareVietnamese(a.groupName, b.groupName),
    },
    { title: t('covenant.col.kind'), key: 'kind', width: 90, render: (_, c) => <GroupKindTag kind={c.groupKind} /> },
    { title: t('covenant.col.year'), key: 'year', width: 80, render: (_, c) => c.year },
    { title: t('covenant.col.status'), key: 'status', width: 170, render: (_, c) => <CovenantStatusTag status={c.status} /> },
    { title: t('covenant.col.deadline'), key: 'deadline', width: 140, render: (_, c) => formatDateVi(c.scoringDeadline) },
    { title: t('covenant.col.signed'), key: 'signed', width: 100, align: 'right', render: (_, c) => t('covenant.ratio', { n: c.signedCount, total: c.memberCount }) },
    { title: t('covenant.col.submitted'), key: 'submitted', width: 100, align: 'right', render: (_, c) => t('covenant.ratio', { n: c.submittedCount, total: c.memberCount }) },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.covenants')}
        extra={
          can('group:write') && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('covenant.create')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label={t('covenant.filter.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Flex>
      <Card size="small">
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CovenantSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('covenant.none', { year }) }}
        />
      </Card>
      {organisers.map((o) => (
        <LeadersCard key={`${o.id}-${year}`} organiserUnitId={o.id} organiserName={o.name} year={year} />
      ))}
      {creating && (
        <CreateCovenantModal
          year={year}
          existing={list.data?.items ?? []}
          sources={all.data?.items ?? []}
          onClose={() => setCreating(false)}
          onSaved={(c) => void navigate(PATHS.covenant(c.id))}
        />
      )}
    </>
  );
}
