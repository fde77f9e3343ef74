/**
 * Giao ước thi đua of a Cụm or Khối for a year: the criteria table (content groups → criteria,
 * bonus and penalty items), the members' signatures, self-scoring, the head's consolidation with
 * written adjustments, and the ranking (domain.md §2.2).
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, VersionSchema, YearSchema, requiredText, text } from './common.js';
import { GroupKindSchema } from './groups.js';
import { ImportQuerySchema } from './units.js';

/**
 * draft = the table is being written; scoring = members sign and score themselves (each sees only
 * its own scores); review = scoring closed, every member sees every score, adjustments need a
 * written reason; closed = the ranking is final.
 */
export const CovenantStatusSchema = z.enum(['draft', 'scoring', 'review', 'closed']).describe('Trạng thái giao ước');
export type CovenantStatus = z.infer<typeof CovenantStatusSchema>;

/** group = nhóm nội dung; criterion = tiêu chí chấm điểm; bonus = điểm thưởng (cộng); penalty = điểm trừ. */
export const CriterionKindSchema = z.enum(['group', 'criterion', 'bonus', 'penalty']).describe('Loại dòng của bảng tiêu chí');
export type CriterionKind = z.infer<typeof CriterionKindSchema>;

/** Points to two decimals, as score sheets are kept. */
export const PointsSchema = z
  .number()
  .min(0, 'Điểm không được âm')
  .max(10_000, 'Điểm tối đa là 10.000')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'Điểm lấy tối đa 2 chữ số thập phân');

/** "1", "1.2", "A", "B.3": segments of letters or digits; the parent of "1.2" is "1". */
export const CriterionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{1,6}(\.[0-9A-Z]{1,6}){0,3}$/, 'Mã tiêu chí gồm các đoạn chữ hoặc số cách nhau bằng dấu chấm, ví dụ 1, 1.2, A.1');

export const CriterionInputSchema = z.object({
  code: CriterionCodeSchema,
  name: requiredText(1000),
  kind: CriterionKindSchema,
  maxPoints: PointsSchema.describe('Điểm tối đa (nhóm: tổng điểm tối đa các tiêu chí trong nhóm; điểm trừ: mức trừ tối đa)'),
  evidenceRequired: z.boolean().default(false).describe('Phải kèm minh chứng khi tự chấm'),
  indicatorId: IdSchema.nullable().default(null).describe('Chỉ tiêu báo cáo gắn với tiêu chí (gợi ý điểm từ số liệu báo cáo đã duyệt)'),
});
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

export const CriterionSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  position: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: CriterionKindSchema,
  maxPoints: z.number(),
  evidenceRequired: z.boolean(),
  indicatorId: IdSchema.nullable(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CovenantMemberSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  scoreStatus: z.enum(['none', 'draft', 'submitted']).describe('Chưa chấm, đang chấm, đã nộp'),
  submittedAt: z.string().nullable(),
  total: z.number().nullable().describe('Tổng điểm; null khi chưa được xem (trước khi khóa chấm điểm, chỉ đơn vị mình và cấp tổ chức thấy)'),
});

export const VoteChoiceSchema = z.enum(['agree', 'disagree', 'abstain']).describe('Đồng ý, không đồng ý, không biểu quyết');

/** Suy tôn đơn vị dẫn đầu: one ballot per member unit, cast by its head. */
export const CovenantVoteSchema = z.object({
  candidateUnitId: IdSchema,
  candidateName: z.string(),
  thresholdPercent: z.number().int(),
  ballot: z.enum(['secret', 'open']),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  votersTotal: z.number().int().describe('Số đơn vị thành viên (mẫu số của tỷ lệ)'),
  castUnitIds: z.array(IdSchema).describe('Các đơn vị đã bỏ phiếu (không kèm lựa chọn khi bỏ phiếu kín)'),
  myChoices: z.array(z.object({ unitId: IdSchema, choice: VoteChoiceSchema })).describe('Phiếu của các đơn vị người dùng bỏ phiếu thay'),
  choices: z.array(z.object({ unitId: IdSchema, choice: VoteChoiceSchema })).nullable().describe('Phiếu của từng đơn vị khi biểu quyết công khai; null khi bỏ phiếu kín'),
  result: z
    .object({ agree: z.number().int(), disagree: z.number().int(), abstain: z.number().int(), percent: z.number(), passed: z.boolean() })
    .nullable()
    .describe('Kết quả, có khi đã kết thúc biểu quyết'),
  nominationIds: z.array(IdSchema).describe('Các đề nghị khen thưởng lập từ kết quả (Cờ thi đua, Bằng khen)'),
  version: VersionSchema,
});
export type CovenantVote = z.infer<typeof CovenantVoteSchema>;

export const OpenVoteBodySchema = z.object({
  candidateUnitId: IdSchema.describe('Đơn vị được suy tôn (thường là đơn vị xếp thứ nhất)'),
  thresholdPercent: z.number().int().min(50).max(100).default(70).describe('Tỷ lệ đồng ý tối thiểu trên tổng số đơn vị thành viên (mặc định 70 %)'),
  ballot: z.enum(['secret', 'open']).default('secret'),
  version: VersionSchema.describe('Phiên bản giao ước'),
});
export type OpenVoteBody = z.infer<typeof OpenVoteBodySchema>;
export const CastCovenantBallotBodySchema = z.object({ unitId: IdSchema, choice: VoteChoiceSchema });
export const CloseVoteBodySchema = z.object({
  version: VersionSchema.describe('Phiên bản của cuộc biểu quyết'),
  bangKhenUnitIds: z.array(IdSchema).max(500).default([]).describe('Các đơn vị thành viên khác được đề nghị Bằng khen của Chủ tịch UBND tỉnh'),
});
export type CloseVoteBody = z.infer<typeof CloseVoteBodySchema>;

export const CovenantLeaderSchema = z.object({
  covenantId: IdSchema,
  groupName: z.string(),
  groupKind: GroupKindSchema,
  unitId: IdSchema,
  unitName: z.string(),
  total: z.number(),
  governmentNominationId: IdSchema.nullable().describe('Đề nghị Cờ thi đua của Chính phủ đã lập cho đơn vị này'),
});
export const CovenantLeadersSchema = z.object({
  year: z.number().int(),
  organiserUnitId: IdSchema,
  cap: z.number().int().describe('Số Cờ thi đua của Chính phủ đề nghị tối đa: 20 % số đơn vị dẫn đầu, làm tròn xuống'),
  leaders: z.array(CovenantLeaderSchema),
});
export const CovenantLeadersQuerySchema = z.object({ organiserUnitId: IdSchema, year: YearSchema });
export const GovernmentFlagsBodySchema = z.object({
  organiserUnitId: IdSchema,
  year: YearSchema,
  unitIds: z.array(IdSchema).min(1, 'Chọn ít nhất một đơn vị').max(500),
});
export type GovernmentFlagsBody = z.infer<typeof GovernmentFlagsBodySchema>;

export const CovenantSchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  groupName: z.string(),
  groupKind: GroupKindSchema,
  year: z.number().int(),
  organiserUnitId: IdSchema,
  organiserName: z.string(),
  headUnitId: IdSchema.nullable(),
  title: z.string(),
  status: CovenantStatusSchema,
  scoringDeadline: IsoDateSchema.describe('Hạn nộp bảng tự chấm (hết ngày này)'),
  maxTotal: z.number().describe('Tổng điểm tối đa của các tiêu chí (không kể điểm thưởng)'),
  criteria: z.array(CriterionSchema),
  members: z.array(CovenantMemberSchema),
  canManage: z.boolean().describe('Người dùng sửa được bảng tiêu chí, khóa chấm điểm, điều chỉnh điểm'),
  canAdjust: z.boolean(),
  scoringUnitIds: z.array(IdSchema).describe('Các đơn vị thành viên mà người dùng được chấm điểm, ký giao ước'),
  votingUnitIds: z.array(IdSchema).describe('Các đơn vị thành viên mà người dùng bỏ phiếu thay (thủ trưởng)'),
  vote: CovenantVoteSchema.nullable(),
  version: VersionSchema,
});
export type Covenant = z.infer<typeof CovenantSchema>;

export const CovenantSummarySchema = CovenantSchema.omit({ criteria: true, members: true, vote: true }).extend({
  memberCount: z.number().int(),
  signedCount: z.number().int(),
  submittedCount: z.number().int(),
});
export const CovenantListSchema = z.object({ items: z.array(CovenantSummarySchema) });
export const ListCovenantsQuerySchema = z.object({
  year: YearSchema.optional(),
  groupId: IdSchema.optional(),
});

export const CreateCovenantBodySchema = z
  .object({
    groupId: IdSchema,
    title: requiredText(500),
    scoringDeadline: IsoDateSchema,
    criteria: z.array(CriterionInputSchema).max(500).default([]),
    copyFromCovenantId: IdSchema.nullable().default(null).describe('Chép bảng tiêu chí từ giao ước khác (thường là năm trước); khi có thì bỏ qua criteria'),
  })
  .describe('Lập giao ước thi đua của một cụm, khối');
export type CreateCovenantBody = z.infer<typeof CreateCovenantBodySchema>;

export const UpdateCovenantBodySchema = z.object({
  title: requiredText(500).optional(),
  scoringDeadline: IsoDateSchema.optional(),
  criteria: z.array(CriterionInputSchema).max(500).optional().describe('Thay toàn bộ bảng tiêu chí (chỉ khi còn dự thảo)'),
  version: VersionSchema,
});
export type UpdateCovenantBody = z.infer<typeof UpdateCovenantBodySchema>;

export const CovenantStepBodySchema = z.object({ version: VersionSchema });
export const SignCovenantBodySchema = z.object({ unitId: IdSchema.describe('Đơn vị thành viên ký giao ước') });

export const ScoreItemSchema = z.object({
  criterionId: IdSchema,
  score: PointsSchema.nullable().describe('null = chưa chấm'),
  evidence: text(2000).nullable().default(null).describe('Minh chứng: số, ngày văn bản, đường dẫn, mô tả'),
});
export const SaveScoresBodySchema = z.object({
  items: z.array(ScoreItemSchema).max(500),
  version: VersionSchema.nullable().describe('Phiên bản bảng điểm của đơn vị; null khi chấm lần đầu'),
});
export type SaveScoresBody = z.infer<typeof SaveScoresBodySchema>;
export const UnitParamsSchema = z.object({ id: IdSchema, unitId: IdSchema });

export const AdjustmentSchema = z.object({
  id: IdSchema,
  criterionId: IdSchema,
  fromScore: z.number().nullable(),
  toScore: z.number(),
  reason: z.string(),
  byName: z.string(),
  at: z.string(),
});
/** A file attached as evidence for one criterion of a member's sheet. */
export const EvidenceFileSchema = z.object({ id: IdSchema, name: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() });
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;
export const EvidenceUploadQuerySchema = z.object({
  criterionId: IdSchema.describe('Tiêu chí mà tệp làm minh chứng'),
  name: text(255).optional().describe('Tên tệp (đường dẫn và ký tự điều khiển bị loại bỏ)'),
});
export const EvidenceFileParamsSchema = z.object({ id: IdSchema, unitId: IdSchema, fileId: IdSchema });

export const ScoreLineSchema = z.object({
  criterionId: IdSchema,
  selfScore: z.number().nullable(),
  evidence: z.string().nullable(),
  files: z.array(EvidenceFileSchema).describe('Tệp minh chứng đính kèm'),
  finalScore: z.number().nullable().describe('Điểm sau điều chỉnh (bằng điểm tự chấm khi không điều chỉnh)'),
  adjustments: z.array(AdjustmentSchema),
});
export const UnitScoresSchema = z.object({
  covenantId: IdSchema,
  unitId: IdSchema,
  unitName: z.string(),
  status: z.enum(['none', 'draft', 'submitted']),
  submittedAt: z.string().nullable(),
  items: z.array(ScoreLineSchema),
  selfTotal: z.number(),
  total: z.number().describe('Tổng điểm sau điều chỉnh: tiêu chí + điểm thưởng − điểm trừ'),
  canEdit: z.boolean(),
  version: VersionSchema.nullable(),
});
export type UnitScores = z.infer<typeof UnitScoresSchema>;

export const AdjustScoreBodySchema = z.object({
  unitId: IdSchema,
  criterionId: IdSchema,
  score: PointsSchema,
  reason: text(2000).pipe(z.string().min(10, 'Ghi rõ lý do điều chỉnh (ít nhất 10 ký tự)')),
});
export type AdjustScoreBody = z.infer<typeof AdjustScoreBodySchema>;

export const RankingRowSchema = z.object({
  rank: z.number().int().describe('Thứ hạng; các đơn vị bằng nhau sau mọi tiêu chí phụ có cùng thứ hạng'),
  unitId: IdSchema,
  unitName: z.string(),
  total: z.number(),
  groupTotals: z.array(z.object({ code: z.string(), name: z.string(), points: z.number() })),
  bonus: z.number(),
  penalty: z.number(),
  decidedBy: z.string().nullable().describe('Tiêu chí phụ đã phân định thứ hạng với đơn vị liền trên; null khi hơn điểm tổng'),
});
export const RankingSchema = z.object({
  covenantId: IdSchema,
  final: z.boolean().describe('true khi giao ước đã kết thúc'),
  tieBreakers: z.array(z.string()).describe('Thứ tự tiêu chí phụ khi bằng tổng điểm'),
  items: z.array(RankingRowSchema),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const CriteriaImportSummarySchema = z.object({
  rows: z.number().int().describe('Số dòng của bảng tiêu chí trong tệp'),
  dryRun: z.boolean().describe('true: chỉ kiểm tra, chưa ghi'),
});

/** An indicator of a report a criterion may be tied to (a movement of the organiser or above, that year). */
export const CovenantIndicatorSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  unitOfMeasure: z.string(),
  movementName: z.string(),
});
export const CovenantIndicatorListSchema = z.object({ items: z.array(CovenantIndicatorSchema) });

/** What a tied criterion's accepted figure earns: full marks at the target, else the share reached. */
export const ScoreSuggestionSchema = z.object({
  criterionId: IdSchema,
  indicatorName: z.string(),
  figure: z.number().nullable().describe('Số liệu của báo cáo đã tiếp nhận gần nhất trong năm; null khi chưa có'),
  unitOfMeasure: z.string(),
  target: z.string().nullable().describe('Chỉ tiêu áp dụng cho cấp của đơn vị, ví dụ "≥ 60 %"'),
  met: z.boolean().nullable(),
  suggestedScore: z.number().nullable().describe('Điểm gợi ý; null khi thiếu số liệu hoặc chỉ tiêu'),
  dueOn: IsoDateSchema.nullable().describe('Hạn của báo cáo lấy số liệu'),
});
export const ScoreSuggestionListSchema = z.object({ items: z.array(ScoreSuggestionSchema) });
export type ScoreSuggestion = z.infer<typeof ScoreSuggestionSchema>;

/** Criteria import: the version of the covenant the user saw, so an import never overwrites an edit made since. */
export const CriteriaImportQuerySchema = ImportQuerySchema.extend({
  version: z.coerce.number().pipe(VersionSchema).optional().describe('Phiên bản giao ước người dùng đang xem; khác phiên bản hiện tại thì trả 409, không ghi gì'),
});
