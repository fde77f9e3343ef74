import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { PageHeader } from '../../components/PageHeader.js';
import { UnitYearFilter, useUnitYearParams } from '../../components/UnitYearFilter.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { formatMoney } from '../decisions/money.js';
import { useCan } from '../session/useSession.js';
import { useDownload } from '../transfer/useDownload.js';
import { FundIncomeModal } from './FundIncomeModal.js';
import { useFund, type FundByDecision, type FundEntry } from './useFund.js';

/**
 * Quỹ thi đua, khen thưởng: for a unit and a year, the opening balance, the income entered, the
 * payouts the issued decisions made, the balance, and the payouts grouped by decision.
 */
export function FundPage() {
  const t = useT();
  const can = useCan();
  const { unitId, year, thisYear } = useUnitYearParams();
  const fund = useFund(unitId, year);
  const { download, pending } = useDownload();
  const [adding, setAdding] = useState(false);
  const years = Array.from({ length: 10 }, (_, i) => thisYear + 1 - i);

  const entryColumns: TableColumnsType<FundEntry> = [
    { title: t('fund.entryOn'), key: 'entryOn', width: 120, render: (_, e) => formatDateVi(e.entryOn), sorter: (a, b) => a.entryOn.localeCompare(b.entryOn), defaultSortOrder: 'ascend' },
    { title: t('fund.kind'), key: 'kind', width: 110, render: (_, e) => <Tag color={e.kind === 'income' ? 'green' : 'volcano'}>{t(`fund.kind.${e.kind}`)}</Tag> },
    { title: t('fund.description'), key: 'description', render: (_, e) => e.description },
    {
      title: t('fund.decision'),
      key: 'decision',
      width: 170,
      render: (_, e) => (e.decisionId ? <Link to={PATHS.decision(e.decisionId)}>{e.decisionNumber ?? t('decision.noNumber')}</Link> : null),
    },
    {
      title: t('fund.amount'),
      key: 'amount',
      width: 160,
      align: 'right',
      render: (_, e) => <Typography.Text type={e.kind === 'payout' ? 'danger' : undefined}>{`${e.kind === 'payout' ? '−' : '+'}${formatMoney(e.amount)}`}</Typography.Text>,
    },
  ];
  const decisionColumns: TableColumnsType<FundByDecision> = [
    { title: t('fund.decision'), key: 'decision', render: (_, d) => <Link to={PATHS.decision(d.decisionId)}>{d.numberText ?? t('decision.noNumber')}</Link> },
    { title: t('decision.issuedOn'), key: 'issuedOn', width: 130, render: (_, d) => formatDateVi(d.issuedOn) },
    { title: t('decision.awardeeCount'), key: 'awardees', width: 130, align: 'right', render: (_, d) => d.awardees },
    { title: t('fund.amount'), key: 'amount', width: 160, align: 'right', render: (_, d) => formatMoney(d.amount) },
  ];

  const data = fund.data;
  return (
    <>
      <PageHeader
        title={t('nav.fund')}
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              loading={pending === 'xlsx'}
              onClick={() => void download('xlsx', '/api/fund.xlsx', { unitId, year }, `quy-thi-dua-khen-thuong-${year}.xlsx`)}
            >
              {t('fund.export')}
            </Button>
            {can('fund:write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('fund.addIncome')}
              </Button>
            )}
          </>
        }
      />
      <UnitYearFilter unitLabel={t('fund.unit')} yearLabel={t('fund.year')} years={years} includeClosed />
      {fund.isError && <QueryError error={fund.error} onRetry={() => void fund.refetch()} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['opening', data?.openingBalance],
            ['income', data?.income],
            ['payouts', data?.payouts],
            ['balance', data?.balance],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} lg={6}>
            <Card size="small">
              <Statistic title={t(`fund.${key}`)} value={value ?? 0} loading={fund.isPending} formatter={(v) => formatMoney(Number(v))} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('fund.entries', { year })} style={{ marginBottom: 16 }}>
        <Table<FundEntry>
          rowKey="id"
          size="small"
          columns={entryColumns}
          dataSource={data?.entries}
          loading={fund.isFetching}
          scroll={{ x: 800 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('fund.noEntries') }}
        />
      </Card>
      <Card size="small" title={t('fund.byDecision')} style={{ marginBottom: 16 }}>
        <Table<FundByDecision>
          rowKey="decisionId"
          size="small"
          columns={decisionColumns}
          dataSource={data?.byDecision}
          loading={fund.isFetching}
          pagination={false}
          scroll={{ x: 600 }}
          locale={{ emptyText: t('fund.noPayouts') }}
        />
      </Card>
      {adding && <FundIncomeModal unitId={unitId} year={year} onClose={() => setAdding(false)} />}
    </>
  );
}
