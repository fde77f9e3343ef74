/**
 * POST /api/documents/parse through HTTP: JSON text, raw text in any Unicode encoding, DOCX made
 * here with the docx library, PDF (when pdftotext is installed), and everything that must be
 * refused with a Vietnamese 4xx: nothing, binary, too large, zip bombs, not-a-DOCX, scans.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { ParsedDocumentSchema } from '../../../contract/documents.js';
import { ROOT_DIR } from '../../paths.js';
import { findTool } from '../../render/pdf-text.js';
import { DOCX_TYPE } from './documents-parse.service.js';
import { zip } from '../../../../test/support/zip.js';

const URL = '/api/documents/parse';
const hasPdfToText = (await findTool('pdftotext')) !== null;
const seed = readFileSync(join(ROOT_DIR, '../shared/seeds/000_9cec8085d2253f0e.txt'), 'utf8');

let t: TestApp;
let reporter: Client;

beforeAll(async () => {
  t = await createTestApp();
  const h = await makeHierarchy(t.ctx);
  // The least privileged role: reading a document's structure needs only a session.
  reporter = await new Client(t.app).signIn((await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'] })).username, TEST_PASSWORD);
});
afterAll(() => t.close());

const upload = (bytes: Buffer, contentType: string, client: Client = reporter) =>
  client.request({ method: 'POST', url: URL, payload: bytes, headers: { 'content-type': contentType } });

/** A DOCX laid out as Decree 30 does: header and footer in two-column tables. */
async function dispatchDocx(): Promise<Buffer> {
  const cell = (lines: string[]) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph({ text: l, alignment: AlignmentType.CENTER })) });
  const row = (...cells: string[][]) => new TableRow({ children: cells.map(cell) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            rows: [
              row(['ỦY BAN NHÂN DÂN', 'HUYỆN TỦA CHÙA'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
              row(['Số: 152/UBND-NV', 'V/v đăng ký thi đua năm 2025'], ['Tủa Chùa, ngày 03 tháng 01 năm 2025']),
            ],
          }),
          new Paragraph('Kính gửi:'),
          new Paragraph('- UBND các xã, thị trấn;'),
          new Paragraph('- Các cơ quan, đơn vị thuộc huyện.'),
          new Paragraph(
            'Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh Điện Biên, đề nghị các đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ chậm nhất ngày 20/01/2025; phấn đấu 100% đơn vị đăng ký.',
          ),
          new Table({ rows: [row(['Nơi nhận:', '- Như trên;', '- Lưu: VT, NV.'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn Bình'])] }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

/** What the DOCX above reads as, whichever way it arrives (DOCX or its PDF). */
const DISPATCH = {
  docType: 'Công văn',
  number: '152',
  symbol: 'UBND-NV',
  issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
  place: 'Tủa Chùa',
  date: '2025-01-03',
  subject: 'đăng ký thi đua năm 2025',
  recipients: ['UBND các xã, thị trấn', 'Các cơ quan, đơn vị thuộc huyện'],
  references: [{ number: '12/KH-UBND', date: '2025-01-02', kind: 'Kế hoạch', issuer: 'UBND tỉnh Điện Biên' }],
  deadlines: [{ date: '2025-01-20', what: expect.stringMatching(/gửi bản đăng ký thi đua về Phòng Nội vụ$/) }],
  targets: [{ text: 'phấn đấu 100% đơn vị đăng ký', comparator: '=', value: 100, unit: '%' }],
  signer: { name: 'Nguyễn Văn Bình', title: 'CHỦ TỊCH', authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' },
  distribution: ['- Như trên;', '- Lưu: VT, NV.'],
  problems: [],
};


/** A one-page PDF whose text layer holds `lines` (ASCII, Helvetica), or no text at all (a "scan"). */
function pdf(lines: string[]): Buffer {
  const stream = lines.length ? `BT /F1 12 Tf 72 760 Td 16 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET` : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function expectRefused(res: { statusCode: number; json(): { error: { code: string; message: string } } }, status: number, message: RegExp) {
  expect(res.statusCode).toBe(status);
  expect(res.json().error.message).toMatch(message);
}

describe('POST /api/documents/parse', () => {
  it('parses JSON text: the seed', async () => {
    const res = await reporter.post(URL, { text: seed });
    expect(res.statusCode).toBe(200);
    const doc = ParsedDocumentSchema.parse(res.json());
    expect(doc).toMatchObject({ docType: 'Công văn', number: null, symbol: 'UBND-NV', place: 'Tủa Chùa', date: null, year: 2024 });
    expect(doc.signer).toEqual({ name: 'Nguyễn Minh Tuấn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'ỦY BAN NHÂN DÂN' });
    expect(doc.problems.map((p) => p.code)).toContain('impossible_date');
  });

  it('parses a DOCX made with the docx library (header and footer tables)', async () => {
    const res = await upload(await dispatchDocx(), DOCX_TYPE);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject(DISPATCH);
  });

  it('knows a DOCX by its bytes when it comes as application/octet-stream', async () => {
    const res = await upload(await dispatchDocx(), 'application/octet-stream');
    expect(res.statusCode).toBe(200);
    expect(res.json().number).toBe('152');
  });

  it.each([
    ['UTF-8', 'text/plain; charset=utf-8', (s: string) => Buffer.from(s, 'utf8')],
    ['UTF-8 with a BOM', 'text/plain', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])],
    ['UTF-16LE with a BOM', 'text/plain', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE with a BOM', 'text/plain', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-16LE without a BOM', 'application/octet-stream', (s: string) => Buffer.from(s, 'utf16le')],
    ['NFD (decomposed) UTF-8', 'text/plain', (s: string) => Buffer.from(s.normalize('NFD'), 'utf8')],
  ])('parses raw text in %s', async (_what, type, encode) => {
    const res = await upload(encode(seed), type);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ symbol: 'UBND-NV', issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỬA CHÙA', place: 'Tủa Chùa', year: 2024 });
  });

  it('reads a declared 8-bit charset (Windows-1258, the Vietnamese code page)', async () => {
    // Windows-1258 writes a base letter, then a combining tone mark: "ố" = 0xF4 (ô) 0xEC (acute),
    // "ủ" = u 0xD2 (hook), "à" = a 0xCC (grave), "ă" = 0xE3.
    const bytes = Buffer.from([0x53, 0xf4, 0xec, ...Buffer.from(': 12/UBND-VP\nT', 'latin1'), 0x75, 0xd2, 0x61, 0x20, 0x43, 0x68, 0x75, 0xcc, 0x61, ...Buffer.from(', ng', 'latin1'), 0x61, 0xcc, 0x79, ...Buffer.from(' 05 th', 'latin1'), 0x61, 0xec, 0x6e, 0x67, ...Buffer.from(' 11 n', 'latin1'), 0xe3, 0x6d, ...Buffer.from(' 2024', 'latin1')]);
    const res = await upload(bytes, 'text/plain; charset=windows-1258');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ symbol: 'UBND-VP', place: 'Tủa Chùa', date: '2024-11-05' });
  });

  it('answers a text in the old TCVN3 font with a legacy_encoding problem, not with nonsense', async () => {
    const res = await upload(Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-VP\nV/v tæng kÕt c«ng t¸c thi ®ua', 'latin1'), 'text/plain');
    expect(res.statusCode).toBe(200);
    expect(res.json().problems.map((p: { code: string }) => p.code)).toEqual(['legacy_encoding']);
    expect(res.json().symbol).toBeNull();
  });

  describe('PDF', () => {
    it.runIf(hasPdfToText)('reads the text layer with pdftotext', async () => {
      const res = await upload(pdf(['So: 12/UBND-VP', 'Ha Noi, ngay 05 thang 11 nam 2024', 'V/v tong ket thi dua nam 2024']), 'application/pdf');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ number: '12', symbol: 'UBND-VP', place: 'Ha Noi', date: '2024-11-05', subject: 'tong ket thi dua nam 2024' });
    });

    it.runIf(hasPdfToText)('says a scan (a PDF without text) needs OCR', async () => {
      expectRefused(await upload(pdf([]), 'application/pdf'), 400, /không có lớp chữ.*OCR/);
    });

    it.runIf(hasPdfToText)('refuses a damaged PDF', async () => {
      expectRefused(await upload(Buffer.from('%PDF-1.4\nnot really a pdf'), 'application/pdf'), 400, /PDF/);
    });

    it('answers 415 when pdftotext is not installed', async () => {
      const path = process.env.PATH;
      process.env.PATH = '';
      try {
        expectRefused(await upload(pdf(['So: 12/UBND-VP']), 'application/pdf'), 415, /pdftotext.*poppler-utils/);
      } finally {
        process.env.PATH = path;
      }
    });
  });

  describe('refuses, in Vietnamese', () => {
    it('an empty body, an empty file and an empty text', async () => {
      expectRefused(await upload(Buffer.alloc(0), 'text/plain'), 400, /Tệp trống/);
      expectRefused(await upload(Buffer.alloc(0), DOCX_TYPE), 400, /Tệp trống/);
      expectRefused(await upload(Buffer.from(' \n\n  ', 'utf8'), 'text/plain'), 400, /Văn bản trống/);
      expectRefused(await reporter.post(URL, { text: '   ' }), 400, /Văn bản trống/);
      expectRefused(await reporter.request({ method: 'POST', url: URL, headers: { 'content-type': 'application/json' } }), 400, /trống/);
      expectRefused(await reporter.post(URL, { words: 'không có trường text' }), 400, /text/);
    });

    it('binary garbage', async () => {
      const garbage = Buffer.alloc(4096);
      for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 251;
      expectRefused(await upload(garbage, 'application/octet-stream'), 415, /không phải văn bản/);
      expectRefused(await upload(garbage, 'text/plain'), 415, /không phải văn bản/);
    });

    it('bytes that are not the DOCX or PDF they claim to be, and ZIPs that are not DOCX', async () => {
      expectRefused(await upload(Buffer.from('Số: 12/UBND-VP'), DOCX_TYPE), 400, /không phải định dạng Word \.docx/);
      expectRefused(await upload(Buffer.from('PK\x03\x04 truncated'), DOCX_TYPE), 400, /không phải định dạng Word \.docx/);
      expectRefused(await upload(zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]), DOCX_TYPE), 400, /không phải định dạng Word \.docx/);
      expectRefused(await upload(zip([{ name: 'word/document.xml', data: Buffer.from('không phải XML') }]), DOCX_TYPE), 400, /Không đọc được tệp Word/);
      expectRefused(await upload(Buffer.from('Số: 12/UBND-VP'), 'application/pdf'), 400, /không phải định dạng PDF/);
    });

    it('a zip bomb, before inflating it', async () => {
      const bomb = zip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024, 0x20) },
      ]);
      expect(bomb.length).toBeLessThan(200 * 1024);
      expectRefused(await upload(bomb, DOCX_TYPE), 400, /giải nén vượt quá 40 MB/);
      // An entry that declares a small size and inflates past it.
      const liar = zip([{ name: 'word/document.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
      expectRefused(await upload(liar, DOCX_TYPE), 400, /giải nén vượt quá/);
    });

    it('a file over 5 MB (413), raw or as JSON', async () => {
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x61);
      expectRefused(await upload(big, 'text/plain'), 413, /quá lớn/);
      expectRefused(await reporter.post(URL, { text: 'a'.repeat(5 * 1024 * 1024 + 1) }), 413, /quá lớn/);
    });

    it('Word 97–2003, images and unknown types (415)', async () => {
      expectRefused(await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'application/msword'), 415, /\.doc\).*\.docx/);
      expectRefused(await upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'), 415, /OCR/);
      expectRefused(await upload(Buffer.from('<html></html>'), 'text/html'), 415, /không được hỗ trợ/);
    });

    it('a caller without a session (401), whatever the body', async () => {
      const anonymous = new Client(t.app);
      for (const res of [await anonymous.post(URL, { text: seed }), await upload(await dispatchDocx(), DOCX_TYPE, anonymous)]) {
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
