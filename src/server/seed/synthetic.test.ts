import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { countRows } from '../../../test/support/snapshot.js';
import { DraftDecisionBodySchema } from '../../contract/decisions.js';
import { draftDecision } from '../modules/decisions/decisions.service.js';
import { getRollup } from '../modules/rollups/rollup.service.js';
import { buildSyntheticCountry, quarters, SyntheticOptionsSchema, type SyntheticCountry } from './synthetic.js';

let t: TestApp;
let country: SyntheticCountry;
const OPTIONS = { provinces: 2, communes: 5, agencies: 3, indicators: 5, periods: 2, awardees: 4 };

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => new Date('2026-11-26T03:00:00Z');
  country = await buildSyntheticCountry(t.ctx, OPTIONS);
});
afterAll(() => t.close());

describe('the synthetic country', () => {
  it('counts quarters back from today, ending each on its last day', () => {
    expect(quarters('2026-11-26', 2)).toEqual([
      { period: '2026-Q2', dueOn: '2026-06-30' },
      { period: '2026-Q3', dueOn: '2026-09-30' },
      { period: '2026-Q4', dueOn: '2026-12-31' },
    ]);
    expect(quarters('2025-02-01', 1)).toEqual([
      { period: '2024-Q4', dueOn: '2024-12-31' },
      { period: '2025-Q1', dueOn: '2025-03-31' },
    ]);
  });

  it('spreads communes and agencies over the provinces, one reporter per commune, ten communes per cluster', async () => {
    expect(country.communeIds).toHaveLength(5);
    expect(country.agencyIds).toHaveLength(3);
    expect(country.counts).toEqual({ units: 1 + 2 + 5 + 3, users: 1 + 2 + 5, reports: 2 * 8, values: 2 * 8 * 5 });
    expect(await countRows(t.ctx.db, 'org_units')).toBe(11);
    expect(await countRows(t.ctx.db, 'unit_parent_links')).toBe(10);
    expect(country.clusterIds[2026]).toHaveLength(2);
    expect(await countRows(t.ctx.db, 'report_values')).toBe(country.counts.values);
    expect(await countRows(t.ctx.db, 'accepted_report_values')).toBe(country.counts.values);
    expect(await countRows(t.ctx.db, 'reports', `assignment_id = '${country.rushAssignmentId}'`)).toBe(0);
  });

  it('gives past quarters that the real roll-up reads: every unit reporting, the country on top', async () => {
    const rollup = await getRollup(t.ctx, null, country.pastAssignmentIds.at(-1)!, { includeSubmitted: false });
    expect(rollup.rows[0]).toMatchObject({ unitId: country.rootId, depth: 0 });
    expect(rollup.rows.filter((r) => r.reporting)).toHaveLength(8);
    const counts = rollup.rows[0]!.cells.map((c) => c.count);
    expect(counts).toEqual([8, 8, 8, 8, 8]);
  });

  it('gives the first province approved nominations that a decision is drafted from', async () => {
    expect(country.nominationIds).toHaveLength(4);
    const body = DraftDecisionBodySchema.parse({ unitId: country.provinceIds[0], nominationIds: country.nominationIds });
    const decision = await draftDecision(t.ctx, null, body);
    expect(decision.awardees).toHaveLength(4);
    expect(decision.awardees.every((a) => a.awardCode === 'BANG_KHEN_TINH' && a.personId !== null)).toBe(true);
  });

  it('refuses options out of range, naming them', () => {
    const bad = SyntheticOptionsSchema.safeParse({ ...OPTIONS, communes: 0, indicators: 'nhiều' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(['communes', 'indicators']);
  });
});
