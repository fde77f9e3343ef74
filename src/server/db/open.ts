import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../paths.js';
import * as schema from './schema.js';

/** The driver-neutral handle every repository receives. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** The PGlite instance when embedded (for dumps); null on PostgreSQL. */
  pglite: PGlite | null;
  close(): Promise<void>;
}

export interface PgliteOptions {
  /** Directory of the database files; omit for an in-memory database. */
  dataDir?: string;
  /** A dumpDataDir() tarball to start from (test templates). */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, engine: 'pglite', pglite: client, close: () => client.close() };
}

/**
 * An unreachable server would hold each request for the system's TCP timeout (minutes). Only the
 * connection attempt is bounded: a request waiting its turn for a busy pool is not unavailable.
 */
const CONNECT_TIMEOUT_MS = 5_000;

class BoundedClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: BoundedClient });
  // A dropped connection must not crash the process: the next query gets a fresh one. An idle
  // client's error reaches the pool; a client checked out for a transaction has no listener of
  // the pool's, and an 'error' without one would end the process — its queries fail instead, and
  // the pool discards it on release.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  try {
    await db.execute(sql`select 1`);
  } catch (err) {
    await pool.end().catch(() => {});
    // drizzle's message is only the query; the reason (refused, no such database, password) is the cause's.
    const reason = ((err as { cause?: Error }).cause ?? (err as Error)).message;
    const where = new URL(url);
    throw new Error(`Không kết nối được PostgreSQL tại ${where.host}${where.pathname} (DATABASE_URL): ${reason}`, { cause: err });
  }
  return { db, engine: 'postgres', pglite: null, close: () => pool.end() };
}

export async function migrateDatabase(database: Database, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  const config = { migrationsFolder };
  if (database.engine === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    // Several processes may start together: one migrates, the others wait on the lock.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
      await migratePg(tx as never, config);
    });
  }
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

export function readJournal(): Journal {
  return JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;
}

export async function migrationLevel(db: Db): Promise<{ applied: number; latest: string | null }> {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  const applied = Number((rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  const journal = readJournal();
  return { applied, latest: journal.entries[applied - 1]?.tag ?? null };
}

export async function engineVersion(db: Db): Promise<string> {
  const res = (await db.execute(sql`show server_version`)) as unknown as { rows: { server_version: string }[] };
  return res.rows[0]?.server_version ?? 'unknown';
}
