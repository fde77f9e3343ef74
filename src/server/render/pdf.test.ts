import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDispatch } from './docx/fixtures.testing.js';
import { renderDocumentDocx } from './docx/index.js';
import { docxToPdf, findLibreOffice } from './pdf.js';

const office = await findLibreOffice();
const hasLibreOffice = office !== null;
const hasPdftotext = hasLibreOffice && isOnPath('pdftotext');
if (!hasLibreOffice) {
  console.warn('[pdf.test] Bỏ qua phép thử PDF: không có libreoffice/soffice trên PATH (apt-get install libreoffice-writer-nogui fonts-liberation2).');
} else if (!hasPdftotext) {
  console.warn('[pdf.test] Bỏ qua phép thử bố cục PDF: không có pdftotext (apt-get install poppler-utils).');
}

function isOnPath(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Page count from the page objects of the PDF (LibreOffice writes them uncompressed). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('docxToPdf', () => {
  it('returns null when LibreOffice is not on the search path', async () => {
    expect(await docxToPdf(Buffer.from('not used'), { searchPath: '' })).toBeNull();
  });

  describe.runIf(hasLibreOffice)('with LibreOffice', () => {
    let pdf: Buffer;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-test-'));
      pdf = (await docxToPdf(await renderDocumentDocx(seedDispatch()), { tempRoot: dir }))!;
      // The temp dir of the conversion, with its LibreOffice profile, is gone.
      expect(readdirSync(dir)).toEqual([]);
      writeFileSync(join(dir, 'seed.pdf'), pdf);
    }, 90_000);
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('converts the seed công văn to a PDF of several pages', () => {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    });

    it.runIf(hasPdftotext)('lays out the header, the Số/date row and the footer side by side', () => {
      const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), join(dir, 'seed.pdf'), '-'], { encoding: 'utf8' });
      const lines = page(1).split('\n');
      const line = (re: RegExp) => lines.find((l) => re.test(l)) ?? '';
      expect(line(/ỦY BAN NHÂN DÂN/)).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      expect(line(/Số:/)).toMatch(/Số:\s+\/UBND-NV\s+Tủa Chùa, ngày\s+tháng\s+năm 2024/);
      // Page 1 has no page number; page 2 starts with "2".
      expect(lines.find((l) => l.trim() !== '')!.trim()).not.toBe('1');
      expect(page(2).trim().split('\n')[0]!.trim()).toBe('2');

      const last = page(pageCount(pdf)).split('\n');
      expect(last.find((l) => /Nơi nhận:/.test(l))).toMatch(/Nơi nhận:\s+TM\. ỦY BAN NHÂN DÂN/);
      expect(last.find((l) => /Lưu: VT, NV\./.test(l))).toBeDefined();
    });
  });
});
