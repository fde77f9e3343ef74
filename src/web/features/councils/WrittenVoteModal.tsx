import { Alert, App, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { Session } from '../../../contract/councils.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { AgendaTable } from './AgendaTable.js';
import type { CouncilMember } from './council-format.js';
import { agreeToAll, ballotState, paperBallotMembers, votesBody, type Choices } from './session-votes.js';
import { useCastVotes } from './useCouncils.js';

/**
 * Ghi phiếu giấy / phiếu văn bản: the secretary enters the written ballot (phiếu bằng văn bản) an
 * absent member sent in, and the paper ballot of a present member who has no account. Present
 * members with an account vote themselves and are not offered.
 */
export function WrittenVoteModal({ session, members, onClose }: { session: Session; members: CouncilMember[] | undefined; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const cast = useCastVotes(session.id);
  const entered = paperBallotMembers(session.attendance, members);
  const [memberId, setMemberId] = useState<string | undefined>(entered.length === 1 ? entered[0]?.memberId : undefined);
  const [choices, setChoices] = useState<Choices>({});
  const { unmarked } = ballotState(session.items.map((i) => ({ id: i.id, myVote: null })), choices);
  const member = entered.find((a) => a.memberId === memberId);

  const submit = () => {
    if (!memberId) return;
    cast.mutate(votesBody(session.items, choices, memberId), {
      onSuccess: () => {
        void message.success(t('meeting.writtenSaved', { name: member?.fullName ?? '' }));
        setChoices({});
        setMemberId(undefined);
      },
      onError: (e) => showError(e),
    });
  };

  return (
    <Modal
      open
      title={t('meeting.writtenTitle')}
      width={1100}
      onCancel={onClose}
      // Ballots being entered are not thrown away by a click beside the dialog.
      maskClosable={false}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" loading={cast.isPending} disabled={!memberId || unmarked === session.items.length} onClick={submit}>
            {t('meeting.writtenSubmit')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('meeting.writtenHint')}</Typography.Paragraph>
      {entered.length === 0 ? (
        <Alert type="info" showIcon title={t('meeting.writtenNone')} />
      ) : (
        <>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Form.Item label={t('meeting.writtenMember')} style={{ marginBottom: 0 }}>
              <Select<string>
                aria-label={t('meeting.writtenMember')}
                value={memberId}
                onChange={(v) => {
                  setMemberId(v);
                  setChoices({});
                }}
                options={entered.map((a) => ({
                  value: a.memberId,
                  label: `${a.fullName} – ${t(`council.role.${a.role}`)} (${[t(a.present ? 'meeting.writtenPaper' : 'meeting.writtenAbsent'), a.votedAll && t('meeting.writtenDone')].filter(Boolean).join(', ')})`,
                }))}
                style={{ width: 380 }}
              />
            </Form.Item>
            <Button disabled={!memberId} onClick={() => setChoices(agreeToAll(session.items))}>
              {t('meeting.agreeAll')}
            </Button>
            {memberId && unmarked > 0 && <Typography.Text type="secondary">{t('meeting.unmarked', { count: unmarked })}</Typography.Text>}
          </Flex>
          <AgendaTable
            session={session}
            compact
            ballot={{ choices, disabled: !memberId, onChoose: (itemId, choice) => setChoices((c) => ({ ...c, [itemId]: choice })) }}
          />
        </>
      )}
    </Modal>
  );
}
