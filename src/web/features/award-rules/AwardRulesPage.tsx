import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useShowError } from '../../app/useShowError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { UnitYearFilter, useUnitYearParams } from '../../components/UnitYearFilter.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { filterOptionFolded } from '../../lib/select-filter.js';
import { awardOptions } from '../awards/EligibilityForm.js';
import { useAwardCatalogue } from '../awards/useAwards.js';
import { useCan } from '../session/useSession.js';
import { LocalAwardsCard } from './LocalAwardsCard.js';
import { incompleteRows, quotasBody, type QuotaRow } from './quota-rows.js';
import { useAwardQuotas, useAwardSettings, useChildUnits, useSaveAwardQuotas, useSaveAwardSettings } from './useAwardRules.js';

/**
 * Chỉ tiêu và quy định khen thưởng of a level: the share of LĐTT its units may propose for
 * CSTĐCS (applies to the whole subtree), and the yearly quotas of its direct subordinates.
 * Submitting nominations checks both.
 */
export function AwardRulesPage() {
  const t = useT();
  const can = useCan();
  const { unitId, year, thisYear } = useUnitYearParams();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const canEdit = can('nomination:review');

  return (
    <>
      <PageHeader title={t('nav.awardRules')} />
      <UnitYearFilter unitLabel={t('awardRules.unit')} yearLabel={t('awardRules.year')} years={years} />
      <CapCard key={`cap-${unitId}`} unitId={unitId} canEdit={canEdit} />
      <QuotasCard key={`quotas-${unitId}-${year}`} unitId={unitId} year={year} canEdit={canEdit} />
      <LocalAwardsCard key={`local-${unitId}`} unitId={unitId} canEdit={canEdit} />
    </>
  );
}

function CapCard({ unitId, canEdit }: { unitId: string; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const settings = useAwardSettings(unitId);
  const save = useSaveAwardSettings(unitId);
  const [form] = Form.useForm<{ percent: number | null; note: string }>();
  const data = settings.data;
  const own = data?.setBy?.unitId === unitId;

  useEffect(() => {
    if (data) form.setFieldsValue({ percent: own ? data.cstdcsPercentOfLdtt : null, note: own ? (data.note ?? '') : '' });
  }, [data, own, form]);

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const applying =
    data?.cstdcsPercentOfLdtt != null && data.setBy
      ? t('awardRules.capApplies', { percent: data.cstdcsPercentOfLdtt, unit: data.setBy.unitName })
      : t('awardRules.capNone');

  return (
    <Card size="small" title={t('awardRules.capTitle')} style={{ marginBottom: 16 }} loading={settings.isPending}>
      <Typography.Paragraph>{applying}</Typography.Paragraph>
      {canEdit && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) =>
            save.mutateAsync({ cstdcsPercentOfLdtt: v.percent ?? null, note: v.note?.trim() || null, version: data?.version ?? null }).then(
              () => void message.success(t('common.saved')),
              (error: unknown) => showError(error),
            )
          }
        >
          <Form.Item name="percent" label={t('awardRules.capPercent')}>
            <InputNumber min={1} max={100} addonAfter="%" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="note" label={t('awardRules.capNote')}>
            <Input style={{ width: 320 }} placeholder={t('awardRules.capNotePlaceholder')} />
          </Form.Item>
          <Button htmlType="submit" type="primary" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function QuotasCard({ unitId, year, canEdit }: { unitId: string; year: number; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const quotas = useAwardQuotas(unitId, year);
  const children = useChildUnits(unitId);
  const catalogue = useAwardCatalogue();
  const save = useSaveAwardQuotas(unitId, year);
  const [rows, setRows] = useState<QuotaRow[] | null>(null);

  useEffect(() => {
    if (quotas.data) setRows(quotas.data.items.map((q, i) => ({ key: `${i}`, unitId: q.unitId, awardCode: q.awardCode, maxCount: q.maxCount, used: q.used })));
  }, [quotas.data]);

  if (quotas.isError) return <QueryError error={quotas.error} onRetry={() => void quotas.refetch()} />;
  const update = (key: string, patch: Partial<QuotaRow>) => setRows((rs) => (rs ?? []).map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const unitOptions = (children.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  const columns: TableColumnsType<QuotaRow> = [
    {
      title: t('awardRules.childUnit'),
      key: 'unit',
      render: (_, r, i) => (
        <Select
          aria-label={t('awardRules.childUnitRow', { row: i + 1 })}
          style={{ width: '100%' }}
          showSearch
          filterOption={filterOptionFolded}
          disabled={!canEdit}
          value={r.unitId}
          options={unitOptions}
          onChange={(v) => update(r.key, { unitId: v })}
        />
      ),
    },
    {
      title: t('awardRules.award'),
      key: 'award',
      render: (_, r, i) => (
        <Select
          aria-label={t('awardRules.awardRow', { row: i + 1 })}
          style={{ width: '100%' }}
          showSearch
          filterOption={filterOptionFolded}
          disabled={!canEdit}
          value={r.awardCode}
          options={awardOptions(catalogue.data?.items ?? [], t)}
          onChange={(v) => update(r.key, { awardCode: v })}
        />
      ),
    },
    {
      title: t('awardRules.maxCount'),
      key: 'max',
      width: 140,
      render: (_, r, i) => (
        <InputNumber aria-label={t('awardRules.maxCountRow', { row: i + 1 })} min={0} max={10000} disabled={!canEdit} value={r.maxCount} onChange={(v) => update(r.key, { maxCount: v })} />
      ),
    },
    { title: t('awardRules.used'), key: 'used', width: 110, align: 'right', render: (_, r) => r.used },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, r: QuotaRow, i: number) => (
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('awardRules.removeRow', { row: i + 1 })} onClick={() => setRows((rs) => (rs ?? []).filter((x) => x.key !== r.key))} />
            ),
          },
        ]
      : []),
  ];

  const submit = () => {
    const list = rows ?? [];
    const missing = incompleteRows(list);
    if (missing > 0) {
      void message.warning(t('awardRules.incomplete', { count: missing }));
      return;
    }
    save.mutateAsync(quotasBody(list)).then(
      () => void message.success(t('common.saved')),
      (error: unknown) => showError(error),
    );
  };

  return (
    <Card
      size="small"
      title={t('awardRules.quotasTitle', { year })}
      extra={
        canEdit && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setRows((rs) => [...(rs ?? []), { key: `n${Date.now()}`, unitId: null, awardCode: null, maxCount: null, used: 0 }])}>
              {t('awardRules.addRow')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={submit}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('awardRules.quotasHint')}</Typography.Paragraph>
      <Table<QuotaRow> rowKey="key" size="small" columns={columns} dataSource={rows ?? []} loading={quotas.isPending} pagination={false} locale={{ emptyText: t('awardRules.noQuotas') }} />
    </Card>
  );
}
