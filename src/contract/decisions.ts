/**
 * Quyết định khen thưởng: drafted from approved nominations as a document of the issuing unit,
 * issued through its register; the awardees go into the award history and the fund's payouts.
 */
import { z } from 'zod';
import { AwardCodeSchema } from './awards.js';
import { IdSchema, IsoDateSchema, PageQuerySchema, VersionSchema, YearSchema, pageOf, requiredText, text } from './common.js';
import { SignerSchema } from './documents.js';

export const DecisionStatusSchema = z
  .enum(['draft', 'issued', 'recorded'])
  .describe('draft = dự thảo; issued = đã ban hành qua sổ văn bản; recorded = quyết định cũ nhập lại từ giấy');

export const DraftDecisionBodySchema = z
  .object({
    unitId: IdSchema.describe('Đơn vị ban hành quyết định (cấp xét)'),
    nominationIds: z.array(IdSchema).min(1, 'Chọn ít nhất một đề nghị đã được duyệt').max(2000),
    sessionId: IdSchema.nullable().default(null).describe('Phiên họp xét (để dẫn biên bản trong căn cứ)'),
    draftingUnitId: IdSchema.nullable().default(null).describe('Đơn vị soạn thảo, ví dụ Phòng Nội vụ'),
    signer: SignerSchema.nullable().default(null),
    subject: text(1000).nullable().default(null).describe('Trích yếu; mặc định "Về việc khen thưởng …"'),
  })
  .describe('Dự thảo quyết định khen thưởng từ các đề nghị đã được duyệt');
export type DraftDecisionBody = z.infer<typeof DraftDecisionBodySchema>;

export const IssueDecisionBodySchema = z.object({
  version: VersionSchema.describe('Phiên bản của quyết định'),
  documentVersion: VersionSchema.describe('Phiên bản của văn bản dự thảo'),
  issuedOn: IsoDateSchema.optional().describe('Ngày ban hành; mặc định hôm nay'),
});
export type IssueDecisionBody = z.infer<typeof IssueDecisionBodySchema>;

export const PastAwardeeInputSchema = z
  .object({
    personId: IdSchema.nullable().default(null),
    unitId: IdSchema.nullable().default(null),
    awardCode: AwardCodeSchema,
    achievement: text(2000).nullable().default(null),
  })
  .refine((v) => (v.personId === null) !== (v.unitId === null), { message: 'Chọn đúng một đối tượng: cá nhân (personId) hoặc tập thể (unitId)', path: ['personId'] });

export const RecordPastDecisionBodySchema = z
  .object({
    unitId: IdSchema.describe('Đơn vị lưu quyết định (cấp quản lý các đối tượng được khen)'),
    numberText: requiredText(100).describe('Số, ký hiệu như in trên quyết định, ví dụ 1234/QĐ-UBND'),
    issuedOn: IsoDateSchema,
    issuer: requiredText(300).describe('Cơ quan, người ban hành'),
    year: YearSchema.describe('Năm thành tích'),
    awardees: z.array(PastAwardeeInputSchema).min(1).max(2000),
  })
  .describe('Nhập một quyết định cũ cùng danh sách được khen trong một lần');
export type RecordPastDecisionBody = z.infer<typeof RecordPastDecisionBodySchema>;

export const AwardeeSchema = z.object({
  id: IdSchema,
  position: z.number().int(),
  nominationId: IdSchema.nullable(),
  personId: IdSchema.nullable(),
  unitId: IdSchema.nullable(),
  name: z.string(),
  nomineePosition: z.string().nullable(),
  unitName: z.string().nullable(),
  awardCode: AwardCodeSchema,
  awardName: z.string(),
  achievement: z.string().nullable(),
  cashMultiple: z.number().nullable(),
  amount: z.number().int().nullable().describe('Tiền thưởng (đồng) = hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục nghìn đồng'),
});
export type Awardee = z.infer<typeof AwardeeSchema>;

export const DecisionSummarySchema = z.object({
  id: IdSchema,
  unitId: IdSchema,
  unitName: z.string(),
  documentId: IdSchema.nullable(),
  status: DecisionStatusSchema,
  numberText: z.string().nullable().describe('Số, ký hiệu đầy đủ khi đã ban hành'),
  issuedOn: IsoDateSchema.nullable(),
  issuer: z.string().nullable(),
  year: z.number().int(),
  subject: z.string().nullable(),
  awardeeCount: z.number().int(),
  totalAmount: z.number().int(),
  version: VersionSchema,
});
export const DecisionPageSchema = pageOf(DecisionSummarySchema);
export const ListDecisionsQuerySchema = PageQuerySchema.extend({ unitId: IdSchema.optional(), year: YearSchema.optional(), status: DecisionStatusSchema.optional() });

export const DecisionSchema = DecisionSummarySchema.extend({
  baseSalary: z.number().int().nullable().describe('Mức lương cơ sở áp dụng (đồng/tháng)'),
  documentVersion: VersionSchema.nullable(),
  awardees: z.array(AwardeeSchema),
  canIssue: z.boolean(),
}).describe('Quyết định khen thưởng');
export type Decision = z.infer<typeof DecisionSchema>;

export const CertificateQuerySchema = z.object({
  awardeeId: IdSchema.optional().describe('Một người được khen; mặc định tất cả, mỗi người một trang'),
  layoutId: IdSchema.optional().describe('In lên phôi đã căn chỉnh (chỉ PDF)'),
});

// ——— Phôi Giấy khen ———

export const CERTIFICATE_FIELDS = ['name', 'unit', 'achievement', 'decision', 'placeDate', 'signer'] as const;
export const CertificateFieldSchema = z.enum(CERTIFICATE_FIELDS).describe('name = họ tên/tên tập thể; unit = đơn vị; achievement = thành tích; decision = số, ngày quyết định; placeDate = địa danh, ngày tháng; signer = người ký');
export const FieldPositionSchema = z.object({
  field: CertificateFieldSchema,
  xMm: z.number().min(0).max(1000).describe('Khoảng cách từ mép trái (mm)'),
  yMm: z.number().min(0).max(1000).describe('Khoảng cách từ mép trên đến chân dòng chữ (mm)'),
  widthMm: z.number().min(5).max(1000).describe('Bề rộng vùng chữ (mm); chữ dài tự xuống dòng'),
  fontSize: z.number().min(6).max(72),
  bold: z.boolean().default(false),
  align: z.enum(['left', 'center']).default('center'),
});
export const CertificateLayoutBodySchema = z.object({
  unitId: IdSchema,
  name: requiredText(200),
  pageWidthMm: z.number().int().min(100).max(600).default(297),
  pageHeightMm: z.number().int().min(100).max(600).default(210),
  fields: z.array(FieldPositionSchema).min(1).max(CERTIFICATE_FIELDS.length),
});
export const UpdateCertificateLayoutBodySchema = CertificateLayoutBodySchema.omit({ unitId: true }).partial().extend({ version: VersionSchema });
export const CertificateLayoutSchema = z.object({
  id: IdSchema,
  unitId: IdSchema,
  name: z.string(),
  pageWidthMm: z.number().int(),
  pageHeightMm: z.number().int(),
  fields: z.array(z.object({ field: CertificateFieldSchema, xMm: z.number(), yMm: z.number(), widthMm: z.number(), fontSize: z.number(), bold: z.boolean(), align: z.enum(['left', 'center']) })),
  version: VersionSchema,
});
export const CertificateLayoutListSchema = z.object({ items: z.array(CertificateLayoutSchema) });

// ——— Quỹ thi đua, khen thưởng ———

export const FundEntryKindSchema = z.enum(['income', 'payout']).describe('income = nguồn thu, trích lập; payout = chi thưởng');
export const CreateFundIncomeBodySchema = z.object({
  unitId: IdSchema,
  entryOn: IsoDateSchema,
  amount: z.number().int().min(1).max(1e13).describe('Số tiền (đồng)'),
  description: requiredText(500),
});
export const FundQuerySchema = z.object({ unitId: IdSchema, year: YearSchema });
export const FundEntrySchema = z.object({
  id: IdSchema,
  kind: FundEntryKindSchema,
  entryOn: IsoDateSchema,
  amount: z.number().int(),
  description: z.string(),
  decisionId: IdSchema.nullable(),
  decisionNumber: z.string().nullable(),
});
export const FundSchema = z.object({
  unitId: IdSchema,
  year: z.number().int(),
  openingBalance: z.number().int().describe('Số dư đầu năm'),
  income: z.number().int(),
  payouts: z.number().int(),
  balance: z.number().int(),
  entries: z.array(FundEntrySchema),
  byDecision: z.array(z.object({ decisionId: IdSchema, numberText: z.string().nullable(), issuedOn: IsoDateSchema.nullable(), awardees: z.number().int(), amount: z.number().int() })),
});
