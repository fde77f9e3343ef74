/**
 * The words the parser recognises, from Decree 30/2020 (Phụ lục III: type names and
 * abbreviations; Phụ lục I: signing authorities) and from how issuing bodies are named.
 * Lists are matched on folded upper case (see foldKey), so "QUYẾT ĐỊNH", "Quyết định" and the
 * OCR's "QUYET DINH" all hit the same entry.
 */
import { DOC_TYPES, type DocType } from '../../contract/documents.js';
import { foldKey } from './fold.js';

/** Type title (ô 5a) → type: "QUYẾT ĐỊNH" → "Quyết định". */
export const DOC_TYPE_BY_TITLE: ReadonlyMap<string, DocType> = new Map(DOC_TYPES.map((t) => [foldKey(t), t]));

/**
 * Ký hiệu type abbreviations (Phụ lục III §I), compared on the symbol as written. Công văn has
 * none. "HĐ" (hợp đồng) and "DA" (dự án) are not document types thidua reads.
 */
const TYPE_BY_ABBREVIATION: Record<string, DocType> = {
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  CT: 'Chỉ thị',
  BC: 'Báo cáo',
  TTR: 'Tờ trình',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  NQ: 'Nghị quyết',
  GM: 'Giấy mời',
  BB: 'Biên bản',
  CTR: 'Chương trình',
  QC: 'Quy chế',
  QYĐ: 'Quy định',
  CĐ: 'Công điện',
  PA: 'Phương án',
  ĐA: 'Đề án',
  GGT: 'Giấy giới thiệu',
};
/** OCR drops the stroke of Đ; these folded spellings are unambiguous, so they are read too. */
const TYPE_BY_FOLDED_ABBREVIATION: Record<string, DocType> = { QD: 'Quyết định', CD: 'Công điện', QYD: 'Quy định' };

/** Abbreviations of types thidua does not read (hợp đồng, dự án, phiếu, bản sao …): not a công văn either. */
const OTHER_TYPE_ABBREVIATIONS = new Set(['HĐ', 'DA', 'BGN', 'BTT', 'GUQ', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TRS', 'SL', 'TC', 'CV']);

/**
 * The type a symbol names: "QĐ-UBND" → Quyết định, "2020/QĐ-UBND" (QPPL) → Quyết định, "CT/HU"
 * (party) → Chỉ thị, and "UBND-NV" (no type abbreviation) → Công văn (Phụ lục III §I).
 */
export function docTypeFromSymbol(symbol: string): DocType | null {
  const segments = symbol.split('/').filter((s) => !/^\d{4}$/.test(s));
  const first = segments[0]?.split('-')[0] ?? '';
  if (!first) return null;
  const type = docTypeFromAbbreviation(first);
  if (type) return type;
  return OTHER_TYPE_ABBREVIATIONS.has(first.toUpperCase()) ? null : 'Công văn';
}

export function docTypeFromAbbreviation(abbreviation: string): DocType | null {
  const upper = abbreviation.toUpperCase();
  return TYPE_BY_ABBREVIATION[upper] ?? TYPE_BY_FOLDED_ABBREVIATION[upper] ?? null;
}

/**
 * Words an issuing body's name starts with (ô 2), longest first so "TIỂU BAN" wins over "BAN".
 * Written with diacritics; a line without any diacritic (OCR) is compared on folded forms.
 */
export const ORG_HEADS = [
  'ỦY BAN MẶT TRẬN TỔ QUỐC',
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'BỘ CHỈ HUY QUÂN SỰ',
  'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH',
  'BAN THƯỜNG TRỰC',
  'THƯỜNG TRỰC',
  'VĂN PHÒNG',
  'HỘI ĐỒNG',
  'TIỂU BAN',
  'TỔNG CỤC',
  'CHI CỤC',
  'TRUNG TÂM',
  'BỆNH VIỆN',
  'CÔNG AN',
  'THANH TRA',
  'KHO BẠC',
  'HUYỆN ỦY',
  'HUYỆN UỶ',
  'TỈNH ỦY',
  'TỈNH UỶ',
  'THÀNH ỦY',
  'THÀNH UỶ',
  'QUẬN ỦY',
  'THỊ ỦY',
  'ĐẢNG ỦY',
  'ĐẢNG UỶ',
  'ĐẢNG BỘ',
  'CHI BỘ',
  'MẶT TRẬN',
  'LIÊN ĐOÀN',
  'CÔNG ĐOÀN',
  'ĐOÀN',
  'HỘI',
  'CÔNG TY',
  'NGÂN HÀNG',
  'HỌC VIỆN',
  'ĐẠI HỌC',
  'TRƯỜNG',
  'VIỆN',
  'PHÒNG',
  'SỞ',
  'BỘ',
  'BAN',
  'CỤC',
  'VỤ',
  'UBND',
  'HĐND',
  'UBMTTQ',
] as const;

/** Heads that need a complement ("VĂN PHÒNG" + "UBND TỈNH"): never split from what follows. */
export const COMPLEMENT_HEADS = new Set(['BAN THƯỜNG VỤ', 'BAN CHẤP HÀNH', 'BAN THƯỜNG TRỰC', 'THƯỜNG TRỰC', 'VĂN PHÒNG']);

/**
 * A word before a head that makes the pair another word ("ĐẠI HỘI", "MÔI TRƯỜNG", "NỘI VỤ"):
 * there the head does not start an issuing body. Pairs, not words: folded "BIÊN" must still
 * allow "…LONG BIEN HOI DONG…".
 */
export const NOT_A_HEAD_AFTER: ReadonlyArray<readonly [string, string]> = [
  ['ĐẠI', 'HỘI'],
  ['XÃ', 'HỘI'],
  ['CƠ', 'HỘI'],
  ['QUỐC', 'HỘI'],
  ['CƠ', 'SỞ'],
  ['TRỤ', 'SỞ'],
  ['QUỐC', 'PHÒNG'],
  ['BIÊN', 'PHÒNG'],
  ['DỰ', 'PHÒNG'],
  ['MÔI', 'TRƯỜNG'],
  ['THỊ', 'TRƯỜNG'],
  ['CÁN', 'BỘ'],
  ['NỘI', 'BỘ'],
  ['TOÀN', 'BỘ'],
  ['NỘI', 'VỤ'],
  ['TÀI', 'VỤ'],
  ['PHỤC', 'VỤ'],
  ['NHIỆM', 'VỤ'],
  ['BỐ', 'CỤC'],
];

/** Administrative levels: a parent body's name carries one ("UBND HUYỆN DIỄN CHÂU"). */
export const PLACE_LEVELS = /(?<![\p{L}])(TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|TP\.?|TINH|HUYEN|QUAN|XA|PHUONG|THI XA|THI TRAN|THANH PHO)(?![\p{L}])/u;

/** Position words of a signer's title line (ô 7a/7b). */
export const POSITION_WORDS =
  /(?<![\p{L}])(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ|THỦ TƯỚNG|CHÁNH|CHỦ NHIỆM|THƯ KÝ|CHỦ TỌA|CHỦ TOẠ|ỦY VIÊN|KẾ TOÁN|NGƯỜI LẬP|CHỈ HUY|TỔNG BIÊN TẬP|CHU TICH|GIAM DOC|TRUONG|BI THU|THU TUONG)(?![\p{L}])/u;

/** Signing authorities (Phụ lục I §II.7) and the spellings documents use for them. */
export const AUTHORITY_PREFIX = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)\.?\s+(.+)$/u;

export function normaliseAuthority(prefix: string): 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.' | null {
  const key = prefix.replace(/[./]/g, '').toUpperCase();
  switch (key) {
    case 'TM':
      return 'TM.';
    case 'KT':
      return 'KT.';
    case 'TL':
      return 'TL.';
    case 'TUQ':
      return 'TUQ.';
    case 'Q':
      return 'Q.';
    default:
      return null;
  }
}

/**
 * Kinds of cited documents, folded: the word before "số …" in a citation. Longest first so
 * "thông tư liên tịch" is not read as "thông tư".
 */
export const REFERENCE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['THONG TU LIEN TICH', 'Thông tư liên tịch'],
  ['NGHI QUYET', 'Nghị quyết'],
  ['NGHI DINH', 'Nghị định'],
  ['THONG TU', 'Thông tư'],
  ['QUYET DINH', 'Quyết định'],
  ['CHI THI', 'Chỉ thị'],
  ['KE HOACH', 'Kế hoạch'],
  ['HUONG DAN', 'Hướng dẫn'],
  ['TO TRINH', 'Tờ trình'],
  ['THONG BAO', 'Thông báo'],
  ['BAO CAO', 'Báo cáo'],
  ['CONG VAN', 'Công văn'],
  ['CONG DIEN', 'Công điện'],
  ['VAN BAN', 'Văn bản'],
  ['QUY DINH', 'Quy định'],
  ['QUY CHE', 'Quy chế'],
  ['CHUONG TRINH', 'Chương trình'],
  ['DE AN', 'Đề án'],
  ['PHUONG AN', 'Phương án'],
  ['KET LUAN', 'Kết luận'],
  ['PHAP LENH', 'Pháp lệnh'],
  ['LUAT', 'Luật'],
  ['GIAY MOI', 'Giấy mời'],
];

/**
 * What opens the body (ô 6) or the Kính gửi block: once one of these starts a line, the header is
 * over. Folded, case-sensitive on the first letter (a sentence starts with a capital).
 */
export const BODY_OPENERS =
  /^(Can cu|Thuc hien|Theo de nghi|Xet de nghi|Xet|Thi hanh|Nham|Tren co so|Hom nay(?:,| ngay| vao| luc)|Vao hoi|Duoc su|Sau khi|Trien khai|Thuc thi)(?![\p{L}])/u;

/** The openers strong enough to cut a flattened header line in two. */
export const STRONG_OPENERS = /(?<![\p{L}])(Can cu|Thuc hien|Kinh gui|Kinh goi|Xet de nghi|Theo de nghi|Thi hanh)(?![\p{L}])/gu;

/** "Kính gửi", "Kính gởi" (the southern spelling), folded. */
export const KINH_GUI = /^kinh\s*g[uo]i\s*:?/i;
export const NOI_NHAN = /^noi\s*nhan\s*:?/i;
