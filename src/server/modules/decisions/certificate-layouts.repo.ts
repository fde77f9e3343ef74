/** Queries of the calibrated blanks (phôi Giấy khen) of units. */
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { certificateLayouts, orgUnits } from '../../db/schema.js';

export type LayoutRow = typeof certificateLayouts.$inferSelect & { unitPath: string };

const view = { l: certificateLayouts, unitPath: orgUnits.path };

export async function findLayout(db: Db, id: string, lock = false): Promise<LayoutRow | null> {
  const q = db.select(view).from(certificateLayouts).innerJoin(orgUnits, eq(orgUnits.id, certificateLayouts.unitId)).where(eq(certificateLayouts.id, id));
  const [row] = lock ? await q.for('update', { of: certificateLayouts }) : await q;
  return row ? { ...row.l, unitPath: row.unitPath } : null;
}

/** Layouts of the units under `path`, or of one unit, by name. */
export async function listLayouts(db: Db, f: { path: string; unitId?: string }): Promise<LayoutRow[]> {
  const rows = await db
    .select(view)
    .from(certificateLayouts)
    .innerJoin(orgUnits, eq(orgUnits.id, certificateLayouts.unitId))
    .where(and(like(orgUnits.path, `${f.path}%`), f.unitId ? eq(certificateLayouts.unitId, f.unitId) : undefined))
    .orderBy(certificateLayouts.createdAt, certificateLayouts.id);
  return rows.map((r) => ({ ...r.l, unitPath: r.unitPath }));
}

export async function insertLayout(db: Db, values: typeof certificateLayouts.$inferInsert): Promise<string> {
  const [row] = await db.insert(certificateLayouts).values(values).returning({ id: certificateLayouts.id });
  return row!.id;
}

export async function updateLayout(db: Db, id: string, version: number, values: Partial<typeof certificateLayouts.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(certificateLayouts)
    .set({ ...values, version: sql`${certificateLayouts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(certificateLayouts.id, id), eq(certificateLayouts.version, version)))
    .returning({ id: certificateLayouts.id });
  return rows.length > 0;
}

export async function deleteLayout(db: Db, id: string): Promise<void> {
  await db.delete(certificateLayouts).where(eq(certificateLayouts.id, id));
}
