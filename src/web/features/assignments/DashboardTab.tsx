import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import type { Assignment } from '../../../contract/documents.js';
import type { TrackingSummary } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { CompletenessChart } from './charts/CompletenessChart.js';
import { IndicatorChart } from './charts/IndicatorChart.js';
import { formatPercent } from './format.js';
import { LateUnitsCard } from './LateUnitsCard.js';
import { IndicatorTotal } from './RollupCellView.js';
import { useDashboard } from './useAssignments.js';

/** Tổng quan: counts, completeness by level and group, each indicator across units, and who is late. */
export function DashboardTab({ assignment }: { assignment: Assignment }) {
  const t = useT();
  const dashboard = useDashboard(assignment.id);

  if (dashboard.isPending) return <PageSpin />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const d = dashboard.data;
  const numeric = d.indicators.filter((x) => x.indicator.valueType === 'number' || x.indicator.valueType === 'percent');

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        {d.dataAsOf ? t('assignment.dataAsOf', { time: formatDateTimeVi(d.dataAsOf) }) : t('assignment.noDataYet')}
        {d.chartedUnder && numeric.length > 0 ? ` · ${t('assignment.chartedUnder', { name: d.chartedUnder.unitName })}` : ''}
      </Typography.Text>
      <SummaryTiles summary={d.summary} />
      <Card size="small" title={t('assignment.completenessChart')}>
        {d.byLevel.length + d.byGroup.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <CompletenessChart byLevel={d.byLevel} byGroup={d.byGroup} />}
      </Card>
      <LateUnitsCard assignment={assignment} rows={d.lateUnits} />
      {numeric.length > 0 && (
        <Row gutter={[16, 16]}>
          {numeric.map((x) => (
            <Col key={x.indicator.id} xs={24} xl={12}>
              <Card
                size="small"
                title={
                  <span style={{ whiteSpace: 'normal' }}>
                    {x.indicator.code} · {x.indicator.name}
                  </span>
                }
              >
                <IndicatorTotal indicator={x.indicator} cell={x.total} />
                {x.byUnit.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <IndicatorChart data={x} />}
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}

function SummaryTiles({ summary: s }: { summary: TrackingSummary }) {
  const t = useT();
  const notSent = s.missing + s.pending;
  const tiles = [
    { key: 'expected', title: t('assignment.tile.expected'), value: s.expected },
    { key: 'reported', title: t('assignment.tile.reported'), value: s.reported, footer: t('assignment.completenessRate', { rate: formatPercent(s.completeness) || '—' }) },
    { key: 'onTime', title: t('assignment.tile.onTime'), value: s.onTime, footer: t('assignment.timelinessRate', { rate: formatPercent(s.timeliness) || '—' }), color: '#389e0d' },
    { key: 'late', title: t('assignment.tile.late'), value: s.late, color: s.late > 0 ? '#d46b08' : undefined },
    { key: 'notSent', title: t('assignment.tile.notSent'), value: notSent, footer: t('assignment.overdueCount', { count: s.missing }), color: s.missing > 0 ? '#cf1322' : undefined },
  ];
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.key} xs={12} md={8} xl={4} flex="auto">
          <Card size="small" style={{ height: '100%' }}>
            <Flex vertical gap={2}>
              <Statistic title={tile.title} value={tile.value} styles={{ content: tile.color ? { color: tile.color } : undefined }} />
              {tile.footer && <Typography.Text type="secondary">{tile.footer}</Typography.Text>}
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
