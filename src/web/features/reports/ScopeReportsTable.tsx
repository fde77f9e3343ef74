import { Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ReportStatusSchema, type ReportStatus } from '../../../contract/reporting.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { DeadlineText } from './DeadlineText.js';
import type { ReportListFilters } from './report-list-params.js';
import { ReportStatusTag } from './ReportStatusTag.js';
import { useAssignmentList, useReportList, type ReportSummary } from './useReports.js';

/** Báo cáo các đơn vị trong phạm vi: filtered by assignment and status, in Vietnamese order of unit names. */
export function ScopeReportsTable({ filters, onChange }: { filters: ReportListFilters; onChange: (patch: Partial<ReportListFilters>) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const assignments = useAssignmentList({});
  const reports = useReportList({ assignmentId: filters.assignmentId, status: filters.status });

  const assignmentOptions = useMemo(
    () =>
      [...(assignments.data?.items ?? [])]
        .sort((a, b) => compareVietnamese(a.title, b.title))
        .map((a) => ({ value: a.id, label: a.period ? `${a.title} (${a.period})` : a.title })),
    [assignments.data],
  );
  const rows = useMemo(
    () =>
      [...(reports.data?.items ?? [])].sort(
        (a, b) => compareVietnamese(a.unitName, b.unitName) || compareVietnamese(a.assignmentTitle, b.assignmentTitle),
      ),
    [reports.data],
  );

  const columns: TableColumnsType<ReportSummary> = [
    { title: t('report.unit'), key: 'unit', width: 200, render: (_, r) => r.unitName, sorter: (a, b) => compareVietnamese(a.unitName, b.unitName) },
    {
      title: t('report.assignment'),
      key: 'assignment',
      render: (_, r) => r.assignmentTitle,
      sorter: (a, b) => compareVietnamese(a.assignmentTitle, b.assignmentTitle),
    },
    { title: t('report.period'), key: 'period', width: 90, render: (_, r) => r.period },
    { title: t('report.dueOn'), key: 'dueOn', width: 110, render: (_, r) => formatDateVi(r.dueOn), sorter: (a, b) => a.dueOn.localeCompare(b.dueOn) },
    { title: t('report.status'), key: 'status', width: 130, render: (_, r) => <ReportStatusTag status={r.status} /> },
    { title: t('report.submittedAt'), key: 'submittedAt', width: 150, render: (_, r) => formatDateTimeVi(r.submittedAt) },
    { title: t('report.deadline'), key: 'deadline', width: 140, render: (_, r) => <DeadlineText dueOn={r.dueOn} daysLate={r.daysLate} /> },
    {
      title: t('common.actions'),
      key: 'action',
      width: 140,
      render: (_, r) => <Button onClick={() => void navigate(PATHS.report(r.id))}>{t('report.open')}</Button>,
    },
  ];

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<string>
          aria-label={t('report.assignment')}
          placeholder={t('report.filterAssignment')}
          allowClear
          showSearch={{ filterOption: filterOptionFolded }}
          loading={assignments.isPending}
          value={filters.assignmentId}
          onChange={(assignmentId) => onChange({ assignmentId })}
          options={assignmentOptions}
          style={{ width: 420, maxWidth: '100%' }}
        />
        <Select<ReportStatus>
          aria-label={t('report.status')}
          placeholder={t('report.status')}
          allowClear
          value={filters.status}
          onChange={(status) => onChange({ status })}
          options={ReportStatusSchema.options.map((s) => ({ value: s, label: t(`report.status.${s}`) }))}
          style={{ width: 170 }}
        />
      </Flex>
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      <Table<ReportSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={reports.isFetching}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true, showTotal: (total) => t('report.total', { count: total }) }}
        locale={{ emptyText: t('report.none') }}
      />
    </>
  );
}
