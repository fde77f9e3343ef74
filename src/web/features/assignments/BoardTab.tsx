import { Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import type { BoardQuery, BoardRow, BoardStatus } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { isReported } from '../../../core/reporting/tracking.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { BoardStatusTag, TimelinessTag } from './AssignmentTags.js';
import { levelKey, UNIT_LEVELS, unitKindLabel } from './format.js';
import { RatesTables } from './RatesTables.js';
import { RemindButton } from './RemindButton.js';
import { UnitReportLink } from './UnitReportLink.js';
import { useBoard } from './useAssignments.js';

const STATUS_ORDER: BoardStatus[] = ['not_started', 'draft', 'returned', 'submitted', 'accepted'];

/** Theo dõi: every unit's report status and timeliness, filtered by level, kind and Cụm/Khối, with rates. */
export function BoardTab({ assignment }: { assignment: Assignment }) {
  const t = useT();
  const navigate = useNavigate();
  const [query, setQuery] = useState<BoardQuery>({});
  const [selected, setSelected] = useState<string[]>([]);
  // The unfiltered board gives the filter options, so choosing one does not shrink the others' choices.
  const all = useBoard(assignment.id, {});
  const board = useBoard(assignment.id, query);

  const kinds = useMemo(() => [...new Set((all.data?.rows ?? []).map((r) => r.unitKind))], [all.data]);
  const groups = all.data?.byGroup ?? [];
  const rows = board.data?.rows ?? [];
  const remindable = new Set(rows.filter((r) => !isReported(r.status)).map((r) => r.unitId));
  const chosen = selected.filter((id) => remindable.has(id));

  if (board.isPending) return <PageSpin />;
  if (board.isError && !board.data) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;

  const columns: TableColumnsType<BoardRow> = [
    {
      title: t('assignment.unit'),
      key: 'unit',
      fixed: 'left',
      width: 240,
      sorter: (a, b) => compareVietnamese(a.unitName, b.unitName),
      render: (_, r) => <UnitReportLink row={r} />,
    },
    { title: t('assignment.level'), key: 'level', width: 100, render: (_, r) => t(levelKey(r.level)) },
    { title: t('unit.kind'), key: 'kind', width: 140, render: (_, r) => unitKindLabel(t, r.unitKind) },
    {
      title: t('assignment.status'),
      key: 'status',
      width: 130,
      filters: STATUS_ORDER.map((s) => ({ value: s, text: t(`assignment.status.${s}`) })),
      onFilter: (value, r) => r.status === value,
      sorter: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
      render: (_, r) => <BoardStatusTag status={r.status} />,
    },
    {
      title: t('assignment.submittedAt'),
      key: 'submittedAt',
      width: 150,
      sorter: (a, b) => (a.firstSubmittedAt ?? '').localeCompare(b.firstSubmittedAt ?? ''),
      render: (_, r) => formatDateTimeVi(r.firstSubmittedAt),
    },
    {
      title: t('assignment.timeliness'),
      key: 'timing',
      width: 140,
      sorter: (a, b) => (a.daysLate ?? a.overdueDays ?? -1) - (b.daysLate ?? b.overdueDays ?? -1),
      render: (_, r) => <TimelinessTag row={r} />,
    },
    {
      title: t('assignment.groups'),
      key: 'groups',
      width: 200,
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.groups.map((g) => (
            <Tag key={g.groupId}>{g.groupName}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('assignment.changesAfterAcceptance'),
      key: 'changes',
      width: 120,
      align: 'right',
      render: (_, r) => (r.changesAfterAcceptance > 0 ? <Typography.Text type="warning">{r.changesAfterAcceptance}</Typography.Text> : ''),
    },
    { title: t('assignment.lastReminder'), key: 'reminded', width: 150, render: (_, r) => formatDateTimeVi(r.lastReminderAt) },
  ];

  // The whole row opens the report; the checkbox and the name's own link keep their own click.
  const openRow = (r: BoardRow) => (event: MouseEvent<HTMLElement>) => {
    if (!r.reportId || (event.target as HTMLElement).closest('a, button, .ant-table-selection-column')) return;
    void navigate(PATHS.report(r.reportId));
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('assignment.level')}
          placeholder={t('assignment.allLevels')}
          allowClear
          value={query.level}
          onChange={(level) => setQuery({ ...query, level })}
          options={UNIT_LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
          style={{ width: 150 }}
        />
        <Select
          aria-label={t('unit.kind')}
          placeholder={t('assignment.allKinds')}
          allowClear
          value={query.kind}
          onChange={(kind) => setQuery({ ...query, kind })}
          options={kinds.map((k) => ({ value: k, label: unitKindLabel(t, k) }))}
          style={{ width: 200 }}
        />
        <Select
          aria-label={t('assignment.group')}
          placeholder={t('assignment.allGroups')}
          allowClear
          showSearch={{ filterOption: filterOptionFolded }}
          value={query.groupId}
          onChange={(groupId) => setQuery({ ...query, groupId })}
          options={groups.map((g) => ({ value: g.groupId, label: g.groupName }))}
          style={{ width: 260 }}
        />
        {assignment.canManage && (
          <RemindButton assignmentId={assignment.id} unitIds={chosen} label={t('assignment.remindDeadline')} onSent={() => setSelected([])} />
        )}
        {board.data && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
            {t('assignment.generatedAt', { time: formatDateTimeVi(board.data.generatedAt) })}
          </Typography.Text>
        )}
      </Flex>
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      <Table<BoardRow>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={board.isFetching}
        scroll={{ x: 1400 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => t('common.total', { count: total }) }}
        onRow={(r) => ({ onClick: openRow(r), style: r.reportId ? { cursor: 'pointer' } : undefined })}
        rowSelection={
          assignment.canManage
            ? {
                selectedRowKeys: chosen,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (r) => ({ disabled: !remindable.has(r.unitId), 'aria-label': r.unitName }),
              }
            : undefined
        }
      />
      {board.data && <RatesTables board={board.data} />}
    </Flex>
  );
}
