import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { awardRecords, awardSettings, orgUnits, people } from '../../db/schema.js';

export type AwardSettingsRow = typeof awardSettings.$inferSelect & { unitName: string; depth: number };

/** The settings rows of a unit and its ancestors, deepest first. */
export async function settingsAlongPath(db: Db, path: string): Promise<AwardSettingsRow[]> {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ row: awardSettings, unitName: orgUnits.name, depth: orgUnits.depth })
    .from(awardSettings)
    .innerJoin(orgUnits, eq(orgUnits.id, awardSettings.unitId))
    .where(inArray(awardSettings.unitId, ids));
  return rows.map((r) => ({ ...r.row, unitName: r.unitName, depth: r.depth })).sort((a, b) => b.depth - a.depth);
}

export async function findOwnSettings(db: Db, unitId: string) {
  const [row] = await db.select().from(awardSettings).where(eq(awardSettings.unitId, unitId)).for('update');
  return row ?? null;
}

export async function insertSettings(db: Db, values: typeof awardSettings.$inferInsert): Promise<void> {
  await db.insert(awardSettings).values(values);
}

export async function updateSettings(db: Db, unitId: string, version: number, set: Partial<typeof awardSettings.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(awardSettings)
    .set({ ...set, version: sql`${awardSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(awardSettings.unitId, unitId), eq(awardSettings.version, version)))
    .returning({ unitId: awardSettings.unitId });
  return rows.length === 1;
}

/** People of the unit's subtree who hold the LĐTT title of the year. */
export async function countLdtt(db: Db, unitPath: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${awardRecords.personId})::int` })
    .from(awardRecords)
    .innerJoin(people, eq(people.id, awardRecords.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(awardRecords.awardCode, 'LDTT'), eq(awardRecords.year, year), like(orgUnits.path, `${unitPath}%`)));
  return Number(row?.n ?? 0);
}
