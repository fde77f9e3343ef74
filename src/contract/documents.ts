import { z } from 'zod';

/** Văn bản: the types of administrative documents thidua reads and writes (Decree 30/2020, Art. 7). */
export const DOC_TYPES = [
  'Công văn',
  'Quyết định',
  'Kế hoạch',
  'Chỉ thị',
  'Báo cáo',
  'Tờ trình',
  'Thông báo',
  'Hướng dẫn',
  'Nghị quyết',
  'Giấy mời',
  'Biên bản',
  'Chương trình',
  'Quy chế',
  'Quy định',
  'Công điện',
  'Phương án',
  'Đề án',
  'Giấy giới thiệu',
] as const;
export const DocTypeSchema = z.enum(DOC_TYPES).describe('Tên loại văn bản');
export type DocType = z.infer<typeof DocTypeSchema>;

export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export const SigningAuthoritySchema = z.enum(SIGNING_AUTHORITIES).describe('Quyền hạn ký: thay mặt, ký thay, quyền, thừa lệnh, thừa ủy quyền');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Ngày (YYYY-MM-DD)');

export const ParsedReferenceSchema = z.object({
  number: z.string().describe('Số và ký hiệu đầy đủ, ví dụ 1908/UBND-KSTT'),
  date: isoDate.nullable(),
  kind: z.string().nullable().describe('Loại văn bản được dẫn, ví dụ Văn bản, Chỉ thị, Quyết định'),
  issuer: z.string().nullable().describe('Cơ quan ban hành văn bản được dẫn, như viết trong văn bản'),
});
export type ParsedReference = z.infer<typeof ParsedReferenceSchema>;

export const ParsedDeadlineSchema = z.object({
  date: isoDate,
  what: z.string().describe('Nghĩa vụ phải làm trước hạn, trích từ câu chứa ngày'),
});

export const ParsedTargetSchema = z.object({
  text: z.string().describe('Câu chứa chỉ tiêu'),
  comparator: z.enum(['>=', '<=', '=']),
  value: z.number(),
  unit: z.string().describe('Đơn vị đo, ví dụ %'),
});
export type ParsedTarget = z.infer<typeof ParsedTargetSchema>;

export const SignerSchema = z.object({
  name: z.string().nullable(),
  title: z.string().nullable().describe('Chức vụ người ký, như viết (ví dụ PHÓ CHỦ TỊCH)'),
  authority: SigningAuthoritySchema.nullable(),
  onBehalfOf: z.string().nullable().describe('Tập thể hoặc người đứng đầu được ký thay, ví dụ ỦY BAN NHÂN DÂN'),
});
export type Signer = z.infer<typeof SignerSchema>;

export const BodySectionSchema = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});
export type BodySection = z.infer<typeof BodySectionSchema>;

export const ParseProblemSchema = z.object({
  code: z.string().describe('Mã vấn đề, ví dụ missing_number, missing_day_month, impossible_date'),
  message: z.string().describe('Mô tả bằng tiếng Việt'),
  excerpt: z.string().describe('Đoạn văn bản liên quan'),
});
export type ParseProblem = z.infer<typeof ParseProblemSchema>;

/**
 * The structure of one document, as the parser reads it and as the DOCX renderer typesets it
 * (the "parse format"). Nothing in it is invented: what the text does not say is null or empty.
 */
export const ParsedDocumentSchema = z.object({
  docType: DocTypeSchema.nullable(),
  number: z.string().nullable().describe('Chữ số trước dấu "/" đầu tiên; null khi để trống'),
  symbol: z.string().nullable().describe('Mọi thứ sau dấu "/" đầu tiên, ví dụ UBND-NV hoặc 2020/QĐ-UBND'),
  parentIssuer: z.string().nullable().describe('Tên cơ quan chủ quản (nếu có)'),
  issuer: z.string().nullable().describe('Tên cơ quan ban hành, như viết'),
  place: z.string().nullable().describe('Địa danh'),
  date: isoDate.nullable().describe('Ngày ban hành; null khi thiếu ngày hoặc tháng'),
  year: z.number().int().nullable(),
  subject: z.string().nullable().describe('Trích yếu, không có tiền tố "V/v"'),
  recipients: z.array(z.string()).describe('Kính gửi; nếu không có thì Nơi nhận trừ dòng "Lưu…"'),
  references: z.array(ParsedReferenceSchema).describe('Các văn bản có số được dẫn, theo thứ tự xuất hiện, không lặp'),
  deadlines: z.array(ParsedDeadlineSchema),
  targets: z.array(ParsedTargetSchema),
  signer: SignerSchema.nullable().describe('null khi đoạn trích không có khối chữ ký'),
  body: z.array(BodySectionSchema).describe('Nội dung giữa Kính gửi (hoặc tiêu đề) và chữ ký, từ bị ngắt dòng được nối lại'),
  distribution: z.array(z.string()).describe('Các dòng Nơi nhận như viết, kể cả "Lưu…"'),
  problems: z.array(ParseProblemSchema),
});
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;
