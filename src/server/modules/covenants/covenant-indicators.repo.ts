import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { acceptedReportValues, assignments, indicators, movements, orgUnits, reports } from '../../db/schema.js';

/**
 * Indicators a covenant's criteria may be tied to: those of the movements launched by the
 * organiser or a level above it that run during the covenant's year.
 */
export async function indicatorsFor(db: Db, organiserPath: string, year: number) {
  const ancestors = organiserPath.split('/').filter(Boolean);
  if (ancestors.length === 0) return [];
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unitOfMeasure: indicators.unitOfMeasure,
      direction: indicators.direction,
      targets: indicators.targets,
      movementName: movements.name,
    })
    .from(indicators)
    .innerJoin(movements, eq(movements.id, indicators.movementId))
    .where(
      and(
        inArray(movements.ownerUnitId, ancestors),
        sql`${movements.startsOn} <= ${`${year}-12-31`}`,
        sql`(${movements.endsOn} is null or ${movements.endsOn} >= ${`${year}-01-01`})`,
      ),
    )
    .orderBy(movements.name, indicators.position);
}

/** The unit's accepted figures for these indicators in reports due in the year, latest first. */
export async function acceptedFigures(db: Db, unitId: string, indicatorIds: readonly string[], year: number) {
  if (indicatorIds.length === 0) return [];
  return db
    .select({ indicatorId: acceptedReportValues.indicatorId, value: acceptedReportValues.numValue, reportId: reports.id, dueOn: assignments.dueOn })
    .from(acceptedReportValues)
    .innerJoin(reports, eq(reports.id, acceptedReportValues.reportId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .where(and(eq(reports.unitId, unitId), inArray(acceptedReportValues.indicatorId, [...indicatorIds]), sql`extract(year from ${assignments.dueOn}) = ${year}`))
    .orderBy(desc(assignments.dueOn), desc(reports.acceptedAt));
}

export async function unitKind(db: Db, unitId: string): Promise<string | null> {
  const [row] = await db.select({ kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return row?.kind ?? null;
}
