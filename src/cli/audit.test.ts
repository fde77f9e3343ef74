import { Command } from 'commander';
import { asc, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { makeHierarchy } from '../../test/support/factories.js';
import { auditLog } from '../server/db/schema.js';
import { appendAudit } from '../server/modules/audit/audit.service.js';
import { verifyAuditChain } from '../server/modules/audit/audit-verify.js';
import { addAuditCommand } from './audit.js';

let t: TestApp;
let printed: string[];

async function thidua(...args: string[]): Promise<number> {
  const program = new Command('thidua').exitOverride();
  addAuditCommand(program, (fn) => fn(t.ctx));
  process.exitCode = 0;
  await program.parseAsync(['node', 'thidua', ...args]);
  return Number(process.exitCode ?? 0);
}

const entries = () => t.ctx.db.select().from(auditLog).orderBy(asc(auditLog.chainSeq));

beforeAll(async () => {
  t = await createTestApp();
  // The tampering below is the database owner's, past the append-only guard: the chain shows it.
  await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_guard`);
  await makeHierarchy(t.ctx);
  for (let i = 0; i < 5; i++) await appendAudit(t.ctx.db, { actorUserId: null, action: 'test.write', entityType: 'test', entityId: String(i), after: { i, ten: 'Xã Mường Báng' } });
});
afterAll(() => t.close());
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('thidua audit verify', () => {
  it('finds the chain whole, counts its entries and prints its head', async () => {
    const all = await entries();
    expect(await thidua('audit', 'verify')).toBe(0);
    expect(printed[0]).toBe(`Nhật ký kiểm toán toàn vẹn: ${all.length.toLocaleString('vi-VN')} mục.`);
    expect(printed[1]).toContain(`mục cuối #${all.at(-1)!.id}`);
    expect(printed[1]).toContain(all.at(-1)!.hash);
  });

  it('names an entry changed after it was written, whatever batch it falls in, and exits with 1', async () => {
    const all = await entries();
    const target = all[all.length - 3]!;
    await t.ctx.db.execute(sql`update audit_log set after = jsonb_set(after, '{ten}', '"Xã Giả Mạo"') where id = ${target.id}`);
    try {
      expect(await thidua('audit', 'verify')).toBe(1);
      expect(printed[0]).toContain(`mục #${target.id} (thứ ${target.chainSeq!.toLocaleString('vi-VN')} trong chuỗi), test.write`);
      expect(printed[0]).toContain('đã bị sửa sau khi ghi');
      expect(printed[1]).toContain(`${(all.length - 3).toLocaleString('vi-VN')} mục trước đó toàn vẹn`);
      // Read two entries at a time, the walk still stops at the same entry.
      expect((await verifyAuditChain(t.ctx.db, 2)).broken).toMatchObject({ id: target.id, reason: 'changed' });
    } finally {
      await t.ctx.db.execute(sql`update audit_log set after = ${JSON.stringify(target.after)}::jsonb where id = ${target.id}`);
    }
    expect(await thidua('audit', 'verify')).toBe(0);
  });

  it('names an entry written around the chaining', async () => {
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_chain`);
    try {
      await t.ctx.db.execute(sql`insert into audit_log (at, action, entity_type, entry_digest) values (now(), 'test.sneaked', 'test', 'x')`);
    } finally {
      await t.ctx.db.execute(sql`alter table audit_log enable trigger audit_log_chain`);
    }
    expect(await thidua('audit', 'verify')).toBe(1);
    expect(printed[0]).toContain('test.sneaked');
    expect(printed[0]).toContain('chưa bao giờ được nối vào chuỗi');
    await t.ctx.db.execute(sql`delete from audit_log where action = 'test.sneaked'`);
    expect(await thidua('audit', 'verify')).toBe(0);
  });

  it('names the entry after a removed one', async () => {
    const all = await entries();
    const removed = all[all.length - 2]!;
    await t.ctx.db.execute(sql`delete from audit_log where id = ${removed.id}`);
    expect(await thidua('audit', 'verify')).toBe(1);
    expect(printed[0]).toContain(`mục #${all.at(-1)!.id}`);
    expect(printed[0]).toContain('không nối tiếp mục đứng trước');
  });
});
