import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { indicators } from '../../db/schema.js';
import { createGroup } from '../groups/groups.service.js';
import { acceptReport, createReport, saveReport, submitReport } from '../reports/reports.service.js';
import { buildReportingWorld, type ReportingWorld } from '../reports/reports.test-fixtures.js';
import { createCovenant } from './covenants.service.js';

let t: TestApp;
let w: ReportingWorld;
let covenantId: string;
let version: number;
const criterion: Record<string, string> = {};

/** Xã Mường Báng's report, accepted by the district, with 58 % of households on clean water. */
async function acceptedReport(cleanWater: number, dueOn = '2024-11-05') {
  const { report } = await createReport(t.ctx, null, { assignmentId: await w.assign({ dueOn, lockOn: null }), unitId: w.h.communeA.id });
  const saved = await saveReport(t.ctx, null, report.id, {
    version: report.version,
    values: { [w.ind.HO_NGHEO]: 40, [w.ind.HO_THOAT]: 6, [w.ind.NUOC_SACH]: cleanWater, [w.ind.DAT_CHUAN]: false },
    narrative: { ket_qua: 'Đã hoàn thành các chỉ tiêu giảm nghèo', ton_tai: '' },
    exemplary: [],
    warningComments: {},
  });
  const sent = await submitReport(t.ctx, null, report.id, saved.version, null);
  await acceptReport(t.ctx, null, report.id, { version: sent.version });
}

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => new Date('2024-11-20T03:00:00Z');
  w = await buildReportingWorld(t);
  // The movement's clean-water target for communes: at least 60 %.
  await t.ctx.db.update(indicators).set({ direction: 'up', targets: [{ level: 'commune', comparator: 'gte', value: 60, valueMax: null }] }).where(eq(indicators.id, w.ind.NUOC_SACH));
  await acceptedReport(58);
  const group = await createGroup(t.ctx, null, {
    name: 'Cụm thi đua các xã',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: w.h.district.id,
    memberUnitIds: [w.h.communeA.id, w.h.communeB.id],
    headUnitId: w.h.communeA.id,
    deputyUnitId: null,
  });
  const c = await createCovenant(t.ctx, null, {
    groupId: group.id,
    title: 'Giao ước thi đua năm 2024',
    scoringDeadline: '2024-12-05',
    copyFromCovenantId: null,
    criteria: [
      { code: '1', name: 'Tỷ lệ hộ dùng nước sạch', kind: 'criterion', maxPoints: 150, evidenceRequired: false, indicatorId: null },
      { code: '2', name: 'Công tác thi đua', kind: 'criterion', maxPoints: 50, evidenceRequired: false, indicatorId: null },
    ],
  });
  covenantId = c.id;
  version = c.version;
  for (const x of c.criteria) criterion[x.code] = x.id;
});
afterAll(() => t.close());

describe('criteria tied to report indicators', () => {
  it('offers the indicators of the organiser’s movements of the year, and refuses any other, naming the row', async () => {
    const offered = (await w.users.officer.client.get(`/api/covenants/${covenantId}/indicators`)).json().items;
    expect(offered.map((i: { code: string }) => i.code)).toEqual(['HO_NGHEO', 'HO_THOAT', 'NUOC_SACH', 'DAT_CHUAN', 'GHI_CHU']);
    expect(offered[0].movementName).toBe('Chung tay vì người nghèo');
    const before = await snapshotDatabase(t.ctx.db);
    const stranger = await w.users.officer.client.patch(`/api/covenants/${covenantId}`, {
      version,
      criteria: [
        { code: '1', name: 'Tỷ lệ hộ dùng nước sạch', kind: 'criterion', maxPoints: 150, indicatorId: '00000000-0000-4000-8000-000000000000' },
        { code: '2', name: 'Công tác thi đua', kind: 'criterion', maxPoints: 50 },
      ],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields).toHaveProperty(['criteria.0.indicatorId']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('suggests the points the accepted figure earns: 58 % against ≥ 60 % gives 58/60 of 150', async () => {
    const tied = await w.users.officer.client.patch(`/api/covenants/${covenantId}`, {
      version,
      criteria: [
        { code: '1', name: 'Tỷ lệ hộ dùng nước sạch', kind: 'criterion', maxPoints: 150, indicatorId: w.ind.NUOC_SACH },
        { code: '2', name: 'Công tác thi đua', kind: 'criterion', maxPoints: 50 },
      ],
    });
    expect(tied.statusCode, tied.body).toBe(200);
    const c = (await w.users.officer.client.post(`/api/covenants/${covenantId}/open`, { version: tied.json().version })).json();
    const first = c.criteria.find((x: { code: string }) => x.code === '1');
    const res = await w.users.reporterA.client.get(`/api/covenants/${covenantId}/scores/${w.h.communeA.id}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      { criterionId: first.id, indicatorName: 'Tỷ lệ hộ dùng nước sạch', figure: 58, unitOfMeasure: '', target: '≥ 60', met: false, suggestedScore: 145, dueOn: '2024-11-05' },
    ]);
    // Xã Đun Nhì has no accepted report: a figure is missing, so nothing is suggested.
    const none = (await w.users.reporterB.client.get(`/api/covenants/${covenantId}/scores/${w.h.communeB.id}/suggestions`)).json().items;
    expect(none[0]).toMatchObject({ figure: null, suggestedScore: null, target: '≥ 60' });
    // Another member's figures stay private until scoring closes, like its scores.
    expect((await w.users.reporterB.client.get(`/api/covenants/${covenantId}/scores/${w.h.communeA.id}/suggestions`)).statusCode).toBe(403);
  });

  it('takes the latest accepted report of the year and gives full marks once the target is met', async () => {
    await acceptedReport(63.5, '2024-11-15');
    const items = (await w.users.reporterA.client.get(`/api/covenants/${covenantId}/scores/${w.h.communeA.id}/suggestions`)).json().items;
    expect(items[0]).toMatchObject({ figure: 63.5, met: true, suggestedScore: 150, dueOn: '2024-11-15' });
  });
});
