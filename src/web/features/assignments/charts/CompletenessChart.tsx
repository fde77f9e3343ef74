import { useMemo } from 'react';
import type { Dashboard, TrackingSummary } from '../../../../contract/reporting.js';
import { formatNumberVi } from '../../../../core/reporting/numbers.js';
import { useT } from '../../../i18n/useT.js';
import { levelKey } from '../format.js';
import { type ChartOption, EChart } from './EChart.js';

const COLORS = { onTime: '#52c41a', late: '#fa8c16', missing: '#f5222d', pending: '#bfbfbf', unknown: '#8c8c8c' };

/** Sent but with no first-submission time (imported): neither on time nor late. */
function timingUnknown(s: TrackingSummary): number {
  return Math.max(0, s.reported - s.onTime - s.late);
}

/** Tình hình nộp báo cáo: one stacked bar per level and per Cụm/Khối — on time, late, missing, not yet due. */
export function CompletenessChart({ byLevel, byGroup }: Pick<Dashboard, 'byLevel' | 'byGroup'>) {
  const t = useT();
  const option = useMemo<ChartOption>(() => {
    const rows = [
      ...byLevel.map((l) => ({ name: t(levelKey(l.level)), s: l.summary })),
      ...byGroup.map((g) => ({ name: g.groupName, s: g.summary })),
    ];
    // Bars read top-down in the order above, but a category axis draws its first entry at the bottom.
    rows.reverse();
    const series = (
      [
        ['onTime', t('assignment.onTime'), (s: TrackingSummary) => s.onTime],
        ['late', t('assignment.late'), (s: TrackingSummary) => s.late],
        ['unknown', t('assignment.timingUnknown'), timingUnknown],
        ['missing', t('assignment.notSentOverdue'), (s: TrackingSummary) => s.missing],
        ['pending', t('assignment.notDueYet'), (s: TrackingSummary) => s.pending],
      ] as const
    )
      .map(([key, name, pick]) => ({ key, name, data: rows.map((r) => pick(r.s)) }))
      .filter((x) => x.key !== 'unknown' || x.data.some((n) => n > 0));
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? formatNumberVi(v) : '') },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumberVi(v) } },
      yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { width: 180, overflow: 'truncate' } },
      series: series.map((x) => ({ type: 'bar', stack: 'units', name: x.name, data: x.data, color: COLORS[x.key], barMaxWidth: 28 })),
    };
  }, [byLevel, byGroup, t]);

  const count = byLevel.length + byGroup.length;
  return <EChart option={option} label={t('assignment.completenessChart')} height={Math.max(180, 60 + count * 36)} />;
}
