/**
 * `thidua eligibility FILE [--json]`: the verdict on one case (the input JSON of
 * POST /api/awards/eligibility), as JSON or as a readable Vietnamese summary. An invalid file
 * names the field and exits 1; a case that is not eligible is an answer, not an error (exit 0).
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { EligibilityInputSchema, isBuiltinAwardCode, type EligibilityResult } from '../contract/awards.js';
import { AppError } from '../contract/errors.js';
import { findAward } from '../core/awards/catalogue.js';
import { evaluateEligibility } from '../core/awards/eligibility.js';

const STATUS: Record<EligibilityResult['status'], string> = {
  eligible: 'ĐỦ ĐIỀU KIỆN',
  not_eligible: 'CHƯA ĐỦ ĐIỀU KIỆN',
  hold: 'TẠM CHƯA XÉT',
};

/** Reads and checks one case file. */
export async function readEligibilityCase(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('NOT_FOUND', `Không đọc được tệp "${path}": ${code === 'ENOENT' ? 'không có tệp này' : String(code ?? err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('INVALID_INPUT', `Tệp "${path}" không phải JSON hợp lệ: ${(err as Error).message}`);
  }
  const parsed = EligibilityInputSchema.safeParse(json);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || '(gốc)', i.message]));
    const list = Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ');
    throw new AppError('INVALID_INPUT', `Trường hợp trong "${path}" không hợp lệ — ${list}`, fields);
  }
  // Offline, the command knows the law's catalogue only; a level's own entries live in its database.
  if (!isBuiltinAwardCode(parsed.data.award)) {
    throw new AppError('INVALID_INPUT', `award: ${parsed.data.award} không phải danh hiệu, hình thức của Luật; danh hiệu của địa phương được xét qua máy chủ (POST /api/awards/eligibility)`, {
      award: 'Mã không có trong danh mục của Luật',
    });
  }
  return parsed.data;
}

/** The verdict as a person reads it: status, rule set, authority, then each reason. */
export function summariseEligibility(result: EligibilityResult): string {
  const out = [
    `${findAward(result.award).name} (${result.award}): ${STATUS[result.status]}`,
    `Bộ quy định: ${result.ruleSet === 'ND98_2023' ? 'Nghị định 98/2023/NĐ-CP' : 'Nghị định 152/2025/NĐ-CP'}`,
    `Thẩm quyền quyết định: ${result.decidedBy}`,
    'Lý do:',
    ...result.reasons.map((r) => `  ${r.met ? '✓' : '✗'} ${r.message} [${r.article}]`),
  ];
  return out.join('\n');
}

export function addEligibilityCommand(program: Command): void {
  program
    .command('eligibility')
    .description('Xét điều kiện khen thưởng của một trường hợp (tệp JSON như POST /api/awards/eligibility)')
    .argument('<tệp>', 'Tệp JSON mô tả trường hợp')
    .option('--json', 'In kết quả dạng JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const result = evaluateEligibility(await readEligibilityCase(file));
      console.log(opts.json ? JSON.stringify(result, null, 2) : summariseEligibility(result));
    });
}
