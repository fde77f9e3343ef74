import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../../../scripts/build.mjs';
import { ROOT } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}

/**
 * Builds the server bundle and the web app once, and seeds one embedded database with the demo
 * data that every journey copies: seeding the whole demo for each journey cost most of its start.
 */
export default async function setup(project: TestProject) {
  await ensureBuilt({ web: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-e2e-demo-'));
  const { DATABASE_URL: _embeddedOnly, ...env } = process.env;
  const seeded = spawnSync(process.execPath, [join(ROOT, 'bin/thidua.js'), 'seed', 'demo'], {
    cwd: ROOT,
    env: { ...env, THIDUA_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`thidua seed demo failed:\n${seeded.stdout}${seeded.stderr}`);
  project.provide('demoDataDir', dataDir);
  return () => rmSync(dataDir, { recursive: true, force: true });
}
