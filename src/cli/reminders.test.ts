import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { makeHierarchy, makeUser } from '../../test/support/factories.js';
import type { ServiceContext } from '../server/context.js';
import { makeAssignment, setEmail } from '../server/modules/reminders/fixtures.testing.js';
import { createSmtpMailer, type Mailer } from '../server/modules/reminders/mailer.js';
import { startTestSmtpServer, type TestSmtpServer } from '../server/modules/reminders/smtp-server.testing.js';
import { addRemindersCommand } from './reminders.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let smtp: TestSmtpServer;
let mailer: Mailer;
let printed: string[];

async function thidua(ctx: ServiceContext, ...args: string[]): Promise<void> {
  const program = new Command('thidua').exitOverride();
  addRemindersCommand(program, (fn) => fn(ctx));
  await program.parseAsync(['node', 'thidua', ...args]);
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  smtp = await startTestSmtpServer();
  mailer = createSmtpMailer(smtp.url, 'thidua <thidua@tuachua.test>');
  const reporter = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'], username: 'baocao.muongbang' });
  await setEmail(t.ctx.db, reporter.id, 'baocao@muongbang.test');
  await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id], title: 'Báo cáo tháng 11', dueOn: '2024-11-05' });
});
afterAll(async () => {
  mailer.close?.();
  await smtp.close();
  await t.close();
});
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('thidua reminders run', () => {
  it('runs one pass and prints each reminder it sent, then nothing the second time', async () => {
    const ctx = { ...t.ctx, mailer, now: () => new Date('2024-11-04T03:00:00Z') };
    await thidua(ctx, 'reminders', 'run');
    expect(printed).toEqual([
      '  [trước hạn] Báo cáo tháng 11 — Xã Mường Báng: thông báo cho baocao.muongbang',
      '  [trước hạn] Báo cáo tháng 11 — Xã Mường Báng: thư tới baocao@muongbang.test',
      'Đã gửi 1 thông báo và 1 thư điện tử.',
    ]);
    expect(smtp.received.map((m) => m.to)).toEqual([['baocao@muongbang.test']]);
    expect(process.exitCode).toBeUndefined();

    printed = [];
    await thidua(ctx, 'reminders', 'run');
    expect(printed).toEqual(['Không có nhắc hạn nào cần gửi.']);
  });

  it('prints a failed e-mail and exits with status 1', async () => {
    const dead = await startTestSmtpServer();
    await dead.close();
    const deadMailer = createSmtpMailer(dead.url, 'thidua <thidua@tuachua.test>');
    await thidua({ ...t.ctx, mailer: deadMailer, now: () => new Date('2024-11-07T03:00:00Z') }, 'reminders', 'run');
    deadMailer.close?.();
    expect(printed[0]).toBe('  [quá hạn] Báo cáo tháng 11 — Xã Mường Báng: thông báo cho baocao.muongbang');
    expect(printed[1]).toMatch(/^ {2}\[quá hạn\] Báo cáo tháng 11 — Xã Mường Báng: LỖI thư tới baocao@muongbang\.test: .+/);
    expect(printed[2]).toBe('Đã gửi 1 thông báo và 0 thư điện tử; 1 thư không gửi được.');
    expect(process.exitCode).toBe(1);
  });
});
