import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../../contract/documents.js';
import type { Role } from '../../../contract/roles.js';
import { parseDocument } from '../../../core/documents/parse-document.js';
import { reportValues, reports } from '../../db/schema.js';
import { SEED_DISPATCH_FILE } from '../../seed/demo-documents.js';
import { createAssignment } from '../assignments/assignments.service.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let reporterA: Client;
let otherOfficer: Client;
let movementId: string;
let otherMovementId: string;

interface IndicatorJson {
  id: string;
  code: string;
  version: number;
  [key: string]: unknown;
}

function indicatorBody(over: Record<string, unknown> = {}) {
  return {
    code: 'ct01',
    name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
    unitOfMeasure: '%',
    valueType: 'percent',
    direction: 'up',
    rule: 'avg',
    targets: [
      { level: 'district', comparator: 'gte', value: 80 },
      { level: 'commune', comparator: 'gte', value: 60 },
    ],
    ...over,
  };
}

async function add(over: Record<string, unknown> = {}, movement = movementId): Promise<IndicatorJson> {
  const res = await officer.post(`/api/movements/${movement}/indicators`, indicatorBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function codes(movement = movementId): Promise<string[]> {
  return (await officer.get(`/api/movements/${movement}`)).json().indicators.map((i: IndicatorJson) => i.code);
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  const movement = (client: Client, ownerUnitId: string, scopeUnitIds: string[]) =>
    client.post('/api/movements', { name: 'Chuyển đổi số trong xây dựng nông thôn mới', kind: 'thematic', ownerUnitId, startsOn: '2024-01-01', endsOn: '2024-12-31', scopeUnitIds });
  movementId = (await movement(officer, h.district.id, [h.communeA.id, h.communeB.id])).json().id;
  otherMovementId = (await movement(otherOfficer, h.otherDistrict.id, [h.otherCommune.id])).json().id;
});
afterAll(() => t.close());

describe('indicators of a movement', () => {
  let ct01: IndicatorJson;
  let households: IndicatorJson;

  it('adds an indicator with targets per level (code upper-cased)', async () => {
    ct01 = await add();
    expect(ct01).toMatchObject({
      movementId,
      code: 'CT01',
      valueType: 'percent',
      rule: 'avg',
      denominatorIndicatorId: null,
      targets: [
        { level: 'district', comparator: 'gte', value: 80, valueMax: null },
        { level: 'commune', comparator: 'gte', value: 60, valueMax: null },
      ],
      required: false,
      position: 0,
      version: 1,
    });
  });

  it('refuses a code already in the movement (409 naming code) but allows it in another movement', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const res = await officer.post(`/api/movements/${movementId}/indicators`, indicatorBody({ code: ' Ct01 ', name: 'Chỉ tiêu khác' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toHaveProperty('code');
    expect(res.json().error.message).toContain('CT01');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const elsewhere = await otherOfficer.post(`/api/movements/${otherMovementId}/indicators`, indicatorBody());
    expect(elsewhere.statusCode).toBe(201);
  });

  it('checks rule against value type, percent bounds and the weight of a weighted average, changing nothing', async () => {
    households = await add({ code: 'HO', name: 'Số hồ sơ tiếp nhận', unitOfMeasure: 'hồ sơ', valueType: 'number', rule: 'sum', targets: [], position: 5 });
    const foreign = (await otherOfficer.get(`/api/movements/${otherMovementId}`)).json().indicators[0].id;
    const before = await snapshotDatabase(t.ctx.db);
    const cases: { over: Record<string, unknown>; field: string }[] = [
      { over: { code: 'W1', rule: 'wavg' }, field: 'denominatorIndicatorId' },
      { over: { code: 'W2', rule: 'wavg', denominatorIndicatorId: foreign }, field: 'denominatorIndicatorId' },
      { over: { code: 'W3', rule: 'wavg', denominatorIndicatorId: ct01.id }, field: 'denominatorIndicatorId' },
      { over: { code: 'W4', rule: 'avg', denominatorIndicatorId: households.id }, field: 'denominatorIndicatorId' },
      { over: { code: 'P1', targets: [{ level: 'all', comparator: 'gte', value: 120 }] }, field: 'targets' },
      { over: { code: 'P2', targets: [{ level: 'all', comparator: 'between', value: 50, valueMax: 101 }] }, field: 'targets' },
      { over: { code: 'P3', baseline: -1 }, field: 'baseline' },
      { over: { code: 'T1', valueType: 'text', rule: 'sum', targets: [] }, field: 'rule' },
      { over: { code: 'T2', valueType: 'text', rule: 'last' }, field: 'targets' },
      { over: { code: 'B1', valueType: 'boolean', rule: 'max', targets: [] }, field: 'rule' },
      { over: { code: 'bad code!' }, field: 'code' },
      { over: { code: 'D1', targets: [{ level: 'commune', comparator: 'gte', value: 1 }, { level: 'commune', comparator: 'gte', value: 2 }] }, field: 'targets' },
    ];
    for (const c of cases) {
      const res = await officer.post(`/api/movements/${movementId}/indicators`, indicatorBody(c.over));
      expect(res.statusCode, `${JSON.stringify(c.over)} ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields)[0], JSON.stringify(c.over)).toMatch(new RegExp(`^${c.field}`));
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const text = await add({ code: 'GHICHU', name: 'Mô hình tiêu biểu', unitOfMeasure: '', valueType: 'text', rule: 'last', targets: [], position: 9 });
    expect(text.rule).toBe('last');
    const yesNo = await add({ code: 'CO', name: 'Có ban hành kế hoạch', unitOfMeasure: '', valueType: 'boolean', rule: 'sum', targets: [], position: 9 });
    expect(yesNo.valueType).toBe('boolean');
  });

  it('accepts a weighted average by a number of the same movement, and never by itself', async () => {
    const weighted = await add({ code: 'TL', name: 'Tỷ lệ hồ sơ đúng hạn', rule: 'wavg', denominatorIndicatorId: households.id, position: 1 });
    expect(weighted.denominatorIndicatorId).toBe(households.id);
    const before = await snapshotDatabase(t.ctx.db);
    const self = await officer.patch(`/api/indicators/${weighted.id}`, { ...indicatorBody({ code: 'TL', rule: 'wavg', denominatorIndicatorId: weighted.id }), version: weighted.version });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields).toHaveProperty('denominatorIndicatorId');
    // The weight must stay a number while an average leans on it.
    const retype = await officer.patch(`/api/indicators/${households.id}`, { ...indicatorBody({ code: 'HO', valueType: 'percent', rule: 'avg', targets: [] }), version: households.version });
    expect(retype.statusCode).toBe(400);
    expect(retype.json().error.fields).toHaveProperty('valueType');
    const remove = await officer.delete(`/api/indicators/${households.id}?version=${households.version}`);
    expect(remove.statusCode).toBe(409);
    expect(remove.json().error.message).toContain('TL');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('lists indicators by position, then code', async () => {
    expect(await codes()).toEqual(['CT01', 'TL', 'HO', 'CO', 'GHICHU']);
  });

  it('edits with the version, 409 when stale', async () => {
    const res = await officer.patch(`/api/indicators/${ct01.id}`, { ...indicatorBody({ name: 'Tỷ lệ hồ sơ xử lý trực tuyến', position: 3, required: true }), version: ct01.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: 'CT01', name: 'Tỷ lệ hồ sơ xử lý trực tuyến', required: true, position: 3, version: 2 });
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await officer.patch(`/api/indicators/${ct01.id}`, { ...indicatorBody({ name: 'Sửa đè' }), version: ct01.version });
    expect(stale.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    ct01 = res.json();
  });

  it('lets only the launching side change indicators', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    expect((await reporterA.post(`/api/movements/${movementId}/indicators`, indicatorBody({ code: 'X1' }))).statusCode).toBe(403);
    expect((await reporterA.patch(`/api/indicators/${ct01.id}`, { ...indicatorBody(), version: ct01.version })).statusCode).toBe(403);
    expect((await otherOfficer.post(`/api/movements/${movementId}/indicators`, indicatorBody({ code: 'X1' }))).statusCode).toBe(404);
    expect((await otherOfficer.patch(`/api/indicators/${ct01.id}`, { ...indicatorBody(), version: ct01.version })).statusCode).toBe(404);
    expect((await otherOfficer.delete(`/api/indicators/${ct01.id}?version=${ct01.version}`)).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses to delete an indicator that a report template or a report value uses (409), then deletes a free one', async () => {
    const signer = { name: 'Nguyễn Văn Huyện', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null };
    const draft = await createDocument(
      t.ctx,
      null,
      CreateDocumentBodySchema.parse({ direction: 'outgoing', docType: 'Công văn', ownerUnitId: h.district.id, subject: 'Báo cáo chuyển đổi số', recipients: [{ unitId: h.communeA.id }], signer }),
    );
    const issued = await issueDocument(t.ctx, null, draft.id, { version: draft.version, issuedOn: '2024-05-01' });
    const assignment = await createAssignment(t.ctx, null, issued.id, CreateAssignmentBodySchema.parse({ title: 'Báo cáo 6 tháng', dueOn: '2024-06-30' }));

    await t.ctx.db.execute(sql`update assignments set template = ${JSON.stringify({ indicatorIds: [ct01.id] })}::jsonb where id = ${assignment.id}`);
    let before = await snapshotDatabase(t.ctx.db);
    const inTemplate = await officer.delete(`/api/indicators/${ct01.id}?version=${ct01.version}`);
    expect(inTemplate.statusCode).toBe(409);
    expect(inTemplate.json().error.message).toContain('Báo cáo 6 tháng');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    await t.ctx.db.execute(sql`update assignments set template = '{}'::jsonb where id = ${assignment.id}`);
    const [report] = await t.ctx.db
      .insert(reports)
      .values({ assignmentId: assignment.id, unitId: h.communeA.id, period: '2024', status: 'draft', narrative: {}, exemplary: [], warningComments: {} })
      .returning({ id: reports.id });
    await t.ctx.db.insert(reportValues).values({ reportId: report!.id, indicatorId: ct01.id, numValue: 72 });
    before = await snapshotDatabase(t.ctx.db);
    const withValues = await officer.delete(`/api/indicators/${ct01.id}?version=${ct01.version}`);
    expect(withValues.statusCode).toBe(409);
    expect(withValues.json().error.message).toMatch(/^Chỉ tiêu CT01 đã có số liệu trong 1 báo cáo/);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const free = (await officer.get(`/api/movements/${movementId}`)).json().indicators.find((i: IndicatorJson) => i.code === 'GHICHU');
    expect((await officer.delete(`/api/indicators/${free.id}?version=${free.version + 1}`)).statusCode).toBe(409);
    const ok = await officer.delete(`/api/indicators/${free.id}?version=${free.version}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await codes()).not.toContain('GHICHU');
  });
});

describe('indicators taken from a parsed document', () => {
  let documentId: string;

  beforeAll(async () => {
    const parsed = parseDocument(readFileSync(SEED_DISPATCH_FILE, 'utf8'));
    const res = await officer.post('/api/documents', { direction: 'incoming', ownerUnitId: h.district.id, parsed });
    expect(res.statusCode, res.body).toBe(201);
    documentId = res.json().id;
  });

  it('turns the seed dispatch\'s targets into one indicator: district ≥ 80 %, commune ≥ 60 %', async () => {
    const fresh = await officer.post('/api/movements', { name: 'Xây dựng nông thôn mới thông minh', kind: 'regular', ownerUnitId: h.district.id, startsOn: '2024-01-01', basisDocumentIds: [documentId] });
    const id = fresh.json().id;
    const res = await officer.post(`/api/movements/${id}/indicators/from-document`, { documentId });
    expect(res.statusCode, res.body).toBe(200);
    const indicators: { name: string; targets: { level: string }[]; position: number }[] = res.json().indicators;
    // The dispatch sets several targets; the online-records one is set per level, in one sentence.
    const perLevel = indicators.filter((i) => i.targets.some((x) => x.level === 'district'));
    expect(perLevel).toHaveLength(1);
    expect(perLevel[0]).toMatchObject({
      name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
      valueType: 'percent',
      unitOfMeasure: '%',
      direction: 'up',
      rule: 'avg',
      targets: [
        { level: 'district', comparator: 'gte', value: 80, valueMax: null },
        { level: 'commune', comparator: 'gte', value: 60, valueMax: null },
      ],
    });
    expect(indicators.map((i) => i.position)).toEqual(indicators.map((_, n) => n));
    // A second call finds the code there and adds nothing.
    const before = await snapshotDatabase(t.ctx.db);
    const again = await officer.post(`/api/movements/${id}/indicators/from-document`, { documentId });
    expect(again.statusCode).toBe(200);
    expect(again.json().indicators).toEqual(indicators);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a document the actor cannot see, or one without targets (400 naming documentId)', async () => {
    const own = await otherOfficer.post('/api/documents', { direction: 'incoming', ownerUnitId: h.otherDistrict.id, docType: 'Công văn', number: '3', symbol: 'UBND', subject: 'Không có chỉ tiêu', issuedOn: '2024-02-01' });
    expect(own.statusCode, own.body).toBe(201);
    const before = await snapshotDatabase(t.ctx.db);
    for (const doc of [own.json().id, '00000000-0000-4000-8000-000000000000']) {
      const res = await officer.post(`/api/movements/${movementId}/indicators/from-document`, { documentId: doc });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty('documentId');
    }
    const none = await otherOfficer.post(`/api/movements/${otherMovementId}/indicators/from-document`, { documentId: own.json().id });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toHaveProperty('documentId');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
