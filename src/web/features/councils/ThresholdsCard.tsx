import { App, Button, Card, InputNumber, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { BallotSchema, Council, Threshold } from '../../../contract/councils.js';
import type { z } from 'zod';
import { ApiError } from '../../api/client.js';
import { useShowError } from '../../app/useShowError.js';
import { useT } from '../../i18n/useT.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { defaultThresholdRow, isDefaultThreshold, thresholdOverrides, thresholdText, type Denominator } from './council-format.js';
import { useUpdateCouncil } from './useCouncils.js';

type Ballot = z.infer<typeof BallotSchema>;
const DENOMINATORS: readonly Denominator[] = ['total', 'present'];
const BALLOTS: readonly Ballot[] = ['secret', 'open'];

/**
 * Tỷ lệ biểu quyết: for each award, the share of agree votes it needs, counted on all members or
 * on those present, and whether the ballot is secret. Rows left at the defaults stay defaults.
 */
export function ThresholdsCard({ council }: { council: Council }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const awards = useAwardCatalogue();
  const update = useUpdateCouncil(council.id);
  const [rows, setRows] = useState<Threshold[]>(council.thresholds);
  const dirty = JSON.stringify(rows) !== JSON.stringify(council.thresholds);
  const names = useMemo(() => new Map((awards.data?.items ?? []).map((a) => [a.code, a.name])), [awards.data]);
  const order = useMemo(() => new Map((awards.data?.items ?? []).map((a, i) => [a.code, i])), [awards.data]);
  const shown = useMemo(() => [...rows].sort((a, b) => (order.get(a.awardCode) ?? 999) - (order.get(b.awardCode) ?? 999)), [rows, order]);

  const patch = (code: Threshold['awardCode'], change: Partial<Threshold>) => setRows((rs) => rs.map((r) => (r.awardCode === code ? { ...r, ...change } : r)));

  const save = () =>
    update.mutate(
      { thresholds: thresholdOverrides(rows), version: council.version },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (e) => (e instanceof ApiError && e.isStaleVersion ? void message.warning(t('error.staleReloaded')) : showError(e)),
      },
    );

  const editable = council.canManage;
  const columns: TableColumnsType<Threshold> = [
    {
      title: t('council.threshold.award'),
      key: 'award',
      render: (_, r) => (
        <>
          {names.get(r.awardCode) ?? r.awardCode}{' '}
          {isDefaultThreshold(r) && <Tag style={{ marginInlineStart: 4 }}>{t('council.threshold.default')}</Tag>}
        </>
      ),
    },
    {
      title: t('council.threshold.percent'),
      key: 'percent',
      width: 130,
      render: (_, r) =>
        editable ? (
          <InputNumber
            aria-label={t('council.threshold.percentOf', { award: names.get(r.awardCode) ?? r.awardCode })}
            min={1}
            max={100}
            precision={0}
            suffix="%"
            value={r.percent}
            onChange={(v) => v !== null && patch(r.awardCode, { percent: v })}
            style={{ width: 100 }}
          />
        ) : (
          `${r.percent}%`
        ),
    },
    {
      title: t('council.threshold.denominator'),
      key: 'denominator',
      width: 220,
      render: (_, r) =>
        editable ? (
          <Select<Denominator>
            aria-label={t('council.threshold.denominatorOf', { award: names.get(r.awardCode) ?? r.awardCode })}
            value={r.denominator}
            onChange={(denominator) => patch(r.awardCode, { denominator })}
            options={DENOMINATORS.map((d) => ({ value: d, label: t(`council.denominator.${d}`) }))}
            style={{ width: 200 }}
          />
        ) : (
          t(`council.denominator.${r.denominator}`)
        ),
    },
    {
      title: t('council.threshold.ballot'),
      key: 'ballot',
      width: 210,
      render: (_, r) =>
        editable ? (
          <Select<Ballot>
            aria-label={t('council.threshold.ballotOf', { award: names.get(r.awardCode) ?? r.awardCode })}
            value={r.ballot}
            onChange={(ballot) => patch(r.awardCode, { ballot })}
            options={BALLOTS.map((b) => ({ value: b, label: t(`council.ballot.${b}`) }))}
            style={{ width: 190 }}
          />
        ) : (
          t(`council.ballot.${r.ballot}`)
        ),
    },
    { title: t('council.threshold.rule'), key: 'rule', width: 220, render: (_, r) => <Typography.Text type="secondary">{thresholdText(t, r.percent, r.denominator)}</Typography.Text> },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'reset',
            width: 120,
            render: (_: unknown, r: Threshold) =>
              !isDefaultThreshold(r) && (
                <Button size="small" type="link" onClick={() => patch(r.awardCode, defaultThresholdRow(r.awardCode))}>
                  {t('council.threshold.reset')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('council.thresholds')}
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Button type="primary" size="small" disabled={!dirty} loading={update.isPending} onClick={save}>
            {t('council.threshold.save')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('council.thresholdsHelp')}
      </Typography.Paragraph>
      <Table<Threshold> rowKey="awardCode" size="small" pagination={false} columns={columns} dataSource={shown} loading={awards.isPending} scroll={{ x: 900 }} />
    </Card>
  );
}
