import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { orgUnits, people } from '../../db/schema.js';

const personView = {
  id: people.id,
  fullName: people.fullName,
  gender: people.gender,
  birthYear: people.birthYear,
  unitId: people.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  position: people.position,
  illustrative: people.illustrative,
  version: people.version,
};

export async function listPeople(
  db: Db,
  f: { underPath: string; unitId?: string; searchFolded?: string; limit: number; offset: number },
) {
  const conds: SQL[] = [like(orgUnits.path, `${f.underPath}%`)];
  if (f.unitId) conds.push(eq(people.unitId, f.unitId));
  for (const w of (f.searchFolded ?? '').split(' ').filter(Boolean)) {
    conds.push(like(people.searchText, `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  const where = and(...conds);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(people).innerJoin(orgUnits, eq(orgUnits.id, people.unitId)).where(where);
  const items = await db
    .select(personView)
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(where)
    .orderBy(sql`${people.sortKey} collate "C"`)
    .limit(f.limit)
    .offset(f.offset);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findPerson(db: Db, id: string) {
  const [row] = await db.select(personView).from(people).innerJoin(orgUnits, eq(orgUnits.id, people.unitId)).where(eq(people.id, id));
  return row ?? null;
}

// PostgreSQL caps a statement at 65,535 parameters: insert in slices well under it.
const INSERT_CHUNK = 1_000;

export async function insertPeople(db: Db, rows: (typeof people.$inferInsert)[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await db.insert(people).values(rows.slice(i, i + INSERT_CHUNK)).returning({ id: people.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function updatePerson(db: Db, id: string, version: number, values: Partial<typeof people.$inferInsert>) {
  const rows = await db
    .update(people)
    .set({ ...values, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning({ id: people.id });
  return rows.length > 0;
}
