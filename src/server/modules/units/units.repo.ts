import { and, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Unit, UnitKind } from '../../../contract/units.js';
import type { Db } from '../../db/open.js';
import { orgUnits, unitLineage, unitParentLinks } from '../../db/schema.js';

const parent = alias(orgUnits, 'parent');

export type UnitRow = typeof orgUnits.$inferSelect;
export type UnitViewRow = Unit & { path: string };

const unitView = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  shortName: orgUnits.shortName,
  kind: orgUnits.kind,
  parentId: orgUnits.parentId,
  parentName: parent.name,
  depth: orgUnits.depth,
  status: orgUnits.status,
  validFrom: orgUnits.validFrom,
  closedOn: orgUnits.closedOn,
  illustrative: orgUnits.illustrative,
  note: orgUnits.note,
  version: orgUnits.version,
  path: orgUnits.path,
  childCount: sql<number>`(select count(*)::int from org_units c where c.parent_id = ${orgUnits.id} and c.status = 'active')`,
};

export interface UnitFilter {
  scopePath: string;
  /** Every word must occur in the folded name. */
  searchFolded?: string;
  /** Also match units whose code contains this (a one-token query). */
  codeSearch?: string;
  kinds?: UnitKind[];
  parentId?: string;
  ancestorPath?: string;
  status: 'active' | 'closed' | 'all';
  limit: number;
  offset: number;
}

function filterWhere(f: UnitFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [like(orgUnits.path, `${f.scopePath}%`)];
  if (f.ancestorPath) conds.push(like(orgUnits.path, `${f.ancestorPath}%`));
  if (f.parentId) conds.push(eq(orgUnits.parentId, f.parentId));
  if (f.kinds?.length) conds.push(inArray(orgUnits.kind, f.kinds));
  if (f.status !== 'all') conds.push(eq(orgUnits.status, f.status));
  if (f.searchFolded) {
    const escape = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const words = f.searchFolded.split(' ').filter(Boolean);
    const byName = and(...words.map((w) => like(orgUnits.searchText, escape(w))));
    conds.push(f.codeSearch ? or(byName, like(orgUnits.code, escape(f.codeSearch))) : byName);
  }
  return and(...conds);
}

/** One page of units in Vietnamese order (by the computed sort key, byte order). */
export async function listUnits(db: Db, f: UnitFilter): Promise<{ items: UnitViewRow[]; total: number }> {
  const where = filterWhere(f);
  const [countRow] = await db.select({ n: sql<number>`count(*)::int` }).from(orgUnits).where(where);
  const items = await db
    .select(unitView)
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(where)
    .orderBy(sql`${orgUnits.depth}`, sql`${orgUnits.sortKey} collate "C"`)
    .limit(f.limit)
    .offset(f.offset);
  return { items: items as UnitViewRow[], total: Number(countRow?.n ?? 0) };
}

export async function findUnitView(db: Db, id: string): Promise<UnitViewRow | null> {
  const [row] = await db.select(unitView).from(orgUnits).leftJoin(parent, eq(parent.id, orgUnits.parentId)).where(eq(orgUnits.id, id));
  return (row as UnitViewRow | undefined) ?? null;
}

export async function findUnit(db: Db, id: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

export async function findUnitPath(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
  return row?.path ?? null;
}

export async function findUnitsByIds(db: Db, ids: string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(orgUnits).where(inArray(orgUnits.id, ids));
}

export async function findUnitsByCodes(db: Db, codes: string[]): Promise<UnitRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(orgUnits).where(inArray(orgUnits.code, codes));
}

export async function findUnitByCode(db: Db, code: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row ?? null;
}

/** Every unit of a subtree, ancestors before descendants (for export). */
export async function listSubtree(db: Db, path: string): Promise<(UnitRow & { parentCode: string | null })[]> {
  const rows = await db
    .select({ unit: orgUnits, parentCode: parent.code })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(like(orgUnits.path, `${path}%`))
    .orderBy(sql`${orgUnits.depth}`, sql`${orgUnits.sortKey} collate "C"`);
  return rows.map((r) => ({ ...r.unit, parentCode: r.parentCode }));
}

/** Ancestors of a unit from the root down (names for a breadcrumb). */
export async function findAncestors(db: Db, ids: string[]): Promise<Pick<UnitRow, 'id' | 'name' | 'kind'>[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(inArray(orgUnits.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => !!r);
}

export async function insertUnit(db: Db, values: typeof orgUnits.$inferInsert): Promise<void> {
  await db.insert(orgUnits).values(values);
}

export async function updateUnit(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<typeof orgUnits.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(orgUnits)
    .set({ ...values, version: sql`${orgUnits.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, expectedVersion)))
    .returning({ id: orgUnits.id });
  return rows.length > 0;
}

/** Re-roots a moved subtree: every path under oldPrefix now starts with newPrefix. */
export async function movePaths(db: Db, oldPrefix: string, newPrefix: string, depthDelta: number): Promise<void> {
  await db
    .update(orgUnits)
    .set({
      path: sql`${newPrefix} || substr(${orgUnits.path}, ${oldPrefix.length + 1})`,
      depth: sql`${orgUnits.depth} + ${depthDelta}`,
    })
    .where(like(orgUnits.path, `${oldPrefix}%`));
}

export async function codeTaken(db: Db, code: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  return !!row && row.id !== exceptId;
}

export async function insertParentLink(db: Db, values: typeof unitParentLinks.$inferInsert): Promise<void> {
  await db.insert(unitParentLinks).values(values);
}

export async function closeOpenParentLink(db: Db, unitId: string, validTo: string): Promise<void> {
  await db
    .update(unitParentLinks)
    .set({ validTo })
    .where(and(eq(unitParentLinks.unitId, unitId), sql`${unitParentLinks.validTo} is null`));
}

export async function listParentLinks(db: Db, unitId: string) {
  return db
    .select({
      parentId: unitParentLinks.parentId,
      parentName: parent.name,
      validFrom: unitParentLinks.validFrom,
      validTo: unitParentLinks.validTo,
    })
    .from(unitParentLinks)
    .innerJoin(parent, eq(parent.id, unitParentLinks.parentId))
    .where(eq(unitParentLinks.unitId, unitId))
    .orderBy(sql`${unitParentLinks.validFrom} nulls first`);
}

export async function insertLineage(db: Db, values: (typeof unitLineage.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(unitLineage).values(values);
}

interface LineageRow {
  predecessor_id: string;
  predecessor_name: string;
  successor_id: string;
  successor_name: string;
  event: string;
  effective_on: string;
  depth: number;
}

/** Recursive walk of the lineage graph: 'origins' goes back in time, 'successors' forward. */
export async function walkLineage(db: Db, unitId: string, direction: 'origins' | 'successors'): Promise<LineageRow[]> {
  const step =
    direction === 'origins'
      ? sql`join walk w on l.successor_id = w.predecessor_id`
      : sql`join walk w on l.predecessor_id = w.successor_id`;
  const start = direction === 'origins' ? sql`l.successor_id = ${unitId}` : sql`l.predecessor_id = ${unitId}`;
  const result = (await db.execute(sql`
    with recursive walk as (
      select l.predecessor_id, l.successor_id, l.event, l.effective_on, 1 as depth
        from unit_lineage l where ${start}
      union
      select l.predecessor_id, l.successor_id, l.event, l.effective_on, w.depth + 1
        from unit_lineage l ${step}
       where w.depth < 20
    )
    select w.predecessor_id, p.name as predecessor_name, w.successor_id, s.name as successor_name,
           w.event, to_char(w.effective_on, 'YYYY-MM-DD') as effective_on, min(w.depth)::int as depth
      from walk w
      join org_units p on p.id = w.predecessor_id
      join org_units s on s.id = w.successor_id
     group by w.predecessor_id, p.name, w.successor_id, s.name, w.event, w.effective_on
     order by depth, effective_on`)) as unknown as { rows: LineageRow[] };
  return result.rows;
}
