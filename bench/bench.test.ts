import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_SCALES } from '../src/server/seed/synthetic.js';
import { BENCHMARKS, BenchOptionsSchema, formatTable, runBench } from './suite.js';

// A smoke run: every benchmark still works end to end at the small scale. How fast is not asked
// here (timings belong to `npm run bench`), only that each produced its figures and the rush
// stored every report exactly once.
describe('the benchmark suite at --scale small', () => {
  it('runs every benchmark on the embedded engine and reports every figure', { timeout: 300_000 }, async () => {
    const { results } = await runBench(BenchOptionsSchema.parse({ engine: 'pglite', scale: 'small', requests: '2' }), () => undefined);
    for (const name of BENCHMARKS) expect(results.some((r) => r.name === name), name).toBe(true);
    for (const r of results) {
      expect(Number.isFinite(r.value), `${r.name}: ${r.metric}`).toBe(true);
      expect(r).toMatchObject({ engine: 'pglite', scale: 'small' });
    }
    const stored = results.find((r) => r.metric === 'reports stored exactly once');
    expect(stored?.value).toBe(SYNTHETIC_SCALES.small.communes);
    const throughput = results.find((r) => r.name === 'rush' && r.metric === 'alone: throughput')!;
    expect(throughput.baseline).toBeGreaterThan(0);
    expect(throughput.ratio).toBeCloseTo(throughput.value / throughput.baseline!, 2);
    const awardees = SYNTHETIC_SCALES.small.awardees;
    for (const metric of [`decision with ${awardees} awardees: draft`, `decision with ${awardees} awardees: DOCX: time`, `certificates of ${awardees} awardees: DOCX: time`]) {
      expect(results.some((r) => r.metric === metric), metric).toBe(true);
    }
    if (existsSync(process.env.THIDUA_CHROMIUM ?? '/usr/bin/chromium')) {
      expect(results.some((r) => r.metric === 'dashboard of the latest quarter usable in chromium')).toBe(true);
    }
    expect(formatTable(results).split('\n')).toHaveLength(results.length + 2);
  });

  it('refuses an unknown benchmark or engine by name', () => {
    expect(BenchOptionsSchema.safeParse({ only: 'rush,speed' }).success).toBe(false);
    expect(BenchOptionsSchema.safeParse({ engine: 'mysql' }).success).toBe(false);
    expect(BenchOptionsSchema.parse({ only: 'rush, web' }).only).toEqual(['rush', 'web']);
  });
});
