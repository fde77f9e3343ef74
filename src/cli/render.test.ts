import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEED_DISPATCH_PATH, seedDispatch } from '../server/render/docx/fixtures.testing.js';
import { bodyParagraphs, readDocx, tables, paragraphs } from '../server/render/docx/read-docx.testing.js';
import { findLibreOffice } from '../server/render/pdf.js';
import { addRenderCommand, pdfPathFor } from './render.js';

const hasLibreOffice = (await findLibreOffice()) !== null;
if (!hasLibreOffice) console.warn('[render.test] Bỏ qua phép thử --pdf: không có libreoffice/soffice trên PATH.');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thidua-render-cli-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function thidua(...args: string[]): Promise<void> {
  const program = new Command('thidua').exitOverride();
  addRenderCommand(program);
  await program.parseAsync(['node', 'thidua', ...args]);
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('thidua render', () => {
  it('typesets the seed công văn from its JSON into a DOCX', async () => {
    const out = join(dir, 'd.docx');
    await thidua('render', fileURLToPath(SEED_DISPATCH_PATH), '--out', out);
    const parts = readDocx(readFileSync(out));
    const header = tables(parts.document)[0]!;
    expect(paragraphs(header.rows[1]![0]!)[0]!.text).toBe('Số:      /UBND-NV');
    expect(bodyParagraphs(parts.document).some((p) => p.text === 'Kính gửi:')).toBe(true);
    expect(console.log).toHaveBeenCalledWith(`Đã ghi ${out}.`);
  });

  it('names the invalid field in Vietnamese and writes nothing', async () => {
    const bad = { ...seedDispatch(), signer: { name: 'A', title: 'PHÓ CHỦ TỊCH', authority: 'KT', onBehalfOf: null } };
    const out = join(dir, 'bad.docx');
    await expect(thidua('render', writeJson('bad.json', bad), '--out', out)).rejects.toThrow(/không đúng định dạng văn bản.*trường "signer\.authority"/);
    const { body: _body, ...noBody } = seedDispatch();
    await expect(thidua('render', writeJson('nobody.json', noBody), '--out', out)).rejects.toThrow(/trường "body"/);
    const badParagraph = { ...seedDispatch(), body: [{ heading: null, paragraphs: ['ok', 5] }] };
    await expect(thidua('render', writeJson('p.json', badParagraph), '--out', out)).rejects.toThrow(/trường "body\[0\]\.paragraphs\[1\]"/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a file that is not JSON', async () => {
    await expect(thidua('render', writeJson('x.json', 'Số: 05/UBND-NV'), '--out', join(dir, 'x.docx'))).rejects.toThrow(/không phải JSON hợp lệ/);
  });

  it('says that PDF needs LibreOffice when it is absent, after writing the DOCX', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const out = join(dir, 'd.docx');
      await expect(thidua('render', fileURLToPath(SEED_DISPATCH_PATH), '--out', out, '--pdf')).rejects.toThrow(/PDF cần LibreOffice/);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    } finally {
      process.env.PATH = path;
    }
  });

  it.runIf(hasLibreOffice)('writes the PDF beside the DOCX with --pdf', async () => {
    const out = join(dir, 'd.docx');
    await thidua('render', fileURLToPath(SEED_DISPATCH_PATH), '--out', out, '--pdf');
    expect(readFileSync(join(dir, 'd.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);

  it('names the PDF after the DOCX', () => {
    expect(pdfPathFor('out/d.docx')).toBe('out/d.pdf');
    expect(pdfPathFor('d.DOCX')).toBe('d.pdf');
    expect(pdfPathFor('d')).toBe('d.pdf');
  });
});
