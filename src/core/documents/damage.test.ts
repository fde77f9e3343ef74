/**
 * Documents damaged the ways real ones arrive: letter-spaced headings, flattened or pipe-split
 * two-column headers, header tables read cell by cell (DOCX), hyphen-numbered party documents,
 * QPPL numbers with a year, blank drafts, excerpts cut before the signature, impossible dates,
 * words broken across lines, old-font (TCVN3/VNI) text. Each text is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema, type ParsedDocument } from '../../contract/documents.js';
import { parseDocument } from './parse-document.js';

function parse(text: string): ParsedDocument {
  const doc = parseDocument(text);
  ParsedDocumentSchema.parse(doc);
  return doc;
}
const codes = (doc: ParsedDocument) => doc.problems.map((p) => p.code);
const allParagraphs = (doc: ParsedDocument) => doc.body.flatMap((s) => s.paragraphs).join('\n');

describe('letter-spaced headings', () => {
  const doc = parse(`ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/QĐ-UBND
Điện Biên, ngày 05 tháng 3 năm 2024

Q U Y Ế T  Đ Ị N H
Về việc tặng Bằng khen cho các tập thể có thành tích xuất sắc

C H Ủ  T Ị C H  Ủ Y  B A N  N H Â N  D Â N  T Ỉ N H

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 01/3/2024,

Q U Y Ế T  Đ Ị N H:

Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 tập thể.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, NC.

K T.  C H Ủ  T Ị C H
P H Ó  C H Ủ  T Ị C H

Lò Văn Mừng`);

  it('closes up the title, the authority line and the signature block', () => {
    expect(doc.docType).toBe('Quyết định');
    expect(doc.subject).toBe('Về việc tặng Bằng khen cho các tập thể có thành tích xuất sắc');
    expect(doc.body.map((s) => s.heading)).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(doc.body.map((s) => s.heading)).toContain('QUYẾT ĐỊNH:');
    expect(doc.signer).toEqual({ name: 'Lò Văn Mừng', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' });
  });

  it('reads the rest of the header as usual, and Nơi nhận as the recipients when there is no Kính gửi', () => {
    expect(doc).toMatchObject({ number: '1234', symbol: 'QĐ-UBND', issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', place: 'Điện Biên', date: '2024-03-05' });
    expect(doc.recipients).toEqual(['Như Điều 2']);
    expect(doc.distribution).toEqual(['- Như Điều 2;', '- Lưu: VT, NC.']);
    expect(doc.references).toEqual([{ number: '88/TTr-SNV', date: '2024-03-01', kind: 'Tờ trình', issuer: null }]);
  });
});

describe('a two-column header flattened into one paragraph', () => {
  const doc = parse(
    'SỞ NỘI VỤ TỈNH ĐIỆN BIÊN BAN THI ĐUA - KHEN THƯỞNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ' +
      'Số: 45/BTĐKT-NV Điện Biên, ngày 12 tháng 6 năm 2023 V/v hướng dẫn khen thưởng tổng kết năm học 2022-2023 ' +
      'Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; ' +
      'Nghị định số 152/2025/NĐ-CP ngày 26/6/2025 của Chính phủ quy định chi tiết, Ban hướng dẫn như sau: các đơn vị gửi hồ sơ về Ban trước ngày 30/6/2023. ' +
      'Nơi nhận: - Như trên; - Lưu: VT, TĐKT. KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN Lò Văn Mừng',
  );

  it('separates parent body, issuer, number, place, date, trích yếu and Kính gửi', () => {
    expect(doc).toMatchObject({
      docType: 'Công văn',
      parentIssuer: 'SỞ NỘI VỤ TỈNH ĐIỆN BIÊN',
      issuer: 'BAN THI ĐUA - KHEN THƯỞNG',
      number: '45',
      symbol: 'BTĐKT-NV',
      place: 'Điện Biên',
      date: '2023-06-12',
      subject: 'hướng dẫn khen thưởng tổng kết năm học 2022-2023',
      recipients: ['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố'],
    });
    expect(doc.deadlines).toEqual([{ date: '2023-06-30', what: 'Các đơn vị gửi hồ sơ về Ban' }]);
  });

  it('separates the flattened footer: Nơi nhận, authority, title and name', () => {
    expect(doc.distribution).toEqual(['- Như trên;', '- Lưu: VT, TĐKT.']);
    expect(doc.signer).toEqual({ name: 'Lò Văn Mừng', title: 'PHÓ TRƯỞNG BAN', authority: 'KT.', onBehalfOf: 'TRƯỞNG BAN' });
    expect(allParagraphs(doc)).not.toMatch(/Nơi nhận|Lò Văn Mừng/);
  });
});

describe('a header split by table pipes " | "', () => {
  const doc = parse(`ỦY BAN NHÂN DÂN XÃ MƯỜNG BÁNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG | Độc lập - Tự do - Hạnh phúc
Số: 07/TB-HĐTĐKT | Mường Báng, ngày 20 tháng 12 năm 2024

THÔNG BÁO
Kết quả bình xét danh hiệu thi đua năm 2024

Ngày 18/12/2024, Hội đồng Thi đua - Khen thưởng xã họp xét danh hiệu thi đua năm 2024.`);

  it('reads each cell as its own line', () => {
    expect(doc).toMatchObject({
      docType: 'Thông báo',
      parentIssuer: 'ỦY BAN NHÂN DÂN XÃ MƯỜNG BÁNG',
      issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      number: '07',
      symbol: 'TB-HĐTĐKT',
      place: 'Mường Báng',
      date: '2024-12-20',
      subject: 'Kết quả bình xét danh hiệu thi đua năm 2024',
      signer: null,
    });
    expect(allParagraphs(doc)).toMatch(/^Ngày 18\/12\/2024, Hội đồng/);
  });
});

describe('a header table read cell by cell (DOCX: left column, then right column, one paragraph each)', () => {
  const doc = parse(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TỦA CHÙA',
      'Số: 152/UBND-NV',
      'V/v đăng ký thi đua',
      'năm 2025',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tủa Chùa, ngày 03 tháng 01 năm 2025',
      'Kính gửi:',
      '- UBND các xã, thị trấn;',
      '- Các cơ quan, đơn vị thuộc huyện.',
      'Đề nghị các đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ chậm nhất ngày 20/01/2025.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn Bình',
    ].join('\n\n'),
  );

  it('finds the number and trích yếu before the Quốc hiệu, and joins the trích yếu paragraphs', () => {
    expect(doc).toMatchObject({
      docType: 'Công văn',
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
      parentIssuer: null,
      number: '152',
      symbol: 'UBND-NV',
      place: 'Tủa Chùa',
      date: '2025-01-03',
      subject: 'đăng ký thi đua năm 2025',
      recipients: ['UBND các xã, thị trấn', 'Các cơ quan, đơn vị thuộc huyện'],
    });
    expect(doc.deadlines).toEqual([{ date: '2025-01-20', what: 'Đề nghị các đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ' }]);
    expect(doc.signer).toEqual({ name: 'Nguyễn Văn Bình', title: 'CHỦ TỊCH', authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' });
    expect(codes(doc)).toEqual([]);
  });
});

describe('two-column tables read row by row (PDF text): header and footer interleaved', () => {
  const doc = parse(`ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TỦA CHÙA
Độc lập - Tự do - Hạnh phúc
Số: 152/UBND-NV
Tủa Chùa, ngày 03 tháng 01 năm 2025
V/v đăng ký thi đua năm 2025
Kính gửi: UBND các xã, thị trấn
Đề nghị các đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ chậm nhất ngày 20/01/2025./.
Nơi nhận:
TM. ỦY BAN NHÂN DÂN
- Như trên;
CHỦ TỊCH
- Lưu: VT, NV.
Nguyễn Văn Bình`);

  it('unpicks the issuer from the Quốc hiệu and the Nơi nhận list from the signature', () => {
    expect(doc).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA', number: '152', date: '2025-01-03', subject: 'đăng ký thi đua năm 2025' });
    expect(doc.distribution).toEqual(['- Như trên;', '- Lưu: VT, NV.']);
    expect(doc.signer).toEqual({ name: 'Nguyễn Văn Bình', title: 'CHỦ TỊCH', authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' });
    expect(allParagraphs(doc)).toBe('Đề nghị các đơn vị gửi bản đăng ký thi đua về Phòng Nội vụ chậm nhất ngày 20/01/2025./.');
  });
});

describe('a party document numbered with a hyphen', () => {
  const doc = parse(`ĐẢNG BỘ TỈNH ĐIỆN BIÊN          ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY TỦA CHÙA
*
Số 1468-CT/HU                    Tủa Chùa, ngày 06 tháng 02 năm 2024

CHỈ THỊ
về đẩy mạnh các phong trào thi đua hướng tới Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ

Thực hiện Chỉ thị số 39-CT/TU, ngày 03/02/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn Hùng`);

  it('reads number 1468 and symbol CT/HU, the Party line as the Quốc hiệu', () => {
    expect(doc).toMatchObject({
      docType: 'Chỉ thị',
      number: '1468',
      symbol: 'CT/HU',
      parentIssuer: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      issuer: 'HUYỆN ỦY TỦA CHÙA',
      place: 'Tủa Chùa',
      date: '2024-02-06',
      subject: 'về đẩy mạnh các phong trào thi đua hướng tới Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
    });
    expect(doc.references).toEqual([{ number: '39-CT/TU', date: '2024-02-03', kind: 'Chỉ thị', issuer: 'Ban Thường vụ Tỉnh ủy' }]);
  });

  it('normalises "T/M" to "TM."', () => {
    expect(doc.signer).toEqual({ name: 'Nguyễn Văn Hùng', title: 'BÍ THƯ', authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ' });
  });

  it('does not cite itself', () => {
    expect(parse('Số 1468-CT/HU\nThực hiện Chỉ thị số 1468-CT/HU ngày 06/02/2024.').references).toEqual([]);
  });
});

describe('a legal normative document with the year in its number', () => {
  const doc = parse(`ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/2020/QĐ-UBND
Điện Biên, ngày 28 tháng 12 năm 2020
QUYẾT ĐỊNH
Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ; Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ;`);

  it('keeps the year in the symbol, as the convention says', () => {
    expect(doc).toMatchObject({ docType: 'Quyết định', number: '31', symbol: '2020/QĐ-UBND', date: '2020-12-28' });
    expect(doc.subject).toBe('Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh');
    expect(doc.references.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['91/2017/NĐ-CP', '2017-07-31', 'Chính phủ'],
      ['12/2019/TT-BNV', '2019-11-04', 'Bộ Nội vụ'],
    ]);
  });

  it('reads the type from a QPPL symbol when the title is missing', () => {
    expect(parse('Số: 09/2024/QĐ-UBND\nCăn cứ Luật Tổ chức chính quyền địa phương;').docType).toBe('Quyết định');
  });
});

describe('a draft with a blank number and date', () => {
  it.each([
    ['spaces', 'Số:      /KH-UBND', 'Tủa Chùa, ngày     tháng     năm 2025'],
    ['dots', 'Số: ......./KH-UBND', 'Tủa Chùa, ngày ..... tháng ..... năm 2025'],
    ['ellipses', 'Số: …/KH-UBND', 'Tủa Chùa, ngày … tháng … năm 2025'],
  ])('with %s', (_how, numberLine, dateLine) => {
    const doc = parse(`ỦY BAN NHÂN DÂN\nHUYỆN TỦA CHÙA\n${numberLine}\n${dateLine}\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh.`);
    expect(doc).toMatchObject({ docType: 'Kế hoạch', number: null, symbol: 'KH-UBND', date: null, year: 2025, place: 'Tủa Chùa' });
    expect(codes(doc)).toEqual(expect.arrayContaining(['missing_number', 'missing_day_month']));
    expect(doc.references.map((r) => r.number)).toEqual(['12/KH-UBND']);
  });
});

describe('an excerpt cut before the signature', () => {
  const doc = parse(`UBND HUYỆN TỦA CHÙA
PHÒNG NỘI VỤ
Số: 25/NV-TĐKT
V/v báo cáo kết quả phong trào thi đua
Kính gửi: UBND các xã, thị trấn
Để có cơ sở tổng hợp, đề nghị Chủ tịch UBND các xã, thị trấn chỉ đạo báo cáo kết quả
gửi về Phòng Nội vụ; đồng chí Chủ tịch`);

  it('has no signer, no Nơi nhận, and says the signature is missing', () => {
    expect(doc.signer).toBeNull();
    expect(doc.distribution).toEqual([]);
    expect(codes(doc)).toContain('missing_signature');
    expect(doc.issuer).toBe('PHÒNG NỘI VỤ');
    expect(doc.parentIssuer).toBe('UBND HUYỆN TỦA CHÙA');
    expect(allParagraphs(doc)).toContain('báo cáo kết quả gửi về Phòng Nội vụ; đồng chí Chủ tịch');
  });

  it('does not take a capitalised title in the body for a signature', () => {
    const cut = parse('Kính gửi: Phòng Nội vụ\nCăn cứ kết quả bình xét, đề nghị\nCHỦ TỊCH UBND HUYỆN\nxem xét, công nhận.');
    expect(cut.signer).toBeNull();
  });
});

describe('impossible dates', () => {
  const doc = parse(`ỦY BAN NHÂN DÂN XÃ SÍN CHẢI
Số: 03/BC-UBND
Sín Chải, ngày 30 tháng 02 năm 2024
BÁO CÁO
Kết quả phong trào thi đua
Ngày 31/4/2024 xã tổ chức hội nghị; kỷ niệm ngày 07/5/54 và ngày 00/13/2024 đã được nhắc lại; hạn báo cáo chậm nhất ngày 29/02/2023.`);

  it('never builds a date that does not exist, and reports each one', () => {
    expect(doc.date).toBeNull();
    expect(doc.year).toBe(2024);
    const impossible = doc.problems.filter((p) => p.code === 'impossible_date').map((p) => p.message);
    expect(impossible).toHaveLength(4);
    for (const d of ['ngày 30 tháng 02 năm 2024', '31/4/2024', '00/13/2024', '29/02/2023']) expect(impossible.join(' ')).toContain(d);
    // A two-digit year is ambiguous, not impossible.
    expect(impossible.join(' ')).not.toContain('07/5/54');
    expect(doc.deadlines).toEqual([]);
  });
});

describe('words broken across lines', () => {
  const doc = parse(`Kính gửi: Các xã
Thực hiện phong trào thi đ
ua yêu nước, kỷ niệm Chiến th-
ắng Điện Biên Phủ, đề nghị các xã tổ ch
ức tốt phong trào phát triển kinh tế-
xã hội và thực hi\u00AD
ện tốt công tác khen thưởng.`);

  it('glues the halves of one word, and keeps two real words apart', () => {
    const text = allParagraphs(doc);
    expect(text).toBe(
      'Thực hiện phong trào thi đua yêu nước, kỷ niệm Chiến thắng Điện Biên Phủ, đề nghị các xã tổ chức tốt phong trào phát triển kinh tế-xã hội và thực hiện tốt công tác khen thưởng.',
    );
  });

  it('joins a hard-wrapped paragraph with spaces', () => {
    const wrapped = parse(
      'Kính gửi: Các xã\nCăn cứ kế hoạch công\ntác năm 2024; căn cứ kết quả\nthực hiện nhiệm vụ, đề nghị các xã\ntổng kết công tác thi đua năm\n2024 và gửi báo cáo.\n- Nội dung thứ hai.',
    );
    expect(wrapped.body[0]!.paragraphs).toEqual([
      'Căn cứ kế hoạch công tác năm 2024; căn cứ kết quả thực hiện nhiệm vụ, đề nghị các xã tổng kết công tác thi đua năm 2024 và gửi báo cáo.',
      '- Nội dung thứ hai.',
    ]);
  });
});

describe('text typed in old fonts', () => {
  it.each([
    ['TCVN3 (ABC)', 'UBND huyÖn Tña Chïa\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-VP\nV/v tæng kÕt c«ng t¸c thi ®ua n¨m 2024', /TCVN3/],
    ['VNI', 'UBND HUYEÄN TUÛA CHUØA\nCOÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nSoá: 12/UBND-VP\nV/v toång keát coâng taùc thi ñua naêm 2024', /VNI/],
  ])('detects %s and parses nothing', (_font, text, font) => {
    const doc = parse(text);
    expect(codes(doc)).toEqual(['legacy_encoding']);
    expect(doc.problems[0]!.message).toMatch(font);
    expect(doc).toMatchObject({ docType: null, number: null, symbol: null, issuer: null, subject: null, references: [], body: [] });
  });

  it('detects UTF-8 read as Latin-1', () => {
    const mangled = Buffer.from('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP\nV/v tổng kết công tác thi đua', 'utf8').toString('latin1');
    const doc = parse(mangled);
    expect(codes(doc)).toEqual(['mojibake']);
    expect(doc.symbol).toBeNull();
  });

  it('does not mistake ordinary Vietnamese with a few symbols for an old font', () => {
    const doc = parse('Số: 12/UBND-VP\nV/v nhiệt độ 30°C, tỷ lệ ½ và dấu « » trong văn bản tiếng Việt bình thường có đủ dấu');
    expect(codes(doc)).not.toContain('legacy_encoding');
    expect(doc.symbol).toBe('UBND-VP');
  });
});

describe('normalisation', () => {
  it('reads decomposed (NFD) text like composed text', () => {
    const nfd = parse('ỦY BAN NHÂN DÂN\nHUYỆN TỦA CHÙA\nSố: 12/UBND-VP\nTủa Chùa, ngày 05 tháng 11 năm 2024\nV/v tổng kết'.normalize('NFD'));
    expect(nfd).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA', place: 'Tủa Chùa', date: '2024-11-05', subject: 'tổng kết' });
    expect(nfd.issuer).toBe(nfd.issuer!.normalize('NFC'));
  });

  it('reads Windows line breaks, tabs and non-breaking spaces', () => {
    const doc = parse('ỦY BAN NHÂN DÂN\r\nHUYỆN TỦA CHÙA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nSố:\u00a012/UBND-VP\r\nTủa\u00a0Chùa, ngày 05 tháng 11 năm 2024\r\n');
    expect(doc).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA', number: '12', place: 'Tủa Chùa', date: '2024-11-05' });
  });
});
