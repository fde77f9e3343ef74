import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { acceptedReportValues, assignments, assignmentUnits, documents, indicators, orgUnits, reportEvents, reportFiles, reports, reportValues } from '../../db/schema.js';

const unit = alias(orgUnits, 'report_unit');
const owner = alias(orgUnits, 'owner');

export type ReportRow = typeof reports.$inferSelect & { unitName: string; unitPath: string };

/** One report with its unit; no scope filter (access is the service's job). */
export async function findReport(db: Db, id: string, lock = false): Promise<ReportRow | null> {
  const query = db
    .select({ r: reports, unitName: unit.name, unitPath: unit.path })
    .from(reports)
    .innerJoin(unit, eq(unit.id, reports.unitId))
    .where(eq(reports.id, id));
  const [row] = lock ? await query.for('update', { of: reports }) : await query;
  return row ? { ...row.r, unitName: row.unitName, unitPath: row.unitPath } : null;
}

export async function findReportId(db: Db, key: { assignmentId: string; unitId: string; period: string }): Promise<string | null> {
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.assignmentId, key.assignmentId), eq(reports.unitId, key.unitId), eq(reports.period, key.period)));
  return row?.id ?? null;
}

export async function insertReport(db: Db, values: typeof reports.$inferInsert): Promise<typeof reports.$inferSelect> {
  const [row] = await db.insert(reports).values(values).returning();
  return row!;
}

/** Writes only when the version still matches; the row as written, or null (the caller's 409). */
export async function updateReport(db: Db, id: string, version: number, values: Partial<typeof reports.$inferInsert>): Promise<typeof reports.$inferSelect | null> {
  const [row] = await db
    .update(reports)
    .set({ ...values, version: sql`${reports.version} + 1` })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row ?? null;
}

export interface ReportListFilter {
  scopePath: string;
  /** Also every report of an assignment whose issuing document is held in the scope. */
  includeManaged: boolean;
  assignmentId?: string;
  unitId?: string;
  status?: string;
}

export interface ReportListRow {
  r: typeof reports.$inferSelect;
  unitName: string;
  assignmentTitle: string;
  dueOn: string;
}

/** Reports of units in the scope, plus (for reviewers) those of assignments issued from it. */
export async function listReports(db: Db, f: ReportListFilter): Promise<ReportListRow[]> {
  const scope = `${f.scopePath}%`;
  const conds: (SQL | undefined)[] = [f.includeManaged ? or(like(unit.path, scope), like(owner.path, scope)) : like(unit.path, scope)];
  if (f.assignmentId) conds.push(eq(reports.assignmentId, f.assignmentId));
  if (f.unitId) conds.push(eq(reports.unitId, f.unitId));
  if (f.status) conds.push(eq(reports.status, f.status));
  return db
    .select({ r: reports, unitName: unit.name, assignmentTitle: assignments.title, dueOn: assignments.dueOn })
    .from(reports)
    .innerJoin(unit, eq(unit.id, reports.unitId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .innerJoin(owner, eq(owner.id, documents.ownerUnitId))
    .where(and(...conds))
    .orderBy(desc(assignments.dueOn), asc(assignments.createdAt), sql`${unit.sortKey} collate "C"`, asc(reports.period));
}

export async function isAssignmentUnit(db: Db, assignmentId: string, unitId: string): Promise<boolean> {
  const rows = await db
    .select({ unitId: assignmentUnits.unitId })
    .from(assignmentUnits)
    .where(and(eq(assignmentUnits.assignmentId, assignmentId), eq(assignmentUnits.unitId, unitId)));
  return rows.length > 0;
}

export type IndicatorRow = typeof indicators.$inferSelect;

export async function listIndicatorsByIds(db: Db, ids: string[]): Promise<IndicatorRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.id, ids));
}

// ——— Values ———

export type ValueRow = typeof reportValues.$inferSelect;

export async function listValues(db: Db, reportId: string): Promise<ValueRow[]> {
  return db.select().from(reportValues).where(eq(reportValues.reportId, reportId));
}

/** The report's figures become exactly `rows`: what the form no longer holds is removed. Answers the figures before. */
export async function replaceValues(db: Db, reportId: string, rows: ValueRow[]): Promise<ValueRow[]> {
  const before = await db.delete(reportValues).where(eq(reportValues.reportId, reportId)).returning();
  if (rows.length > 0) await db.insert(reportValues).values(rows);
  return before;
}

/** Keeps the values as accepted, so a later reopening does not take them out of the roll-up. */
export async function snapshotAcceptedValues(db: Db, reportId: string): Promise<void> {
  await db.delete(acceptedReportValues).where(eq(acceptedReportValues.reportId, reportId));
  await db.execute(sql`insert into accepted_report_values (report_id, indicator_id, num_value, text_value)
                       select report_id, indicator_id, num_value, text_value from report_values where report_id = ${reportId}`);
}

// ——— Files ———

export type FileRow = typeof reportFiles.$inferSelect;

export async function listFiles(db: Db, reportId: string): Promise<FileRow[]> {
  return db.select().from(reportFiles).where(eq(reportFiles.reportId, reportId)).orderBy(reportFiles.createdAt, reportFiles.name);
}

export async function findFile(db: Db, reportId: string, fileId: string): Promise<FileRow | null> {
  const [row] = await db
    .select()
    .from(reportFiles)
    .where(and(eq(reportFiles.reportId, reportId), eq(reportFiles.id, fileId)));
  return row ?? null;
}

export async function findFileBySha(db: Db, reportId: string, sha256: string): Promise<FileRow | null> {
  const [row] = await db
    .select()
    .from(reportFiles)
    .where(and(eq(reportFiles.reportId, reportId), eq(reportFiles.sha256, sha256)));
  return row ?? null;
}

export async function insertFile(db: Db, values: typeof reportFiles.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(reportFiles).values(values).returning();
  return row!;
}

export async function deleteFile(db: Db, reportId: string, fileId: string): Promise<void> {
  await db.delete(reportFiles).where(and(eq(reportFiles.reportId, reportId), eq(reportFiles.id, fileId)));
}

// ——— Timeline ———

export type EventRow = typeof reportEvents.$inferSelect;

export async function insertEvent(db: Db, values: typeof reportEvents.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(reportEvents).values(values).returning();
  return row!;
}

export async function listEvents(db: Db, reportId: string): Promise<EventRow[]> {
  return db.select().from(reportEvents).where(eq(reportEvents.reportId, reportId)).orderBy(asc(reportEvents.at), asc(reportEvents.id));
}
