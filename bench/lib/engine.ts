/**
 * A fresh database for one run: a new embedded directory, or the PostgreSQL database
 * `thidua_bench` dropped and created again (BENCH_DATABASE_URL names the server; default the
 * local one). In-process access for seeding and baselines, env for the server process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../../src/server/config.js';
import { connect } from '../../src/server/db/connect.js';
import type { Database } from '../../src/server/db/open.js';
import type { Engine } from './types.js';

export interface BenchDatabase {
  engine: Engine;
  /** Environment for `thidua serve` on this database (undefined: unset). */
  env: Record<string, string | undefined>;
  dataDir: string;
  databaseUrl: string | null;
  open: () => Promise<Database>;
  dispose: () => Promise<void>;
}

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * `name`: the PostgreSQL database (default thidua_bench, kept after the run for inspection; any
 * other name is dropped by dispose). `serverUrl`: the PostgreSQL server (default
 * BENCH_DATABASE_URL, else the local one).
 */
export async function freshDatabase(engine: Engine, options: { name?: string; serverUrl?: string } = {}): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  if (engine === 'pglite') {
    return {
      engine,
      env: { THIDUA_DATA_DIR: dataDir, DATABASE_URL: undefined },
      dataDir,
      databaseUrl: null,
      open: async () => (await connect(readConfig({ THIDUA_DATA_DIR: dataDir }))).database,
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const server = new URL(options.serverUrl ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER);
  const name = options.name ?? 'thidua_bench';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    engine,
    env: { THIDUA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    dataDir,
    databaseUrl,
    open: async () => (await connect(readConfig({ THIDUA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }))).database,
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (name !== 'thidua_bench') await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
