import { Alert, App, Checkbox, Input, Modal, Table, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import type { Council, Session } from '../../../contract/councils.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { attendanceSummary, sortMembers, type CouncilMember } from './council-format.js';
import { useOpenSession } from './useCouncils.js';

/**
 * Khai mạc: the roll call of every active member (present, or absent with a note), with the quorum
 * shown as it changes. The server checks the quorum again and refuses an opening without it.
 */
export function AttendanceModal({ session, council, onClose }: { session: Session; council: Council; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const open = useOpenSession(session.id);
  const members = useMemo(() => sortMembers(council.members.filter((m) => m.active)), [council.members]);
  const [absent, setAbsent] = useState<Set<string>>(() => new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const summary = attendanceSummary(members.length - absent.size, members.length, council.quorumNumerator, council.quorumDenominator);

  const toggle = (id: string, present: boolean) =>
    setAbsent((prev) => {
      const next = new Set(prev);
      if (present) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = () =>
    open.mutate(
      {
        version: session.version,
        attendance: members.map((m) => ({ memberId: m.id, present: !absent.has(m.id), note: absent.has(m.id) ? notes[m.id]?.trim() || null : null })),
      },
      {
        onSuccess: () => {
          void message.success(t('meeting.opened'));
          onClose();
        },
        // A refused quorum (409) keeps the roll call on screen to correct. The session is read again
        // after any answer, so a retry after someone else's edit carries the new version.
        onError: (error) => showError(error),
      },
    );

  return (
    <Modal
      open
      title={t('meeting.openTitle')}
      width={820}
      okText={t('meeting.open')}
      okButtonProps={{ 'data-testid': 'attendance-submit', disabled: members.length === 0 } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={open.isPending}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('meeting.openHint')}</Typography.Paragraph>
      <Alert
        role="status"
        aria-live="polite"
        type={summary.met ? 'success' : 'warning'}
        showIcon
        title={t('meeting.quorumLive', { present: summary.present, total: summary.total, required: summary.required })}
        description={summary.met ? t('meeting.quorumMet') : t('meeting.quorumNotMet')}
        style={{ marginBottom: 12 }}
      />
      <Table<CouncilMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: t('meeting.noActiveMembers') }}
        columns={[
          {
            title: t('meeting.present'),
            key: 'present',
            width: 90,
            render: (_, m) => (
              <Checkbox
                aria-label={t('meeting.presentOf', { name: m.fullName })}
                checked={!absent.has(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
              />
            ),
          },
          { title: t('council.member.fullName'), key: 'name', render: (_, m) => m.fullName },
          { title: t('council.member.role'), key: 'role', width: 190, render: (_, m) => t(`council.role.${m.role}`) },
          {
            title: t('meeting.absenceNote'),
            key: 'note',
            width: 260,
            render: (_, m) =>
              absent.has(m.id) && (
                <Input
                  size="small"
                  aria-label={t('meeting.absenceNoteOf', { name: m.fullName })}
                  placeholder={t('meeting.absenceNotePlaceholder')}
                  maxLength={300}
                  value={notes[m.id] ?? ''}
                  onChange={(e) => setNotes((n) => ({ ...n, [m.id]: e.target.value }))}
                />
              ),
          },
        ]}
      />
    </Modal>
  );
}
