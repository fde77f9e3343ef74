import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { covenants, emulationGroupMembers, emulationGroups, movementGroups, movements, orgUnits } from '../../db/schema.js';

export type GroupRow = typeof emulationGroups.$inferSelect & { organiserName: string; organiserPath: string };

export async function listGroups(
  db: Db,
  f: { year?: number; kind?: string; organiserUnitId?: string; memberUnitId?: string; ids?: string[] },
): Promise<GroupRow[]> {
  const conds: SQL[] = [];
  if (f.year) conds.push(eq(emulationGroups.year, f.year));
  if (f.kind) conds.push(eq(emulationGroups.kind, f.kind));
  if (f.organiserUnitId) conds.push(eq(emulationGroups.organiserUnitId, f.organiserUnitId));
  if (f.ids) conds.push(f.ids.length ? inArray(emulationGroups.id, f.ids) : sql`false`);
  if (f.memberUnitId) {
    conds.push(
      sql`exists (select 1 from emulation_group_members m where m.group_id = ${emulationGroups.id} and m.unit_id = ${f.memberUnitId})`,
    );
  }
  const rows = await db
    .select({ group: emulationGroups, organiserName: orgUnits.name, organiserPath: orgUnits.path })
    .from(emulationGroups)
    .innerJoin(orgUnits, eq(orgUnits.id, emulationGroups.organiserUnitId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(sql`${emulationGroups.year} desc`, sql`${emulationGroups.sortKey} collate "C"`);
  return rows.map((r) => ({ ...r.group, organiserName: r.organiserName, organiserPath: r.organiserPath }));
}

export async function listMembers(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      groupId: emulationGroupMembers.groupId,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitCode: orgUnits.code,
      unitPath: orgUnits.path,
      sortKey: orgUnits.sortKey,
    })
    .from(emulationGroupMembers)
    .innerJoin(orgUnits, eq(orgUnits.id, emulationGroupMembers.unitId))
    .where(inArray(emulationGroupMembers.groupId, groupIds))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

/**
 * Serialises writers of one group set (organiser × year) until the transaction ends, so two
 * groups created at once cannot both pass the clash check.
 */
export async function lockGroupSet(db: Db, organiserUnitId: string, year: number) {
  await db.execute(sql`select pg_advisory_xact_lock(727276, hashtext(${`${organiserUnitId}:${year}`}))`);
}

/** Memberships that would clash: units already in another group of the same organiser and year. */
export async function findClashes(db: Db, organiserUnitId: string, year: number, unitIds: string[], exceptGroupId?: string) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: emulationGroupMembers.unitId, unitName: orgUnits.name, groupName: emulationGroups.name })
    .from(emulationGroupMembers)
    .innerJoin(emulationGroups, eq(emulationGroups.id, emulationGroupMembers.groupId))
    .innerJoin(orgUnits, eq(orgUnits.id, emulationGroupMembers.unitId))
    .where(
      and(
        eq(emulationGroupMembers.organiserUnitId, organiserUnitId),
        eq(emulationGroupMembers.year, year),
        inArray(emulationGroupMembers.unitId, unitIds),
        exceptGroupId ? sql`${emulationGroupMembers.groupId} <> ${exceptGroupId}` : undefined,
      ),
    );
}

export async function insertGroup(db: Db, values: typeof emulationGroups.$inferInsert): Promise<string> {
  const [row] = await db.insert(emulationGroups).values(values).returning({ id: emulationGroups.id });
  return row!.id;
}

export async function updateGroup(db: Db, id: string, version: number, values: Partial<typeof emulationGroups.$inferInsert>) {
  const rows = await db
    .update(emulationGroups)
    .set({ ...values, version: sql`${emulationGroups.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(emulationGroups.id, id), eq(emulationGroups.version, version)))
    .returning({ id: emulationGroups.id });
  return rows.length > 0;
}

export async function replaceMembers(db: Db, groupId: string, organiserUnitId: string, year: number, unitIds: string[]) {
  await db.delete(emulationGroupMembers).where(eq(emulationGroupMembers.groupId, groupId));
  if (unitIds.length) {
    await db.insert(emulationGroupMembers).values(unitIds.map((unitId) => ({ groupId, unitId, organiserUnitId, year })));
  }
}

/** What still refers to a group (and keeps it from being deleted): the movements it takes part in, its covenant. */
export async function groupUses(db: Db, id: string): Promise<{ movements: string[]; covenants: string[] }> {
  const inMovements = await db
    .select({ name: movements.name })
    .from(movementGroups)
    .innerJoin(movements, eq(movements.id, movementGroups.movementId))
    .where(eq(movementGroups.groupId, id))
    .limit(3);
  const ofCovenants = await db.select({ title: covenants.title }).from(covenants).where(eq(covenants.groupId, id)).limit(3);
  return { movements: inMovements.map((m) => m.name), covenants: ofCovenants.map((c) => c.title) };
}

export async function deleteGroup(db: Db, id: string) {
  await db.delete(emulationGroups).where(eq(emulationGroups.id, id));
}
