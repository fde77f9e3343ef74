import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { ServiceContext } from '../../src/server/context.js';
import type { Database } from '../../src/server/db/open.js';
import { createFileStore } from '../../src/server/files/file-store.js';
import { createTestDatabase } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  ctx: ServiceContext;
  /** The temporary folder of this app's file store. */
  filesDir: string;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const filesDir = mkdtempSync(join(tmpdir(), 'thidua-files-'));
  const ctx: ServiceContext = { db: database.db, now: () => new Date(), files: createFileStore(filesDir) };
  const app = await buildApp({ ctx, engine: database.engine, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent' });
  await app.ready();
  return {
    app,
    database,
    ctx,
    filesDir,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(readonly app: FastifyInstance) {}

  async signIn(username: string, password: string) {
    const res = await this.app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
    this.cookie = raw.split(';')[0]!;
    this.csrf = res.json().csrfToken;
    return this;
  }

  request(opts: InjectOptions) {
    return this.app.inject({
      ...opts,
      headers: { ...(opts.headers ?? {}), cookie: this.cookie, 'x-csrf-token': this.csrf },
    });
  }
  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
