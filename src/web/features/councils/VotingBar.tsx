import { Alert, App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { Session } from '../../../contract/councils.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { AgendaTable } from './AgendaTable.js';
import { agreeToAll, ballotState, choicesFromMyVotes, votesBody, type Choices } from './session-votes.js';
import { useCastVotes } from './useCouncils.js';

/**
 * The member's ballot on an open session: one choice per item, "Đồng ý tất cả", "Gửi phiếu". A vote
 * may be changed and sent again until the session closes; nobody sees the others' choices.
 */
export function VotingBar({ session }: { session: Session }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const cast = useCastVotes(session.id);
  const [choices, setChoices] = useState<Choices>(() => choicesFromMyVotes(session.items));
  const { unmarked, unsent } = ballotState(session.items, choices);
  const canVote = session.canVote;

  const submit = () =>
    cast.mutate(votesBody(session.items, choices), {
      onSuccess: () => void message.success(t('meeting.ballotSent')),
      onError: (e) => showError(e),
    });

  return (
    <>
      {!canVote && <Alert type="info" showIcon title={t('meeting.cannotVote')} style={{ marginBottom: 12 }} />}
      {canVote && (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Button data-testid="vote-agree-all" onClick={() => setChoices(agreeToAll(session.items))}>
            {t('meeting.agreeAll')}
          </Button>
          <Button type="primary" data-testid="vote-submit" loading={cast.isPending} disabled={unsent === 0} onClick={submit}>
            {t('meeting.sendBallot')}
          </Button>
          <Typography.Text type="secondary" role="status">
            {unsent > 0 ? t('meeting.unsent', { count: unsent }) : unmarked === 0 ? t('meeting.allSent') : ''}
            {unmarked > 0 ? ` ${t('meeting.unmarked', { count: unmarked })}` : ''}
          </Typography.Text>
        </Flex>
      )}
      <AgendaTable
        session={session}
        ballot={canVote ? { choices, onChoose: (itemId, choice) => setChoices((c) => ({ ...c, [itemId]: choice })), disabled: cast.isPending } : undefined}
      />
    </>
  );
}
