import { and, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { movements, orgUnits, registrations } from '../../db/schema.js';

const unit = alias(orgUnits, 'unit');
const owner = alias(orgUnits, 'owner');

export type RegistrationRow = typeof registrations.$inferSelect & {
  movementName: string;
  ownerPath: string;
  unitName: string;
  unitPath: string;
};

export interface RegistrationFilter {
  /** Visible: the registering unit, or the movement's owner, is under this path. */
  scopePath: string;
  movementId?: string;
  unitId?: string;
  year?: number;
  status?: string;
  ids?: string[];
  lock?: boolean;
}

/** Registrations visible under a scope, by unit (Vietnamese order), newest year first. */
export async function listRegistrations(db: Db, f: RegistrationFilter): Promise<RegistrationRow[]> {
  const conds: (SQL | undefined)[] = [or(like(unit.path, `${f.scopePath}%`), like(owner.path, `${f.scopePath}%`))];
  if (f.ids) conds.push(f.ids.length ? inArray(registrations.id, f.ids) : sql`false`);
  if (f.movementId) conds.push(eq(registrations.movementId, f.movementId));
  if (f.unitId) conds.push(eq(registrations.unitId, f.unitId));
  if (f.year) conds.push(eq(registrations.year, f.year));
  if (f.status) conds.push(eq(registrations.status, f.status));
  const query = db
    .select({ r: registrations, movementName: movements.name, ownerPath: owner.path, unitName: unit.name, unitPath: unit.path })
    .from(registrations)
    .innerJoin(movements, eq(movements.id, registrations.movementId))
    .innerJoin(owner, eq(owner.id, movements.ownerUnitId))
    .innerJoin(unit, eq(unit.id, registrations.unitId))
    .where(and(...conds))
    .orderBy(sql`${unit.sortKey} collate "C"`, desc(registrations.year), sql`${movements.sortKey} collate "C"`);
  const rows = f.lock ? await query.for('update', { of: registrations }) : await query;
  return rows.map((r) => ({ ...r.r, movementName: r.movementName, ownerPath: r.ownerPath, unitName: r.unitName, unitPath: r.unitPath }));
}

export async function findRegistrationId(db: Db, movementId: string, unitId: string, year: number): Promise<string | null> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.movementId, movementId), eq(registrations.unitId, unitId), eq(registrations.year, year)));
  return row?.id ?? null;
}

export async function insertRegistration(db: Db, values: typeof registrations.$inferInsert): Promise<string> {
  const [row] = await db.insert(registrations).values(values).returning({ id: registrations.id });
  return row!.id;
}

/** Writes only when the version still matches; the caller turns "no row" into a 409. */
export async function updateRegistration(db: Db, id: string, version: number, values: Partial<typeof registrations.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(registrations)
    .set({ ...values, version: sql`${registrations.version} + 1` })
    .where(and(eq(registrations.id, id), eq(registrations.version, version)))
    .returning({ id: registrations.id });
  return rows.length > 0;
}

/** Every registration of a movement for one year (the summary filters by what the actor sees). */
export async function listForMovementYear(db: Db, movementId: string, year: number) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.movementId, movementId), eq(registrations.year, year)));
}
