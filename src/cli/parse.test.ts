import { Command } from 'commander';
import { Document, Packer, Paragraph } from 'docx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParsedDocumentSchema } from '../contract/documents.js';
import { parseDocument } from '../core/documents/parse-document.js';
import { ROOT_DIR } from '../server/paths.js';
import { addParseCommand } from './parse.js';

const SEED = join(ROOT_DIR, '../shared/seeds/000_9cec8085d2253f0e.txt');

let dir: string;
let printed: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-parse-cli-'));
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function thidua(...args: string[]): Promise<string> {
  const program = new Command('thidua').exitOverride();
  addParseCommand(program);
  await program.parseAsync(['node', 'thidua', ...args]);
  return printed.join('\n');
}

describe('thidua parse', () => {
  it('prints the parse format with --json, two-space indented, as the parser gives it', async () => {
    const out = await thidua('parse', SEED, '--json');
    expect(out.split('\n')[1]).toMatch(/^ {2}"docType": "Công văn",$/);
    const doc = ParsedDocumentSchema.parse(JSON.parse(out));
    expect(doc).toEqual(parseDocument(readFileSync(SEED, 'utf8')));
  });

  it('prints a Vietnamese summary without --json, problems included', async () => {
    const out = await thidua('parse', SEED);
    expect(out).toContain('Loại văn bản: Công văn');
    expect(out).toContain('Số, ký hiệu: (để trống)/UBND-NV');
    expect(out).toContain('Địa danh, ngày: Tủa Chùa, năm 2024 (không rõ ngày, tháng)');
    expect(out).toContain('  - Văn bản 1908/UBND-KSTT ngày 24/04/2024 của UBND tỉnh Điện Biên');
    expect(out).toContain('  - 05/11/2024: ');
    expect(out).toContain('  - ≥ 80%: ít nhất 80% hồ sơ công việc cấp huyện');
    expect(out).toContain('Người ký: Nguyễn Minh Tuấn — PHÓ CHỦ TỊCH — KT. (ký thay), cho ỦY BAN NHÂN DÂN');
    expect(out).toContain('  - Lưu: VT, NV');
    expect(out).toMatch(/Vấn đề \(5\):[\s\S]*\[impossible_date\]/);
  });

  it('reads UTF-16 text with a BOM and DOCX files', async () => {
    const utf16 = join(dir, 'cv.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 07/UBND-VP\nV/v tổng kết thi đua', 'utf16le')]));
    expect(JSON.parse(await thidua('parse', utf16, '--json'))).toMatchObject({ number: '07', subject: 'tổng kết thi đua' });

    printed = [];
    const docx = join(dir, 'cv.docx');
    const doc = new Document({ sections: [{ children: ['Số: 08/UBND-VP', 'V/v đăng ký thi đua'].map((t) => new Paragraph(t)) }] });
    writeFileSync(docx, await Packer.toBuffer(doc));
    expect(JSON.parse(await thidua('parse', docx, '--json'))).toMatchObject({ number: '08', subject: 'đăng ký thi đua' });
  });

  it('fails with a Vietnamese message only for a file it cannot read', async () => {
    await expect(thidua('parse', join(dir, 'không-có.txt'))).rejects.toThrow(/Không đọc được tệp .*không có tệp này/);
    await expect(thidua('parse', dir)).rejects.toThrow(/đây là thư mục/);
    const fake = join(dir, 'gia.docx');
    writeFileSync(fake, 'không phải docx');
    await expect(thidua('parse', fake)).rejects.toThrow(/không phải định dạng Word \.docx/);
  });
});
