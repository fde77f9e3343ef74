import { Button, Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Movement, RegistrationSummary } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { RegistrationReviewDrawer } from './RegistrationReviewDrawer.js';
import { RegistrationStatusTag } from './RegistrationStatusTag.js';
import { useRegistrationSummary } from './useRegistrations.js';

type Row = RegistrationSummary['rows'][number];
const STATUSES = ['not_sent', 'pending', 'returned', 'approved'] as const;

/** Tổng hợp đăng ký: every unit of the movement's scope with its status, counts, and the titles aimed for. */
export function RegistrationSummaryView({ movement, year }: { movement: Movement; year: number }) {
  const t = useT();
  const summary = useRegistrationSummary(movement.id, year);
  const [opened, setOpened] = useState<string | null>(null);

  if (summary.isPending) return <PageSpin />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;

  const columns: TableColumnsType<Row> = [
    { title: t('registration.unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('registration.status'), key: 'status', width: 130, render: (_, r) => <RegistrationStatusTag status={r.status} /> },
    { title: t('registration.commitmentCount'), dataIndex: 'commitmentCount', key: 'commitments', width: 110, align: 'right' },
    { title: t('registration.titleCount'), dataIndex: 'titleCount', key: 'titles', width: 110, align: 'right' },
    { title: t('registration.submittedAt'), key: 'submittedAt', width: 170, render: (_, r) => formatDateTimeVi(r.submittedAt) },
    {
      title: t('common.actions'),
      key: 'open',
      width: 110,
      render: (_, r) =>
        r.registrationId && (
          <Button type="link" size="small" onClick={() => setOpened(r.registrationId)}>
            {r.status === 'pending' ? t('registration.review') : t('common.details')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('registration.expected')} value={s.expected} />
          </Card>
        </Col>
        {STATUSES.map((status) => (
          <Col key={status} xs={12} md={5}>
            <Card size="small">
              <Statistic title={t(`registration.status.${status}`)} value={s.byStatus[status] ?? 0} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('registration.byUnit')} style={{ marginBottom: 16 }}>
        <Table<Row>
          rowKey="unitId"
          size="small"
          columns={columns}
          dataSource={s.rows}
          pagination={s.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('registration.noScope') }}
        />
      </Card>
      <Card size="small" title={t('registration.titlesAimed')}>
        <Table
          rowKey="award"
          size="small"
          pagination={false}
          dataSource={s.titles}
          locale={{ emptyText: t('registration.noTitlesSent') }}
          columns={[
            { title: t('registration.award'), dataIndex: 'award', key: 'award' },
            { title: t('registration.nominee.collective'), dataIndex: 'collective', key: 'collective', width: 120, align: 'right' },
            { title: t('registration.nominee.person'), dataIndex: 'person', key: 'person', width: 120, align: 'right' },
          ]}
        />
      </Card>
      {opened && <RegistrationReviewDrawer registrationId={opened} indicators={movement.indicators} onClose={() => setOpened(null)} />}
    </>
  );
}
