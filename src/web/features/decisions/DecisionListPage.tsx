import { Button, Card, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DecisionStatusSchema } from '../../../contract/decisions.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { useCan, useSession } from '../session/useSession.js';
import { UnitSelect } from '../units/UnitSelect.js';
import { DecisionStatusTag } from './DecisionStatusTag.js';
import { DraftDecisionModal } from './DraftDecisionModal.js';
import { formatMoney } from './money.js';
import { PastDecisionModal } from './PastDecisionModal.js';
import { useDecisionList, type DecisionStatus, type DecisionSummary } from './useDecisions.js';

const PAGE_SIZE = 50;

/** Quyết định khen thưởng of the units in scope: drafts, issued ones, and old ones entered from paper. */
export function DecisionListPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('donVi') ?? undefined;
  const year = Number(params.get('nam')) || undefined;
  const parsedStatus = DecisionStatusSchema.safeParse(params.get('trangThai'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [dialog, setDialog] = useState<'draft' | 'past' | null>(null);
  const list = useDecisionList({ unitId, year, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const setFilter = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    if (key !== 'trang') next.delete('trang');
    setParams(next, { replace: true });
  };
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);

  const columns: TableColumnsType<DecisionSummary> = [
    {
      title: t('decision.number'),
      key: 'number',
      width: 170,
      render: (_, d) => <Link to={PATHS.decision(d.id)}>{d.numberText ?? t('decision.noNumber')}</Link>,
    },
    { title: t('decision.issuedOn'), key: 'issuedOn', width: 120, render: (_, d) => formatDateVi(d.issuedOn) },
    { title: t('decision.unit'), key: 'unit', width: 220, render: (_, d) => d.unitName },
    { title: t('decision.subject'), key: 'subject', render: (_, d) => d.subject },
    { title: t('decision.year'), key: 'year', width: 80, render: (_, d) => d.year },
    { title: t('decision.awardeeCount'), key: 'awardees', width: 120, align: 'right', render: (_, d) => d.awardeeCount },
    { title: t('decision.totalAmount'), key: 'total', width: 150, align: 'right', render: (_, d) => formatMoney(d.totalAmount) },
    { title: t('decision.status'), key: 'status', width: 130, render: (_, d) => <DecisionStatusTag status={d.status} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('nav.decisions')}
        extra={
          <>
            {can('decision:write') && <Button onClick={() => void navigate(PATHS.certificateLayouts)}>{t('nav.certificateLayouts')}</Button>}
            {can('decision:write') && <Button onClick={() => setDialog('past')}>{t('decision.past')}</Button>}
            {can('decision:write') && (
              <Button type="primary" onClick={() => setDialog('draft')}>
                {t('decision.draft')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <div style={{ width: 320, maxWidth: '100%' }}>
            <UnitSelect
              aria-label={t('decision.unit')}
              placeholder={t('decision.allUnits')}
              ancestorId={user.scopeUnitId}
              status="all"
              known={[{ id: user.scopeUnitId, name: user.scopeUnitName }]}
              value={unitId ?? null}
              onChange={(v) => setFilter('donVi', v ?? undefined)}
            />
          </div>
          <Select<number>
            aria-label={t('decision.year')}
            placeholder={t('decision.year')}
            allowClear
            value={year}
            onChange={(v) => setFilter('nam', v)}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 140 }}
          />
          <Select<DecisionStatus>
            aria-label={t('decision.status')}
            placeholder={t('decision.status')}
            allowClear
            value={status}
            onChange={(v) => setFilter('trangThai', v)}
            options={DecisionStatusSchema.options.map((s) => ({ value: s, label: t(`decision.status.${s}`) }))}
            style={{ width: 180 }}
          />
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<DecisionSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('decision.none') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (p) => setFilter('trang', p === 1 ? undefined : p),
          }}
        />
      </Card>
      {dialog === 'draft' && <DraftDecisionModal onClose={() => setDialog(null)} onSaved={(d) => void navigate(PATHS.decision(d.id))} />}
      {dialog === 'past' && <PastDecisionModal onClose={() => setDialog(null)} onSaved={(d) => void navigate(PATHS.decision(d.id))} />}
    </>
  );
}
