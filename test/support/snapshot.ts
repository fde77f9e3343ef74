import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/open.js';

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Names of every table of the application schema (new modules are picked up without edits). */
export async function tableNames(db: Db): Promise<string[]> {
  const list = await rows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return list.map((r) => r.table_name);
}

/**
 * Row count and content digest of every table: equal snapshots mean nothing was written,
 * updated or deleted in between (counts alone would miss an UPDATE).
 */
export async function snapshotDatabase(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await tableNames(db)) {
    const [r] = await rows<{ n: number; digest: string }>(
      db,
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`,
      ),
    );
    out[name] = `${r!.n}:${r!.digest}`;
  }
  return out;
}

export async function countRows(db: Db, table: string, where = 'true'): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}" where ${where}`));
  return Number(r!.n);
}

/** Every key of a JSON value, at any depth. */
export function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allKeys(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}
