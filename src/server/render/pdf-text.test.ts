import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../contract/documents.js';
import { parseDocument } from '../../core/documents/parse-document.js';
import { foldForSearch } from '../../core/text.js';
import { renderDocumentDocx } from './docx/index.js';
import { docxToPdf, findLibreOffice } from './pdf.js';
import { findTool, readPdfText } from './pdf-text.js';

const hasVietnameseOcr = await (async () => {
  const tesseract = await findTool('tesseract');
  if (!tesseract) return false;
  try {
    return /^vie$/m.test(execFileSync(tesseract, ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    return false;
  }
})();
const canScan = hasVietnameseOcr && (await findLibreOffice()) !== null && (await findTool('pdftoppm')) !== null;
if (!canScan) console.log('OCR test skipped: needs tesseract-ocr-vie, libreoffice-writer-nogui and poppler-utils');

/** A PDF whose only content is a greyscale image (a "scan"): no text layer at all. */
function imageOnlyPdf(width: number, height: number, pixels: Buffer): Buffer {
  const image = deflateSync(pixels);
  const content = Buffer.from(`q 595 0 0 842 0 0 cm /Scan Do Q`);
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`),
      image,
      Buffer.from('\nendstream'),
    ]),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let offset = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += obj.length;
    parts.push(obj);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

describe('reading a scanned PDF', () => {
  it.runIf(canScan)('reads the text by OCR when the PDF has no text layer', async () => {
    const seed = JSON.parse(readFileSync(join(import.meta.dirname, 'docx/testdata/seed-dispatch.json'), 'utf8')) as ParsedDocument;
    const typeset = (await docxToPdf(await renderDocumentDocx(seed)))!;
    const dir = mkdtempSync(join(tmpdir(), 'thidua-scan-'));
    try {
      // Page 1 rasterised to raw greyscale (PGM), then wrapped in a PDF as a bare image.
      writeFileSync(join(dir, 'typeset.pdf'), typeset);
      execFileSync('pdftoppm', ['-r', '200', '-gray', '-f', '1', '-l', '1', join(dir, 'typeset.pdf'), join(dir, 'page')]);
      const pgm = readFileSync(join(dir, 'page-1.pgm'));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const scan = imageOnlyPdf(width, height, pgm.subarray(header[0].length));
      execFileSync('pdftotext', ['-', join(dir, 'layer.txt')], { input: scan });
      expect(readFileSync(join(dir, 'layer.txt'), 'utf8').trim()).toBe('');

      const text = (await readPdfText(scan))!;
      const folded = foldForSearch(text);
      expect(folded).toContain('cong hoa xa hoi chu nghia viet nam');
      expect(folded).toContain('kinh gui');
      const parsed = parseDocument(text);
      expect(parsed.docType).toBe('Công văn');
      expect(parsed.year).toBe(2024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
