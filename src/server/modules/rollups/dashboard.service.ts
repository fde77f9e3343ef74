/** Dashboard of an assignment: how reporting goes, the totals against the targets, who is late. */
import type { Dashboard, RollupCell } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { buildBoard, lateOrMissing } from './board.service.js';
import { buildRollup, totalCells } from './rollup.service.js';
import { loadTrackedAssignment } from './rollups-access.js';

const NUMERIC_TYPES = new Set(['number', 'percent']);

/**
 * Leaders read it too; figures are those of accepted reports, placed as of today. Each indicator
 * is charted across the units one level below the top of the roll-up (a country's provinces, a
 * province's communes and agencies), each with the total of what lies below it against the target
 * of its level: a chart of every commune of a country would be unreadable, and the roll-up opens
 * any of them further.
 */
export async function getDashboard(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Dashboard> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  const [{ board }, data] = await Promise.all([buildBoard(ctx, row), buildRollup(ctx, row, { includeSubmitted: false, maxRows: 1, groups: false })]);
  const { rollup } = data;
  const roots = rollup.rows.filter((r) => r.parentId === null);
  const top = roots.length === 1 ? roots[0]! : null;
  const totals = top ? top.cells : totalCells(data);
  const children = top ? rollup.rows.filter((r) => r.parentId === top.unitId) : roots;
  // A single unit reporting alone is its own tree: the chart shows it.
  const charted = children.length > 0 ? children : roots;

  return {
    assignmentId: row.id,
    title: row.title,
    movementId: row.movementId,
    movementName: row.movementName,
    period: row.period,
    dueOn: row.dueOn,
    generatedAt: board.generatedAt,
    dataAsOf: rollup.dataAsOf,
    summary: board.summary,
    byLevel: board.byLevel,
    byGroup: board.byGroup,
    chartedUnder: top && children.length > 0 ? { unitId: top.unitId, unitName: top.unitName } : null,
    indicators: rollup.indicators.flatMap((indicator, index) =>
      NUMERIC_TYPES.has(indicator.valueType)
        ? [
            {
              indicator,
              total: totals[index]!,
              byUnit: charted.flatMap((unit) => {
                const cell: RollupCell = unit.cells[index]!;
                // Units with no figure below them for this indicator have nothing to chart.
                if (cell.count === 0) return [];
                return [{ unitId: unit.unitId, unitName: unit.unitName, value: cell.value, target: cell.target?.value ?? null, meets: cell.meets }];
              }),
            },
          ]
        : [],
    ),
    lateUnits: lateOrMissing(board.rows),
  };
}
