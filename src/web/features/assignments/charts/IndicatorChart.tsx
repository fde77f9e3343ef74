import { useMemo } from 'react';
import type { Dashboard } from '../../../../contract/reporting.js';
import { formatNumberVi } from '../../../../core/reporting/numbers.js';
import { useT } from '../../../i18n/useT.js';
import { type ChartOption, EChart } from './EChart.js';

type IndicatorData = Dashboard['indicators'][number];

const MET = '#52c41a';
const NOT_MET = '#f5222d';
const NO_TARGET = '#1677ff';
const TARGET = '#262626';

/**
 * One indicator across the units: a bar per unit, coloured by whether it meets its target. When every
 * unit has the same target it is one line across the chart; otherwise each bar has its target outlined over it.
 */
export function IndicatorChart({ data }: { data: IndicatorData }) {
  const t = useT();
  const { indicator } = data;
  // Units that did not report this indicator (an office has no poor households) are left out of its chart.
  const byUnit = useMemo(() => data.byUnit.filter((u) => u.value !== null), [data.byUnit]);
  const option = useMemo<ChartOption>(() => {
    // Top-down in the order given: a category axis draws its first entry at the bottom.
    const units = [...byUnit].reverse();
    const targets = new Set(units.map((u) => u.target));
    const sharedTarget = targets.size === 1 ? units[0]?.target ?? null : null;
    const perBarTargets = sharedTarget === null && units.some((u) => u.target !== null);
    const format = (v: number) => formatNumberVi(v);
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => (typeof v === 'number' ? `${formatNumberVi(v)} ${indicator.unitOfMeasure}`.trim() : ''),
      },
      // Room at the top for the target line's label.
      grid: { left: 8, right: 40, top: 28, bottom: 8 },
      xAxis: { type: 'value', axisLabel: { formatter: format } },
      yAxis: { type: 'category', data: units.map((u) => u.unitName), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: indicator.name,
          barMaxWidth: 22,
          data: units.map((u) => ({
            value: u.value ?? undefined,
            itemStyle: { color: u.meets === null ? NO_TARGET : u.meets ? MET : NOT_MET },
          })),
          label: { show: true, position: 'right', formatter: (p) => (typeof p.value === 'number' ? format(p.value) : '') },
          ...(sharedTarget !== null
            ? {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: TARGET, type: 'dashed' },
                  label: { formatter: `${t('assignment.target')}: ${format(sharedTarget)}`, position: 'end' },
                  data: [{ xAxis: sharedTarget }],
                },
              }
            : {}),
        },
        ...(perBarTargets
          ? [
              {
                // Each unit's own target: a dashed outline drawn over its bar.
                type: 'bar' as const,
                name: t('assignment.target'),
                barMaxWidth: 22,
                barGap: '-100%',
                silent: false,
                z: 3,
                itemStyle: { color: 'transparent', borderColor: TARGET, borderType: 'dashed' as const, borderWidth: 1.5 },
                data: units.map((u) => u.target ?? undefined),
              },
            ]
          : []),
      ],
    };
  }, [indicator, byUnit, t]);

  return <EChart option={option} label={t('assignment.indicatorChart', { name: indicator.name })} height={Math.max(160, 40 + byUnit.length * 30)} />;
}
