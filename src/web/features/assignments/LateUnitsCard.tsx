import { Card, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Assignment } from '../../../contract/documents.js';
import type { BoardRow } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { isReported } from '../../../core/reporting/tracking.js';
import { useT } from '../../i18n/useT.js';
import { BoardStatusTag, TimelinessTag } from './AssignmentTags.js';
import { RemindButton } from './RemindButton.js';
import { UnitReportLink } from './UnitReportLink.js';

/** Units that sent late or have not sent yet, with a one-click reminder for the organiser. */
export function LateUnitsCard({ assignment, rows }: { assignment: Assignment; rows: BoardRow[] }) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  // Only units still owing a report can be reminded; after a refetch, drop any that have since sent.
  const remindable = new Set(rows.filter((r) => !isReported(r.status)).map((r) => r.unitId));
  const chosen = selected.filter((id) => remindable.has(id));

  const columns: TableColumnsType<BoardRow> = [
    { title: t('assignment.unit'), key: 'unit', render: (_, r) => <UnitReportLink row={r} /> },
    { title: t('assignment.status'), key: 'status', width: 140, render: (_, r) => <BoardStatusTag status={r.status} /> },
    { title: t('assignment.timeliness'), key: 'timing', width: 150, render: (_, r) => <TimelinessTag row={r} /> },
    { title: t('assignment.lastReminder'), key: 'reminded', width: 160, render: (_, r) => formatDateTimeVi(r.lastReminderAt) },
  ];

  return (
    <Card
      size="small"
      title={t('assignment.lateUnits', { count: rows.length })}
      extra={assignment.canManage && <RemindButton assignmentId={assignment.id} unitIds={chosen} label={t('assignment.remind')} onSent={() => setSelected([])} />}
    >
      <Table<BoardRow>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('assignment.noLateUnits') }}
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
    </Card>
  );
}
