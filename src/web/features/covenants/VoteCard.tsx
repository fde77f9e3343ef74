import { App, Button, Card, Descriptions, Flex, Form, InputNumber, List, Modal, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Covenant, CovenantVote } from '../../../contract/covenants.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { canSteer } from './covenant-model.js';
import { points, useCovenantError } from './covenant-parts.js';
import { useCastBallot, useCloseVote, useCovenantRanking, useOpenVote } from './useCovenants.js';

type Choice = 'agree' | 'disagree' | 'abstain';
const CHOICES: Choice[] = ['agree', 'disagree', 'abstain'];

/**
 * Suy tôn đơn vị dẫn đầu, once the ranking is final: the head or the organiser opens the vote on a
 * candidate (by default the first in the ranking), each member's head casts its unit's ballot, and
 * closing it counts the ballots on all members and drafts the nominations.
 */
export function VoteCard({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const vote = c.vote;
  return (
    <Card size="small" title={t('covenant.vote.title')} style={{ marginBottom: 16 }}>
      {vote === null ? <OpenVote covenant={c} /> : vote.status === 'open' ? <Voting covenant={c} vote={vote} /> : <VoteResult covenant={c} vote={vote} />}
    </Card>
  );
}

function OpenVote({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const { message } = App.useApp();
  const covenantError = useCovenantError();
  const ranking = useCovenantRanking(c.id, true);
  const open = useOpenVote(c.id);
  const [form] = Form.useForm<{ candidateUnitId: string; thresholdPercent: number; ballot: 'secret' | 'open' }>();
  if (!canSteer(c)) return <Typography.Text type="secondary">{t('covenant.vote.notOpened')}</Typography.Text>;
  const rows = ranking.data?.items ?? [];
  const first = rows[0]?.unitId;
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ thresholdPercent: 70, ballot: 'secret' }}
      onFinish={(v) =>
        open.mutate(
          { ...v, candidateUnitId: v.candidateUnitId ?? first, version: c.version },
          { onSuccess: () => void message.success(t('covenant.vote.opened')), onError: (e) => covenantError(e) },
        )
      }
    >
      <Form.Item name="candidateUnitId" label={t('covenant.vote.candidate')}>
        <Select
          style={{ minWidth: 260 }}
          placeholder={rows[0] ? `${rows[0].unitName} (${points(rows[0].total)})` : undefined}
          options={rows.map((r) => ({ value: r.unitId, label: `${r.rank}. ${r.unitName} (${points(r.total)})` }))}
        />
      </Form.Item>
      <Form.Item name="thresholdPercent" label={t('covenant.vote.threshold')}>
        <InputNumber min={50} max={100} suffix="%" />
      </Form.Item>
      <Form.Item name="ballot" label={t('covenant.vote.ballot')}>
        <Radio.Group options={(['secret', 'open'] as const).map((b) => ({ value: b, label: t(`covenant.vote.ballot.${b}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={open.isPending} disabled={!first}>
        {t('covenant.vote.open')}
      </Button>
    </Form>
  );
}

function Voting({ covenant: c, vote }: { covenant: Covenant; vote: CovenantVote }) {
  const t = useT();
  const { message } = App.useApp();
  const covenantError = useCovenantError();
  const cast = useCastBallot(c.id);
  const [closing, setClosing] = useState(false);
  const nameOf = (unitId: string) => c.members.find((m) => m.unitId === unitId)?.unitName ?? '';
  const mine = new Map(vote.myChoices.map((b) => [b.unitId, b.choice]));
  // Chosen first, then sent: the radio shows the choice being made, or the ballot already recorded.
  const [picked, setPicked] = useState<Record<string, Choice>>({});
  return (
    <>
      <VoteFacts vote={vote} />
      {c.votingUnitIds.map((unitId) => {
        const label = t('covenant.vote.ballotOf', { unit: nameOf(unitId) });
        const choice = picked[unitId] ?? mine.get(unitId) ?? null;
        return (
          <Flex key={unitId} gap="small" align="center" wrap style={{ marginTop: 12 }}>
            <Typography.Text strong>{label}</Typography.Text>
            <Radio.Group
              aria-label={label}
              value={choice}
              onChange={(e) => setPicked((p) => ({ ...p, [unitId]: e.target.value as Choice }))}
              options={CHOICES.map((x) => ({ value: x, label: t(`covenant.vote.choice.${x}`) }))}
            />
            <Button
              disabled={picked[unitId] === undefined || picked[unitId] === mine.get(unitId)}
              loading={cast.isPending && cast.variables?.unitId === unitId}
              onClick={() =>
                cast.mutate(
                  { unitId, choice: picked[unitId]! },
                  { onSuccess: () => void message.success(t('covenant.vote.cast', { unit: nameOf(unitId) })), onError: (err) => covenantError(err) },
                )
              }
            >
              {t('covenant.vote.send', { unit: nameOf(unitId) })}
            </Button>
          </Flex>
        );
      })}
      {canSteer(c) && (
        <Button type="primary" danger style={{ marginTop: 16 }} onClick={() => setClosing(true)}>
          {t('covenant.vote.close')}
        </Button>
      )}
      {closing && <CloseVoteModal covenant={c} vote={vote} onClose={() => setClosing(false)} />}
    </>
  );
}

function CloseVoteModal({ covenant: c, vote, onClose }: { covenant: Covenant; vote: CovenantVote; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const covenantError = useCovenantError();
  const close = useCloseVote(c.id);
  const ranking = useCovenantRanking(c.id, true);
  const [bangKhen, setBangKhen] = useState<string[]>([]);
  const others = (ranking.data?.items ?? []).filter((r) => r.unitId !== vote.candidateUnitId);
  return (
    <Modal
      open
      title={t('covenant.vote.close')}
      okText={t('covenant.vote.close')}
      okButtonProps={{ danger: true, loading: close.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() =>
        close.mutate(
          { version: vote.version, bangKhenUnitIds: bangKhen },
          {
            onSuccess: (saved) => {
              void message.success(t('covenant.vote.closed', { count: saved.vote?.nominationIds.length ?? 0 }));
              onClose();
            },
            onError: (e) => covenantError(e),
          },
        )
      }
    >
      <Typography.Paragraph>{t('covenant.vote.closeHint', { cast: vote.castUnitIds.length, total: vote.votersTotal })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('covenant.vote.bangKhen')} extra={t('covenant.vote.bangKhenHint')}>
          <Select
            mode="multiple"
            aria-label={t('covenant.vote.bangKhen')}
            value={bangKhen}
            onChange={setBangKhen}
            options={others.map((r) => ({ value: r.unitId, label: `${r.rank}. ${r.unitName} (${points(r.total)})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function VoteFacts({ vote }: { vote: CovenantVote }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 4 }}
      items={[
        { key: 'candidate', label: t('covenant.vote.candidate'), children: vote.candidateName },
        { key: 'threshold', label: t('covenant.vote.threshold'), children: `${vote.thresholdPercent} %` },
        { key: 'ballot', label: t('covenant.vote.ballot'), children: t(`covenant.vote.ballot.${vote.ballot}`) },
        { key: 'cast', label: t('covenant.vote.castCount'), children: `${vote.castUnitIds.length}/${vote.votersTotal}` },
      ]}
    />
  );
}

function VoteResult({ covenant: c, vote }: { covenant: Covenant; vote: CovenantVote }) {
  const t = useT();
  const r = vote.result!;
  const nameOf = (unitId: string) => c.members.find((m) => m.unitId === unitId)?.unitName ?? '';
  return (
    <>
      <VoteFacts vote={vote} />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        {t('covenant.vote.result', { agree: r.agree, disagree: r.disagree, abstain: r.abstain, percent: String(r.percent).replace('.', ',') })}{' '}
        <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? t('covenant.vote.passed') : t('covenant.vote.failed')}</Tag>
      </Typography.Paragraph>
      {vote.choices && (
        <Typography.Paragraph type="secondary">
          {vote.choices.map((b) => `${nameOf(b.unitId)}: ${t(`covenant.vote.choice.${b.choice}`)}`).join('; ')}
        </Typography.Paragraph>
      )}
      {vote.nominationIds.length > 0 && (
        <List
          size="small"
          header={t('covenant.vote.nominations')}
          dataSource={vote.nominationIds}
          renderItem={(id, i) => (
            <List.Item>
              <Link to={PATHS.nomination(id)}>{t('covenant.vote.nominationLink', { n: i + 1 })}</Link>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
