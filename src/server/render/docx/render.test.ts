import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../contract/documents.js';
import { makeDecision, makeDocument, seedDispatch } from './fixtures.testing.js';
import { renderDocumentDocx, type RenderDocxOptions } from './index.js';
import { bodyParagraphs, findParagraph, paragraphs, readDocx, tables, type DocxParts, type Para } from './read-docx.testing.js';
import { textWidthTwips } from './text-width.js';

const TWIPS_PER_MM = 56.7;
const DATE_LINE = /^[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/;

async function render(doc: ParsedDocument, options?: RenderDocxOptions): Promise<DocxParts> {
  return readDocx(await renderDocumentDocx(doc, options));
}

/** Cells of the header table: [row][column] → paragraphs. */
function headerCells(parts: DocxParts): Para[][][] {
  const [header] = tables(parts.document);
  if (!header) throw new Error('no header table');
  return header.rows.map((row) => row.map(paragraphs));
}

function between(value: number, min: number, max: number) {
  expect(value).toBeGreaterThanOrEqual(min);
  expect(value).toBeLessThanOrEqual(max);
}

/** Every run of a paragraph has this size (half-points) in [min, max]. */
function sizeIn(p: Para, min: number, max: number) {
  expect(p.runs.length).toBeGreaterThan(0);
  for (const r of p.runs) between(r.size ?? 0, min, max);
}

describe('the seed công văn (Mẫu 1.5), read back', () => {
  let seed: DocxParts;
  beforeAll(async () => {
    seed = await render(seedDispatch());
  });

  it('is A4 portrait with margins inside Decree 30\'s ranges', () => {
    expect(seed.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"(?: w:orient="portrait")?\/>/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(seed.document)![1]!;
    const mm = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(mar)![1]) / TWIPS_PER_MM;
    between(mm('top'), 20, 25);
    between(mm('bottom'), 20, 25);
    between(mm('left'), 30, 35);
    between(mm('right'), 15, 20);
  });

  it('sets Times New Roman and black on every run, every paragraph mark and the document defaults', () => {
    const parts = [seed.document, ...Object.values(seed.headers)];
    const runsOf = (xml: string) => [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
    expect(runsOf(seed.document).length).toBeGreaterThan(30);
    expect(runsOf(seed.headers.default!).length).toBeGreaterThan(0);
    for (const xml of parts) {
      for (const r of runsOf(xml)) {
        expect(r).toContain('<w:rFonts w:ascii="Times New Roman"');
        expect(r).toMatch(/w:hAnsi="Times New Roman"/);
        expect(r).toContain('<w:color w:val="000000"/>');
      }
      for (const [fonts] of xml.matchAll(/<w:rFonts [^>]*>/g)) {
        expect(fonts).toMatch(/w:ascii="Times New Roman"/);
        expect(fonts).toMatch(/w:hAnsi="Times New Roman"/);
      }
    }
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(seed.styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
  });

  it('sets Quốc hiệu 12–13 pt bold over Tiêu ngữ 13–14 pt bold, underlined, single-spaced', () => {
    const [[, right]] = headerCells(seed) as [[Para[], Para[]]];
    const [quocHieu, tieuNgu] = right;
    expect(quocHieu!.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    sizeIn(quocHieu!, 24, 26);
    expect(quocHieu!.runs.every((r) => r.bold && !r.italics)).toBe(true);
    expect(tieuNgu!.text).toBe('Độc lập - Tự do - Hạnh phúc');
    sizeIn(tieuNgu!, 26, 28);
    // The underline is on the run itself, so it is exactly as long as the Tiêu ngữ.
    expect(tieuNgu!.runs.every((r) => r.bold && r.underline === 'single')).toBe(true);
    for (const p of [quocHieu!, tieuNgu!]) {
      expect(p.align).toBe('center');
      expect(p.line).toBe(240);
      expect(p.after).toBe(0);
    }
    expect(tieuNgu!.before).toBe(0);
  });

  it('sets the issuer upper-case bold with a centred rule 1/3–1/2 of its length', () => {
    const [[left]] = headerCells(seed) as [[Para[]]];
    const texts = left.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN TỬA CHÙA']);
    for (const p of left.slice(0, 2)) {
      sizeIn(p, 24, 26);
      expect(p.runs.every((r) => r.bold)).toBe(true);
    }
    const rule = left[2]!;
    expect(rule.text).toBe('');
    expect(rule.bottomBorder).toBe(true);
    expect(rule.indent.left).toBe(rule.indent.right);
    const column = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(seed.document)![1]);
    const ruleLength = column - rule.indent.left - rule.indent.right;
    const textLength = textWidthTwips('ỦY BAN NHÂN DÂN', 13, true);
    between(ruleLength / textLength, 1 / 3, 1 / 2);
  });

  it('keeps the number blank, puts "V/v" 12–13 pt upright below it, and the date on the Số row', () => {
    const [, [left, right]] = headerCells(seed) as [unknown, [Para[], Para[]]];
    const [so, vv] = left;
    expect(so!.text).toBe('Số:      /UBND-NV');
    expect(so!.text).not.toMatch(/CV/);
    sizeIn(so!, 26, 26);
    expect(vv!.text).toBe(
      'V/v đẩy mạnh các phong trào thi đua yêu nước lập thành tích thiết thực chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và các ngày lễ lớn năm 2024',
    );
    sizeIn(vv!, 24, 26);
    expect(vv!.runs.some((r) => r.bold)).toBe(false);
    expect(vv!.before).toBe(120);
    // Same table row as "Số:", starting at the same spacing: the two lines stand level.
    const [date] = right;
    expect(date!.text).toBe('Tủa Chùa, ngày    tháng    năm 2024');
    expect(date!.runs.every((r) => r.italics)).toBe(true);
    sizeIn(date!, 26, 28);
    expect(date!.before).toBe(so!.before);
  });

  it('lists several Kính gửi addressees one a line, "- …;" and the last "- … .", dashes under the colon', () => {
    const body = bodyParagraphs(seed.document);
    const label = findParagraph(body, 'Kính gửi:');
    const i = body.indexOf(label);
    const items = body.slice(i + 1, i + 4);
    expect(items.map((p) => p.text)).toEqual([
      '- Các phòng, ban, ngành, đoàn thể huyện;',
      '- UBND các xã, thị trấn;',
      '- Các cơ quan, đơn vị tham gia Cụm, Khối thi đua thuộc huyện.',
    ]);
    const labelWidth = textWidthTwips('Kính gửi', 14);
    for (const item of items) {
      sizeIn(item, 26, 28);
      expect(item.indent.left - item.indent.hanging).toBe(label.indent.left + labelWidth);
    }
  });

  it('sets the body justified, 14 pt, first line indented 1 cm, ≥ 6 pt apart, line spacing 1–1.5', () => {
    const body = bodyParagraphs(seed.document);
    const first = findParagraph(body, /^Thực hiện Văn bản số 1908\/UBND-KSTT/);
    const text = body.filter((p) => p.text !== '' && body.indexOf(p) >= body.indexOf(first));
    expect(text.length).toBe(14);
    for (const p of text) {
      expect(p.align).toBe('both');
      sizeIn(p, 26, 28);
      between(p.indent.firstLine / TWIPS_PER_MM, 10, 12.7);
      expect(p.after).toBeGreaterThanOrEqual(120);
      between(p.line!, 240, 360);
    }
    // A công văn's paragraphs are upright, even one that starts "- Căn cứ".
    expect(text.every((p) => p.runs.every((r) => !r.italics))).toBe(true);
    expect(findParagraph(text, '5. Tổ chức thực hiện').runs.every((r) => r.bold)).toBe(true);
    expect(findParagraph(text, /^1\. Tiếp tục/).runs.some((r) => r.bold)).toBe(false);
  });

  it('sets Nơi nhận beside the signature block in a two-column footer table', () => {
    const all = tables(seed.document);
    expect(all).toHaveLength(2);
    const footer = all[1]!;
    expect(footer.rows).toHaveLength(1);
    expect(footer.xml).toMatch(/<w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    const [left, right] = footer.rows[0]!.map(paragraphs) as [Para[], Para[]];

    const [label, ...list] = left;
    expect(label!.text).toBe('Nơi nhận:');
    sizeIn(label!, 24, 24);
    expect(label!.runs.every((r) => r.bold && r.italics)).toBe(true);
    expect(list.map((p) => p.text)).toEqual(['- Như trên;', '- TT. Huyện ủy;', '- TT. HĐND huyện;', '- Lãnh đạo UBND huyện;', '- Lưu: VT, NV.']);
    for (const p of list) {
      sizeIn(p, 22, 22);
      expect(p.runs.some((r) => r.bold || r.italics)).toBe(false);
    }
    const last = list.at(-1)!.text;
    expect(last.startsWith('- Lưu:') && last.endsWith('.')).toBe(true);

    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Minh Tuấn']);
    for (const p of right) {
      sizeIn(p, 26, 28);
      expect(p.runs.every((r) => r.bold)).toBe(true);
      expect(p.align).toBe('center');
    }
    // The label stands level with the first quyền hạn line, and there is room to sign.
    expect(label!.before).toBe(right[0]!.before);
    expect(right[3]!.before).toBeGreaterThanOrEqual(720);
  });

  it('numbers pages from page 2, centred in the top margin', () => {
    expect(seed.document).toContain('<w:titlePg/>');
    const numbered = seed.headers.default!;
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    const [p] = paragraphs(numbered);
    expect(p!.align).toBe('center');
    for (const r of p!.runs) between(r.size ?? 0, 26, 28);
    expect(seed.headers.first).toBeDefined();
    expect(seed.headers.first).not.toMatch(/PAGE/);
    expect(seed.settings).not.toMatch(/<w:evenAndOddHeaders(?: w:val="true")?\/>/);
  });
});

describe('purity', () => {
  it('gives the same XML for the same document', async () => {
    const [a, b] = await Promise.all([render(seedDispatch()), render(seedDispatch())]);
    expect(a.document).toBe(b.document);
    expect(a.headers).toEqual(b.headers);
    expect(a.styles).toBe(b.styles);
  });
});

describe('numbers, dates and addressees', () => {
  it('writes "Số: 05/UBND-NV" for number 5 and dates with Decree 30\'s zero padding', async () => {
    const cases = [
      { date: '2020-01-05', line: 'Tủa Chùa, ngày 05 tháng 01 năm 2020' },
      { date: '2024-11-15', line: 'Tủa Chùa, ngày 15 tháng 11 năm 2024' },
      { date: '2019-06-29', line: 'Tủa Chùa, ngày 29 tháng 6 năm 2019' },
    ];
    for (const c of cases) {
      const parts = await render(makeDocument({ number: '5', date: c.date }));
      const [, [left, right]] = headerCells(parts) as [unknown, [Para[], Para[]]];
      expect(left[0]!.text).toBe('Số: 05/UBND-NV');
      expect(right[0]!.text).toBe(c.line);
      expect(right[0]!.text).toMatch(DATE_LINE);
    }
  });

  it('never writes a "CV" type code into a công văn\'s symbol', async () => {
    const parts = await render(makeDocument({ number: '12', symbol: 'CV-UBND' }));
    const [, [left]] = headerCells(parts) as [unknown, [Para[]]];
    expect(left[0]!.text).toBe('Số: 12/UBND');
  });

  it('puts one addressee on the Kính gửi line, without list punctuation', async () => {
    const parts = await render(makeDocument({ recipients: ['- Ủy ban nhân dân tỉnh Điện Biên;'] }));
    const body = bodyParagraphs(parts.document);
    expect(findParagraph(body, /^Kính gửi/).text).toBe('Kính gửi: Ủy ban nhân dân tỉnh Điện Biên');
    expect(body.some((p) => p.text === 'Kính gửi:')).toBe(false);
  });

  it('normalises the punctuation the input gives to Kính gửi', async () => {
    const parts = await render(makeDocument({ recipients: ['Phòng Nội vụ.', '– Phòng Văn hóa và Thông tin,', '• UBND các xã'] }));
    const body = bodyParagraphs(parts.document);
    const i = body.indexOf(findParagraph(body, 'Kính gửi:'));
    expect(body.slice(i + 1, i + 4).map((p) => p.text)).toEqual(['- Phòng Nội vụ;', '- Phòng Văn hóa và Thông tin;', '- UBND các xã.']);
  });

  it('sets a parent body upright above the bold issuer', async () => {
    const parts = await render(makeDocument({ parentIssuer: 'UBND huyện Tủa Chùa', issuer: 'Phòng Nội vụ' }));
    const [[left]] = headerCells(parts) as [[Para[]]];
    expect(left[0]!.text).toBe('UBND HUYỆN TỦA CHÙA');
    expect(left[0]!.runs.some((r) => r.bold)).toBe(false);
    sizeIn(left[0]!, 24, 26);
    expect(left[1]!.text).toBe('PHÒNG NỘI VỤ');
    expect(left[1]!.runs.every((r) => r.bold)).toBe(true);
    expect(left[2]!.bottomBorder).toBe(true);
  });
});

describe('the footer', () => {
  it('leaves out the signature block when there is no signer, keeping Nơi nhận', async () => {
    const parts = await render(makeDocument({ signer: null }));
    const footer = tables(parts.document)[1]!;
    const [left, right] = footer.rows[0]!.map(paragraphs) as [Para[], Para[]];
    expect(left[0]!.text).toBe('Nơi nhận:');
    expect(right.every((p) => p.text === '')).toBe(true);
  });

  it('has no footer table when there is neither a signer nor a Nơi nhận', async () => {
    const parts = await render(makeDocument({ signer: null, distribution: [] }));
    expect(tables(parts.document)).toHaveLength(1);
  });

  it('keeps a Nơi nhận without an archive line as given, punctuated', async () => {
    const parts = await render(makeDocument({ distribution: ['Như trên', 'Sở Nội vụ'] }));
    const [left] = tables(parts.document)[1]!.rows[0]!.map(paragraphs) as [Para[]];
    expect(left.map((p) => p.text)).toEqual(['Nơi nhận:', '- Như trên;', '- Sở Nội vụ.']);
  });
});

describe('a Quyết định (Mẫu 1.2)', () => {
  let decision: DocxParts;
  beforeAll(async () => {
    decision = await render(makeDecision(), { enactingAuthority: 'Chủ tịch Ủy ban nhân dân xã Sín Chải' });
  });

  it('sets the type name upper-case bold and the trích yếu bold, centred, with a short rule', () => {
    const body = bodyParagraphs(decision.document);
    const type = findParagraph(body, 'QUYẾT ĐỊNH');
    const i = body.indexOf(type);
    sizeIn(type, 26, 28);
    expect(type.runs.every((r) => r.bold)).toBe(true);
    expect(type.align).toBe('center');
    const subject = body[i + 1]!;
    expect(subject.text).toBe('Về việc tặng Giấy khen cho tập thể có thành tích trong phong trào thi đua năm 2024');
    sizeIn(subject, 26, 28);
    expect(subject.runs.every((r) => r.bold)).toBe(true);
    expect(subject.align).toBe('center');
    const rule = body[i + 2]!;
    expect(rule.bottomBorder).toBe(true);
    const page = 9354;
    const ruleLength = page - rule.indent.left - rule.indent.right;
    between(ruleLength / Math.min(page, textWidthTwips(subject.text, 14, true)), 1 / 3, 1 / 2);
    expect(body[i + 3]!.text).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SÍN CHẢI');
  });

  it('has a typed symbol and no "V/v" or Kính gửi', () => {
    const [, [left]] = headerCells(decision) as [unknown, [Para[]]];
    expect(left.map((p) => p.text)).toEqual(['Số: 12/QĐ-UBND']);
    expect(decision.document).not.toMatch(/V\/v/);
    expect(decision.document).not.toMatch(/Kính gửi/);
  });

  it('sets the căn cứ italic and "QUYẾT ĐỊNH:" bold centred before Điều 1, Điều labels bold', () => {
    const body = bodyParagraphs(decision.document);
    for (const text of ['Căn cứ Luật Tổ chức chính quyền địa phương;', 'Căn cứ Luật Thi đua, khen thưởng;', 'Theo đề nghị của công chức Văn hóa - Xã hội xã.']) {
      const p = findParagraph(body, text);
      expect(p.runs.every((r) => r.italics)).toBe(true);
      expect(p.align).toBe('both');
    }
    const enacting = findParagraph(body, 'QUYẾT ĐỊNH:');
    expect(enacting.runs.every((r) => r.bold)).toBe(true);
    expect(enacting.align).toBe('center');
    const article = findParagraph(body, /^Điều 1\./);
    expect(body.indexOf(enacting)).toBe(body.indexOf(article) - 1);
    expect(article.runs[0]!.text).toBe('Điều 1. ');
    expect(article.runs[0]!.bold).toBe(true);
    expect(article.runs[1]!.bold).toBe(false);
    expect(article.runs.some((r) => r.italics)).toBe(false);
  });

  it('does not add "QUYẾT ĐỊNH:" twice when the text has it', async () => {
    const doc = makeDecision();
    doc.body[0]!.paragraphs.splice(3, 0, 'Quyết định:');
    const body = bodyParagraphs((await render(doc)).document);
    expect(body.filter((p) => p.text === 'QUYẾT ĐỊNH:')).toHaveLength(1);
  });

  it('signs TM. of the body above the head\'s title, with "- Như Điều 3;" first in Nơi nhận', () => {
    const [left, right] = tables(decision.document)[1]!.rows[0]!.map(paragraphs) as [Para[], Para[]];
    expect(right.map((p) => p.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lò Văn Minh']);
    expect(left.map((p) => p.text)).toEqual(['Nơi nhận:', '- Như Điều 3;', '- Thường trực Đảng ủy xã;', '- Lưu: VT.']);
  });
});

describe('other typed documents', () => {
  it('sets a Kế hoạch\'s type name and keeps its own Kính gửi out', async () => {
    const parts = await render(makeDocument({ docType: 'Kế hoạch', number: '3', symbol: 'KH-UBND', subject: 'Tổ chức phong trào thi đua năm 2025' }));
    const body = bodyParagraphs(parts.document);
    expect(findParagraph(body, 'KẾ HOẠCH').runs.every((r) => r.bold)).toBe(true);
    expect(parts.document).not.toMatch(/Kính gửi/);
    const [, [left]] = headerCells(parts) as [unknown, [Para[]]];
    expect(left.map((p) => p.text)).toEqual(['Số: 03/KH-UBND']);
  });

  it('gives a Tờ trình its Kính gửi, unless the addressees only repeat Nơi nhận', async () => {
    const sent = await render(
      makeDocument({ docType: 'Tờ trình', symbol: 'TTr-UBND', recipients: ['UBND tỉnh Điện Biên'], distribution: ['Như trên', 'Lưu: VT'] }),
    );
    expect(findParagraph(bodyParagraphs(sent.document), /^Kính gửi/).text).toBe('Kính gửi: UBND tỉnh Điện Biên');
    const fromDistribution = await render(
      makeDocument({ docType: 'Tờ trình', symbol: 'TTr-UBND', recipients: ['Sở Nội vụ'], distribution: ['Sở Nội vụ;', 'Lưu: VT.'] }),
    );
    expect(fromDistribution.document).not.toMatch(/Kính gửi/);
  });

  it('typesets a document of unknown type as a công văn, inventing no type name', async () => {
    const parts = await render(makeDocument({ docType: null }));
    const [, [left]] = headerCells(parts) as [unknown, [Para[]]];
    expect(left[1]!.text).toMatch(/^V\/v /);
    expect(bodyParagraphs(parts.document).some((p) => p.text === 'CÔNG VĂN')).toBe(false);
  });
});
