import { FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Session } from '../../../contract/councils.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useDownload } from '../transfer/useDownload.js';
import { AgendaTable } from './AgendaTable.js';
import { AttendanceModal } from './AttendanceModal.js';
import { sortMembers } from './council-format.js';
import { SessionFormModal } from './SessionFormModal.js';
import { sessionListPath } from './session-paths.js';
import { SessionStatusTag } from './SessionsTable.js';
import { VotingBar } from './VotingBar.js';
import { WrittenVoteModal } from './WrittenVoteModal.js';
import { useCloseSession, useCouncil, useCouncilSession } from './useCouncils.js';

/** Phiên họp xét: planned (agenda), open (roll call done, members vote), closed (results frozen, minutes). */
export function SessionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const session = useCouncilSession(id);
  if (session.isPending) return <PageSpin />;
  if (session.isError) {
    return (
      <>
        <Link to={PATHS.councilSessions}>{t('common.back')}</Link>
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  }
  return <SessionView session={session.data} refreshing={session.isFetching} onRefresh={() => void session.refetch()} />;
}

function SessionView({ session, refreshing, onRefresh }: { session: Session; refreshing: boolean; onRefresh: () => void }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const council = useCouncil(session.councilId);
  const close = useCloseSession(session.id);
  const { download, pending } = useDownload();
  const [dialog, setDialog] = useState<'edit' | 'open' | 'written' | null>(null);
  const manage = session.canManage;

  const confirmClose = () =>
    modal.confirm({
      title: t('meeting.closeConfirmTitle'),
      content: t('meeting.closeConfirm'),
      okText: t('meeting.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync({ version: session.version }).then(
          () => void message.success(t('meeting.closed')),
          (e: unknown) => showError(e),
        ),
    });

  return (
    <>
      <PageHeader
        breadcrumb={<Link to={sessionListPath(session.councilId)}>{t('nav.councilSessions')}</Link>}
        title={session.title}
        tags={<SessionStatusTag status={session.status} />}
        extra={
          <>
            {session.status === 'open' && (
              <Button icon={<ReloadOutlined />} loading={refreshing} onClick={onRefresh}>
                {t('common.reload')}
              </Button>
            )}
            {session.status === 'planned' && manage && (
              <>
                <Button onClick={() => setDialog('edit')} disabled={!council.data}>
                  {t('common.edit')}
                </Button>
                <Button type="primary" data-testid="session-open" onClick={() => setDialog('open')} disabled={!council.data}>
                  {t('meeting.open')}
                </Button>
              </>
            )}
            {session.status === 'open' && manage && (
              <>
                <Button onClick={() => setDialog('written')}>{t('meeting.written')}</Button>
                <Button danger type="primary" data-testid="session-close" loading={close.isPending} onClick={confirmClose}>
                  {t('meeting.close')}
                </Button>
              </>
            )}
            {session.status === 'closed' && (
              <Button
                icon={<FileWordOutlined />}
                loading={pending === 'minutes'}
                onClick={() => void download('minutes', `/api/council-sessions/${session.id}/minutes.docx`, {}, 'bien-ban-hop-xet.docx')}
              >
                {t('meeting.minutes')}
              </Button>
            )}
          </>
        }
      />
      {council.isError && <QueryError error={council.error} onRetry={() => void council.refetch()} />}
      <SessionFacts session={session} />
      {session.status === 'closed' && <Alert type="info" showIcon title={t('meeting.frozen')} style={{ marginBottom: 16 }} />}
      {session.status !== 'planned' && <AttendanceCard session={session} />}
      <Card size="small" title={t('meeting.agenda')} style={{ marginBottom: 16 }}>
        {session.status === 'open' && (session.canVote || session.myMemberId) ? (
          // Keyed by session: a ballot starts from the votes the server holds for this member.
          <VotingBar key={session.id} session={session} />
        ) : (
          <AgendaTable session={session} />
        )}
      </Card>
      {dialog === 'edit' && council.data && <SessionFormModal council={council.data} session={session} onClose={() => setDialog(null)} />}
      {dialog === 'open' && council.data && <AttendanceModal session={session} council={council.data} onClose={() => setDialog(null)} />}
      {dialog === 'written' && <WrittenVoteModal session={session} members={council.data?.members} onClose={() => setDialog(null)} />}
    </>
  );
}

function SessionFacts({ session }: { session: Session }) {
  const t = useT();
  const attended =
    session.membersPresent !== null && session.membersTotal !== null
      ? t('meeting.attendedOf', { present: session.membersPresent, total: session.membersTotal, required: session.quorumRequired })
      : t('meeting.quorumBefore', { required: session.quorumRequired });
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'council', label: t('meeting.council'), children: <Link to={PATHS.council(session.councilId)}>{session.councilName}</Link> },
        { key: 'unit', label: t('council.unit'), children: session.unitName },
        { key: 'heldOn', label: t('meeting.heldOn'), children: formatDateVi(session.heldOn) },
        { key: 'place', label: t('meeting.place'), children: session.place },
        { key: 'attendance', label: t('meeting.attendance'), children: attended },
        {
          key: 'times',
          label: t('meeting.times'),
          children: [session.openedAt && t('meeting.openedAt', { at: formatDateTimeVi(session.openedAt) }), session.closedAt && t('meeting.closedAt', { at: formatDateTimeVi(session.closedAt) })]
            .filter(Boolean)
            .join(' · '),
        },
      ]}
    />
  );
}

/** Who came, who sent a note, and (while open) who has a vote on every item. */
function AttendanceCard({ session }: { session: Session }) {
  const t = useT();
  const rows = sortMembers(session.attendance);
  return (
    <Card size="small" title={t('meeting.attendanceCard')} style={{ marginBottom: 16 }}>
      <Table
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 700 }}
        columns={[
          { title: t('council.member.fullName'), key: 'name', render: (_, a) => a.fullName },
          { title: t('council.member.role'), key: 'role', width: 200, render: (_, a) => t(`council.role.${a.role}`) },
          {
            title: t('meeting.present'),
            key: 'present',
            width: 120,
            render: (_, a) => (a.present ? <Tag color="green">{t('meeting.isPresent')}</Tag> : <Tag color="orange">{t('meeting.isAbsent')}</Tag>),
          },
          { title: t('common.note'), key: 'note', render: (_, a) => a.note },
          {
            title: t('meeting.votedAll'),
            key: 'voted',
            width: 150,
            render: (_, a) => (a.votedAll ? <Typography.Text type="success">{t('meeting.votedAllYes')}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>),
          },
        ]}
      />
    </Card>
  );
}
