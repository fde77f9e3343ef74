/**
 * The 2025 merger through the roll-up: a district's 2024 report cycle, then on 01/07/2025 the
 * communes merge (closed through the units service, as the demo seed does) and the district is
 * dissolved. The same reports read by the map of 2024 and by the map of August 2025.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { makeUnit } from '../../../../test/support/factories.js';
import type { Board, Rollup } from '../../../contract/reporting.js';
import { createGroup } from '../groups/groups.service.js';
import { closeUnit, createUnit } from '../units/units.service.js';
import { assign, documentAndMovement, fileReport, signInAs } from './rollups.test-fixtures.js';

let t: TestApp;
let officer: Client;
let assignmentId: string;
let ids: Record<'province' | 'district' | 'muongBang' | 'muongDun' | 'sinChai' | 'tuaChua' | 'sinhPhinh', string>;
let ho: string;

beforeAll(async () => {
  t = await createTestApp();
  const province = await makeUnit(t.ctx, { name: 'Tỉnh Điện Biên', kind: 'province' });
  const district = await makeUnit(t.ctx, { name: 'Huyện Tủa Chùa', kind: 'district', parentId: province.id });
  const commune = (name: string) => makeUnit(t.ctx, { name, kind: 'commune', parentId: district.id });
  const [muongBang, muongDun, sinChai] = [await commune('Xã Mường Báng'), await commune('Xã Mường Đun'), await commune('Xã Sín Chải')];
  // The new communes exist from 01/07/2025, directly under the province.
  const newCommune = (code: string, name: string) =>
    createUnit(t.ctx, null, { code, name, kind: 'commune', parentId: province.id, validFrom: '2025-07-01', illustrative: false });
  const tuaChua = await newCommune('XA-TUA-CHUA', 'Xã Tủa Chùa');
  const sinhPhinh = await newCommune('XA-SINH-PHINH', 'Xã Sính Phình');
  ids = { province: province.id, district: district.id, muongBang: muongBang.id, muongDun: muongDun.id, sinChai: sinChai.id, tuaChua: tuaChua.id, sinhPhinh: sinhPhinh.id };

  const world = await documentAndMovement(t.ctx, district.id, { HO: { name: 'Tổng số hộ', unitOfMeasure: 'hộ', valueType: 'number', rule: 'sum' } });
  ho = world.ind.HO!;
  assignmentId = await assign(t.ctx, world.documentId, world.movementId, [ho], [muongBang.id, muongDun.id, sinChai.id]);
  await createGroup(t.ctx, null, {
    name: 'Cụm thi đua vùng thấp',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: district.id,
    memberUnitIds: [muongBang.id, muongDun.id],
    headUnitId: null,
    deputyUnitId: null,
  });
  const file = (unitId: string, households: number, day: string) =>
    fileReport(t.ctx, { assignmentId, unitId, values: { [ho]: households }, submittedAt: `2024-11-0${day}T02:00:00Z`, acceptedAt: `2024-11-0${day}T09:00:00Z` });
  await file(muongBang.id, 1000, '4');
  await file(muongDun.id, 600, '5');
  await file(sinChai.id, 300, '5');

  for (const [old, successor] of [
    [muongBang.id, tuaChua.id],
    [muongDun.id, tuaChua.id],
    [sinChai.id, sinhPhinh.id],
  ] as const) {
    await closeUnit(t.ctx, null, old, { version: 1, closedOn: '2025-07-01', event: 'merge', successorIds: [successor], note: null });
  }
  await closeUnit(t.ctx, null, district.id, { version: 1, closedOn: '2025-07-01', event: 'dissolve', successorIds: [], note: null });

  t.ctx.now = () => new Date('2025-08-01T03:00:00Z');
  officer = await signInAs(t, province.id, ['officer']);
});
afterAll(() => t.close());

async function rollup(query: string): Promise<Rollup> {
  const res = await officer.get(`/api/assignments/${assignmentId}/rollup${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const rowsOf = (r: Rollup) => r.rows.map((row) => [row.unitName, row.depth, row.cells[0]!.value, row.reporting]);

describe('a roll-up across the 2025 merger', () => {
  it('reads the 2024 map at 15/11/2024: the district and its communes', async () => {
    const r = await rollup('?asOf=2024-11-15');
    expect(rowsOf(r)).toEqual([
      ['Huyện Tủa Chùa', 0, 1900, false],
      ['Xã Mường Báng', 1, 1000, true],
      ['Xã Mường Đun', 1, 600, true],
      ['Xã Sín Chải', 1, 300, true],
    ]);
    expect(r.notes).toEqual([]);
  });

  it('reads the map of 01/08/2025: merged communes count under their successors, straight under the province', async () => {
    const r = await rollup('?asOf=2025-08-01');
    expect(rowsOf(r)).toEqual([
      ['Tỉnh Điện Biên', 0, 1900, false],
      ['Xã Sính Phình', 1, 300, false],
      ['Xã Tủa Chùa', 1, 1600, false],
    ]);
    expect(r.rows.find((row) => row.unitId === ids.tuaChua)!.cells[0]!.count).toBe(2);
    expect(r.notes).toEqual([
      'Số liệu của Xã Mường Báng (đã sáp nhập từ 01/07/2025) được tính vào Xã Tủa Chùa',
      'Số liệu của Xã Mường Đun (đã sáp nhập từ 01/07/2025) được tính vào Xã Tủa Chùa',
      'Số liệu của Xã Sín Chải (đã sáp nhập từ 01/07/2025) được tính vào Xã Sính Phình',
    ]);
  });

  it('takes today (01/08/2025) as the default map', async () => {
    const r = await rollup('');
    expect(r.asOf).toBe('2025-08-01');
    expect(rowsOf(r)).toEqual(rowsOf(await rollup('?asOf=2025-08-01')));
  });

  it('keeps the eve of the merger on the old map', async () => {
    const r = await rollup('?asOf=2025-06-30');
    expect(r.rows[0]).toMatchObject({ unitName: 'Huyện Tủa Chùa', depth: 0 });
    expect(r.notes).toEqual([]);
  });

  it('aggregates the 2024 cluster by the units as they reported, whatever the map', async () => {
    for (const asOf of ['2024-11-15', '2025-08-01']) {
      const r = await rollup(`?asOf=${asOf}`);
      expect(r.groups.map((g) => [g.groupName, g.cells[0]!.value, g.cells[0]!.count])).toEqual([['Cụm thi đua vùng thấp', 1600, 2]]);
    }
  });

  it('still tracks the closed communes on the board of their 2024 task', async () => {
    const res = await officer.get(`/api/assignments/${assignmentId}/board`);
    expect(res.statusCode).toBe(200);
    const b: Board = res.json();
    expect(b.rows.map((r) => [r.unitName, r.status])).toEqual([
      ['Xã Mường Báng', 'accepted'],
      ['Xã Mường Đun', 'accepted'],
      ['Xã Sín Chải', 'accepted'],
    ]);
    expect(b.summary).toMatchObject({ expected: 3, onTime: 3, completeness: 1 });
  });
});
