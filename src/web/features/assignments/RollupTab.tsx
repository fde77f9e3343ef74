import { Alert, Breadcrumb, Button, Card, DatePicker, Flex, Switch, Table, Typography, type TableColumnsType } from 'antd';
import type { Assignment } from '../../../contract/documents.js';
import type { Indicator, Rollup, RollupCell } from '../../../contract/reporting.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { PageSpin } from '../../components/PageSpin.js';
import { QueryError } from '../../components/QueryError.js';
import { useT } from '../../i18n/useT.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates.js';
import { RollupCellView } from './RollupCellView.js';
import { useRollup } from './useAssignments.js';
import { useRollupParams } from './useRollupParams.js';

type UnitRow = Rollup['rows'][number];
type GroupRow = Rollup['groups'][number];

/** Tổng hợp: the indicators summed up the unit tree (and per Cụm/Khối), against their targets. */
export function RollupTab({ assignment }: { assignment: Assignment }) {
  const t = useT();
  const [params, setParams] = useRollupParams();
  const rollup = useRollup(assignment.id, params);

  return (
    <Flex vertical gap={16}>
      <Flex gap={24} wrap align="center">
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          <Switch checked={params.includeSubmitted} onChange={(includeSubmitted) => setParams({ includeSubmitted })} />
          {t('assignment.includeSubmitted')}
        </label>
        <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {t('assignment.asOf')}
          <DatePicker
            format={DATE_FORMAT}
            value={fromIsoDate(params.asOf) ?? null}
            onChange={(d) => setParams({ asOf: toIsoDate(d) ?? undefined })}
            placeholder={t('assignment.asOfToday')}
            aria-label={t('assignment.asOf')}
          />
        </label>
        {rollup.data && (
          <Typography.Text type="secondary">
            {rollup.data.dataAsOf ? t('assignment.dataAsOf', { time: formatDateTimeVi(rollup.data.dataAsOf) }) : t('assignment.noDataYet')}
            {' · '}
            {t('assignment.boundariesAsOf', { date: formatDateVi(rollup.data.asOf) })}
          </Typography.Text>
        )}
      </Flex>
      {rollup.isPending ? (
        <PageSpin />
      ) : rollup.isError && !rollup.data ? (
        <QueryError error={rollup.error} onRetry={() => void rollup.refetch()} />
      ) : (
        <RollupTables rollup={rollup.data!} loading={rollup.isFetching} onOpen={(unitId) => setParams({ unitId })} />
      )}
    </Flex>
  );
}

function RollupTables({ rollup, loading, onOpen }: { rollup: Rollup; loading: boolean; onOpen: (unitId: string | undefined) => void }) {
  const t = useT();
  const width = 240 + rollup.indicators.length * 170;
  const parents = new Set(rollup.rows.map((r) => r.parentId));
  const top = rollup.rows[0]?.depth ?? 0;
  const opened = rollup.path.length > 0 ? rollup.rows[0] : undefined;
  return (
    <>
      {opened && (
        <Breadcrumb
          items={[
            // The top of the tree is what the table opens on: no unit to name in the address.
            ...rollup.path.map((p, i) => ({
              title: (
                <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(i === 0 ? undefined : p.unitId)}>
                  {p.unitName}
                </Button>
              ),
            })),
            { title: opened.unitName },
          ]}
        />
      )}
      {rollup.notes.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('assignment.rollupNotes')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {rollup.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<UnitRow>
        rowKey="unitId"
        size="small"
        bordered
        loading={loading}
        pagination={false}
        scroll={{ x: width }}
        dataSource={rollup.rows}
        columns={[
          {
            title: t('assignment.unit'),
            key: 'unit',
            fixed: 'left',
            width: 240,
            render: (_, r) => (
              <span style={{ paddingInlineStart: (r.depth - top) * 20, display: 'inline-block', fontWeight: r.depth === top ? 600 : undefined }}>
                {r.unitName}
                {!r.reporting && (parents.has(r.unitId) || r.childCount > 0) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {' '}
                    ({t('assignment.aggregatedOnly')})
                  </Typography.Text>
                )}
                {r.childCount > 0 && !parents.has(r.unitId) && (
                  <Button type="link" size="small" onClick={() => onOpen(r.unitId)} aria-label={t('assignment.openUnitOf', { unit: r.unitName })}>
                    {t('assignment.openUnit', { count: r.childCount })}
                  </Button>
                )}
              </span>
            ),
          },
          ...indicatorColumns<UnitRow>(rollup.indicators),
        ]}
        locale={{ emptyText: t('assignment.noDataYet') }}
      />
      {rollup.groups.length > 0 && (
        <Card size="small" title={t('assignment.rollupByGroup')}>
          <Table<GroupRow>
            rowKey="groupId"
            size="small"
            bordered
            loading={loading}
            pagination={false}
            scroll={{ x: width }}
            dataSource={rollup.groups}
            columns={[
              { title: t('assignment.group'), key: 'group', fixed: 'left', width: 240, render: (_, g) => g.groupName },
              ...indicatorColumns<GroupRow>(rollup.indicators),
            ]}
          />
        </Card>
      )}
    </>
  );
}

function indicatorColumns<R extends { cells: RollupCell[] }>(indicators: Indicator[]): TableColumnsType<R> {
  return indicators.map((ind) => ({
    key: ind.id,
    width: 170,
    align: 'right' as const,
    title: (
      <span title={ind.name} style={{ whiteSpace: 'normal' }}>
        <strong>{ind.code}</strong> {ind.name}
        {ind.unitOfMeasure && <Typography.Text type="secondary"> ({ind.unitOfMeasure})</Typography.Text>}
      </span>
    ),
    render: (_: unknown, r: R) => <RollupCellView cell={r.cells.find((c) => c.indicatorId === ind.id)} />,
  }));
}
