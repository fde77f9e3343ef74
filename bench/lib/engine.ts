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

export async function freshDatabase(engine: Engine): Promise<BenchDatabase> {
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
  const server = new URL(process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER);
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query('drop database if exists thidua_bench with (force)');
  await admin.query('create database thidua_bench');
  await admin.end();
  const url = new URL(server.toString());
  url.pathname = '/thidua_bench';
  const databaseUrl = url.toString();
  return {
    engine,
    env: { THIDUA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    dataDir,
    databaseUrl,
    open: async () => (await connect(readConfig({ THIDUA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }))).database,
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
