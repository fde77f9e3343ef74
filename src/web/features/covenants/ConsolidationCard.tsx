import { Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Covenant, Criterion, UnitScores } from '../../../contract/covenants.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { EvidenceFiles } from './EvidenceFiles.js';
import { AdjustScoreModal } from './AdjustScoreModal.js';
import { scoredLines } from './covenant-model.js';
import { CriterionKindTag, points } from './covenant-parts.js';
import { useAllUnitScores } from './useCovenants.js';

type Line = UnitScores['items'][number];
const SCORE_COLORS: Record<UnitScores['status'], string> = { none: 'default', draft: 'processing', submitted: 'green' };

/**
 * Tổng hợp điểm, once scoring is closed: each member's self total beside its total after
 * adjustments, and one unit's sheet line by line with every adjustment and its reason.
 */
export function ConsolidationCard({ covenant: c }: { covenant: Covenant }) {
  const t = useT();
  const members = [...c.members].sort((a, b) => compareVietnamese(a.unitName, b.unitName));
  const queries = useAllUnitScores(
    c.id,
    members.map((m) => m.unitId),
    true,
  );
  const sheets = queries.flatMap((q) => (q.data ? [q.data] : []));
  const failed = queries.find((q) => q.isError);
  const [unitId, setUnitId] = useState<string | null>(null);
  const selected = sheets.find((s) => s.unitId === (unitId ?? sheets.find((x) => x.status === 'submitted')?.unitId ?? sheets[0]?.unitId));

  return (
    <Card size="small" title={t('covenant.summary.title')} style={{ marginBottom: 16 }}>
      {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      <Table<UnitScores>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={sheets}
        loading={queries.some((q) => q.isPending)}
        scroll={{ x: 700 }}
        onRow={(s) => ({ onClick: () => setUnitId(s.unitId), style: { cursor: 'pointer' } })}
        rowClassName={(s) => (s.unitId === selected?.unitId ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('covenant.members.unit'), key: 'unit', render: (_, s) => s.unitName },
          { title: t('covenant.members.scoreStatus'), key: 'status', width: 160, render: (_, s) => <Tag color={SCORE_COLORS[s.status]}>{t(`covenant.scoreStatus.${s.status}`)}</Tag> },
          { title: t('covenant.summary.selfTotal'), key: 'self', width: 150, align: 'right', render: (_, s) => points(s.selfTotal) },
          {
            title: t('covenant.summary.finalTotal'),
            key: 'final',
            width: 170,
            align: 'right',
            render: (_, s) => <Typography.Text strong={s.total !== s.selfTotal}>{points(s.total)}</Typography.Text>,
          },
        ]}
      />
      <Flex align="center" gap={8} wrap style={{ margin: '16px 0 8px' }}>
        <Typography.Text strong>{t('covenant.summary.chooseUnit')}</Typography.Text>
        <Select<string>
          aria-label={t('covenant.summary.chooseUnit')}
          value={selected?.unitId}
          onChange={setUnitId}
          options={sheets.map((s) => ({ value: s.unitId, label: s.unitName }))}
          style={{ minWidth: 300 }}
        />
      </Flex>
      {selected ? <UnitSheet covenant={c} sheet={selected} /> : <Empty />}
    </Card>
  );
}

/** One unit's sheet after scoring closed: self score, final score and the adjustments between them. */
function UnitSheet({ covenant: c, sheet }: { covenant: Covenant; sheet: UnitScores }) {
  const t = useT();
  const [adjusting, setAdjusting] = useState<{ criterion: Criterion; line: Line | undefined } | null>(null);
  const lineOf = new Map(sheet.items.map((i) => [i.criterionId, i]));
  const mayAdjust = c.canAdjust && sheet.status === 'submitted';

  return (
    <>
      {sheet.status !== 'submitted' && <Typography.Paragraph type="warning">{t('covenant.summary.notSubmitted')}</Typography.Paragraph>}
      <Table<Criterion>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={scoredLines(c.criteria)}
        scroll={{ x: 950 }}
        columns={[
          { title: t('covenant.criteria.code'), key: 'code', width: 80, render: (_, r) => r.code },
          {
            title: t('covenant.criteria.name'),
            key: 'name',
            render: (_, r) => (
              <>
                {r.name} <CriterionKindTag kind={r.kind} />
                {lineOf.get(r.id)?.evidence && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {t('covenant.summary.evidence', { evidence: lineOf.get(r.id)?.evidence ?? '' })}
                  </Typography.Paragraph>
                )}
                <EvidenceFiles covenantId={c.id} unitId={sheet.unitId} criterionId={r.id} code={r.code} files={lineOf.get(r.id)?.files ?? []} editable={false} />
              </>
            ),
          },
          { title: t('covenant.sheet.max'), key: 'max', width: 80, align: 'right', render: (_, r) => points(r.maxPoints) },
          { title: t('covenant.summary.selfScore'), key: 'self', width: 110, align: 'right', render: (_, r) => points(lineOf.get(r.id)?.selfScore) },
          {
            title: t('covenant.summary.finalScore'),
            key: 'final',
            width: 130,
            align: 'right',
            render: (_, r) => {
              const line = lineOf.get(r.id);
              return <Typography.Text strong={(line?.adjustments.length ?? 0) > 0}>{points(line?.finalScore)}</Typography.Text>;
            },
          },
          {
            title: t('covenant.summary.adjustments'),
            key: 'adjustments',
            width: 300,
            render: (_, r) => (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {(lineOf.get(r.id)?.adjustments ?? []).map((a) => (
                  <li key={a.id}>
                    {t('covenant.summary.adjustmentLine', {
                      from: a.fromScore === null ? '—' : points(a.fromScore),
                      to: points(a.toScore),
                      reason: a.reason,
                      by: a.byName,
                      at: formatDateTimeVi(a.at),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
          ...(mayAdjust
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, r: Criterion) => (
                    <Button size="small" aria-label={t('covenant.adjust.of', { code: r.code })} onClick={() => setAdjusting({ criterion: r, line: lineOf.get(r.id) })}>
                      {t('covenant.adjust')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>{t('covenant.summary.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {points(sheet.selfTotal)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong>{points(sheet.total)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} colSpan={mayAdjust ? 2 : 1} />
          </Table.Summary.Row>
        )}
      />
      {adjusting && (
        <AdjustScoreModal
          covenantId={c.id}
          unitId={sheet.unitId}
          unitName={sheet.unitName}
          criterion={adjusting.criterion}
          current={adjusting.line?.finalScore ?? null}
          onClose={() => setAdjusting(null)}
        />
      )}
    </>
  );
}
