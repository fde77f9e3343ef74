import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyParagraphs, findParagraph, paragraphs, readDocx } from '../docx/read-docx.testing.js';
import { docxToPdf, findLibreOffice } from '../pdf.js';
import type { BlankLayout, CertificateText } from './model.js';
import { renderCertificatesDocx } from './plain.js';
import { ASCENT_EM, frameTopMm, renderPositionedCertificatesDocx, twipsOf } from './positioned.js';

const hasLibreOffice = (await findLibreOffice()) !== null;
const hasPdftotext = hasLibreOffice && isOnPath('pdftotext');
if (!hasLibreOffice) console.warn('[certificate.test] Bỏ qua phép thử PDF: không có libreoffice/soffice trên PATH.');
else if (!hasPdftotext) console.warn('[certificate.test] Bỏ qua phép thử vị trí trên phôi: không có pdftotext (apt-get install poppler-utils).');

function isOnPath(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const an: CertificateText = {
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
  heading: ['TẶNG', 'GIẤY KHEN'],
  name: 'Nguyễn Văn An',
  unit: 'Chuyên viên, Xã Mường Báng',
  achievement: 'Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2024',
  decision: 'Quyết định số 01/QĐ-UBND ngày 05/03/2025',
  placeDate: 'Tủa Chùa, ngày 05 tháng 3 năm 2025',
  signerTitle: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Lò Văn Minh',
};
const binh: CertificateText = { ...an, name: 'Lò Thị Bình', unit: null };

/** A blank of A4 landscape: the name left-aligned, the rest centred in their boxes. */
const layout: BlankLayout = {
  pageWidthMm: 297,
  pageHeightMm: 210,
  fields: [
    { field: 'name', xMm: 62.5, yMm: 96, widthMm: 170, fontSize: 24, bold: true, align: 'left' },
    { field: 'unit', xMm: 40, yMm: 110, widthMm: 217, fontSize: 15, bold: false, align: 'center' },
    { field: 'achievement', xMm: 40, yMm: 124, widthMm: 217, fontSize: 15, bold: false, align: 'center' },
    { field: 'decision', xMm: 20, yMm: 172, widthMm: 110, fontSize: 12, bold: false, align: 'left' },
    { field: 'placeDate', xMm: 165, yMm: 150, widthMm: 115, fontSize: 14, bold: false, align: 'center' },
    { field: 'signer', xMm: 165, yMm: 190, widthMm: 115, fontSize: 14, bold: true, align: 'center' },
  ],
};

describe('plain certificates', () => {
  it('prints one A4 landscape page per awardee with the award, the name big and bold, the decision and the signer', async () => {
    const { document } = readDocx(await renderCertificatesDocx([an, binh]));
    const sizes = [...document.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(2);
    for (const s of sizes) {
      expect(s).toContain('w:w="16838"');
      expect(s).toContain('w:h="11906"');
      expect(s).toContain('w:orient="landscape"');
    }
    const paras = paragraphs(document);
    const name = findParagraph(bodyParagraphs(document), 'Nguyễn Văn An');
    expect(name.runs[0]).toMatchObject({ bold: true, size: 60, fontAscii: 'Times New Roman' });
    expect(name.align).toBe('center');
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', an.authority, 'TẶNG', 'GIẤY KHEN', an.unit!, an.achievement, an.decision, an.placeDate, 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lò Văn Minh']) {
      findParagraph(paras, line);
    }
    findParagraph(bodyParagraphs(document), 'Lò Thị Bình');
  });
});

describe('certificates printed onto a calibrated blank', () => {
  it('puts each field alone in a frame anchored to a page the size of the blank, with no margins and no other text', async () => {
    const { document } = readDocx(await renderPositionedCertificatesDocx([an], layout));
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="0" w:right="0" w:bottom="0" w:left="0"/);
    const paras = paragraphs(document).filter((p) => p.text !== '');
    expect(paras.map((p) => p.text)).toEqual([an.name, an.unit, an.achievement, an.decision, an.placeDate, an.signerName]);
    const frame = /<w:framePr [^>]*>/.exec(paras[0]!.xml)![0];
    // 1 mm = 56.6929 twips; the frame's top sits one line-ascent above the calibrated baseline.
    expect(frame).toContain(`w:x="${twipsOf(62.5)}"`);
    expect(frame).toContain(`w:y="${twipsOf(96 - 24 * ASCENT_EM * (25.4 / 72))}"`);
    expect(frame).toContain(`w:w="${twipsOf(170)}"`);
    expect(frame).toContain('w:hAnchor="page"');
    expect(frame).toContain('w:vAnchor="page"');
    expect(paras[0]!.runs[0]).toMatchObject({ bold: true, size: 48 });
    expect(paras[1]!.align).toBe('center');
    expect(document).not.toContain('GIẤY KHEN');
    expect(frameTopMm({ yMm: 2, fontSize: 40 })).toBe(0);
  });

  describe.runIf(hasPdftotext)('as PDF (LibreOffice, read back with pdftotext -bbox)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-certificate-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lands the name within 2 mm of the calibrated position, on every page', async () => {
      const pdf = (await docxToPdf(await renderPositionedCertificatesDocx([an, binh], layout)))!;
      writeFileSync(join(dir, 'blank.pdf'), pdf);
      const xml = execFileSync('pdftotext', ['-bbox', join(dir, 'blank.pdf'), '-'], { encoding: 'utf8' });
      const pages = xml.split('<page ').slice(1);
      expect(pages).toHaveLength(2);
      const mm = (pt: number) => (pt * 25.4) / 72;
      const name = layout.fields[0]!;
      // The line's top, given its baseline: what pdftotext reports as the top of a word's box.
      const lineTop = name.yMm - name.fontSize * ASCENT_EM * (25.4 / 72);
      for (const [i, first] of ['Nguyễn', 'Lò'].entries()) {
        const page = pages[i]!;
        expect(page).toMatch(/^width="841\.\d+" height="595\.\d+"/);
        const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${first}</word>`).exec(page);
        expect(m, page).not.toBeNull();
        const [xMin, yMin, yMax] = [Number(m![1]), Number(m![2]), Number(m![3])].map(mm) as [number, number, number];
        expect(Math.abs(xMin - name.xMm)).toBeLessThanOrEqual(2);
        expect(Math.abs(yMin - lineTop)).toBeLessThanOrEqual(2);
        // The calibrated baseline runs through the word's box.
        expect(yMin).toBeLessThan(name.yMm);
        expect(yMax).toBeGreaterThan(name.yMm);
      }
      // Only the variable text: nothing of the blank's own printing.
      expect(xml).not.toContain('KHEN');
      expect(xml).toContain('05/03/2025');
    }, 90_000);

    it('converts the plain certificates, one landscape page each', async () => {
      const pdf = (await docxToPdf(await renderCertificatesDocx([an, binh])))!;
      writeFileSync(join(dir, 'plain.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'plain.pdf'), '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(pages).toHaveLength(2);
      expect(pages[0]).toContain('GIẤY KHEN');
      expect(pages[0]).toContain('Nguyễn Văn An');
      expect(pages[1]).toContain('Lò Thị Bình');
    }, 90_000);
  });
});
