/**
 * Issuing: numbers from the register of the issuing unit, per year, from 01, with neither gaps
 * nor repeats — also under fifty concurrent issues and after failed ones.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let office: { id: string };
let officer: Client;
let head: Client; // unit head of the district: signs
let reporter: Client; // reporter of the district: drafts, does not issue

const signer = { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' };

function draftBody(over: Record<string, unknown> = {}) {
  return {
    direction: 'outgoing',
    docType: 'Công văn',
    ownerUnitId: h.district.id,
    draftingUnitId: office.id,
    subject: 'Về việc đẩy mạnh các phong trào thi đua năm 2024',
    recipients: [{ unitId: h.communeA.id }],
    signer,
    ...over,
  };
}

async function draft(over: Record<string, unknown> = {}, client = officer) {
  const res = await client.post('/api/documents', draftBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; symbol: string };
}

const issue = (d: { id: string; version: number }, issuedOn: string, client = officer) =>
  client.post(`/api/documents/${d.id}/issue`, { version: d.version, issuedOn });

async function lastNumber(unitId: string, year: number): Promise<number | null> {
  const res = (await t.ctx.db.execute(
    sql`select last_number from number_registers where issuer_unit_id = ${unitId} and year = ${year}`,
  )) as unknown as { rows: { last_number: number }[] };
  return res.rows[0]?.last_number ?? null;
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  office = await makeUnit(t.ctx, { name: 'Phòng Nội vụ', kind: 'office', parentId: h.district.id, code: 'PNV' });
  const sign = async (roles: Parameters<typeof makeUser>[1]['roles']) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId: h.district.id, roles })).username, TEST_PASSWORD);
  officer = await sign(['officer']);
  head = await sign(['unit_head']);
  reporter = await sign(['reporter']);
});
afterAll(() => t.close());

describe('numbering', () => {
  it('gives the first document of the year number 1, shown "01", with the symbol of a công văn', async () => {
    const d = await draft();
    expect(d.symbol).toBe('UBND-PNV');
    const res = await issue(d, '2024-03-05', head);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'issued',
      number: 1,
      numberText: '01',
      fullNumber: '01/UBND-PNV',
      issuedOn: '2024-03-05',
      year: 2024,
      version: d.version + 1,
    });
    expect(res.json().issuedAt).toEqual(expect.any(String));
    const second = await issue(await draft(), '2024-03-06');
    expect(second.json()).toMatchObject({ number: 2, fullNumber: '02/UBND-PNV' });
  });

  it('restarts at 01 on 1 January', async () => {
    const dec31 = await issue(await draft(), '2024-12-31');
    expect(dec31.json().number).toBe(3);
    const jan1 = await issue(await draft(), '2025-01-01');
    expect(jan1.json()).toMatchObject({ number: 1, numberText: '01', year: 2025 });
    // Issued later but dated in 2024 (e.g. signed on 31/12, registered on 02/01): the 2024 register continues.
    const late = await issue(await draft(), '2024-12-31');
    expect(late.json()).toMatchObject({ number: 4, year: 2024 });
    expect(await lastNumber(h.district.id, 2024)).toBe(4);
    expect(await lastNumber(h.district.id, 2025)).toBe(1);
  });

  it('keeps one register per issuing unit', async () => {
    const commune = await draft({ ownerUnitId: h.communeA.id, draftingUnitId: null, recipients: [{ unitId: h.district.id }], docType: 'Báo cáo' });
    expect(commune.symbol).toBe('BC-UBND');
    const res = await issue(commune, '2024-05-01');
    expect(res.json()).toMatchObject({ number: 1, fullNumber: '01/BC-UBND' });
  });

  it('numbers fifty drafts issued at once 1..50, each once, with no gap', async () => {
    const owner = await makeUnit(t.ctx, { name: 'Xã Năm Mươi', parentId: h.district.id });
    const drafts = [];
    for (let i = 0; i < 50; i++) drafts.push(await draft({ ownerUnitId: owner.id, draftingUnitId: null, subject: `Văn bản song song ${i}` }));
    const answers = await Promise.all(drafts.map((d) => issue(d, '2023-06-01')));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(50).fill(200));
    const numbers = answers.map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await lastNumber(owner.id, 2023)).toBe(50);
  }, 120_000);
});

describe('failures give the number back', () => {
  it('refuses a draft without subject, recipients or signer, naming each field, and writes nothing', async () => {
    const d = await draft({ subject: '', recipients: [], signer: null });
    const before = await snapshotDatabase(t.ctx.db);
    const res = await issue(d, '2024-06-01');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['recipients', 'signer', 'subject']);
    expect(res.json().error.message).toContain('Chưa có trích yếu');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const noName = await draft({ signer: { ...signer, name: '' } });
    const res2 = await issue(noName, '2024-06-01');
    expect(Object.keys(res2.json().error.fields)).toEqual(['signer.name']);
    // The next issue takes the next number: nothing was lost.
    const next = await issue(await draft(), '2024-06-01');
    expect(next.json().number).toBe(5);
  });

  it('refuses a date in the future', async () => {
    const res = await issue(await draft(), '2999-01-01');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['issuedOn']);
  });

  it('rolls the number back when the issue fails after taking it', async () => {
    // A row already holding the next number (say, typed in from the paper register) makes the
    // issue fail on the unique index, after the register has handed out that number.
    const legacy = await draft({ subject: 'Văn bản nhập từ sổ giấy' });
    await t.ctx.db.execute(sql`update documents set status = 'issued', number = 6, number_text = '06', year = 2024, issued_on = '2024-06-02' where id = ${legacy.id}`);
    const d = await draft();
    const before = await snapshotDatabase(t.ctx.db);
    const res = await issue(d, '2024-06-03');
    expect(res.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(await lastNumber(h.district.id, 2024)).toBe(5);
    await t.ctx.db.execute(sql`update documents set status = 'draft', number = null, number_text = null, year = null, issued_on = null where id = ${legacy.id}`);
    const again = await issue(d, '2024-06-03');
    expect(again.statusCode).toBe(200);
    expect(again.json().number).toBe(6);
  });

  it('issues a draft once when two issue it at the same moment (one 200, one 409)', async () => {
    const d = await draft();
    const answers = await Promise.all([issue(d, '2024-07-01'), issue(d, '2024-07-01', head)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.message).toMatch(/đã ban hành|sửa/);
    expect(await lastNumber(h.district.id, 2024)).toBe(7);
    expect(await countRows(t.ctx.db, 'documents', `id = '${d.id}' and number = 7`)).toBe(1);
  });

  it('refuses a stale version (409) and a reporter (403), writing nothing', async () => {
    const d = await draft({}, reporter);
    const before = await snapshotDatabase(t.ctx.db);
    expect((await issue({ ...d, version: d.version + 1 }, '2024-07-02')).statusCode).toBe(409);
    expect((await issue(d, '2024-07-02', reporter)).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
