/** Test support: the seed công văn in the parse format, and a factory for variants of it. */
import { readFileSync } from 'node:fs';
import { ParsedDocumentSchema, type ParsedDocument } from '../../../contract/documents.js';

export const SEED_DISPATCH_PATH = new URL('./testdata/seed-dispatch.json', import.meta.url);

/**
 * Công văn /UBND-NV (2024) of UBND huyện Tủa Chùa, written by hand from the seed text: an
 * unnumbered, undated draft with three Kính gửi addressees and a KT. signature.
 */
export function seedDispatch(): ParsedDocument {
  return ParsedDocumentSchema.parse(JSON.parse(readFileSync(SEED_DISPATCH_PATH, 'utf8')));
}

export function makeDocument(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return { ...seedDispatch(), ...overrides };
}

/** A short commune decision (own wording) with căn cứ, Điều 1–3, and recipients taken from Nơi nhận. */
export function makeDecision(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return makeDocument({
    docType: 'Quyết định',
    number: '12',
    symbol: 'QĐ-UBND',
    issuer: 'ỦY BAN NHÂN DÂN XÃ SÍN CHẢI',
    place: 'Sín Chải',
    date: '2024-12-20',
    year: 2024,
    subject: 'Về việc tặng Giấy khen cho tập thể có thành tích trong phong trào thi đua năm 2024',
    recipients: ['Như Điều 3', 'Thường trực Đảng ủy xã'],
    references: [],
    deadlines: [],
    signer: { name: 'Lò Văn Minh', title: 'CHỦ TỊCH', authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' },
    body: [
      {
        heading: null,
        paragraphs: [
          'Căn cứ Luật Tổ chức chính quyền địa phương;',
          'Căn cứ Luật Thi đua, khen thưởng;',
          'Theo đề nghị của công chức Văn hóa - Xã hội xã.',
          'Điều 1. Tặng Giấy khen cho Thôn Sín Chải A đã có thành tích xuất sắc trong phong trào thi đua năm 2024.',
          'Điều 2. Kèm theo Giấy khen là tiền thưởng theo quy định.',
          'Điều 3. Văn phòng - Thống kê xã, Thôn Sín Chải A chịu trách nhiệm thi hành Quyết định này./.',
        ],
      },
    ],
    distribution: ['Như Điều 3;', 'Thường trực Đảng ủy xã;', 'Lưu: VT.'],
    problems: [],
    ...overrides,
  });
}
