/** Queries of decisions, their awardees and what they link to (nominations, documents, award history). */
import { and, desc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { awardRecords, councilSessions, councils, decisionAwardees, decisions, documents, nominations, orgUnits, people } from '../../db/schema.js';

export type DecisionRow = typeof decisions.$inferSelect & { unitName: string; unitPath: string; unitKind: string };
export type AwardeeRow = typeof decisionAwardees.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;

const decisionView = { d: decisions, unitName: orgUnits.name, unitPath: orgUnits.path, unitKind: orgUnits.kind };
const flatten = (r: { d: typeof decisions.$inferSelect; unitName: string; unitPath: string; unitKind: string }): DecisionRow => ({
  ...r.d,
  unitName: r.unitName,
  unitPath: r.unitPath,
  unitKind: r.unitKind,
});

/** One decision; `lock` holds its row until the transaction ends. */
export async function findDecision(db: Db, id: string, lock = false): Promise<DecisionRow | null> {
  const q = db.select(decisionView).from(decisions).innerJoin(orgUnits, eq(orgUnits.id, decisions.unitId)).where(eq(decisions.id, id));
  const [row] = lock ? await q.for('update', { of: decisions }) : await q;
  return row ? flatten(row) : null;
}

/** The decision a document is the text of, if any. */
export async function findDecisionIdByDocument(db: Db, documentId: string): Promise<string | null> {
  const [row] = await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.documentId, documentId));
  return row?.id ?? null;
}

export interface DecisionFilter {
  scopePath: string;
  unitId?: string;
  year?: number;
  status?: string;
  limit: number;
  offset: number;
}

const awardeeCount = sql<number>`(select count(*)::int from decision_awardees a where a.decision_id = ${decisions.id})`;
const amountSum = sql<number>`(select coalesce(sum(a.amount), 0)::bigint from decision_awardees a where a.decision_id = ${decisions.id})`;

export type DecisionListRow = DecisionRow & { subject: string | null; awardeeCount: number; totalAmount: number };

/** A page of the decisions of units under the scope, newest first (drafts, then by date of issue). */
export async function listDecisions(db: Db, f: DecisionFilter): Promise<{ items: DecisionListRow[]; total: number }> {
  const conds: SQL[] = [like(orgUnits.path, `${f.scopePath}%`)];
  if (f.unitId) conds.push(eq(decisions.unitId, f.unitId));
  if (f.year !== undefined) conds.push(eq(decisions.year, f.year));
  if (f.status) conds.push(eq(decisions.status, f.status));
  const where = and(...conds);
  const rows = await db
    .select({ ...decisionView, subject: documents.subject, awardeeCount, totalAmount: amountSum })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.unitId))
    .leftJoin(documents, eq(documents.id, decisions.documentId))
    .where(where)
    .orderBy(sql`${decisions.issuedOn} desc nulls first`, desc(decisions.createdAt), decisions.id)
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(decisions).innerJoin(orgUnits, eq(orgUnits.id, decisions.unitId)).where(where);
  return {
    items: rows.map((r) => ({ ...flatten(r), subject: r.subject, awardeeCount: Number(r.awardeeCount), totalAmount: Number(r.totalAmount) })),
    total: Number(total?.n ?? 0),
  };
}

export async function listAwardees(db: Db, decisionId: string): Promise<AwardeeRow[]> {
  return db.select().from(decisionAwardees).where(eq(decisionAwardees.decisionId, decisionId)).orderBy(decisionAwardees.position);
}

export async function insertDecision(db: Db, values: typeof decisions.$inferInsert): Promise<void> {
  await db.insert(decisions).values(values);
}

export async function insertAwardees(db: Db, rows: (typeof decisionAwardees.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(decisionAwardees).values(rows);
}

export async function updateDecision(db: Db, id: string, version: number, values: Partial<typeof decisions.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(decisions)
    .set({ ...values, version: sql`${decisions.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(decisions.id, id), eq(decisions.version, version)))
    .returning({ id: decisions.id });
  return rows.length > 0;
}

export async function updateAwardee(db: Db, id: string, values: Partial<typeof decisionAwardees.$inferInsert>): Promise<void> {
  await db.update(decisionAwardees).set(values).where(eq(decisionAwardees.id, id));
}

/** Deletes a draft decision (its awardees go with it). */
export async function deleteDecision(db: Db, id: string): Promise<void> {
  await db.delete(decisions).where(eq(decisions.id, id));
}

/** The unissued text of a deleted draft decision; its citations, files and deliveries cascade. */
export async function deleteDraftDocument(db: Db, documentId: string): Promise<boolean> {
  const rows = await db
    .delete(documents)
    .where(and(eq(documents.id, documentId), eq(documents.status, 'draft')))
    .returning({ id: documents.id });
  return rows.length > 0;
}

/** Nominations by id, locked, each with whether a decision already lists it. */
export async function findNominationsForDecision(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db.select().from(nominations).where(inArray(nominations.id, [...ids])).for('update');
  const listed = await db
    .select({ nominationId: decisionAwardees.nominationId })
    .from(decisionAwardees)
    .where(inArray(decisionAwardees.nominationId, [...ids]));
  const onDecision = new Set(listed.map((r) => r.nominationId));
  return rows.map((n) => ({ ...n, onDecision: onDecision.has(n.id) }));
}

/** A council session of the unit's own council, with the council's name (for the căn cứ line). */
export async function findUnitSession(db: Db, sessionId: string, unitId: string) {
  const [row] = await db
    .select({ id: councilSessions.id, heldOn: councilSessions.heldOn, councilName: councils.name })
    .from(councilSessions)
    .innerJoin(councils, eq(councils.id, councilSessions.councilId))
    .where(and(eq(councilSessions.id, sessionId), eq(councils.unitId, unitId)));
  return row ?? null;
}

export async function findSession(db: Db, sessionId: string) {
  const [row] = await db
    .select({ id: councilSessions.id, heldOn: councilSessions.heldOn, councilName: councils.name })
    .from(councilSessions)
    .innerJoin(councils, eq(councils.id, councilSessions.councilId))
    .where(eq(councilSessions.id, sessionId));
  return row ?? null;
}

/** People with their unit (name and path), for a recorded decision's awardees. */
export async function findPeopleWithUnits(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, fullName: people.fullName, position: people.position, unitId: people.unitId, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(inArray(people.id, [...ids]));
}

/**
 * Writes one award into the history unless the same subject already holds the same award for
 * the year (the unique indexes); null then, so the caller can name who it was.
 */
export async function insertAwardRecordOnce(db: Db, values: typeof awardRecords.$inferInsert): Promise<string | null> {
  const [row] = await db.insert(awardRecords).values(values).onConflictDoNothing().returning({ id: awardRecords.id });
  return row?.id ?? null;
}

/** The bits of the decision's document a decision shows: its subject and version. */
export async function findDocumentHead(db: Db, documentId: string) {
  const [row] = await db.select({ subject: documents.subject, version: documents.version }).from(documents).where(eq(documents.id, documentId));
  return row ?? null;
}
