import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { notifications } from '../../db/schema.js';
import { deactivate } from '../reminders/fixtures.testing.js';
import { notifyUnit, notifyUsers } from './notify.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let u: Record<'reporter' | 'head' | 'viewer' | 'inactive' | 'neighbour' | 'admin', { id: string; username: string }>;
let reporter: Client;
let neighbour: Client; // reporter of Xã Đun Nhì
let admin: Client; // province administrator

const note = (title: string) => ({ kind: 'test', title, body: `Nội dung ${title}`, link: '/bao-cao' });
const titles = (res: { json(): { items: { title: string }[] } }) => res.json().items.map((n) => n.title);

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const make = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) => {
    const user = await makeUser(t.ctx, { unitId, roles });
    return { id: user.id, username: user.username };
  };
  u = {
    reporter: await make(h.communeA.id, ['reporter']),
    head: await make(h.communeA.id, ['unit_head']),
    viewer: await make(h.communeA.id, ['viewer']),
    inactive: await make(h.communeA.id, ['reporter']),
    neighbour: await make(h.communeB.id, ['reporter']),
    admin: await make(h.province.id, ['admin']),
  };
  await deactivate(t.ctx.db, u.inactive.id);
  reporter = await new Client(t.app).signIn(u.reporter.username, TEST_PASSWORD);
  neighbour = await new Client(t.app).signIn(u.neighbour.username, TEST_PASSWORD);
  admin = await new Client(t.app).signIn(u.admin.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('notifyUnit and notifyUsers', () => {
  it('notifies the active users of a unit, or only those with the given roles', async () => {
    expect(await notifyUnit(t.ctx.db, h.communeA.id, note('Cho cả xã'))).toBe(3);
    expect(await notifyUnit(t.ctx.db, h.communeA.id, note('Cho người báo cáo, thủ trưởng'), ['reporter', 'unit_head'])).toBe(2);
    expect(await notifyUnit(t.ctx.db, h.communeA.id, note('Cho không ai'), [])).toBe(0);
    expect(await notifyUnit(t.ctx.db, h.otherCommune.id, note('Xã không có người dùng'))).toBe(0);
    const rows = await t.ctx.db
      .select({ userId: notifications.userId, title: notifications.title })
      .from(notifications)
      .orderBy(notifications.title);
    const who = (title: string) => rows.filter((r) => r.title === title).map((r) => r.userId).sort();
    expect(who('Cho cả xã')).toEqual([u.reporter.id, u.head.id, u.viewer.id].sort());
    expect(who('Cho người báo cáo, thủ trưởng')).toEqual([u.reporter.id, u.head.id].sort());
  });

  it('notifies named users once each, leaving inactive users out', async () => {
    expect(await notifyUsers(t.ctx.db, [u.neighbour.id, u.neighbour.id, u.inactive.id], note('Cho người được chọn'))).toBe(1);
    expect(await notifyUsers(t.ctx.db, [], note('Cho không ai'))).toBe(0);
    const rows = await t.ctx.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.title, 'Cho người được chọn'));
    expect(rows).toEqual([{ userId: u.neighbour.id }]);
  });

  it('writes inside the caller’s transaction: a rolled-back change leaves no notification', async () => {
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await notifyUnit(tx, h.communeA.id, note('Không bao giờ gửi'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await t.ctx.db.select().from(notifications).where(eq(notifications.title, 'Không bao giờ gửi'))).toEqual([]);
  });
});

describe('GET /api/notifications', () => {
  it('lists only the caller’s own, newest first, with the unread count', async () => {
    // Distinct creation times, older first.
    await t.ctx.db.execute(sql`update notifications set created_at = '2024-11-01T01:00:00Z' where title = 'Cho cả xã'`);
    await t.ctx.db.execute(sql`update notifications set created_at = '2024-11-02T01:00:00Z' where title = 'Cho người báo cáo, thủ trưởng'`);
    const res = await reporter.get('/api/notifications');
    expect(res.statusCode).toBe(200);
    expect(titles(res)).toEqual(['Cho người báo cáo, thủ trưởng', 'Cho cả xã']);
    expect(res.json()).toMatchObject({
      unread: 2,
      items: [{ kind: 'test', body: 'Nội dung Cho người báo cáo, thủ trưởng', link: '/bao-cao', createdAt: '2024-11-02T01:00:00.000Z', readAt: null }, {}],
    });
    expect(titles(await neighbour.get('/api/notifications'))).toEqual(['Cho người được chọn']);
    expect((await admin.get('/api/notifications')).json()).toEqual({ items: [], unread: 0 });
  });

  it('filters unread ones and refuses a malformed filter', async () => {
    expect((await reporter.get('/api/notifications?unread=true')).json().items).toHaveLength(2);
    expect((await reporter.get('/api/notifications?unread=yes')).statusCode).toBe(400);
  });

  it('lists at most 100 while counting every unread one', async () => {
    for (let i = 0; i < 105; i++) await notifyUsers(t.ctx.db, [u.head.id], note(`Hàng loạt ${i}`));
    const head = await new Client(t.app).signIn(u.head.username, TEST_PASSWORD);
    const res = await head.get('/api/notifications');
    expect(res.json().items).toHaveLength(100);
    expect(res.json().unread).toBe(107);
  });
});

describe('marking notifications read', () => {
  it('marks one of the caller’s own read, keeping the first read time', async () => {
    const [first] = (await reporter.get('/api/notifications')).json().items;
    const res = await reporter.post(`/api/notifications/${first.id}/read`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: first.id, title: first.title });
    expect(res.json().readAt).not.toBeNull();
    const again = await reporter.post(`/api/notifications/${first.id}/read`);
    expect(again.json().readAt).toBe(res.json().readAt);
    const list = (await reporter.get('/api/notifications')).json();
    expect(list.unread).toBe(1);
    expect((await reporter.get('/api/notifications?unread=true')).json().items.map((n: { id: string }) => n.id)).not.toContain(first.id);
  });

  it('answers 404 for another user’s notification (even to an administrator) and changes nothing', async () => {
    const [theirs] = (await neighbour.get('/api/notifications')).json().items;
    const before = await snapshotDatabase(t.ctx.db);
    expect((await reporter.post(`/api/notifications/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await admin.post(`/api/notifications/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await reporter.post('/api/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    expect((await reporter.post('/api/notifications/khong-phai-uuid/read')).statusCode).toBe(400);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('marks all of the caller’s own read, and no one else’s', async () => {
    const res = await reporter.post('/api/notifications/read-all');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 1 });
    expect((await reporter.get('/api/notifications')).json().unread).toBe(0);
    expect((await reporter.post('/api/notifications/read-all')).json()).toEqual({ updated: 0 });
    expect((await neighbour.get('/api/notifications')).json().unread).toBe(1);
  });
});
