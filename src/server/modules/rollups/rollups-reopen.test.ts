import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../../test/support/app.js';
import { createTestApp } from '../../../../test/support/app.js';
import type { Rollup } from '../../../contract/reporting.js';
import { buildProvinceWorld, signInAs } from './rollups.test-fixtures.js';

// Nothing acknowledged is lost: a report reopened after acceptance keeps counting with the values
// the organiser accepted until its new version is accepted.
let t: TestApp;
let w: Awaited<ReturnType<typeof buildProvinceWorld>>;
let officer: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProvinceWorld(t);
  t.ctx.now = () => new Date('2024-11-15T09:00:00Z');
  officer = await signInAs(t, w.u.province.id, ['officer']);
});
afterAll(() => t.close());

async function households(query = ''): Promise<number | null> {
  const res = await officer.get(`/api/assignments/${w.assignmentId}/rollup?asOf=2024-11-15${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const r: Rollup = res.json();
  return r.rows.find((row) => row.unitId === w.u.province.id)!.cells.find((c) => c.indicatorId === w.ind.HO)!.value;
}

describe('a report reopened after acceptance', () => {
  it('counts with its accepted values until the new version is accepted', async () => {
    expect(await households()).toBe(1800);
    const [report] = (await officer.get(`/api/reports?assignmentId=${w.assignmentId}&unitId=${w.u.B.id}`)).json().items;
    let current = (await officer.post(`/api/reports/${report.id}/reopen`, { version: report.version, comment: 'Bổ sung số hộ mới tách' })).json();
    expect(current.status).toBe('returned');
    expect(await households()).toBe(1800);

    const values = { ...current.values, [w.ind.HO!]: 600 };
    current = (await officer.patch(`/api/reports/${report.id}`, { version: current.version, values, narrative: current.narrative, exemplary: [], warningComments: {} })).json();
    current = (await officer.post(`/api/reports/${report.id}/submit`, { version: current.version })).json();
    expect(current.status).toBe('submitted');
    // Accepted figures by default; the new ones only when asked for submitted reports too.
    expect(await households()).toBe(1800);
    expect(await households('&includeSubmitted=true')).toBe(2100);

    current = (await officer.post(`/api/reports/${report.id}/accept`, { version: current.version })).json();
    expect(current.status).toBe('accepted');
    expect(await households()).toBe(1900);
  });
});
