import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { assignments, assignmentUnits, documents, orgUnits } from '../../db/schema.js';

const owner = alias(orgUnits, 'owner');

export async function insertAssignment(db: Db, values: typeof assignments.$inferInsert, unitIds: string[]): Promise<string> {
  const [row] = await db.insert(assignments).values(values).returning({ id: assignments.id });
  await db.insert(assignmentUnits).values(unitIds.map((unitId) => ({ assignmentId: row!.id, unitId })));
  return row!.id;
}

export type AssignmentRow = typeof assignments.$inferSelect & {
  ownerPath: string;
  documentNumberText: string | null;
  documentSymbol: string | null;
  documentSubject: string | null;
};

/** Assignments visible under a scope: of a document held there, or given to a unit there. */
export async function listAssignments(db: Db, f: { scopePath: string; documentId?: string; unitId?: string; ids?: string[] }): Promise<AssignmentRow[]> {
  const conds: (SQL | undefined)[] = [
    or(
      like(owner.path, `${f.scopePath}%`),
      sql`exists (select 1 from assignment_units au join org_units u on u.id = au.unit_id
                   where au.assignment_id = ${assignments.id} and u.path like ${`${f.scopePath}%`})`,
    ),
  ];
  if (f.documentId) conds.push(eq(assignments.documentId, f.documentId));
  if (f.ids) conds.push(f.ids.length ? inArray(assignments.id, f.ids) : sql`false`);
  if (f.unitId) {
    conds.push(sql`exists (select 1 from assignment_units au where au.assignment_id = ${assignments.id} and au.unit_id = ${f.unitId})`);
  }
  const rows = await db
    .select({
      a: assignments,
      ownerPath: owner.path,
      documentNumberText: documents.numberText,
      documentSymbol: documents.symbol,
      documentSubject: documents.subject,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .where(and(...conds))
    .orderBy(assignments.dueOn, assignments.createdAt);
  return rows.map((r) => ({ ...r.a, ownerPath: r.ownerPath, documentNumberText: r.documentNumberText, documentSymbol: r.documentSymbol, documentSubject: r.documentSubject }));
}

export async function listAssignmentUnits(db: Db, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select({ assignmentId: assignmentUnits.assignmentId, unitId: orgUnits.id, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(assignmentUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, assignmentUnits.unitId))
    .where(inArray(assignmentUnits.assignmentId, assignmentIds))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}
