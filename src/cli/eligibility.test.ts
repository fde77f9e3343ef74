import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EligibilityResultSchema } from '../contract/awards.js';
import { addEligibilityCommand } from './eligibility.js';

let dir: string;
let printed: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-eligibility-cli-'));
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function thidua(...args: string[]): Promise<string> {
  const program = new Command('thidua').exitOverride();
  addEligibilityCommand(program);
  await program.parseAsync(['node', 'thidua', ...args]);
  return printed.join('\n');
}

function caseFile(content: unknown): string {
  const path = join(dir, 'case.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// A commune civil servant rated HTXSNV in 2024, LĐTT 2024, proposed for CSTĐCS in March 2025.
const CSTDCS_CASE = {
  asOf: '2025-03-15',
  award: 'CSTDCS',
  nominee: { kind: 'person', unitLevel: 'commune' },
  ratings: [{ year: 2024, rating: 'HTXSNV' }],
  titles: [{ year: 2024, code: 'LDTT' }],
};

describe('thidua eligibility', () => {
  it('prints the verdict as the API answers it with --json', async () => {
    const result = EligibilityResultSchema.parse(JSON.parse(await thidua('eligibility', caseFile(CSTDCS_CASE), '--json')));
    expect(result).toMatchObject({ award: 'CSTDCS', status: 'eligible', ruleSet: 'ND98_2023' });
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.some((r) => r.article.includes('Điều 23'))).toBe(true);
  });

  it('judges the same case under the decree in force on its date (NĐ 129/2025 moved CSTĐCS to the commune chair)', async () => {
    const before = EligibilityResultSchema.parse(JSON.parse(await thidua('eligibility', caseFile(CSTDCS_CASE), '--json')));
    printed = [];
    const later = EligibilityResultSchema.parse(JSON.parse(await thidua('eligibility', caseFile({ ...CSTDCS_CASE, asOf: '2025-09-15' }), '--json')));
    expect([before.ruleSet, later.ruleSet]).toEqual(['ND98_2023', 'ND152_2025']);
    expect(before.decidedBy).toBe('Chủ tịch Ủy ban nhân dân cấp huyện');
    expect(later.decidedBy).toBe('Chủ tịch Ủy ban nhân dân cấp xã');
    expect(later.status).toBe(before.status);
  });

  it('prints a readable summary without --json', async () => {
    const text = await thidua('eligibility', caseFile(CSTDCS_CASE));
    expect(text).toContain('Chiến sĩ thi đua cơ sở (CSTDCS): ĐỦ ĐIỀU KIỆN');
    expect(text).toContain('Nghị định 98/2023/NĐ-CP');
    expect(text).toMatch(/✓ .*\[Điều 23/u);
  });

  it('names the invalid field of a bad case, and reads no further', async () => {
    await expect(thidua('eligibility', caseFile({ ...CSTDCS_CASE, award: 'HUAN_CHUONG_VANG' }))).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: { award: expect.any(String) } });
    await expect(thidua('eligibility', caseFile({ ...CSTDCS_CASE, asOf: '2025-02-30' }))).rejects.toMatchObject({ fields: { asOf: expect.any(String) } });
    await expect(thidua('eligibility', caseFile('{ không phải json'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(thidua('eligibility', join(dir, 'khong-co.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
