import { Card, Col, Row, Table, type TableColumnsType } from 'antd';
import type { Board, TrackingSummary } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';
import { formatPercent, levelKey } from './format.js';

interface RateRow {
  key: string;
  name: string;
  summary: TrackingSummary;
  total?: boolean;
}

/** Tỷ lệ đầy đủ và đúng hạn: one small table per level (with the total) and one per Cụm/Khối. */
export function RatesTables({ board }: { board: Board }) {
  const t = useT();
  const levelRows: RateRow[] = [
    ...board.byLevel.map((l) => ({ key: l.level, name: t(levelKey(l.level)), summary: l.summary })),
    { key: 'total', name: t('assignment.total'), summary: board.summary, total: true },
  ];
  const groupRows: RateRow[] = board.byGroup.map((g) => ({ key: g.groupId, name: g.groupName, summary: g.summary }));

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={10}>
        <Card size="small" title={t('assignment.ratesByLevel')}>
          <RatesTable rows={levelRows} nameTitle={t('assignment.level')} />
        </Card>
      </Col>
      <Col xs={24} xxl={14}>
        <Card size="small" title={t('assignment.ratesByGroup')}>
          <RatesTable rows={groupRows} nameTitle={t('assignment.group')} />
        </Card>
      </Col>
    </Row>
  );
}

function RatesTable({ rows, nameTitle }: { rows: RateRow[]; nameTitle: string }) {
  const t = useT();
  const num = { align: 'right' as const, width: 90 };
  const columns: TableColumnsType<RateRow> = [
    { title: nameTitle, key: 'name', width: 260, render: (_, r) => (r.total ? <strong>{r.name}</strong> : r.name) },
    { title: t('assignment.col.expected'), key: 'expected', ...num, render: (_, r) => r.summary.expected },
    { title: t('assignment.col.reported'), key: 'reported', ...num, render: (_, r) => r.summary.reported },
    { title: t('assignment.col.completeness'), key: 'completeness', ...num, render: (_, r) => formatPercent(r.summary.completeness) },
    { title: t('assignment.col.onTime'), key: 'onTime', ...num, render: (_, r) => r.summary.onTime },
    { title: t('assignment.col.timeliness'), key: 'timeliness', ...num, render: (_, r) => formatPercent(r.summary.timeliness) },
    { title: t('assignment.col.missing'), key: 'missing', ...num, render: (_, r) => r.summary.missing },
  ];
  return <Table<RateRow> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows} scroll={{ x: 800 }} locale={{ emptyText: t('common.none') }} />;
}
