import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan } from '../session/useSession.js';
import { DeadlineText } from './DeadlineText.js';
import { ReportStatusTag } from './ReportStatusTag.js';
import { useAssignmentList, useCreateReport, useReportList, type ReportSummary } from './useReports.js';

type Row = { assignment: Assignment; report: ReportSummary | undefined };

/** Nhiệm vụ giao cho đơn vị: each with the unit's report (or a button to start it), soonest deadline first. */
export function UnitAssignmentsTable({
  unitId,
  assignmentId,
  onShowAll,
}: {
  unitId: string;
  /** Only this assignment (a notification link); `onShowAll` lifts that. */
  assignmentId: string | undefined;
  onShowAll: () => void;
}) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const showError = useShowError();
  const assignments = useAssignmentList({ unitId });
  const reports = useReportList({ unitId });
  const create = useCreateReport();

  // The list may include reports of units below this one: only the unit's own report belongs on its row.
  const reportOf = new Map((reports.data?.items ?? []).filter((r) => r.unitId === unitId).map((r) => [r.assignmentId, r]));
  const rows: Row[] = (assignments.data?.items ?? [])
    .filter((a) => !assignmentId || a.id === assignmentId)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || compareVietnamese(a.title, b.title))
    .map((assignment) => ({ assignment, report: reportOf.get(assignment.id) }));

  const start = (a: Assignment) =>
    create.mutate(
      { assignmentId: a.id, unitId },
      { onSuccess: (report) => void navigate(PATHS.report(report.id)), onError: (error) => showError(error) },
    );

  const columns: TableColumnsType<Row> = [
    {
      title: t('report.assignment'),
      key: 'title',
      render: (_, { assignment: a }) => (
        <Flex vertical>
          <Typography.Text strong>{a.title}</Typography.Text>
          {a.documentNumber && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('report.fromDocument', { number: a.documentNumber })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('report.period'), key: 'period', width: 100, render: (_, { assignment: a }) => a.period },
    { title: t('report.dueOn'), key: 'dueOn', width: 110, render: (_, { assignment: a }) => formatDateVi(a.dueOn) },
    {
      title: t('report.deadline'),
      key: 'deadline',
      width: 150,
      render: (_, { assignment: a, report }) => <DeadlineText dueOn={a.dueOn} daysLate={report?.daysLate ?? null} />,
    },
    { title: t('report.status'), key: 'status', width: 130, render: (_, { report }) => <ReportStatusTag status={report?.status ?? null} /> },
    {
      title: t('common.actions'),
      key: 'action',
      width: 150,
      render: (_, { assignment: a, report }) =>
        report ? (
          <Button onClick={() => void navigate(PATHS.report(report.id))}>{t('report.open')}</Button>
        ) : (
          can('report:write') && (
            <Button type="primary" loading={create.isPending && create.variables?.assignmentId === a.id} onClick={() => start(a)}>
              {t('report.start')}
            </Button>
          )
        ),
    },
  ];

  const error = assignments.error ?? reports.error;
  return (
    <>
      {assignmentId && (
        <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('report.filterOne')}</Typography.Text>
          <Button size="small" onClick={onShowAll}>
            {t('report.showAll')}
          </Button>
        </Flex>
      )}
      {error && <QueryError error={error} onRetry={() => void Promise.all([assignments.refetch(), reports.refetch()])} />}
      <Table<Row>
        rowKey={(r) => r.assignment.id}
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={assignments.isPending || reports.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('report.noAssignments') }}
      />
    </>
  );
}
