/**
 * What a backup holds, read from the database itself (not from a list kept by hand), so a table
 * added by a later migration is backed up and restored without edits here.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.js';

type Runner = Db | Tx;

export async function rowsOf<T>(db: Runner, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

export interface SequenceInfo {
  name: string;
}

/** Double quotes an identifier read from the catalogue. */
export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The application's tables, parents before children along their foreign keys, so rows can be
 * inserted in this order with every constraint checked as it goes.
 */
export async function applicationTables(db: Runner): Promise<TableInfo[]> {
  const columns = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select c.table_name, c.column_name
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
        order by c.table_name, c.ordinal_position`,
  );
  const keys = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select cl.relname as table_name, a.attname as column_name
        from pg_constraint con
        join pg_class cl on cl.oid = con.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        cross join lateral unnest(con.conkey) with ordinality as k(attnum, pos)
        join pg_attribute a on a.attrelid = cl.oid and a.attnum = k.attnum
        where n.nspname = 'public' and con.contype = 'p'
        order by cl.relname, k.pos`,
  );
  const references = await rowsOf<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent
        from pg_constraint con
        join pg_class c on c.oid = con.conrelid
        join pg_class p on p.oid = con.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and con.contype = 'f' and c.oid <> p.oid`,
  );
  const tables = new Map<string, TableInfo>();
  for (const { table_name, column_name } of columns) {
    const table = tables.get(table_name) ?? { name: table_name, columns: [], primaryKey: [] };
    table.columns.push(column_name);
    tables.set(table_name, table);
  }
  for (const { table_name, column_name } of keys) tables.get(table_name)?.primaryKey.push(column_name);
  return parentsFirst([...tables.values()], references);
}

function parentsFirst(tables: TableInfo[], references: { child: string; parent: string }[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`Các bảng tham chiếu vòng tròn, không sao lưu theo thứ tự được: ${[...path, name].join(' → ')}`);
    }
    state.set(name, 'visiting');
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent, [...path, name]);
    state.set(name, 'done');
    ordered.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name, []);
  return ordered;
}

/** Sequences of the application schema (the ids of the append-only logs). */
export async function applicationSequences(db: Runner): Promise<SequenceInfo[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select sequence_name as name from information_schema.sequences where sequence_schema = 'public' order by sequence_name`,
  );
  return rows.map((r) => ({ name: r.name }));
}

/** Columns holding the SHA-256 of an attachment's bytes in the file store. */
export async function fileColumns(db: Runner): Promise<{ table: string; column: string }[]> {
  const rows = await rowsOf<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_name = 'sha256' order by table_name`,
  );
  return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}
