/** Queries behind the tracking board, the roll-ups, the dashboard and the exports: reads only. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { acceptedReportValues, assignmentUnits, documents, emulationGroupMembers, emulationGroups, indicators, orgUnits, reminderLog, reports, reportValues, unitLineage, unitParentLinks } from '../../db/schema.js';

export interface AssignedUnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  sortKey: string;
}

/** The units an assignment expects a report from, in Vietnamese order. */
export async function listAssignedUnits(db: Db, assignmentId: string): Promise<AssignedUnitRow[]> {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind, sortKey: orgUnits.sortKey })
    .from(assignmentUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, assignmentUnits.unitId))
    .where(eq(assignmentUnits.assignmentId, assignmentId))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, orgUnits.id);
}

export type ReportRow = Pick<
  typeof reports.$inferSelect,
  'id' | 'unitId' | 'period' | 'status' | 'firstSubmittedAt' | 'submittedAt' | 'acceptedAt' | 'changesAfterAcceptance'
>;

/** Every report of an assignment (one per unit and period; an assignment has one period). */
export async function listReports(db: Db, assignmentId: string): Promise<ReportRow[]> {
  return db
    .select({
      id: reports.id,
      unitId: reports.unitId,
      period: reports.period,
      status: reports.status,
      firstSubmittedAt: reports.firstSubmittedAt,
      submittedAt: reports.submittedAt,
      acceptedAt: reports.acceptedAt,
      changesAfterAcceptance: reports.changesAfterAcceptance,
    })
    .from(reports)
    .where(eq(reports.assignmentId, assignmentId))
    .orderBy(reports.createdAt, reports.id);
}

/** The narrative and exemplary lists of some reports (the roll-up itself needs only their status). */
export async function listReportContents(db: Db, reportIds: string[]): Promise<Map<string, Pick<typeof reports.$inferSelect, 'narrative' | 'exemplary'>>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select({ id: reports.id, narrative: reports.narrative, exemplary: reports.exemplary })
    .from(reports)
    .where(inArray(reports.id, reportIds));
  return new Map(rows.map((r) => [r.id, { narrative: r.narrative, exemplary: r.exemplary }]));
}

export async function listReportValues(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db
    .select({ reportId: reportValues.reportId, indicatorId: reportValues.indicatorId, numValue: reportValues.numValue, textValue: reportValues.textValue })
    .from(reportValues)
    .where(inArray(reportValues.reportId, reportIds));
}

/** The values as last accepted, for reports reopened since. */
/**
 * The numeric figures of some reports, one row per report: the figures as sent, or as accepted
 * (`accepted`). A country's roll-up reads 266,050 figures; a row each would cost more to decode
 * than to add up. Blank figures are left out: they count for nothing in a roll-up.
 */
export async function listNumericFigures(db: Db, reportIds: string[], accepted: boolean): Promise<{ reportId: string; indicatorIds: string[]; values: number[] }[]> {
  if (reportIds.length === 0) return [];
  const table = accepted ? acceptedReportValues : reportValues;
  const result = (await db.execute(sql`
    select ${table.reportId} as report_id, array_agg(${table.indicatorId}::text) as indicator_ids, array_agg(${table.numValue}) as values
    from ${table}
    where ${table.reportId} in (select unnest(${`{${reportIds.join(',')}}`}::uuid[])) and ${table.numValue} is not null
    group by ${table.reportId}`)) as unknown as { rows: { report_id: string; indicator_ids: string[]; values: (number | string)[] }[] };
  return result.rows.map((r) => ({ reportId: r.report_id, indicatorIds: r.indicator_ids, values: r.values.map(Number) }));
}

export type IndicatorRow = typeof indicators.$inferSelect;

export async function listIndicatorsByIds(db: Db, ids: string[]): Promise<IndicatorRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.id, ids));
}

/** The latest reminder that reached each unit of an assignment. */
export async function lastReminders(db: Db, assignmentId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ unitId: reminderLog.unitId, at: sql<string>`max(${reminderLog.sentAt})` })
    .from(reminderLog)
    .where(and(eq(reminderLog.assignmentId, assignmentId), eq(reminderLog.status, 'sent')))
    .groupBy(reminderLog.unitId);
  return new Map(rows.map((r) => [r.unitId, new Date(r.at).toISOString()]));
}

export interface GroupMembershipRow {
  groupId: string;
  groupName: string;
  groupSortKey: string;
  unitId: string;
}

/**
 * Members of every Cụm/Khối of the year that counts at least one of `unitIds`: the whole
 * membership, since a group's figures are its members' figures.
 */
export async function listGroupMemberships(db: Db, unitIds: string[], year: number): Promise<GroupMembershipRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .select({
      groupId: emulationGroups.id,
      groupName: emulationGroups.name,
      groupSortKey: emulationGroups.sortKey,
      unitId: emulationGroupMembers.unitId,
    })
    .from(emulationGroupMembers)
    .innerJoin(emulationGroups, eq(emulationGroups.id, emulationGroupMembers.groupId))
    .where(
      inArray(
        emulationGroups.id,
        db
          .select({ id: emulationGroupMembers.groupId })
          .from(emulationGroupMembers)
          .where(and(eq(emulationGroupMembers.year, year), inArray(emulationGroupMembers.unitId, unitIds))),
      ),
    )
    .orderBy(sql`${emulationGroups.sortKey} collate "C"`, emulationGroups.id);
}

export interface PlacementUnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  sortKey: string;
  parentId: string | null;
  status: string;
  closedOn: string | null;
}

export interface PlacementData {
  units: Map<string, PlacementUnitRow & { parentLinks: { parentId: string; validFrom: string | null; validTo: string | null }[] }>;
  lineage: { predecessorId: string; successorId: string; event: string; effectiveOn: string }[];
}

/**
 * The part of the hierarchy that can hold `unitIds` at any date: the units, everything they
 * were ever under, and everything they became (lineage), closed over both relations. A few
 * rounds of three small queries, one per level of the tree.
 */
export async function loadPlacement(db: Db, unitIds: string[]): Promise<PlacementData> {
  const units: PlacementData['units'] = new Map();
  const lineage: PlacementData['lineage'] = [];
  let frontier = [...new Set(unitIds)];
  // The tree is a handful of levels deep; the bound only guards against corrupt data.
  for (let round = 0; frontier.length > 0 && round < 50; round++) {
    const [rows, links, successors] = await Promise.all([
      db
        .select({
          id: orgUnits.id,
          code: orgUnits.code,
          name: orgUnits.name,
          kind: orgUnits.kind,
          sortKey: orgUnits.sortKey,
          parentId: orgUnits.parentId,
          status: orgUnits.status,
          closedOn: orgUnits.closedOn,
        })
        .from(orgUnits)
        .where(inArray(orgUnits.id, frontier)),
      db
        .select({ unitId: unitParentLinks.unitId, parentId: unitParentLinks.parentId, validFrom: unitParentLinks.validFrom, validTo: unitParentLinks.validTo })
        .from(unitParentLinks)
        .where(inArray(unitParentLinks.unitId, frontier)),
      db
        .select({ predecessorId: unitLineage.predecessorId, successorId: unitLineage.successorId, event: unitLineage.event, effectiveOn: unitLineage.effectiveOn })
        .from(unitLineage)
        .where(inArray(unitLineage.predecessorId, frontier)),
    ]);
    for (const r of rows) units.set(r.id, { ...r, parentLinks: [] });
    for (const l of links) units.get(l.unitId)?.parentLinks.push({ parentId: l.parentId, validFrom: l.validFrom, validTo: l.validTo });
    lineage.push(...successors);
    const next = new Set<string>();
    for (const r of rows) if (r.parentId) next.add(r.parentId);
    for (const l of links) next.add(l.parentId);
    for (const s of successors) next.add(s.successorId);
    frontier = [...next].filter((id) => !units.has(id));
  }
  return { units, lineage };
}

/** The assignment's document as a consolidated report cites and signs it. */
export async function findAssignmentDocument(db: Db, documentId: string) {
  const [row] = await db
    .select({
      id: documents.id,
      docType: documents.docType,
      numberText: documents.numberText,
      symbol: documents.symbol,
      issuedOn: documents.issuedOn,
      issuerName: documents.issuerName,
      parentIssuer: documents.parentIssuer,
      place: documents.place,
      subject: documents.subject,
      signer: documents.signer,
      draftingUnitId: documents.draftingUnitId,
      ownerUnitId: documents.ownerUnitId,
    })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row ?? null;
}

/** A unit and its ancestors (by the materialised path), nearest first. */
export async function findUnitWithAncestors(db: Db, unitId: string) {
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  if (!unit) return [];
  const ids = unit.path.split('/').filter(Boolean);
  const rows = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind, status: orgUnits.status })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .reverse()
    .map((id) => byId.get(id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
}

/** The active units directly under a unit (candidates for the People's Committee that speaks for it). */
export async function listActiveChildren(db: Db, unitId: string) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, shortName: orgUnits.shortName, kind: orgUnits.kind, status: orgUnits.status })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, unitId), eq(orgUnits.status, 'active')));
}
