import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi.js';
import { MIGRATIONS_DIR, ROOT_DIR } from './paths.js';

describe('generated files are committed and current', () => {
  it('docs/openapi.json matches the routes (regenerate: npm run openapi)', async () => {
    const committed = JSON.parse(readFileSync(join(ROOT_DIR, 'docs/openapi.json'), 'utf8'));
    const current = JSON.parse(JSON.stringify(await buildOpenApiDocument()));
    expect(current).toEqual(committed);
    expect(current.openapi).toBe('3.1.0');
  });

  it('migrations match the schema (regenerate: npm run db:generate)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-drift-'));
    try {
      cpSync(MIGRATIONS_DIR, join(dir, 'migrations'), { recursive: true });
      const config = join(dir, 'drizzle.config.mjs');
      writeFileSync(
        config,
        // drizzle-kit wants a relative output folder, and exits 0 even when it fails: read what it says.
        `export default { dialect: 'postgresql', schema: ${JSON.stringify(join(ROOT_DIR, 'src/server/db/schema.ts'))}, out: './migrations' };\n`,
      );
      const before = readdirSync(join(dir, 'migrations')).length;
      const output = execFileSync(join(ROOT_DIR, 'node_modules/.bin/drizzle-kit'), ['generate', `--config=${config}`], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output).toMatch(/No schema changes/);
      expect(readdirSync(join(dir, 'migrations')).length).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
