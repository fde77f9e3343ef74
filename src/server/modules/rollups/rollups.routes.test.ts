import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { makeUnit } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { Board, Dashboard, Rollup, TrackingSummary } from '../../../contract/reporting.js';
import { buildProvinceWorld, signInAs } from './rollups.test-fixtures.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildProvinceWorld>>;
let officer: Client; // province officer: the issuing side
let viewer: Client; // province leader: reads only
let districtOfficer: Client; // officer of Huyện Tủa Chùa: a unit side of the task, not the issuer
let reporter: Client; // reporter of Xã Mường Báng
let stranger: Client; // officer of another province

const NOW = '2024-11-15T09:00:00Z'; // 16:00 on 15/11/2024, ten days after the due date

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProvinceWorld(t);
  t.ctx.now = () => new Date(NOW);
  officer = await signInAs(t, w.u.province.id, ['officer']);
  viewer = await signInAs(t, w.u.province.id, ['viewer']);
  districtOfficer = await signInAs(t, w.u.d1.id, ['officer']);
  reporter = await signInAs(t, w.u.A.id, ['reporter']);
  const otherProvince = await makeUnit(t.ctx, { name: 'Tỉnh Bên Cạnh', kind: 'province' });
  stranger = await signInAs(t, otherProvince.id, ['officer']);
});
afterAll(() => t.close());

const url = (suffix: string) => `/api/assignments/${w.assignmentId}/${suffix}`;

async function board(client: Client, query = ''): Promise<Board> {
  const res = await client.get(url(`board${query}`));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function rollup(client: Client, query = ''): Promise<Rollup> {
  const res = await client.get(url(`rollup${query}`));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/assignments/:id/board', () => {
  it('gives every assigned unit its status, lateness and last reminder, in Vietnamese order', async () => {
    const b = await board(officer);
    expect(b.rows.map((r) => r.unitName)).toEqual([
      'Sở Nội vụ',
      'Xã Bên Cạnh',
      'Xã Đun Nhì',
      'Xã Huổi Só',
      'Xã Mường Báng',
      'Xã Sín Chải',
      'Xã Tả Phìn',
      'Xã Xá Nhè',
    ]);
    const row = (name: string) => b.rows.find((r) => r.unitName === name)!;
    expect(row('Xã Mường Báng')).toMatchObject({ status: 'accepted', daysLate: 0, overdueDays: null, level: 'commune', firstSubmittedAt: '2024-11-04T03:00:00.000Z' });
    expect(row('Xã Đun Nhì')).toMatchObject({ status: 'accepted', daysLate: 2, overdueDays: null });
    // Sent at 17:00 on the due date, Vietnam time: on time.
    expect(row('Xã Sín Chải')).toMatchObject({ status: 'submitted', daysLate: 0 });
    expect(row('Xã Huổi Só')).toMatchObject({ status: 'returned', daysLate: 0, overdueDays: null });
    expect(row('Xã Tả Phìn')).toMatchObject({ status: 'draft', daysLate: null, overdueDays: 10, reportId: expect.any(String) });
    expect(row('Xã Xá Nhè')).toMatchObject({ status: 'not_started', reportId: null, daysLate: null, overdueDays: 10, lastReminderAt: '2024-11-10T01:00:00.000Z' });
    expect(row('Sở Nội vụ')).toMatchObject({ status: 'not_started', level: 'agency', unitKind: 'department', lastReminderAt: null });
    // Groups of the assignment's year only.
    expect(row('Xã Mường Báng').groups.map((g) => g.groupName)).toEqual(['Cụm thi đua số 1']);
    expect(row('Xã Xá Nhè').groups).toEqual([]);
    expect(b).toMatchObject({ title: 'Báo cáo kết quả thực hiện phong trào thi đua năm 2024', dueOn: '2024-11-05', generatedAt: '2024-11-15T09:00:00.000Z' });
  });

  it('counts statuses, timing and rates over all units, by level and by group', async () => {
    const b = await board(officer);
    expect(b.summary).toEqual<TrackingSummary>({
      expected: 8,
      reported: 5,
      accepted: 3,
      returned: 1,
      draft: 1,
      notStarted: 2,
      onTime: 4,
      late: 1,
      missing: 3,
      pending: 0,
      completeness: 0.625,
      timeliness: 0.5,
    });
    expect(b.byLevel.map((l) => [l.level, l.summary.expected, l.summary.reported])).toEqual([
      ['commune', 7, 5],
      ['agency', 1, 0],
    ]);
    expect(b.byGroup.map((g) => [g.groupName, g.summary])).toEqual([
      ['Cụm thi đua số 1', expect.objectContaining({ expected: 3, reported: 3, accepted: 3, onTime: 2, late: 1, missing: 0, completeness: 1, timeliness: 0.6667 })],
      ['Khối các sở', expect.objectContaining({ expected: 1, reported: 0, missing: 1, completeness: 0 })],
    ]);
  });

  it('applies its filters to the rows and to every summary', async () => {
    const agencies = await board(officer, '?level=agency');
    expect(agencies.rows.map((r) => r.unitName)).toEqual(['Sở Nội vụ']);
    expect(agencies.summary).toMatchObject({ expected: 1, missing: 1 });
    expect(agencies.byLevel.map((l) => l.level)).toEqual(['agency']);
    expect(agencies.byGroup.map((g) => g.groupName)).toEqual(['Khối các sở']);

    const byKind = await board(officer, '?kind=commune');
    expect(byKind.summary.expected).toBe(7);

    const cluster = await board(officer, `?groupId=${w.clusterId}`);
    expect(cluster.rows.map((r) => r.unitName)).toEqual(['Xã Bên Cạnh', 'Xã Đun Nhì', 'Xã Mường Báng']);
    expect(cluster.summary).toMatchObject({ expected: 3, reported: 3, late: 1 });
    expect(cluster.byGroup.map((g) => g.groupName)).toEqual(['Cụm thi đua số 1']);

    const both = await board(officer, `?groupId=${w.clusterId}&level=agency`);
    expect(both.rows).toEqual([]);
    expect(both.summary).toMatchObject({ expected: 0, completeness: null, timeliness: null });
  });

  it('says nothing is missing before the due date', async () => {
    t.ctx.now = () => new Date('2024-11-05T16:00:00Z'); // 23:00 on the due date
    try {
      const b = await board(officer);
      expect(b.summary).toMatchObject({ missing: 0, pending: 3 });
      expect(b.rows.every((r) => r.overdueDays === null)).toBe(true);
    } finally {
      t.ctx.now = () => new Date(NOW);
    }
  });

  it('is refused with 400 for an unknown level', async () => {
    expect((await officer.get(url('board?level=village'))).statusCode).toBe(400);
  });
});

describe('GET /api/assignments/:id/rollup', () => {
  const cell = (r: Rollup, unitId: string, code: string) => {
    const indicatorIndex = r.indicators.findIndex((i) => i.code === code);
    return r.rows.find((row) => row.unitId === unitId)!.cells[indicatorIndex]!;
  };

  it('lays the rows out as a tree from the province, children in Vietnamese order', async () => {
    const r = await rollup(officer, '?asOf=2024-11-15');
    expect(r.rows.map((row) => [row.unitName, row.depth, row.reporting])).toEqual([
      ['Tỉnh Thử Nghiệm', 0, false],
      ['Huyện Khác', 1, false],
      ['Xã Bên Cạnh', 2, true],
      ['Xã Huổi Só', 2, false],
      ['Xã Xá Nhè', 2, false],
      ['Huyện Tủa Chùa', 1, false],
      ['Xã Đun Nhì', 2, true],
      ['Xã Mường Báng', 2, true],
      ['Xã Sín Chải', 2, false],
      ['Xã Tả Phìn', 2, false],
      ['Sở Nội vụ', 1, false],
    ]);
    expect(r.rows[1]!.parentId).toBe(w.u.province.id);
    expect(r.indicators.map((i) => i.code)).toEqual(['HO', 'TY_LE_NGHEO', 'HO_SO', 'TRUC_TUYEN', 'THAP_NHAT', 'CAO_NHAT', 'MOI_NHAT', 'KHONG', 'GHI_CHU']);
    expect(r.notes).toEqual([]);
  });

  it.each([
    // [indicator, province, Huyện Tủa Chùa, Huyện Khác]: accepted reports of Mường Báng, Đun Nhì (district 1) and Bên Cạnh (district 2).
    ['HO', 1800, 1500, 300],
    ['TY_LE_NGHEO', 30, 30, 30],
    // Weighted by each commune's own dossiers: (90·1000 + 10·10 + 50·90) / 1100, not an average of district results.
    ['TRUC_TUYEN', 86, 89.2079207921, 50],
    ['THAP_NHAT', 3, 3, 8],
    ['CAO_NHAT', 9, 9, 1],
    // The figure accepted last: Đun Nhì's (08/11), over Mường Báng's (06/11) and Bên Cạnh's (05/11).
    ['MOI_NHAT', 9, 9, 2],
    ['KHONG', null, null, null],
  ])('rolls %s up by its rule', async (code, province, d1, d2) => {
    const r = await rollup(officer, '?asOf=2024-11-15');
    expect(cell(r, w.u.province.id, code).value).toBe(province);
    expect(cell(r, w.u.d1.id, code).value).toBe(d1);
    expect(cell(r, w.u.d2.id, code).value).toBe(d2);
  });

  it('judges each node against the target of its level, with the unit of measure in the label', async () => {
    const r = await rollup(officer, '?asOf=2024-11-15');
    // Province: its own "≤ 25 %" (lower is better): 30 % misses it, achieving 25/30.
    expect(cell(r, w.u.province.id, 'TY_LE_NGHEO')).toMatchObject({ value: 30, count: 3, targetLabel: '≤ 25 %', meets: false, ratio: 0.8333 });
    expect(cell(r, w.u.A.id, 'TY_LE_NGHEO')).toMatchObject({ value: 40, count: 1, targetLabel: '≤ 30 %', meets: false });
    expect(cell(r, w.u.B.id, 'TY_LE_NGHEO')).toMatchObject({ value: 20, meets: true, ratio: 1.5 });
    // No province target for online dossiers: the one for every level applies.
    expect(cell(r, w.u.province.id, 'TRUC_TUYEN')).toMatchObject({ targetLabel: '≥ 70 %', meets: true, ratio: 1.2286 });
    expect(cell(r, w.u.d1.id, 'TRUC_TUYEN')).toMatchObject({ targetLabel: '≥ 80 %', meets: true });
    expect(cell(r, w.u.d1.id, 'HO')).toMatchObject({ count: 2, target: null, targetLabel: null, meets: null, ratio: null });
    expect(cell(r, w.u.F.id, 'HO')).toMatchObject({ value: null, count: 0 });
  });

  it('counts accepted reports only, unless asked to include those sent and not yet accepted', async () => {
    const accepted = await rollup(officer, '?asOf=2024-11-15');
    expect(accepted).toMatchObject({ includeSubmitted: false, dataAsOf: '2024-11-08T03:00:00.000Z', asOf: '2024-11-15' });
    expect(cell(accepted, w.u.province.id, 'HO').value).toBe(1800);

    const withSubmitted = await rollup(officer, '?asOf=2024-11-15&includeSubmitted=true');
    // Sín Chải's 200 households join; the returned (Huổi Só) and drafted (Tả Phìn) reports never count.
    expect(cell(withSubmitted, w.u.province.id, 'HO')).toMatchObject({ value: 2000, count: 4 });
    expect(withSubmitted.rows.find((r) => r.unitId === w.u.E.id)!.reporting).toBe(true);
    // Sín Chải sent on 05/11; Đun Nhì's acceptance (08/11) stays the latest instant counted.
    expect(withSubmitted.dataAsOf).toBe('2024-11-08T03:00:00.000Z');
    expect(cell(withSubmitted, w.u.province.id, 'MOI_NHAT').value).toBe(9);
  });

  it('defaults asOf to today in Vietnam', async () => {
    // Sessions last 12 hours, so the clock moves within them.
    t.ctx.now = () => new Date('2024-11-15T17:30:00Z'); // already 00:30 on 16/11 in Vietnam
    try {
      expect((await rollup(officer)).asOf).toBe('2024-11-16');
    } finally {
      t.ctx.now = () => new Date(NOW);
    }
  });

  it('aggregates each Cụm/Khối of the year across its members, against the target of their level', async () => {
    const r = await rollup(officer, '?asOf=2024-11-15');
    expect(r.groups.map((g) => g.groupName)).toEqual(['Cụm thi đua số 1', 'Khối các sở']);
    const cluster = r.groups[0]!;
    const at = (code: string) => cluster.cells[r.indicators.findIndex((i) => i.code === code)]!;
    expect(at('HO')).toMatchObject({ value: 1800, count: 3 });
    // Three communes: the commune target "≤ 30 %" applies, and 30 % meets it.
    expect(at('TY_LE_NGHEO')).toMatchObject({ value: 30, targetLabel: '≤ 30 %', meets: true, ratio: 1 });
    expect(at('TRUC_TUYEN')).toMatchObject({ value: 86, targetLabel: '≥ 60 %' });
    expect(r.groups[1]!.cells.every((c) => c.value === null && c.count === 0)).toBe(true);
  });

  it('is refused with 400 for a malformed date', async () => {
    const res = await officer.get(url('rollup?asOf=15/11/2024'));
    expect(res.statusCode).toBe(400);
  });

  it('opens one level at a time when asked: the rows that fit, each with its children counted, the same figures', async () => {
    const full = await rollup(officer);
    const cellsOf = (r: Rollup, unitId: string) => r.rows.find((x) => x.unitId === unitId)?.cells;
    const root = full.rows[0]!;
    expect(full.path).toEqual([]);
    expect(root.childCount).toBe(full.rows.filter((r) => r.parentId === root.unitId).length);

    const top = await rollup(officer, '?maxRows=1');
    expect(top.rows.map((r) => r.unitId)).toEqual(full.rows.filter((r) => r.depth <= root.depth + 1).map((r) => r.unitId));
    for (const r of top.rows) expect(r.cells).toEqual(cellsOf(full, r.unitId));

    const opened = full.rows.find((r) => r.depth === root.depth + 1 && r.childCount > 0)!;
    const below = await rollup(officer, `?unitId=${opened.unitId}`);
    expect(below.rows[0]).toMatchObject({ unitId: opened.unitId, cells: opened.cells });
    const start = full.rows.indexOf(opened);
    const after = full.rows.slice(start + 1).findIndex((r) => r.depth <= opened.depth);
    const subtree = full.rows.slice(start, after < 0 ? undefined : start + 1 + after);
    expect(below.rows.map((r) => r.unitId)).toEqual(subtree.map((r) => r.unitId));
    expect(below.path).toEqual([{ unitId: root.unitId, unitName: root.unitName }]);
    // Only the clusters wholly below the open unit, with the same totals.
    for (const g of below.groups) expect(full.groups.find((f) => f.groupId === g.groupId)?.cells).toEqual(g.cells);

    const unknown = await officer.get(url('rollup?unitId=00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('unitId');
  });
});

describe('GET /api/assignments/:id/dashboard', () => {
  it('puts progress, totals against targets, the figures of the units one level down and the late units together', async () => {
    const res = await viewer.get(url('dashboard'));
    expect(res.statusCode, res.body).toBe(200);
    const d: Dashboard = res.json();
    expect(d).toMatchObject({ movementName: 'Phong trào thi đua năm 2024', period: '2024', dueOn: '2024-11-05', dataAsOf: '2024-11-08T03:00:00.000Z' });
    expect(d.summary).toMatchObject({ expected: 8, reported: 5, late: 1, missing: 3 });
    expect(d.byGroup.map((g) => g.groupName)).toEqual(['Cụm thi đua số 1', 'Khối các sở']);
    // Numeric indicators only: the text note is not charted.
    expect(d.indicators.map((i) => i.indicator.code)).toEqual(['HO', 'TY_LE_NGHEO', 'HO_SO', 'TRUC_TUYEN', 'THAP_NHAT', 'CAO_NHAT', 'MOI_NHAT', 'KHONG']);
    const poverty = d.indicators.find((i) => i.indicator.code === 'TY_LE_NGHEO')!;
    expect(poverty.total).toMatchObject({ value: 30, targetLabel: '≤ 25 %', meets: false });
    // The province's districts, each with the total of its communes against the district target,
    // as the roll-up shows them; the agency that has not reported has nothing to chart.
    expect(d.chartedUnder).toEqual({ unitId: w.u.province.id, unitName: 'Tỉnh Thử Nghiệm' });
    const r = await rollup(viewer);
    const district = (unitId: string) => {
      const c = r.rows.find((row) => row.unitId === unitId)!.cells[r.indicators.findIndex((i) => i.code === 'TY_LE_NGHEO')]!;
      return { value: c.value, target: c.target?.value ?? null, meets: c.meets };
    };
    const huyenKhac = r.rows.find((row) => row.unitName === 'Huyện Khác')!.unitId;
    const tuaChua = r.rows.find((row) => row.unitName === 'Huyện Tủa Chùa')!.unitId;
    expect(poverty.byUnit).toEqual([
      { unitId: huyenKhac, unitName: 'Huyện Khác', ...district(huyenKhac) },
      { unitId: tuaChua, unitName: 'Huyện Tủa Chùa', ...district(tuaChua) },
    ]);
    // Xã Bên Cạnh alone below Huyện Khác; Xã Đun Nhì (20 %) and Xã Mường Báng (40 %) below Huyện Tủa Chùa.
    expect(poverty.byUnit.map((u) => u.value)).toEqual([30, expect.any(Number)]);
    expect(poverty.byUnit[1]!.value).toBeGreaterThan(20);
    expect(poverty.byUnit[1]!.value).toBeLessThan(40);
    expect(d.lateUnits.map((r) => [r.unitName, r.daysLate, r.overdueDays, r.lastReminderAt])).toEqual([
      ['Sở Nội vụ', null, 10, null],
      ['Xã Đun Nhì', 2, null, null],
      ['Xã Tả Phìn', null, 10, null],
      ['Xã Xá Nhè', null, 10, '2024-11-10T01:00:00.000Z'],
    ]);
  });
});

describe('who may follow the assignment', () => {
  const reads = ['board', 'rollup', 'dashboard', 'rollup.xlsx', 'values.xlsx'];
  const exports = ['consolidated.docx'];

  it.each(reads)('the issuing side and a leader over it read the %s', async (path) => {
    expect((await officer.get(url(path))).statusCode).toBe(200);
    expect((await viewer.get(url(path))).statusCode).toBe(200);
  });

  it.each([...reads, ...exports])('a unit that was only given the task gets 403 for %s', async (path) => {
    for (const client of [districtOfficer, reporter]) {
      const res = await client.get(url(path));
      expect(res.statusCode, res.body).toBe(403);
    }
  });

  it.each([...reads, ...exports])('someone who cannot see the assignment gets 404 for %s', async (path) => {
    expect((await stranger.get(url(path))).statusCode).toBe(404);
  });

  it.each(exports)('a leader cannot draft the %s (only the issuing side does)', async (path) => {
    expect((await viewer.get(url(path))).statusCode).toBe(403);
  });

  it('refuses the consolidated draft to all but the issuing side, writing nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    expect((await viewer.post(url('consolidated-report'))).statusCode).toBe(403);
    expect((await districtOfficer.post(url('consolidated-report'))).statusCode).toBe(403);
    expect((await stranger.post(url('consolidated-report'))).statusCode).toBe(404);
    expect(await snapshotDatabase(t.database.db)).toEqual(before);
  });

  it('answers 404 for an assignment that does not exist', async () => {
    expect((await officer.get('/api/assignments/00000000-0000-4000-8000-000000000000/board')).statusCode).toBe(404);
  });

  it('asks for a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: url('board') })).statusCode).toBe(401);
  });
});
