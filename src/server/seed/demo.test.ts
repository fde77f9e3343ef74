import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../contract/roles.js';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.js';
import { createTestDatabase } from '../../../test/support/db.js';
import { makeUnit } from '../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../test/support/snapshot.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo.js';

let t: TestApp;
let admin: Client;

interface UnitJson {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  parentName: string | null;
  status: string;
  closedOn: string | null;
  validFrom: string | null;
  illustrative: boolean;
}
let units: UnitJson[];
const byCode = (code: string) => {
  const u = units.find((x) => x.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
};
const COMMUNES = ['Huổi Só', 'Lao Xả Phình', 'Mường Báng', 'Mường Đun', 'Sín Chải', 'Sính Phình', 'Tả Phìn', 'Tả Sìn Thàng', 'Trung Thu', 'Tủa Thàng', 'Xá Nhè'];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  admin = await new Client(t.app).signIn('admin', DEMO_PASSWORD);
  units = (await admin.get('/api/units?status=all&limit=1000')).json().items;
});
afterAll(() => t.close());

describe('seedDemo', () => {
  it('builds the province, the district (closed on 01/07/2025) and its 13 offices', () => {
    const province = byCode('DIENBIEN');
    expect(province).toMatchObject({ name: 'Tỉnh Điện Biên', kind: 'province', parentId: null, status: 'active' });
    const district = byCode('TUACHUA');
    expect(district).toMatchObject({ name: 'Huyện Tủa Chùa', kind: 'district', parentId: province.id, status: 'closed', closedOn: '2025-07-01' });
    const offices = units.filter((u) => u.parentId === district.id && u.kind === 'office').map((u) => u.name);
    expect(offices).toHaveLength(13);
    expect(offices).toContain('Phòng Nội vụ');
    expect(offices).toEqual(expect.arrayContaining(['Phòng Tài chính – Kế hoạch', 'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Thanh tra huyện', 'Văn phòng HĐND và UBND huyện']));
  });

  it('has Thị trấn Tủa Chùa and the 11 communes of the district, named exactly', () => {
    const district = byCode('TUACHUA');
    const children = units.filter((u) => u.parentId === district.id && ['township', 'commune'].includes(u.kind));
    expect(children.filter((u) => u.kind === 'township').map((u) => u.name)).toEqual(['Thị trấn Tủa Chùa']);
    const communes = children.filter((u) => u.kind === 'commune').map((u) => u.name);
    expect([...communes].sort()).toEqual(COMMUNES.map((n) => `Xã ${n}`).sort());
    for (const name of communes) expect(name, 'NFC').toBe(name.normalize('NFC'));
    expect(children.every((u) => u.status === 'closed' && u.closedOn === '2025-07-01')).toBe(true);
  });

  it('has two blocks and two clusters for 2024 with heads and deputies among their members', async () => {
    const groups = (await admin.get('/api/groups?year=2024')).json().items as {
      kind: string;
      organiserUnitId: string;
      headUnitId: string;
      deputyUnitId: string;
      members: { unitId: string }[];
    }[];
    expect(groups.filter((g) => g.kind === 'block')).toHaveLength(2);
    expect(groups.filter((g) => g.kind === 'cluster')).toHaveLength(2);
    const seen = new Set<string>();
    for (const g of groups) {
      expect(g.organiserUnitId).toBe(byCode('TUACHUA').id);
      const members = g.members.map((m) => m.unitId);
      expect(members).toContain(g.headUnitId);
      expect(members).toContain(g.deputyUnitId);
      expect(g.headUnitId).not.toBe(g.deputyUnitId);
      for (const m of members) {
        expect(seen.has(m), 'a unit in two groups of one year').toBe(false);
        seen.add(m);
      }
    }
    // Every commune and the township is in a cluster; every office in a block.
    expect(seen.size).toBe(12 + 13);
  });

  it('records the lineage from Thị trấn Tủa Chùa to the new Xã Tủa Chùa on 01/07/2025', async () => {
    const town = byCode('TUACHUA.TT');
    const lineage = (await admin.get(`/api/units/${town.id}/lineage`)).json();
    expect(lineage.successors).toMatchObject([{ successorName: 'Xã Tủa Chùa', event: 'merge', effectiveOn: '2025-07-01', depth: 1 }]);
    const newCommune = byCode('DIENBIEN.XA.TUACHUA');
    expect(newCommune).toMatchObject({ name: 'Xã Tủa Chùa', parentId: byCode('DIENBIEN').id, status: 'active', validFrom: '2025-07-01', illustrative: true });
    const origins = (await admin.get(`/api/units/${newCommune.id}/lineage`)).json().origins.map((e: { predecessorName: string }) => e.predecessorName);
    expect(origins).toContain('Thị trấn Tủa Chùa');
  });

  it('has a few dozen people, all marked illustrative', async () => {
    const page = (await admin.get('/api/people?limit=1000')).json();
    expect(page.total).toBeGreaterThanOrEqual(24);
    expect(page.total).toBe(await countRows(t.ctx.db, 'people'));
    expect(page.items.every((p: { illustrative: boolean }) => p.illustrative)).toBe(true);
  });

  it('has one demo user per role, each able to sign in with the demo password', async () => {
    for (const role of ROLES) expect(DEMO_USERS.some((u) => u.roles.includes(role)), role).toBe(true);
    for (const u of DEMO_USERS) {
      const client = await new Client(t.app).signIn(u.username, DEMO_PASSWORD);
      const session = (await client.get('/api/session')).json();
      expect(session.user).toMatchObject({ username: u.username, fullName: u.fullName, roles: u.roles, active: true });
    }
  });

  it('shows the district officer the district subtree, not the new communes', async () => {
    const officer = await new Client(t.app).signIn('canbo.thidua', DEMO_PASSWORD);
    const seen = (await officer.get('/api/units?status=all&limit=1000')).json().items as UnitJson[];
    const codes = seen.map((u) => u.code);
    expect(codes).toContain('TUACHUA');
    expect(codes).toContain('TUACHUA.PNV');
    expect(codes).toContain('TUACHUA.MUONGBANG');
    expect(codes.every((c) => c === 'TUACHUA' || c.startsWith('TUACHUA.'))).toBe(true);
    expect(seen).toHaveLength(units.filter((u) => u.code === 'TUACHUA' || u.code.startsWith('TUACHUA.')).length);
    expect(codes.some((c) => c.startsWith('DIENBIEN'))).toBe(false);
    expect((await officer.get(`/api/units/${byCode('DIENBIEN.XA.TUACHUA').id}`)).statusCode).toBe(404);
  });

  it('shows the commune reporter only Xã Mường Báng', async () => {
    const reporter = await new Client(t.app).signIn('baocao.muongbang', DEMO_PASSWORD);
    const seen = (await reporter.get('/api/units?status=all&limit=1000')).json().items as UnitJson[];
    expect(seen.map((u) => u.name)).toEqual(['Xã Mường Báng']);
    const people = (await reporter.get('/api/people?limit=1000')).json().items as { unitName: string }[];
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.unitName === 'Xã Mường Báng')).toBe(true);
    const groups = (await reporter.get('/api/groups')).json().items.map((g: { name: string }) => g.name);
    expect(groups).toEqual(['Cụm thi đua số 1 – Thị trấn và các xã vùng thấp']);
  });

  it('writes an audit entry for each record it creates', async () => {
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'unit.create'`)).toBe(units.length);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'user.create'`)).toBe(DEMO_USERS.length);
  });
});

describe('seedDemo: the 2024 reporting cycle', () => {
  interface ReportJson {
    id: string;
    unitName: string;
    status: string;
    daysLate: number | null;
  }
  it('binds the dispatch\'s report to the district movement, with the seed\'s targets by level', async () => {
    const officer = await new Client(t.app).signIn('canbo.thidua', DEMO_PASSWORD);
    const movements = (await officer.get('/api/movements?year=2024')).json().items as { id: string; name: string; parentMovementName: string | null }[];
    const district = movements.find((m) => m.parentMovementName !== null)!;
    expect(district.name).toContain('70 năm Chiến thắng Điện Biên Phủ');
    const movement = (await officer.get(`/api/movements/${district.id}`)).json();
    const online = movement.indicators.find((i: { code: string }) => i.code === 'HO_SO_TREN_MANG');
    expect(online.targets).toEqual(
      expect.arrayContaining([
        { level: 'district', comparator: 'gte', value: 80, valueMax: null },
        { level: 'commune', comparator: 'gte', value: 60, valueMax: null },
      ]),
    );
    const [assignment] = (await officer.get(`/api/assignments?movementId=${district.id}`)).json().items;
    expect(assignment).toMatchObject({ dueOn: '2024-11-05', period: '2024', canManage: true });
    expect(assignment.units).toHaveLength(25);
    expect(assignment.template.indicatorIds).toHaveLength(movement.indicators.length);
  });

  it('has a realistic mix of reports: accepted, late, returned, drafts, and units that sent nothing', async () => {
    const officer = await new Client(t.app).signIn('canbo.thidua', DEMO_PASSWORD);
    const [assignment] = (await officer.get('/api/assignments')).json().items;
    const reports = (await officer.get(`/api/reports?assignmentId=${assignment.id}`)).json().items as ReportJson[];
    const count = (status: string) => reports.filter((r) => r.status === status).length;
    expect(count('accepted')).toBe(15);
    expect(count('submitted')).toBe(3);
    expect(count('returned')).toBe(2);
    expect(count('draft')).toBe(2);
    expect(25 - reports.length).toBe(3);
    expect(reports.filter((r) => (r.daysLate ?? 0) > 0).map((r) => r.unitName).sort()).toEqual(['Phòng Tư pháp', 'Xã Tủa Thàng', 'Xã Xá Nhè']);
    // The walkthrough's commune has not started, so its reporter can fill it in.
    expect(reports.some((r) => r.unitName === 'Xã Mường Báng')).toBe(false);
  });

  it('has the units\' 2024 registrations: approved, pending, returned, not sent, and units that never registered', async () => {
    const officer = await new Client(t.app).signIn('canbo.thidua', DEMO_PASSWORD);
    const movements = (await officer.get('/api/movements?year=2024')).json().items as { id: string; parentMovementName: string | null }[];
    const district = movements.find((m) => m.parentMovementName !== null)!;
    const summary = (await officer.get(`/api/movements/${district.id}/registrations/summary?year=2024`)).json();
    expect(summary.expected).toBe(25);
    expect(summary.byStatus).toEqual({ approved: 12, pending: 3, returned: 1, not_sent: 9 });
    expect(summary.titles).toEqual(expect.arrayContaining([expect.objectContaining({ award: 'Chiến sĩ thi đua cơ sở', person: 1 })]));
  });
});

describe('seedDemo is one transaction', () => {
  it('leaves nothing behind when it fails part-way', async () => {
    const database = await createTestDatabase();
    try {
      const ctx = { db: database.db, now: () => new Date() };
      // A unit whose code the seed uses near the end makes it fail after most rows are written.
      await makeUnit(ctx, { code: 'DIENBIEN.XA.TUATHANG', name: 'Đơn vị có sẵn', kind: 'province' });
      const before = await snapshotDatabase(database.db);
      await expect(seedDemo(ctx)).rejects.toThrow();
      expect(await snapshotDatabase(database.db)).toEqual(before);
      expect(await countRows(database.db, 'org_units')).toBe(1);
    } finally {
      await database.close();
    }
  });
});
