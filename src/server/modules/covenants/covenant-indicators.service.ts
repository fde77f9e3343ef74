/**
 * Criteria tied to report indicators: which indicators a covenant may use, and what each member's
 * accepted figures earn — so a member scores "1.2 hồ sơ trực tuyến" from the figure the organiser
 * already accepted instead of retyping it.
 */
import type { CriterionInput, ScoreSuggestion } from '../../../contract/covenants.js';
import { AppError } from '../../../contract/errors.js';
import { pointsFromFigure } from '../../../core/covenants/indicator-points.js';
import { levelOfUnitKind, meetsTarget, pickTarget, targetLabel, type Direction, type Target } from '../../../core/reporting/targets.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { covenantAccess, seesScoresOf } from './covenant-access.js';
import * as repo from './covenant-indicators.repo.js';
import * as covenantsRepo from './covenants.repo.js';

export async function listCovenantIndicators(ctx: ServiceContext, actor: Actor | null, id: string) {
  const access = await covenantAccess(ctx.db, actor, id);
  const items = await repo.indicatorsFor(ctx.db, access.row.organiserPath, access.row.year);
  return { items: items.map(({ direction: _d, targets: _t, ...i }) => i) };
}

/** A table copied from another year keeps only the ties the new year's movements still offer. */
export async function keepAvailableTies<T extends Pick<CriterionInput, 'indicatorId'>>(db: Db, organiserPath: string, year: number, rows: readonly T[]): Promise<T[]> {
  if (rows.every((r) => r.indicatorId === null)) return [...rows];
  const allowed = new Set((await repo.indicatorsFor(db, organiserPath, year)).map((i) => i.id));
  return rows.map((r) => (r.indicatorId !== null && !allowed.has(r.indicatorId) ? { ...r, indicatorId: null } : r));
}

/** Refuses a tie to an indicator outside the covenant's movements, naming the row. */
export async function checkIndicatorTies(db: Db, organiserPath: string, year: number, rows: readonly Pick<CriterionInput, 'indicatorId'>[]): Promise<void> {
  if (rows.every((r) => r.indicatorId === null)) return;
  const allowed = new Set((await repo.indicatorsFor(db, organiserPath, year)).map((i) => i.id));
  rows.forEach((r, i) => {
    if (r.indicatorId !== null && !allowed.has(r.indicatorId)) {
      throw invalidField(`criteria.${i}.indicatorId`, 'Chỉ tiêu không thuộc phong trào thi đua của cấp tổ chức hoặc cấp trên trong năm của giao ước');
    }
  });
}

export async function scoreSuggestions(ctx: ServiceContext, actor: Actor | null, id: string, unitId: string): Promise<{ items: ScoreSuggestion[] }> {
  const access = await covenantAccess(ctx.db, actor, id);
  if (!access.members.some((m) => m.unitId === unitId)) throw new AppError('NOT_FOUND', 'Đơn vị không là thành viên của cụm, khối này');
  if (!seesScoresOf(access, unitId)) throw new AppError('FORBIDDEN', 'Số liệu của đơn vị khác chỉ xem được sau khi khóa chấm điểm');
  const tied = (await covenantsRepo.listCriteria(ctx.db, id)).filter((c) => c.indicatorId !== null && c.kind === 'criterion');
  if (tied.length === 0) return { items: [] };
  const indicators = new Map((await repo.indicatorsFor(ctx.db, access.row.organiserPath, access.row.year)).map((i) => [i.id, i]));
  const figures = await repo.acceptedFigures(ctx.db, unitId, tied.map((c) => c.indicatorId!), access.row.year);
  const level = levelOfUnitKind((await repo.unitKind(ctx.db, unitId)) ?? '');
  return {
    items: tied.flatMap((c) => {
      const indicator = indicators.get(c.indicatorId!);
      if (!indicator) return [];
      const latest = figures.find((f) => f.indicatorId === c.indicatorId) ?? null;
      const target = pickTarget(indicator.targets as Target[], level);
      const figure = latest?.value ?? null;
      return [
        {
          criterionId: c.id,
          indicatorName: indicator.name,
          figure,
          unitOfMeasure: indicator.unitOfMeasure,
          target: target ? targetLabel(target, indicator.unitOfMeasure) : null,
          met: target ? meetsTarget(figure, target) : null,
          suggestedScore: pointsFromFigure(c.maxPoints, indicator.direction as Direction, figure, target),
          dueOn: latest?.dueOn ?? null,
        },
      ];
    }),
  };
}
