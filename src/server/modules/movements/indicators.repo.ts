import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { assignments, indicators, reportValues } from '../../db/schema.js';

export type IndicatorRow = typeof indicators.$inferSelect;

/** Indicators of these movements, by position then code. */
export async function listIndicators(db: Db, movementIds: string[]): Promise<IndicatorRow[]> {
  if (movementIds.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.movementId, movementIds))
    .orderBy(asc(indicators.position), asc(indicators.code));
}

export async function findIndicator(db: Db, id: string, lock = false): Promise<IndicatorRow | null> {
  const query = db.select().from(indicators).where(eq(indicators.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertIndicators(db: Db, values: (typeof indicators.$inferInsert)[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db.insert(indicators).values(values).returning({ id: indicators.id });
  return rows.map((r) => r.id);
}

/** Writes only when the version still matches; the caller turns "no row" into a 409. */
export async function updateIndicator(db: Db, id: string, version: number, values: Partial<typeof indicators.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(indicators)
    .set({ ...values, version: sql`${indicators.version} + 1` })
    .where(and(eq(indicators.id, id), eq(indicators.version, version)))
    .returning({ id: indicators.id });
  return rows.length > 0;
}

export async function deleteIndicator(db: Db, id: string): Promise<void> {
  await db.delete(indicators).where(eq(indicators.id, id));
}

/** How many report values carry this indicator. */
export async function countReportValues(db: Db, indicatorId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(reportValues).where(eq(reportValues.indicatorId, indicatorId));
  return Number(row?.n ?? 0);
}

/** Titles of the assignments whose report template lists this indicator. */
export async function listTemplatesUsing(db: Db, indicatorId: string): Promise<string[]> {
  const rows = await db
    .select({ title: assignments.title })
    .from(assignments)
    .where(sql`${assignments.template} -> 'indicatorIds' @> ${JSON.stringify([indicatorId])}::jsonb`);
  return rows.map((r) => r.title);
}

/** Codes of the movement's indicators that weigh their average by this one. */
export async function listDependents(db: Db, indicatorId: string): Promise<string[]> {
  const rows = await db.select({ code: indicators.code }).from(indicators).where(eq(indicators.denominatorIndicatorId, indicatorId));
  return rows.map((r) => r.code);
}
