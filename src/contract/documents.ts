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

/** POST /api/documents/parse with JSON: the text of one document (a file goes as the raw body instead). */
export const ParseDocumentTextBodySchema = z.object({
  text: z.string().describe('Toàn văn văn bản (Unicode); tệp .txt, .docx, .pdf thì gửi nguyên tệp làm nội dung yêu cầu'),
});
export type ParseDocumentTextBody = z.infer<typeof ParseDocumentTextBodySchema>;

// ——— Sổ văn bản: the register of documents — drafting, numbering, issuing, distributing ———
// (Appended below the parse format, whose sub-schemas it reuses.)
import { IdSchema, IsoDateSchema, PageQuerySchema, VersionSchema, YearSchema, pageOf, requiredText, text } from './common.js';
import { ReportTemplateOutSchema, ReportTemplateSchema } from './reporting.js';

export const DocDirectionSchema = z.enum(['incoming', 'outgoing']).describe('incoming = văn bản đến, outgoing = văn bản đi');
export type DocDirection = z.infer<typeof DocDirectionSchema>;

export const DocStatusSchema = z
  .enum(['draft', 'issued', 'registered'])
  .describe('draft = dự thảo (văn bản đi); issued = đã ban hành, có số, không sửa được nữa; registered = văn bản đến đã vào sổ');
export type DocStatus = z.infer<typeof DocStatusSchema>;

/** One "Kính gửi" entry as sent: exactly one of a unit, a cluster/block, or free text. */
export const RecipientInputSchema = z
  .object({
    unitId: IdSchema.optional().describe('Một đơn vị'),
    groupId: IdSchema.optional().describe('Một cụm, khối thi đua: khi ban hành, gửi đến mọi đơn vị thành viên'),
    text: requiredText(500).optional().describe('Tên nơi nhận ghi tự do, ví dụ "Các cơ quan, ban, ngành huyện"'),
  })
  .refine((r) => [r.unitId, r.groupId, r.text].filter((v) => v !== undefined).length === 1, {
    message: 'Mỗi nơi nhận là đúng một trong: đơn vị (unitId), cụm/khối (groupId) hoặc tên ghi tự do (text)',
  })
  .describe('Nơi nhận (Kính gửi)');
export type RecipientInput = z.infer<typeof RecipientInputSchema>;

export const RecipientSchema = z.object({
  unitId: IdSchema.nullable(),
  groupId: IdSchema.nullable(),
  text: z.string().nullable(),
  name: z.string().describe('Tên hiển thị: tên đơn vị, tên cụm/khối hoặc tên ghi tự do'),
});
export type Recipient = z.infer<typeof RecipientSchema>;

export const ReferenceInputSchema = ParsedReferenceSchema.extend({
  number: requiredText(200).describe('Số và ký hiệu đầy đủ, ví dụ 1908/UBND-KSTT'),
  date: IsoDateSchema.nullable().default(null),
  kind: text(100).nullable().default(null).describe('Loại văn bản được dẫn'),
  issuer: text(300).nullable().default(null).describe('Cơ quan ban hành văn bản được dẫn'),
}).describe('Căn cứ: một văn bản được dẫn');
export type ReferenceInput = z.infer<typeof ReferenceInputSchema>;

export const DocumentReferenceSchema = ParsedReferenceSchema.extend({
  resolvedDocumentId: IdSchema.nullable().describe('Văn bản được dẫn, khi nó có trong sổ văn bản (và bạn được xem)'),
});
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

export const DeliverySchema = z
  .object({
    unitId: IdSchema,
    unitName: z.string(),
    viaGroupId: IdSchema.nullable().describe('Cụm, khối mà đơn vị nhận qua (nếu gửi theo cụm, khối)'),
    deliveredAt: z.string().describe('Thời điểm gửi đến (ISO 8601)'),
    receivedAt: z.string().nullable().describe('Thời điểm đơn vị nhận đánh dấu đã nhận'),
    receivedByName: z.string().nullable().describe('Người đánh dấu đã nhận'),
  })
  .describe('Một lần gửi văn bản đến một đơn vị');
export type Delivery = z.infer<typeof DeliverySchema>;

export const DocumentFileSchema = z
  .object({
    id: IdSchema,
    name: z.string().describe('Tên tệp'),
    contentType: z.string(),
    size: z.number().int().describe('Kích thước (byte)'),
    sha256: z.string().describe('Mã băm SHA-256 của nội dung'),
    createdAt: z.string(),
  })
  .describe('Tệp đính kèm');
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

const documentHead = {
  id: IdSchema,
  direction: DocDirectionSchema,
  docType: DocTypeSchema,
  status: DocStatusSchema,
  ownerUnitId: IdSchema.describe('Đơn vị giữ sổ: đơn vị ban hành (văn bản đi) hoặc đơn vị nhận (văn bản đến)'),
  ownerUnitName: z.string(),
  number: z.number().int().nullable().describe('Số thứ tự trong sổ (văn bản đi: cấp khi ban hành)'),
  numberText: z.string().nullable().describe('Số như viết, ví dụ "05"'),
  symbol: z.string().nullable().describe('Ký hiệu, ví dụ UBND-NV'),
  fullNumber: z.string().nullable().describe('Số và ký hiệu, ví dụ 05/UBND-NV'),
  issuerName: z.string().nullable().describe('Cơ quan ban hành, như viết'),
  issuedOn: IsoDateSchema.nullable().describe('Ngày ban hành'),
  year: z.number().int().nullable(),
  subject: z.string().nullable().describe('Trích yếu'),
  version: VersionSchema,
  createdAt: z.string(),
};

export const DocumentSummarySchema = z.object(documentHead).describe('Một dòng của sổ văn bản');
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const DocumentSchema = z
  .object({
    ...documentHead,
    draftingUnitId: IdSchema.nullable().describe('Đơn vị soạn thảo'),
    draftingUnitName: z.string().nullable(),
    parentIssuer: z.string().nullable().describe('Cơ quan chủ quản'),
    place: z.string().nullable().describe('Địa danh'),
    recipients: z.array(RecipientSchema).describe('Kính gửi'),
    references: z.array(DocumentReferenceSchema).describe('Căn cứ'),
    body: z.array(BodySectionSchema),
    signer: SignerSchema.nullable(),
    distribution: z.array(z.string()).describe('Nơi nhận'),
    receivedOn: IsoDateSchema.nullable().describe('Ngày đến (văn bản đến)'),
    parsed: ParsedDocumentSchema.nullable().describe('Kết quả đọc văn bản lúc vào sổ (văn bản đến)'),
    problems: z.array(ParseProblemSchema).describe('Các vấn đề phát hiện khi đọc văn bản'),
    deliveries: z.array(DeliverySchema).describe('Các đơn vị đã được gửi (bạn chỉ thấy những đơn vị trong phạm vi của mình, trừ khi là đơn vị giữ sổ)'),
    files: z.array(DocumentFileSchema),
    issuedAt: z.string().nullable(),
    updatedAt: z.string(),
    heldByYourScope: z
      .boolean()
      .describe('Sổ giữ văn bản thuộc phạm vi của bạn: chỉ khi đó mới sửa, ban hành, đính kèm, giao nhiệm vụ (nếu vai trò cho phép)'),
  })
  .describe('Văn bản');
export type Document = z.infer<typeof DocumentSchema>;

export const DocumentPageSchema = pageOf(DocumentSummarySchema);

export const ListDocumentsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional().describe('Tìm trong số, ký hiệu, trích yếu, cơ quan ban hành, nội dung; có dấu hoặc không dấu'),
  direction: DocDirectionSchema.optional(),
  docType: DocTypeSchema.optional(),
  status: DocStatusSchema.optional(),
  year: YearSchema.optional(),
  ownerUnitId: IdSchema.optional().describe('Chỉ sổ văn bản của đơn vị này'),
});
export type ListDocumentsQuery = z.infer<typeof ListDocumentsQuerySchema>;

const editableFields = {
  docType: DocTypeSchema,
  parentIssuer: text(300).nullable().describe('Cơ quan chủ quản'),
  issuerName: text(300).nullable().describe('Cơ quan ban hành, như in trên văn bản'),
  symbol: text(100).nullable().describe('Ký hiệu, ví dụ UBND-NV hoặc KH-UBND'),
  place: text(100).nullable().describe('Địa danh'),
  subject: text(1000).nullable().describe('Trích yếu (không có tiền tố "V/v")'),
  recipients: z.array(RecipientInputSchema).max(500).describe('Kính gửi'),
  references: z.array(ReferenceInputSchema).max(200).describe('Căn cứ'),
  body: z.array(BodySectionSchema).max(500).describe('Nội dung theo mục'),
  signer: SignerSchema.nullable().describe('Người ký'),
  distribution: z.array(requiredText(500)).max(200).describe('Nơi nhận, mỗi dòng một nơi, kể cả "Lưu: VT, …"'),
};
const incomingOnlyFields = {
  number: text(50).nullable().describe('Số như viết trên văn bản đến'),
  issuedOn: IsoDateSchema.nullable().describe('Ngày ban hành của văn bản đến'),
  receivedOn: IsoDateSchema.nullable().describe('Ngày đến; mặc định hôm nay'),
};

/** What a draft or a registration may set; each request schema below picks from it. */
const DocumentFieldsSchema = z.object({ ...editableFields, ...incomingOnlyFields });

export const CreateOutgoingDocumentBodySchema = DocumentFieldsSchema.omit({ number: true, issuedOn: true, receivedOn: true })
  .partial()
  .extend({
    direction: z.literal('outgoing'),
    ownerUnitId: IdSchema.describe('Đơn vị ban hành: sổ văn bản đi của đơn vị này cấp số'),
    draftingUnitId: IdSchema.nullish().describe('Đơn vị soạn thảo, ví dụ Phòng Nội vụ'),
    docType: DocTypeSchema,
    issuerName: editableFields.issuerName.optional().describe('Cơ quan ban hành; mặc định suy ra từ đơn vị ban hành'),
    symbol: editableFields.symbol.optional().describe('Ký hiệu; mặc định suy ra từ loại văn bản và tên viết tắt của các đơn vị'),
    recipients: editableFields.recipients.default([]),
    references: editableFields.references.default([]),
    body: editableFields.body.default([]),
    distribution: editableFields.distribution.optional().describe('Nơi nhận; mặc định "Như trên" và "Lưu: VT, <đơn vị soạn thảo>"'),
  })
  .describe('Soạn văn bản đi (dự thảo)');
export type CreateOutgoingDocumentBody = z.infer<typeof CreateOutgoingDocumentBodySchema>;

export const RegisterIncomingDocumentBodySchema = DocumentFieldsSchema.partial()
  .extend({
    direction: z.literal('incoming'),
    ownerUnitId: IdSchema.describe('Đơn vị nhận, vào sổ văn bản đến của mình'),
    parsed: ParsedDocumentSchema.optional().describe('Kết quả đọc văn bản; các trường khác (nếu gửi) sửa lại kết quả này'),
  })
  .describe('Vào sổ văn bản đến, có thể từ kết quả đọc văn bản');
export type RegisterIncomingDocumentBody = z.infer<typeof RegisterIncomingDocumentBodySchema>;

export const CreateDocumentBodySchema = z.discriminatedUnion('direction', [
  CreateOutgoingDocumentBodySchema,
  RegisterIncomingDocumentBodySchema,
]);
export type CreateDocumentBody = z.infer<typeof CreateDocumentBodySchema>;

export const UpdateDocumentBodySchema = DocumentFieldsSchema.partial()
  .extend({
    draftingUnitId: IdSchema.nullable().optional().describe('Đơn vị soạn thảo'),
    version: VersionSchema,
  })
  .describe('Sửa dự thảo hoặc văn bản đến đã vào sổ; văn bản đã ban hành không sửa được. Số, ngày ban hành và ngày đến chỉ sửa ở văn bản đến.');
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBodySchema>;

export const IssueDocumentBodySchema = z.object({
  version: VersionSchema,
  issuedOn: IsoDateSchema.optional().describe('Ngày ban hành; mặc định hôm nay (giờ Việt Nam). Số lấy theo sổ của năm này.'),
});
export type IssueDocumentBody = z.infer<typeof IssueDocumentBodySchema>;

export const ReceiveDocumentBodySchema = z.object({
  unitId: IdSchema.optional().describe('Đơn vị nhận trong phạm vi của bạn; mặc định đơn vị công tác của bạn'),
});
export type ReceiveDocumentBody = z.infer<typeof ReceiveDocumentBodySchema>;

export const InboxQuerySchema = PageQuerySchema.extend({
  status: z.enum(['unread', 'all']).default('unread').describe('unread = chưa đánh dấu đã nhận'),
  unitId: IdSchema.optional().describe('Chỉ văn bản gửi đến đơn vị này'),
});
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

export const InboxItemSchema = DeliverySchema.extend({ document: DocumentSummarySchema }).describe('Một văn bản gửi đến một đơn vị trong phạm vi của bạn');
export const InboxPageSchema = pageOf(InboxItemSchema);

export const FileUploadQuerySchema = z.object({
  name: text(255).optional().describe('Tên tệp (đường dẫn và ký tự điều khiển bị loại bỏ)'),
});
export const DocumentFileParamsSchema = z.object({ id: IdSchema, fileId: IdSchema });

/** Nhiệm vụ giao từ một văn bản (yêu cầu báo cáo); module báo cáo xây dựng trên đây. */
export const AssignmentSchema = z
  .object({
    id: IdSchema,
    documentId: IdSchema,
    documentNumber: z.string().nullable().describe('Số và ký hiệu của văn bản giao nhiệm vụ'),
    documentSubject: z.string().nullable(),
    title: z.string().describe('Nội dung nhiệm vụ'),
    dueOn: IsoDateSchema.describe('Hạn (chậm nhất ngày này, giờ Việt Nam)'),
    lockOn: IsoDateSchema.nullable().describe('Ngày khóa: sau ngày này không nhận báo cáo nữa'),
    units: z.array(z.object({ unitId: IdSchema, unitName: z.string() })).describe('Đơn vị được giao (trong phạm vi của bạn)'),
    movementId: IdSchema.nullable().describe('Phong trào thi đua mà báo cáo thuộc về'),
    movementName: z.string().nullable(),
    period: z.string().describe('Kỳ báo cáo, ví dụ 2024 hoặc 2024-6T'),
    template: ReportTemplateOutSchema,
    remindDaysBefore: z.number().int().nullable().describe('Nhắc trước hạn bao nhiêu ngày (null: không nhắc tự động)'),
    canManage: z.boolean().describe('Người xem là bên giao nhiệm vụ: sửa mẫu, theo dõi, tiếp nhận báo cáo'),
    canTrack: z.boolean().describe('Người xem được xem tình hình báo cáo, số liệu tổng hợp và bảng điều khiển'),
    version: VersionSchema,
    createdAt: z.string(),
  })
  .describe('Nhiệm vụ');
export type Assignment = z.infer<typeof AssignmentSchema>;

export const CreateAssignmentBodySchema = z.object({
  title: requiredText(500).describe('Nội dung nhiệm vụ'),
  dueOn: IsoDateSchema.describe('Hạn'),
  lockOn: IsoDateSchema.nullish().describe('Ngày khóa, không trước hạn'),
  unitIds: z.array(IdSchema).max(10_000).optional().describe('Đơn vị được giao; mặc định các đơn vị nhận văn bản'),
  movementId: IdSchema.nullable().default(null).describe('Phong trào thi đua'),
  period: text(40).default('').describe('Kỳ báo cáo; mặc định năm của hạn báo cáo'),
  template: ReportTemplateSchema.optional().describe('Mẫu báo cáo; mặc định mọi chỉ tiêu của phong trào và ba mục lời văn'),
  remindDaysBefore: z.number().int().min(0).max(60).nullable().default(3),
});
export type CreateAssignmentBody = z.infer<typeof CreateAssignmentBodySchema>;
export type CreateAssignmentInput = z.input<typeof CreateAssignmentBodySchema>;

export const ListAssignmentsQuerySchema = z.object({
  documentId: IdSchema.optional(),
  unitId: IdSchema.optional().describe('Chỉ nhiệm vụ giao cho đơn vị này'),
  movementId: IdSchema.optional().describe('Chỉ nhiệm vụ báo cáo của phong trào này'),
});
export const AssignmentListSchema = z.object({ items: z.array(AssignmentSchema) });
