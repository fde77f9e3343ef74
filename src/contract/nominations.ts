/**
 * Đề nghị khen thưởng: a unit proposes one nominee for one award; the council of the reviewing
 * level votes; each nominee ends with its own outcome.
 */
import { z } from 'zod';
import { AwardCodeSchema, EligibilityInputSchema, EligibilityResultSchema, EligibilityStatusSchema } from './awards.js';
import { IdSchema, IsoDateSchema, PageQuerySchema, VersionSchema, YearSchema, pageOf, requiredText, text } from './common.js';

export const NOMINATION_STATUSES = ['draft', 'submitted', 'reviewing', 'voted', 'approved', 'rejected', 'decided', 'forwarded'] as const;
export const NominationStatusSchema = z
  .enum(NOMINATION_STATUSES)
  .describe('draft = nháp; submitted = đã gửi; reviewing = đang thẩm định; voted = đã bỏ phiếu; approved = được duyệt; rejected = không duyệt; decided = đã có quyết định; forwarded = đã trình cấp trên');
export type NominationStatus = z.infer<typeof NominationStatusSchema>;

export const AwardKindSchema = z
  .enum(['regular', 'thematic', 'sudden'])
  .describe('regular = thường xuyên (công trạng, thành tích cả năm); thematic = theo đợt, chuyên đề; sudden = đột xuất');

const members = EligibilityInputSchema.shape.members;

/** Báo cáo thành tích, by the sections of the form. */
export const AchievementReportSchema = z.object({
  summary: text(20_000).default('').describe('I. Sơ lược lý lịch (cá nhân) hoặc đặc điểm, tình hình (tập thể)'),
  achievements: text(100_000).default('').describe('II. Thành tích đạt được'),
  priorAwards: text(20_000).default('').describe('III. Các hình thức đã được khen thưởng'),
});
export const AchievementReportOutSchema = z.object({ summary: z.string(), achievements: z.string(), priorAwards: z.string() });

export const CreateNominationBodySchema = z
  .object({
    proposingUnitId: IdSchema.describe('Đơn vị đề nghị'),
    year: YearSchema.describe('Năm thành tích'),
    awardCode: AwardCodeSchema,
    awardKind: AwardKindSchema.default('regular'),
    personId: IdSchema.nullable().default(null).describe('Cá nhân được đề nghị'),
    unitId: IdSchema.nullable().default(null).describe('Tập thể được đề nghị'),
    nomineePosition: text(300).nullable().optional().describe('Chức vụ in trong danh sách; mặc định lấy từ hồ sơ cá nhân'),
    proposedOn: IsoDateSchema.optional().describe('Ngày đề nghị; mặc định hôm nay'),
    members,
    report: AchievementReportSchema.default({ summary: '', achievements: '', priorAwards: '' }),
    justification: text(5_000).nullable().default(null).describe('Giải trình khi chưa đủ điều kiện mà vẫn đề nghị'),
    sourceReportId: IdSchema.nullable().default(null).describe('Báo cáo có danh sách tiêu biểu mà đề nghị này lấy từ'),
  })
  .refine((v) => (v.personId === null) !== (v.unitId === null), { message: 'Chọn đúng một đối tượng: cá nhân (personId) hoặc tập thể (unitId)', path: ['personId'] })
  .describe('Lập đề nghị khen thưởng (nháp)');
export type CreateNominationBody = z.infer<typeof CreateNominationBodySchema>;

export const UpdateNominationBodySchema = z
  .object({
    awardCode: AwardCodeSchema.optional(),
    awardKind: AwardKindSchema.optional(),
    nomineePosition: text(300).nullable().optional(),
    proposedOn: IsoDateSchema.optional(),
    // Without the defaults of the create body: a field left out keeps its stored value.
    members: members.unwrap().optional(),
    report: z
      .object({
        summary: AchievementReportSchema.shape.summary.unwrap().optional(),
        achievements: AchievementReportSchema.shape.achievements.unwrap().optional(),
        priorAwards: AchievementReportSchema.shape.priorAwards.unwrap().optional(),
      })
      .optional()
      .describe('Chỉ các mục gửi lên được thay; mục không gửi giữ nguyên'),
    justification: text(5_000).nullable().optional(),
    version: VersionSchema,
  })
  .describe('Sửa đề nghị khi còn nháp; điều kiện được xét lại khi lưu');
export type UpdateNominationBody = z.infer<typeof UpdateNominationBodySchema>;

export const SubmitNominationsBodySchema = z
  .object({
    items: z
      .array(z.object({ id: IdSchema, version: VersionSchema }))
      .min(1, 'Chọn ít nhất một đề nghị')
      .max(500)
      .describe('Các đề nghị gửi cùng một lần (danh sách); mỗi đề nghị giữ trạng thái riêng'),
  })
  .describe('Gửi đề nghị lên cấp xét');
export type SubmitNominationsBody = z.infer<typeof SubmitNominationsBodySchema>;

export const ReturnNominationBodySchema = z.object({ version: VersionSchema, note: requiredText(2_000).describe('Lý do trả lại') });
export type ReturnNominationBody = z.infer<typeof ReturnNominationBodySchema>;

export const ReviewNominationBodySchema = z.object({ version: VersionSchema }).describe('Nhận hồ sơ để thẩm định');

export const OUTCOMES = ['approved', 'approved_lower', 'rejected', 'forwarded'] as const;
export const NominationOutcomeBodySchema = z
  .object({
    outcome: z
      .enum(OUTCOMES)
      .describe('approved = duyệt hình thức đề nghị; approved_lower = duyệt hình thức thấp hơn; rejected = không duyệt; forwarded = trình cấp trên'),
    awardCode: AwardCodeSchema.optional().describe('Hình thức được duyệt khi approved_lower'),
    note: text(2_000).nullable().default(null),
    version: VersionSchema,
  })
  .refine((v) => v.outcome !== 'approved_lower' || v.awardCode !== undefined, { message: 'Chọn hình thức được duyệt', path: ['awardCode'] })
  .describe('Kết quả xét của một đề nghị');
export type NominationOutcomeBody = z.infer<typeof NominationOutcomeBodySchema>;

export const ListNominationsQuerySchema = PageQuerySchema.extend({
  year: YearSchema.optional(),
  status: NominationStatusSchema.optional(),
  awardCode: AwardCodeSchema.optional(),
  proposingUnitId: IdSchema.optional().describe('Đề nghị của đơn vị này (và các đơn vị trực thuộc)'),
  reviewingUnitId: IdSchema.optional().describe('Đề nghị gửi đến cấp xét này'),
  q: text(200).optional().describe('Tìm theo tên, không cần dấu'),
});
export type ListNominationsQuery = z.infer<typeof ListNominationsQuerySchema>;

export const NominationEventSchema = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string().describe('create, update, submit, return, review, vote, approve, approve_lower, reject, forward, decide'),
  fromStatus: NominationStatusSchema.nullable(),
  toStatus: NominationStatusSchema,
  note: z.string().nullable(),
});

export const NominationFileSchema = z.object({ id: IdSchema, name: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() });

export const VoteResultSchema = z.object({
  sessionId: IdSchema,
  sessionTitle: z.string(),
  heldOn: IsoDateSchema,
  agree: z.number().int(),
  disagree: z.number().int(),
  abstain: z.number().int(),
  countedOf: z.number().int().describe('Mẫu số: tổng số thành viên hoặc số có mặt, theo quy định của hình thức'),
  thresholdPercent: z.number().int(),
  passed: z.boolean(),
});

export const NominationSummarySchema = z.object({
  id: IdSchema,
  status: NominationStatusSchema,
  year: z.number().int(),
  awardCode: AwardCodeSchema,
  awardName: z.string(),
  awardKind: AwardKindSchema,
  nominee: z.object({
    kind: z.enum(['person', 'collective']),
    personId: IdSchema.nullable(),
    unitId: IdSchema.nullable(),
    name: z.string(),
    position: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  proposingUnit: z.object({ id: IdSchema, name: z.string() }),
  reviewingUnit: z.object({ id: IdSchema, name: z.string() }),
  proposedOn: IsoDateSchema,
  eligibilityStatus: EligibilityStatusSchema.nullable(),
  flagged: z.boolean().describe('Chưa đủ điều kiện nhưng vẫn đề nghị, có giải trình'),
  outcomeAwardCode: AwardCodeSchema.nullable(),
  submittedAt: z.string().nullable(),
  version: VersionSchema,
});
export type NominationSummary = z.infer<typeof NominationSummarySchema>;
export const NominationPageSchema = pageOf(NominationSummarySchema);

export const NominationSchema = NominationSummarySchema.extend({
  members: z.object({ total: z.number().int(), completed: z.number().int(), ldtt: z.number().int(), cstdcs: z.number().int() }).nullable(),
  report: AchievementReportOutSchema,
  eligibility: EligibilityResultSchema.nullable(),
  justification: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  forwardedFromId: IdSchema.nullable(),
  sourceReportId: IdSchema.nullable(),
  voteResults: z.array(VoteResultSchema),
  decision: z.object({ id: IdSchema, numberText: z.string().nullable(), issuedOn: IsoDateSchema.nullable() }).nullable(),
  files: z.array(NominationFileSchema),
  events: z.array(NominationEventSchema),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canReview: z.boolean(),
}).describe('Một đề nghị khen thưởng');
export type Nomination = z.infer<typeof NominationSchema>;

export const SubmitNominationsResultSchema = z.object({ items: z.array(NominationSummarySchema) });

/** Candidates from the exemplary lists of a unit's accepted reports, matched to people where the name is unique. */
export const NominationCandidateSchema = z.object({
  reportId: IdSchema,
  assignmentTitle: z.string(),
  unitId: IdSchema,
  unitName: z.string(),
  kind: z.enum(['person', 'collective']),
  name: z.string(),
  position: z.string().nullable(),
  achievement: z.string(),
  personId: IdSchema.nullable().describe('Cá nhân trùng tên duy nhất trong đơn vị, nếu có'),
  nominated: z.boolean().describe('Đã có đề nghị năm này'),
});
export const NominationCandidatesQuerySchema = z.object({ unitId: IdSchema, year: YearSchema });
export const NominationCandidateListSchema = z.object({ items: z.array(NominationCandidateSchema) });

// ——— Added with the nominations server module ———

export const DeleteNominationQuerySchema = z.object({
  version: z.coerce.number().pipe(VersionSchema).optional().describe('Phiên bản đang xem: khác phiên bản hiện tại thì không xóa (409)'),
});

/** Hồ sơ trình cấp trên: the nominations a reviewing level forwarded in one year. */
export const ForwardingPackageQuerySchema = z.object({
  reviewingUnitId: IdSchema.describe('Cấp xét đã trình cấp trên'),
  year: YearSchema,
});

/** Chỉ tiêu khen thưởng: at most `maxCount` nominations of an award a unit may send in a year. */
export const AwardQuotaSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  awardCode: AwardCodeSchema,
  awardName: z.string(),
  maxCount: z.number().int(),
  used: z.number().int().describe('Số đề nghị đã gửi (không tính nháp, không duyệt)'),
});
export const AwardQuotaListSchema = z.object({ items: z.array(AwardQuotaSchema) });
export const AwardQuotasQuerySchema = z.object({ unitId: IdSchema.describe('Đơn vị giao chỉ tiêu cho các đơn vị trực thuộc'), year: YearSchema });
export const ReplaceAwardQuotasBodySchema = z
  .object({
    items: z
      .array(z.object({ unitId: IdSchema.describe('Đơn vị trực thuộc'), awardCode: AwardCodeSchema, maxCount: z.number().int().min(0).max(10_000) }))
      .max(5_000)
      .describe('Toàn bộ chỉ tiêu của năm: chỉ tiêu không có trong danh sách bị xóa'),
  })
  .describe('Thay chỉ tiêu khen thưởng của các đơn vị trực thuộc trong một năm');
export type ReplaceAwardQuotasBody = z.infer<typeof ReplaceAwardQuotasBodySchema>;

/** Quy định khen thưởng in force for a unit: its own, or the nearest level above that set one. */
export const AwardSettingsSchema = z.object({
  unitId: IdSchema,
  cstdcsPercentOfLdtt: z.number().int().nullable().describe('CSTĐCS không quá bao nhiêu % số cá nhân đạt LĐTT của đơn vị trong năm; null = không giới hạn'),
  note: z.string().nullable(),
  setBy: z.object({ unitId: IdSchema, unitName: z.string() }).nullable().describe('Cấp đặt quy định đang áp dụng; null khi chưa cấp nào đặt'),
  version: VersionSchema.nullable().describe('Phiên bản quy định riêng của đơn vị này; null khi đơn vị chưa đặt riêng'),
});
export type AwardSettings = z.infer<typeof AwardSettingsSchema>;
export const AwardSettingsQuerySchema = z.object({ unitId: IdSchema });
export const UpdateAwardSettingsBodySchema = z
  .object({
    cstdcsPercentOfLdtt: z.number().int().min(1).max(100).nullable().describe('Tỷ lệ tối đa (%); null = bỏ giới hạn'),
    note: text(1000).nullable().default(null).describe('Căn cứ, ví dụ "Quy chế thi đua, khen thưởng tỉnh, Điều 9"'),
    version: VersionSchema.nullable().default(null).describe('Phiên bản đang sửa; null khi đặt lần đầu'),
  })
  .describe('Đặt quy định khen thưởng của một cấp');
export type UpdateAwardSettingsBody = z.infer<typeof UpdateAwardSettingsBodySchema>;
