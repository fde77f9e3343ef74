import { Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { PATHS } from '../../app/paths.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useSessionList, type SessionListParams, type SessionStatus, type SessionSummary } from './useCouncils.js';

const STATUS_COLOR: Record<SessionStatus, string> = { planned: 'blue', open: 'green', closed: 'default' };

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`meeting.status.${status}`)}</Tag>;
}

/** Phiên họp, newest first: what is on the agenda and who came. */
export function SessionsTable({ params, showCouncil }: { params: SessionListParams; showCouncil: boolean }) {
  const t = useT();
  const list = useSessionList(params);
  const rows = [...(list.data?.items ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || compareVietnamese(a.title, b.title));

  const columns: TableColumnsType<SessionSummary> = [
    { title: t('meeting.title'), key: 'title', render: (_, s) => <Link to={PATHS.councilSession(s.id)}>{s.title}</Link> },
    ...(showCouncil ? [{ title: t('meeting.council'), key: 'council', width: 260, render: (_: unknown, s: SessionSummary) => `${s.councilName} – ${s.unitName}` }] : []),
    { title: t('meeting.heldOn'), key: 'heldOn', width: 120, render: (_, s) => formatDateVi(s.heldOn), sorter: (a, b) => a.heldOn.localeCompare(b.heldOn) },
    { title: t('meeting.place'), key: 'place', width: 180, render: (_, s) => s.place },
    { title: t('meeting.itemCount'), key: 'items', width: 110, align: 'right', render: (_, s) => s.itemCount },
    {
      title: t('meeting.attendance'),
      key: 'attendance',
      width: 110,
      render: (_, s) => (s.membersPresent !== null && s.membersTotal !== null ? `${s.membersPresent}/${s.membersTotal}` : ''),
    },
    { title: t('meeting.status'), key: 'status', width: 140, render: (_, s) => <SessionStatusTag status={s.status} /> },
  ];

  return (
    <>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<SessionSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('meeting.none') }}
      />
    </>
  );
}
