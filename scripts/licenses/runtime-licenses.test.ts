import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLock, runtimePackages } from './runtime-licenses.js';

describe('the licences of the runtime dependencies', () => {
  it('lists every package of the lock file that is not for development, each with an accepted or reviewed licence', () => {
    const lock = readLock(join(import.meta.dirname, '../..'));
    const packages = runtimePackages(lock);
    const runtimePaths = Object.entries(lock.packages).filter(([path, e]) => path !== '' && !e.dev && !e.devOptional);
    expect(packages).toHaveLength(runtimePaths.length);
    for (const direct of ['fastify', 'pg', 'drizzle-orm', 'zod', 'docx', 'exceljs', '@electric-sql/pglite']) expect(packages.map((p) => p.name)).toContain(direct);
    expect(packages.filter((p) => p.status === 'refused')).toEqual([]);
    expect(packages.every((p) => p.licence.length > 0)).toBe(true);
  });

  it('refuses a copyleft licence or none, unless reviewed', () => {
    const packages = runtimePackages({
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', license: 'GPL-3.0-only' },
        'node_modules/b': { version: '2.0.0' },
        'node_modules/buffers': { version: '0.1.1' },
        'node_modules/c': { version: '1.0.0', license: 'AGPL-3.0', dev: true },
      },
    });
    expect(packages.map((p) => [p.name, p.status])).toEqual([
      ['a', 'refused'],
      ['b', 'refused'],
      ['buffers', 'reviewed'],
    ]);
  });
});
