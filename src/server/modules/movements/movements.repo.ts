import { and, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { documents, emulationGroupMembers, emulationGroups, movementDocuments, movementGroups, movements, movementUnits, orgUnits } from '../../db/schema.js';

const owner = alias(orgUnits, 'owner');
const parentMovement = alias(movements, 'parent_movement');

export type MovementRow = typeof movements.$inferSelect & {
  ownerUnitName: string;
  ownerUnitKind: string;
  ownerPath: string;
  parentMovementName: string | null;
};

const likeEscaped = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Two subtrees meet when one holds the other: `path` is under the scope, or the scope is under `path`. */
const meets = (path: SQL, scopePath: string) => sql`(${path} like ${`${scopePath}%`} or ${scopePath} like ${path} || '%')`;

/**
 * A movement is visible under a scope when its owner is there, when an ancestor of the scope
 * launched it (a commune sees its district's movements), or when the scope meets one of its
 * scope units or a member of one of its scope groups.
 */
function visibleUnder(scopePath: string): SQL {
  return sql`(${meets(sql`${owner.path}`, scopePath)}
    or exists (select 1 from movement_units mu join org_units su on su.id = mu.unit_id
               where mu.movement_id = ${movements.id} and ${meets(sql`su.path`, scopePath)})
    or exists (select 1 from movement_groups mg join emulation_group_members gm on gm.group_id = mg.group_id
               join org_units gu on gu.id = gm.unit_id
               where mg.movement_id = ${movements.id} and ${meets(sql`gu.path`, scopePath)}))`;
}

export interface MovementFilter {
  scopePath: string;
  words?: string[];
  year?: number;
  ids?: string[];
  lock?: boolean;
}

/** Movements visible under a scope, in Vietnamese order of their names. */
export async function listMovements(db: Db, f: MovementFilter): Promise<MovementRow[]> {
  const conds: SQL[] = [visibleUnder(f.scopePath)];
  if (f.ids) conds.push(f.ids.length ? inArray(movements.id, f.ids) : sql`false`);
  for (const w of f.words ?? []) conds.push(like(movements.searchText, likeEscaped(w)));
  if (f.year) {
    // Runs during the year: started by its last day and not ended before its first.
    conds.push(sql`${movements.startsOn} <= ${`${f.year}-12-31`}`);
    conds.push(sql`(${movements.endsOn} is null or ${movements.endsOn} >= ${`${f.year}-01-01`})`);
  }
  const query = db
    .select({
      m: movements,
      ownerUnitName: owner.name,
      ownerUnitKind: owner.kind,
      ownerPath: owner.path,
      parentMovementName: parentMovement.name,
    })
    .from(movements)
    .innerJoin(owner, eq(owner.id, movements.ownerUnitId))
    .leftJoin(parentMovement, eq(parentMovement.id, movements.parentMovementId))
    .where(and(...conds))
    .orderBy(sql`${movements.sortKey} collate "C"`, movements.startsOn);
  const rows = f.lock ? await query.for('update', { of: movements }) : await query;
  return rows.map((r) => ({
    ...r.m,
    ownerUnitName: r.ownerUnitName,
    ownerUnitKind: r.ownerUnitKind,
    ownerPath: r.ownerPath,
    parentMovementName: r.parentMovementName,
  }));
}

/** The parent links above a movement (id → parent id), to refuse cycles. */
export async function findParentId(db: Db, id: string): Promise<string | null | undefined> {
  const [row] = await db.select({ parentId: movements.parentMovementId }).from(movements).where(eq(movements.id, id));
  return row ? row.parentId : undefined;
}

export async function listBasisDocuments(db: Db, movementIds: string[]) {
  if (movementIds.length === 0) return [];
  return db
    .select({
      movementId: movementDocuments.movementId,
      documentId: documents.id,
      numberText: documents.numberText,
      symbol: documents.symbol,
      subject: documents.subject,
      issuedOn: documents.issuedOn,
    })
    .from(movementDocuments)
    .innerJoin(documents, eq(documents.id, movementDocuments.documentId))
    .where(inArray(movementDocuments.movementId, movementIds))
    .orderBy(sql`${documents.issuedOn} nulls last`, documents.createdAt);
}

export async function listScopeUnits(db: Db, movementIds: string[]) {
  if (movementIds.length === 0) return [];
  return db
    .select({ movementId: movementUnits.movementId, unitId: orgUnits.id, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(movementUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, movementUnits.unitId))
    .where(inArray(movementUnits.movementId, movementIds))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

export async function listScopeGroups(db: Db, movementIds: string[]) {
  if (movementIds.length === 0) return [];
  return db
    .select({ movementId: movementGroups.movementId, groupId: emulationGroups.id, groupName: emulationGroups.name })
    .from(movementGroups)
    .innerJoin(emulationGroups, eq(emulationGroups.id, movementGroups.groupId))
    .where(inArray(movementGroups.movementId, movementIds))
    .orderBy(sql`${emulationGroups.sortKey} collate "C"`);
}

export interface ScopeMember {
  unitId: string;
  unitName: string;
  unitPath: string;
  sortKey: string;
}

/** Every unit a movement addresses: its scope units and the members of its scope groups, once each, in Vietnamese order. */
export async function listScopeMembers(db: Db, movementId: string): Promise<ScopeMember[]> {
  const rows = await db.execute(sql`
    select u.id as "unitId", u.name as "unitName", u.path as "unitPath", u.sort_key as "sortKey"
    from org_units u
    where u.id in (select mu.unit_id from movement_units mu where mu.movement_id = ${movementId}
                   union
                   select gm.unit_id from movement_groups mg join emulation_group_members gm on gm.group_id = mg.group_id
                   where mg.movement_id = ${movementId})
    order by u.sort_key collate "C"`);
  return (rows as unknown as { rows: ScopeMember[] }).rows;
}

/** Is the unit among the movement's scope units or the members of its scope groups? */
export async function isScopeMember(db: Db, movementId: string, unitId: string): Promise<boolean> {
  const direct = await db
    .select({ unitId: movementUnits.unitId })
    .from(movementUnits)
    .where(and(eq(movementUnits.movementId, movementId), eq(movementUnits.unitId, unitId)))
    .limit(1);
  if (direct.length) return true;
  const viaGroup = await db
    .select({ unitId: emulationGroupMembers.unitId })
    .from(movementGroups)
    .innerJoin(emulationGroupMembers, eq(emulationGroupMembers.groupId, movementGroups.groupId))
    .where(and(eq(movementGroups.movementId, movementId), eq(emulationGroupMembers.unitId, unitId)))
    .limit(1);
  return viaGroup.length > 0;
}

export async function insertMovement(db: Db, values: typeof movements.$inferInsert): Promise<string> {
  const [row] = await db.insert(movements).values(values).returning({ id: movements.id });
  return row!.id;
}

/** Writes only when the version still matches; the caller turns "no row" into a 409. */
export async function updateMovement(db: Db, id: string, version: number, values: Partial<typeof movements.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(movements)
    .set({ ...values, version: sql`${movements.version} + 1` })
    .where(and(eq(movements.id, id), eq(movements.version, version)))
    .returning({ id: movements.id });
  return rows.length > 0;
}

/** Replaces the basis documents, scope units and scope groups of a movement. */
export async function replaceLinks(db: Db, movementId: string, links: { documentIds: string[]; unitIds: string[]; groupIds: string[] }) {
  await db.delete(movementDocuments).where(eq(movementDocuments.movementId, movementId));
  await db.delete(movementUnits).where(eq(movementUnits.movementId, movementId));
  await db.delete(movementGroups).where(eq(movementGroups.movementId, movementId));
  if (links.documentIds.length) await db.insert(movementDocuments).values(links.documentIds.map((documentId) => ({ movementId, documentId })));
  if (links.unitIds.length) await db.insert(movementUnits).values(links.unitIds.map((unitId) => ({ movementId, unitId })));
  if (links.groupIds.length) await db.insert(movementGroups).values(links.groupIds.map((groupId) => ({ movementId, groupId })));
}
