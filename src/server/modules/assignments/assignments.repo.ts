import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { assignments, assignmentUnits, documents, movements, orgUnits } from '../../db/schema.js';

const owner = alias(orgUnits, 'owner');

export async function insertAssignment(db: Db, values: typeof assignments.$inferInsert, unitIds: string[]): Promise<string> {
  const [row] = await db.insert(assignments).values(values).returning({ id: assignments.id });
  await db.insert(assignmentUnits).values(unitIds.map((unitId) => ({ assignmentId: row!.id, unitId })));
  return row!.id;
}

/** Writes only when the version still matches; the caller turns "no row" into a 409. */
export async function updateAssignment(db: Db, id: string, version: number, values: Partial<typeof assignments.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(assignments)
    .set({ ...values, version: sql`${assignments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(assignments.id, id), eq(assignments.version, version)))
    .returning({ id: assignments.id });
  return rows.length === 1;
}

export type AssignmentRow = typeof assignments.$inferSelect & {
  ownerUnitId: string;
  ownerPath: string;
  documentNumberText: string | null;
  documentSymbol: string | null;
  documentSubject: string | null;
  movementName: string | null;
};

/** Assignments visible under a scope (null: every one): of a document held there, or given to a unit there. */
export async function listAssignments(
  db: Db,
  f: { scopePath: string | null; documentId?: string; unitId?: string; movementId?: string; ids?: string[]; lock?: boolean },
): Promise<AssignmentRow[]> {
  const conds: (SQL | undefined)[] =
    f.scopePath === null
      ? []
      : [
          or(
            like(owner.path, `${f.scopePath}%`),
            sql`exists (select 1 from assignment_units au join org_units u on u.id = au.unit_id
                         where au.assignment_id = ${assignments.id} and u.path like ${`${f.scopePath}%`})`,
          ),
        ];
  if (f.documentId) conds.push(eq(assignments.documentId, f.documentId));
  if (f.movementId) conds.push(eq(assignments.movementId, f.movementId));
  if (f.ids) conds.push(f.ids.length ? inArray(assignments.id, f.ids) : sql`false`);
  if (f.unitId) {
    conds.push(sql`exists (select 1 from assignment_units au where au.assignment_id = ${assignments.id} and au.unit_id = ${f.unitId})`);
  }
  const query = db
    .select({
      a: assignments,
      ownerUnitId: owner.id,
      ownerPath: owner.path,
      documentNumberText: documents.numberText,
      documentSymbol: documents.symbol,
      documentSubject: documents.subject,
      movementName: movements.name,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .leftJoin(movements, eq(movements.id, assignments.movementId))
    .where(and(...conds))
    .orderBy(assignments.dueOn, assignments.createdAt);
  const rows = f.lock ? await query.for('update', { of: assignments }) : await query;
  return rows.map((r) => ({
    ...r.a,
    ownerUnitId: r.ownerUnitId,
    ownerPath: r.ownerPath,
    documentNumberText: r.documentNumberText,
    documentSymbol: r.documentSymbol,
    documentSubject: r.documentSubject,
    movementName: r.movementName,
  }));
}

/** One assignment with no scope filter; access is the service's job. */
export async function findAssignment(db: Db, id: string, lock = false): Promise<AssignmentRow | null> {
  return (await listAssignments(db, { scopePath: null, ids: [id], lock }))[0] ?? null;
}

export async function listAssignmentUnits(db: Db, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select({
      assignmentId: assignmentUnits.assignmentId,
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      unitKind: orgUnits.kind,
      sortKey: orgUnits.sortKey,
    })
    .from(assignmentUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, assignmentUnits.unitId))
    .where(inArray(assignmentUnits.assignmentId, assignmentIds))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

export async function findMovementForAssignment(db: Db, movementId: string) {
  const [row] = await db
    .select({ id: movements.id, ownerPath: orgUnits.path, startsOn: movements.startsOn })
    .from(movements)
    .innerJoin(orgUnits, eq(orgUnits.id, movements.ownerUnitId))
    .where(eq(movements.id, movementId));
  return row ?? null;
}
