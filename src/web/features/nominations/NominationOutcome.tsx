import { Card, Descriptions, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Award } from '../../../contract/awards.js';
import type { Nomination } from '../../../contract/nominations.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { NominationStatusTag } from './NominationTags.js';

type VoteResult = Nomination['voteResults'][number];

const percentOf = (v: VoteResult) => (v.countedOf > 0 ? Math.round((v.agree / v.countedOf) * 1000) / 10 : 0);

/** Where the nomination stands after submit: status, the outcome of the review, the council's votes and the decision. */
export function NominationOutcome({ nomination, awards }: { nomination: Nomination; awards: Award[] }) {
  const t = useT();
  const n = nomination;
  const outcomeAward = n.outcomeAwardCode ? (awards.find((a) => a.code === n.outcomeAwardCode)?.name ?? n.outcomeAwardCode) : null;

  const items = [
    { key: 'status', label: t('nomination.col.status'), children: <NominationStatusTag status={n.status} /> },
    { key: 'reviewingUnit', label: t('nomination.reviewingUnit'), children: n.reviewingUnit.name },
    { key: 'submittedAt', label: t('nomination.submittedAt'), children: n.submittedAt ? formatDateTimeVi(n.submittedAt) : '—' },
    ...(outcomeAward ? [{ key: 'outcomeAward', label: t('nomination.outcomeAward'), children: outcomeAward }] : []),
    ...(n.outcomeNote ? [{ key: 'outcomeNote', label: t('nomination.outcomeNote'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{n.outcomeNote}</span> }] : []),
    ...(n.forwardedFromId
      ? [{ key: 'forwardedFrom', label: t('nomination.forwardedFrom'), children: <Link to={PATHS.nomination(n.forwardedFromId)}>{t('nomination.forwardedFromLink')}</Link> }]
      : []),
    ...(n.decision
      ? [
          {
            key: 'decision',
            label: t('nomination.decision'),
            children: n.decision.numberText
              ? t('nomination.decisionText', { number: n.decision.numberText, date: formatDateVi(n.decision.issuedOn) })
              : t('nomination.decisionDraft'),
          },
        ]
      : []),
  ];

  const columns: TableColumnsType<VoteResult> = [
    { title: t('nomination.vote.session'), key: 'session', render: (_, v) => v.sessionTitle },
    { title: t('nomination.vote.heldOn'), key: 'heldOn', width: 110, render: (_, v) => formatDateVi(v.heldOn) },
    { title: t('nomination.vote.agree'), dataIndex: 'agree', key: 'agree', width: 90 },
    { title: t('nomination.vote.disagree'), dataIndex: 'disagree', key: 'disagree', width: 110 },
    { title: t('nomination.vote.abstain'), dataIndex: 'abstain', key: 'abstain', width: 110 },
    {
      title: t('nomination.vote.percent'),
      key: 'percent',
      width: 150,
      render: (_, v) => t('nomination.vote.percentOf', { percent: percentOf(v).toLocaleString('vi-VN'), of: v.countedOf, threshold: v.thresholdPercent }),
    },
    {
      title: t('nomination.vote.result'),
      key: 'passed',
      width: 110,
      render: (_, v) => (v.passed ? <Tag color="green">{t('nomination.vote.passed')}</Tag> : <Tag color="red">{t('nomination.vote.failed')}</Tag>),
    },
  ];

  return (
    <Card size="small" title={t('nomination.outcome')} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small" bordered items={items} style={{ marginBottom: 16 }} />
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        {t('nomination.votes')}
      </Typography.Title>
      {n.voteResults.length === 0 ? (
        <Typography.Text type="secondary">{t('nomination.votesNone')}</Typography.Text>
      ) : (
        <Table<VoteResult> rowKey="sessionId" size="small" pagination={false} dataSource={n.voteResults} columns={columns} scroll={{ x: 760 }} />
      )}
    </Card>
  );
}
