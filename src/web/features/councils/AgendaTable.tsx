import { Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Session } from '../../../contract/councils.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { percentText, thresholdText } from './council-format.js';
import { VOTE_CHOICES, type Choices, type SessionItem, type VoteChoice } from './session-votes.js';

interface Props {
  session: Session;
  /** The ballot being filled in, when the user may vote (own ballot or a written one). */
  ballot?: { choices: Choices; onChoose: (itemId: string, choice: VoteChoice) => void; disabled?: boolean };
  /**
   * The written-vote form: the caller's own vote is not the one being entered, and the columns
   * that only inform (unit, rule, conflicts, counts) make way for the choices.
   */
  compact?: boolean;
}

/**
 * Nội dung xét: one row per nomination with its ballot and threshold, the members who share the
 * nominee's unit, and — by the session's state — the votes cast so far or the frozen result.
 */
export function AgendaTable({ session, ballot, compact = false }: Props) {
  const t = useT();
  const votersOf = (item: SessionItem) => (item.denominator === 'present' ? session.membersPresent : session.membersTotal);
  // Once closed the results need the room; the unit and the conflicts are in the minutes.
  const informative = !compact && session.status !== 'closed';

  const columns: TableColumnsType<SessionItem> = [
    { title: '#', key: 'position', width: 50, render: (_, _i, index) => index + 1 },
    {
      title: t('meeting.item.nominee'),
      key: 'nominee',
      width: 240,
      render: (_, i) => (
        <>
          <Link to={PATHS.nomination(i.nomination.id)}>{i.nomination.nominee.name}</Link>
          {i.nomination.nominee.position && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.nomination.nominee.position}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    ...(!informative ? [] : [{ title: t('meeting.item.unit'), key: 'unit', width: 180, render: (_: unknown, i: SessionItem) => i.nomination.nominee.unitName ?? i.nomination.proposingUnit.name }]),
    { title: t('meeting.item.award'), key: 'award', width: 200, render: (_, i) => i.nomination.awardName },
    {
      title: t('meeting.item.ballot'),
      key: 'ballot',
      width: 110,
      render: (_, i) => <Tag color={i.ballot === 'secret' ? 'purple' : 'cyan'}>{t(`council.ballotShort.${i.ballot}`)}</Tag>,
    },
  ];
  if (!compact) {
    columns.push({ title: t('meeting.item.threshold'), key: 'threshold', width: 190, render: (_, i) => thresholdText(t, i.thresholdPercent, i.denominator) });
  }
  if (informative) {
    columns.push({
      title: t('meeting.item.conflicts'),
      key: 'conflicts',
      width: 200,
      render: (_, i) =>
        i.conflictMembers.length > 0 && (
          <Typography.Text type="warning">{t('meeting.item.conflictWith', { names: i.conflictMembers.map((m) => m.fullName).join(', ') })}</Typography.Text>
        ),
    });
  }

  if (session.status === 'open' && !compact) {
    columns.push({
      title: t('meeting.item.votesCast'),
      key: 'votesCast',
      width: 110,
      render: (_, i) => {
        const of = votersOf(i);
        return of === null ? i.votesCast : `${i.votesCast}/${of}`;
      },
    });
  }
  if (session.status === 'open') {
    if (ballot) {
      columns.push({
        title: t('meeting.item.choice'),
        key: 'choice',
        width: 380,
        render: (_, i) => (
          <Radio.Group
            style={{ whiteSpace: 'nowrap' }}
            aria-label={t('meeting.item.choiceFor', { name: i.nomination.nominee.name })}
            // null, not undefined: an unmarked ballot must show unmarked, never a stale click.
            value={ballot.choices[i.id] ?? null}
            disabled={ballot.disabled}
            onChange={(e) => ballot.onChoose(i.id, e.target.value as VoteChoice)}
            options={VOTE_CHOICES.map((c) => ({ value: c, label: t(`meeting.choice.${c}`) }))}
          />
        ),
      });
    } else if (!compact && session.myMemberId) {
      columns.push({ title: t('meeting.item.myVote'), key: 'myVote', width: 150, render: (_, i) => (i.myVote ? t(`meeting.choice.${i.myVote}`) : '—') });
    }
  }

  if (session.status === 'closed') {
    columns.push(
      { title: t('meeting.choice.agree'), key: 'agree', width: 90, align: 'right', render: (_, i) => i.result?.agree },
      { title: t('meeting.choice.disagree'), key: 'disagree', width: 110, align: 'right', render: (_, i) => i.result?.disagree },
      { title: t('meeting.choice.abstain'), key: 'abstain', width: 120, align: 'right', render: (_, i) => i.result?.abstain },
      {
        title: t('meeting.item.percent'),
        key: 'percent',
        width: 120,
        render: (_, i) => i.result && t('meeting.item.percentOf', { percent: percentText(i.result.percent), of: i.result.countedOf }),
      },
      {
        title: t('meeting.item.result'),
        key: 'passed',
        width: 120,
        render: (_, i) => i.result && (i.result.passed ? <Tag color="green">{t('meeting.passed')}</Tag> : <Tag color="red">{t('meeting.failed')}</Tag>),
      },
      {
        title: t('common.actions'),
        key: 'outcome',
        width: 150,
        render: (_, i) => <Link to={PATHS.nomination(i.nomination.id)}>{t('meeting.item.recordOutcome')}</Link>,
      },
    );
  }

  return (
    <Table<SessionItem>
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...session.items].sort((a, b) => a.position - b.position)}
      scroll={{ x: compact ? 900 : session.status === 'open' ? 1500 : 1250 }}
      locale={{ emptyText: t('meeting.agendaEmpty') }}
    />
  );
}
