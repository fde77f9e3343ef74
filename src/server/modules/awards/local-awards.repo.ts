import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { localAwards, orgUnits } from '../../db/schema.js';

export type LocalAwardRow = typeof localAwards.$inferSelect & { ownerUnitName: string; ownerUnitPath: string };

const columns = { row: localAwards, ownerUnitName: orgUnits.name, ownerUnitPath: orgUnits.path };
const flatten = (r: { row: typeof localAwards.$inferSelect; ownerUnitName: string; ownerUnitPath: string }): LocalAwardRow => ({
  ...r.row,
  ownerUnitName: r.ownerUnitName,
  ownerUnitPath: r.ownerUnitPath,
});

export async function listLocalAwards(db: Db): Promise<LocalAwardRow[]> {
  const rows = await db.select(columns).from(localAwards).innerJoin(orgUnits, eq(orgUnits.id, localAwards.ownerUnitId)).orderBy(localAwards.name);
  return rows.map(flatten);
}

export async function findLocalAwardForUpdate(db: Db, code: string): Promise<LocalAwardRow | null> {
  const [row] = await db.select(columns).from(localAwards).innerJoin(orgUnits, eq(orgUnits.id, localAwards.ownerUnitId)).where(eq(localAwards.code, code)).for('update', { of: localAwards });
  return row ? flatten(row) : null;
}

export async function insertLocalAward(db: Db, values: typeof localAwards.$inferInsert): Promise<void> {
  await db.insert(localAwards).values(values);
}

export async function updateLocalAward(db: Db, code: string, version: number, set: Partial<typeof localAwards.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(localAwards)
    .set({ ...set, version: sql`${localAwards.version} + 1`, updatedAt: sql`now()` })
    .where(sql`${localAwards.code} = ${code} and ${localAwards.version} = ${version}`)
    .returning({ code: localAwards.code });
  return rows.length === 1;
}
