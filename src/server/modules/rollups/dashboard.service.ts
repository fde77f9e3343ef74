/** Dashboard of an assignment: how reporting goes, the totals against the targets, who is late. */
import type { Dashboard } from '../../../contract/reporting.js';
import { levelOfUnitKind, meetsTarget, pickTarget } from '../../../core/reporting/targets.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { buildBoard, lateOrMissing } from './board.service.js';
import { buildRollup, totalCells } from './rollup.service.js';
import { loadTrackedAssignment } from './rollups-access.js';

const NUMERIC_TYPES = new Set(['number', 'percent']);

/** Leaders read it too; figures are those of accepted reports, placed as of today. */
export async function getDashboard(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Dashboard> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  const [{ board }, data] = await Promise.all([buildBoard(ctx, row), buildRollup(ctx, row, { includeSubmitted: false })]);
  const { rollup, included, values, units } = data;
  const totals = totalCells(data);
  // One included report per unit, one figure per report and indicator.
  const ownValue = new Map(values.map((v) => [`${v.reportUnitId}|${v.indicatorId}`, v.value]));
  const reporting = [...included.keys()].sort((a, b) => compareKeys(units.get(a)?.sortKey ?? '', units.get(b)?.sortKey ?? ''));

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
    indicators: rollup.indicators.flatMap((indicator, index) =>
      NUMERIC_TYPES.has(indicator.valueType)
        ? [
            {
              indicator,
              total: totals[index]!,
              byUnit: reporting.map((unitId) => {
                const value = ownValue.get(`${unitId}|${indicator.id}`) ?? null;
                const target = pickTarget(indicator.targets, levelOfUnitKind(units.get(unitId)?.kind ?? 'other'));
                return { unitId, unitName: units.get(unitId)?.name ?? '', value, target: target?.value ?? null, meets: target ? meetsTarget(value, target) : null };
              }),
            },
          ]
        : [],
    ),
    lateUnits: lateOrMissing(board.rows),
  };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
