/** Queries of the nominations module; no business rules. */
import { and, asc, eq, inArray, isNotNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { idsOnPath } from '../../../core/tree.js';
import type { Db } from '../../db/open.js';
import {
  assignments,
  awardQuotas,
  councilSessions,
  councils,
  decisionAwardees,
  decisions,
  nominationEvents,
  nominationFiles,
  nominations,
  orgUnits,
  people,
  reports,
  sessionItems,
  users,
} from '../../db/schema.js';
import { selectSummaryRows, type SummaryRow } from './nominations-present.js';

export type NominationRow = typeof nominations.$inferSelect;
export type NominationInsert = typeof nominations.$inferInsert;

const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Nominations whose proposing or reviewing unit lies under `scopePath`. */
export function visibleUnder(scopePath: string): SQL {
  const prefix = `${escapeLike(scopePath)}%`;
  return or(
    sql`${nominations.proposingUnitId} in (select id from org_units where path like ${prefix})`,
    sql`${nominations.reviewingUnitId} in (select id from org_units where path like ${prefix})`,
  )!;
}

export interface NominationFilter {
  scopePath: string | null;
  year?: number;
  status?: string;
  awardCode?: string;
  /** Proposed by this unit or a unit under it. */
  proposingUnitId?: string;
  reviewingUnitId?: string;
  /** Folded words that must all occur in the search text. */
  searchFolded?: string;
}

export function filterWhere(f: NominationFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.scopePath !== null) conds.push(visibleUnder(f.scopePath));
  if (f.year !== undefined) conds.push(eq(nominations.year, f.year));
  if (f.status) conds.push(eq(nominations.status, f.status));
  if (f.awardCode) conds.push(eq(nominations.awardCode, f.awardCode));
  // A path holds every ancestor's id: the subtree of a unit is the paths naming it.
  if (f.proposingUnitId) conds.push(sql`${nominations.proposingUnitId} in (select id from org_units where path like ${`%/${f.proposingUnitId}/%`})`);
  if (f.reviewingUnitId) conds.push(eq(nominations.reviewingUnitId, f.reviewingUnitId));
  for (const w of (f.searchFolded ?? '').split(' ').filter(Boolean)) conds.push(sql`${nominations.searchText} like ${`%${escapeLike(w)}%`}`);
  return conds.length ? and(...conds) : undefined;
}

/** Vietnamese name order: the sort key compared byte by byte, whatever the database collation. */
export const NAME_ORDER = [sql`${nominations.sortKey} collate "C"`, asc(nominations.id)];

export async function listSummaries(db: Db, f: NominationFilter, limit: number, offset: number): Promise<{ rows: SummaryRow[]; total: number }> {
  const where = filterWhere(f);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(nominations).where(where);
  const rows = await selectSummaryRows(db, where, NAME_ORDER, limit, offset);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function findSummary(db: Db, id: string): Promise<SummaryRow | null> {
  const [row] = await selectSummaryRows(db, eq(nominations.id, id));
  return row ?? null;
}

/** What a reviewing level forwarded upward in a year. */
export async function listForwarded(db: Db, reviewingUnitId: string, year: number): Promise<SummaryRow[]> {
  return selectSummaryRows(db, and(eq(nominations.reviewingUnitId, reviewingUnitId), eq(nominations.year, year), eq(nominations.status, 'forwarded')), NAME_ORDER);
}

export async function insertNomination(db: Db, values: NominationInsert): Promise<string> {
  const [row] = await db.insert(nominations).values(values).returning({ id: nominations.id });
  return row!.id;
}

/** Changes a draft at the version the writer saw; false when it moved on or left the draft state. */
export async function updateDraft(db: Db, id: string, version: number, values: Partial<NominationInsert>): Promise<boolean> {
  const rows = await db
    .update(nominations)
    .set({ ...values, version: sql`${nominations.version} + 1` })
    .where(and(eq(nominations.id, id), eq(nominations.version, version), eq(nominations.status, 'draft')))
    .returning({ id: nominations.id });
  return rows.length === 1;
}

/** Sets columns that travel with a status step (eligibility on submit) without a version of their own. */
export async function setColumns(db: Db, id: string, values: Partial<NominationInsert>): Promise<void> {
  await db.update(nominations).set(values).where(eq(nominations.id, id));
}

/** Files and the timeline go with it (ON DELETE CASCADE). */
export async function deleteNomination(db: Db, id: string): Promise<void> {
  await db.delete(nominations).where(eq(nominations.id, id));
}

export async function lockNomination(db: Db, id: string): Promise<NominationRow | null> {
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id)).for('update');
  return row ?? null;
}

/** A live nomination of the same nominee, award and year at the same reviewing level. */
export async function findLiveDuplicate(
  db: Db,
  n: { personId: string | null; unitId: string | null; awardCode: string; year: number; reviewingUnitId: string },
  exceptId?: string,
): Promise<boolean> {
  const conds: SQL[] = [
    n.personId ? eq(nominations.personId, n.personId) : eq(nominations.unitId, n.unitId!),
    eq(nominations.awardCode, n.awardCode),
    eq(nominations.year, n.year),
    eq(nominations.reviewingUnitId, n.reviewingUnitId),
    ne(nominations.status, 'rejected'),
  ];
  if (exceptId) conds.push(ne(nominations.id, exceptId));
  const [row] = await db.select({ id: nominations.id }).from(nominations).where(and(...conds)).limit(1);
  return row !== undefined;
}

// ——— Units, people, councils ———

export interface UnitRef {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  path: string;
  parentId: string | null;
}
const unitRef = { id: orgUnits.id, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind, path: orgUnits.path, parentId: orgUnits.parentId };

export async function findUnitRef(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db.select(unitRef).from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

export async function findUnitRefs(db: Db, ids: readonly string[]): Promise<UnitRef[]> {
  if (ids.length === 0) return [];
  return db.select(unitRef).from(orgUnits).where(inArray(orgUnits.id, [...ids]));
}

export async function findPersonRef(db: Db, id: string) {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, position: people.position, unitId: people.unitId, unitName: orgUnits.name, unitKind: orgUnits.kind, unitPath: orgUnits.path })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(eq(people.id, id));
  return row ?? null;
}

/**
 * The unit nearest to the end of `path` that has a council: the unit itself and its ancestors
 * when `includeSelf`, else the ancestors only. Null when no level above has one.
 */
export async function nearestCouncilUnit(db: Db, path: string, includeSelf: boolean): Promise<UnitRef | null> {
  const chain = idsOnPath(path).reverse();
  const candidates = includeSelf ? chain : chain.slice(1);
  if (candidates.length === 0) return null;
  const rows = await db.select({ unitId: councils.unitId }).from(councils).where(inArray(councils.unitId, candidates));
  const withCouncil = new Set(rows.map((r) => r.unitId));
  const id = candidates.find((c) => withCouncil.has(c));
  return id ? findUnitRef(db, id) : null;
}

// ——— Timeline, files, ballots, decision ———

export async function insertEvent(db: Db, values: typeof nominationEvents.$inferInsert): Promise<void> {
  await db.insert(nominationEvents).values(values);
}

export async function listEvents(db: Db, id: string) {
  return db
    .select({ at: nominationEvents.at, actorName: users.fullName, action: nominationEvents.action, fromStatus: nominationEvents.fromStatus, toStatus: nominationEvents.toStatus, note: nominationEvents.note })
    .from(nominationEvents)
    .leftJoin(users, eq(users.id, nominationEvents.actorUserId))
    .where(eq(nominationEvents.nominationId, id))
    .orderBy(asc(nominationEvents.id));
}

export type FileRow = typeof nominationFiles.$inferSelect;

export async function listFiles(db: Db, id: string): Promise<FileRow[]> {
  return db.select().from(nominationFiles).where(eq(nominationFiles.nominationId, id)).orderBy(nominationFiles.createdAt, nominationFiles.name);
}

export async function findFile(db: Db, id: string, fileId: string): Promise<FileRow | null> {
  const [row] = await db.select().from(nominationFiles).where(and(eq(nominationFiles.nominationId, id), eq(nominationFiles.id, fileId)));
  return row ?? null;
}

export async function findFileBySha(db: Db, id: string, sha256: string): Promise<FileRow | null> {
  const [row] = await db.select().from(nominationFiles).where(and(eq(nominationFiles.nominationId, id), eq(nominationFiles.sha256, sha256)));
  return row ?? null;
}

export async function insertFile(db: Db, values: typeof nominationFiles.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(nominationFiles).values(values).returning();
  return row!;
}

export async function deleteFile(db: Db, id: string, fileId: string): Promise<void> {
  await db.delete(nominationFiles).where(and(eq(nominationFiles.nominationId, id), eq(nominationFiles.id, fileId)));
}

/** The counted ballots of a nomination (items of closed sessions), oldest session first. */
export async function listVoteResults(db: Db, id: string) {
  return db
    .select({
      sessionId: councilSessions.id,
      sessionTitle: councilSessions.title,
      heldOn: councilSessions.heldOn,
      agree: sessionItems.agree,
      disagree: sessionItems.disagree,
      abstain: sessionItems.abstain,
      countedOf: sessionItems.countedOf,
      thresholdPercent: sessionItems.thresholdPercent,
      passed: sessionItems.passed,
    })
    .from(sessionItems)
    .innerJoin(councilSessions, eq(councilSessions.id, sessionItems.sessionId))
    .where(and(eq(sessionItems.nominationId, id), isNotNull(sessionItems.passed)))
    .orderBy(asc(councilSessions.heldOn), asc(councilSessions.id));
}

export async function hasSessionItems(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: sessionItems.id }).from(sessionItems).where(eq(sessionItems.nominationId, id)).limit(1);
  return row !== undefined;
}

/** Did a council vote this nomination down? */
export async function hasRefusedBallot(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: sessionItems.id })
    .from(sessionItems)
    .where(and(eq(sessionItems.nominationId, id), eq(sessionItems.passed, false)))
    .limit(1);
  return row !== undefined;
}

export async function findDecisionOf(db: Db, id: string) {
  const [row] = await db
    .select({ id: decisions.id, numberText: decisions.numberText, issuedOn: decisions.issuedOn })
    .from(decisionAwardees)
    .innerJoin(decisions, eq(decisions.id, decisionAwardees.decisionId))
    .where(eq(decisionAwardees.nominationId, id));
  return row ?? null;
}

// ——— Quotas ———

/** Nominations a unit has sent for an award in a year and that still count (not drafts, not refused). */
export async function countLive(db: Db, unitId: string, year: number, awardCode: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(nominations)
    .where(and(eq(nominations.proposingUnitId, unitId), eq(nominations.year, year), eq(nominations.awardCode, awardCode), notInArray(nominations.status, ['draft', 'rejected'])));
  return Number(row?.n ?? 0);
}

export async function findQuota(db: Db, unitId: string, year: number, awardCode: string): Promise<number | null> {
  const [row] = await db
    .select({ maxCount: awardQuotas.maxCount })
    .from(awardQuotas)
    .where(and(eq(awardQuotas.unitId, unitId), eq(awardQuotas.year, year), eq(awardQuotas.awardCode, awardCode)));
  return row?.maxCount ?? null;
}

// ——— Candidates from exemplary lists ———

/** Accepted reports of the units under `path`, with their assignment and unit. */
export async function listAcceptedReports(db: Db, path: string) {
  return db
    .select({
      id: reports.id,
      period: reports.period,
      exemplary: reports.exemplary,
      unitId: reports.unitId,
      unitName: orgUnits.name,
      unitSortKey: orgUnits.sortKey,
      assignmentTitle: assignments.title,
      dueOn: assignments.dueOn,
    })
    .from(reports)
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, reports.unitId))
    .where(and(eq(reports.status, 'accepted'), sql`${orgUnits.path} like ${`${escapeLike(path)}%`}`));
}

/** People of these units with their folded names (people.search_text is the folded full name). */
export async function listPeopleOfUnits(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db.select({ id: people.id, unitId: people.unitId, folded: people.searchText }).from(people).where(inArray(people.unitId, [...unitIds]));
}

/** Nominations of a year proposed under `path`, whatever their status. */
export async function listNomineesOfYear(db: Db, path: string, year: number) {
  return db
    .select({ personId: nominations.personId, unitId: nominations.unitId, nomineeName: nominations.nomineeName })
    .from(nominations)
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.proposingUnitId))
    .where(and(eq(nominations.year, year), sql`${orgUnits.path} like ${`${escapeLike(path)}%`}`));
}

/** Quotas set for the direct children of a unit in a year, with the children's names and sort keys. */
export async function listChildQuotas(db: Db, parentId: string, year: number) {
  return db
    .select({ unitId: awardQuotas.unitId, unitName: orgUnits.name, unitSortKey: orgUnits.sortKey, awardCode: awardQuotas.awardCode, maxCount: awardQuotas.maxCount })
    .from(awardQuotas)
    .innerJoin(orgUnits, eq(orgUnits.id, awardQuotas.unitId))
    .where(and(eq(orgUnits.parentId, parentId), eq(awardQuotas.year, year)));
}

export async function listChildIds(db: Db, parentId: string): Promise<string[]> {
  return (await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.parentId, parentId))).map((r) => r.id);
}

export async function replaceQuotas(db: Db, unitIds: readonly string[], year: number, rows: { unitId: string; awardCode: string; maxCount: number }[]): Promise<void> {
  if (unitIds.length) await db.delete(awardQuotas).where(and(inArray(awardQuotas.unitId, [...unitIds]), eq(awardQuotas.year, year)));
  if (rows.length) await db.insert(awardQuotas).values(rows.map((r) => ({ ...r, year })));
}
