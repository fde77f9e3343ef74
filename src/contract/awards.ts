/**
 * Khen thưởng: the award catalogue (danh hiệu thi đua, hình thức khen thưởng) and the
 * eligibility check of one case under the rules in force on its date.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, VersionSchema, text } from './common.js';

export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'TTLDTT',
  'TTLDXS',
  'CO_THI_DUA_TINH',
  'CO_THI_DUA_CP',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'BANG_KHEN_TTG',
  'GIA_DINH_VAN_HOA',
  'THON_VAN_HOA',
  'HUAN_CHUONG_LAO_DONG_1',
  'HUAN_CHUONG_LAO_DONG_2',
  'HUAN_CHUONG_LAO_DONG_3',
  'ANH_HUNG_LAO_DONG',
] as const;
/** The codes the law defines, whose criteria thidua encodes (core/awards/rules.ts). */
export const BuiltinAwardCodeSchema = z.enum(AWARD_CODES).describe('Mã danh hiệu, hình thức khen thưởng do Luật TĐKT quy định');
export type BuiltinAwardCode = z.infer<typeof BuiltinAwardCodeSchema>;
export const isBuiltinAwardCode = (code: string): code is BuiltinAwardCode => (AWARD_CODES as readonly string[]).includes(code);

/** A code of the catalogue: one the law defines, or one a level added (danh mục của địa phương). */
export const AwardCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'Mã danh hiệu gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (2–40 ký tự)')
  .describe('Mã danh hiệu, hình thức khen thưởng (của Luật hoặc của địa phương)');
export type AwardCode = string;

export const RULE_SETS = ['ND98_2023', 'ND152_2025'] as const;
export const RuleSetSchema = z
  .enum(RULE_SETS)
  .describe('Bộ quy định áp dụng: ND98_2023 (Nghị định 98/2023/NĐ-CP, đến 30/06/2025), ND152_2025 (Nghị định 152/2025/NĐ-CP, từ 01/07/2025)');
export type RuleSet = z.infer<typeof RuleSetSchema>;

export const RatingSchema = z
  .enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'])
  .describe('Xếp loại chất lượng: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ');
export type Rating = z.infer<typeof RatingSchema>;

export const NomineeKindSchema = z.enum(['person', 'collective', 'household', 'village']).describe('Cá nhân, tập thể, hộ gia đình, thôn/tổ dân phố');
export const UnitLevelSchema = z.enum(['province', 'district', 'commune', 'agency']).describe('Cấp của đơn vị quản lý đối tượng');
export const InitiativeScopeSchema = z.enum(['co_so', 'tinh', 'toan_quoc']).describe('Phạm vi công nhận, ảnh hưởng của sáng kiến');

const YearValue = z.number().int().min(1945).max(2100);

export const EligibilityInputSchema = z
  .object({
    asOf: IsoDateSchema.describe('Ngày đề nghị: quyết định bộ quy định áp dụng và điểm cuối của các chuỗi năm liên tục'),
    award: AwardCodeSchema,
    nominee: z.object({ kind: NomineeKindSchema, unitLevel: UnitLevelSchema }),
    ratings: z.array(z.object({ year: YearValue, rating: RatingSchema })).max(100).default([]),
    titles: z.array(z.object({ year: YearValue, code: AwardCodeSchema })).max(500).default([]).describe('Danh hiệu, hình thức đã được tặng (kể cả LĐTT năm nay khi đã quyết định)'),
    initiatives: z.array(z.object({ year: YearValue, scope: InitiativeScopeSchema })).max(200).default([]),
    discipline: z
      .array(z.object({ from: IsoDateSchema, to: IsoDateSchema.nullable().default(null) }))
      .max(50)
      .default([])
      .describe('Thời gian thi hành kỷ luật; to = null khi chưa hết'),
    underReview: z.boolean().default(false).describe('Đang bị thanh tra, kiểm tra, điều tra hoặc có đơn thư chưa giải quyết'),
    members: z
      .object({
        total: z.number().int().min(0),
        completed: z.number().int().min(0).describe('Số thành viên hoàn thành nhiệm vụ trở lên'),
        ldtt: z.number().int().min(0).describe('Số thành viên đạt Lao động tiên tiến'),
        cstdcs: z.number().int().min(0).describe('Số thành viên đạt Chiến sĩ thi đua cơ sở'),
      })
      .refine((m) => m.completed <= m.total && m.ldtt <= m.total && m.cstdcs <= m.total, 'Số thành viên theo từng tiêu chí không được lớn hơn tổng số')
      .nullable()
      .default(null)
      .describe('Chỉ cho tập thể'),
  })
  .describe('Một trường hợp cần xét điều kiện khen thưởng');
export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;

export const EligibilityStatusSchema = z
  .enum(['eligible', 'not_eligible', 'hold'])
  .describe('eligible = đủ điều kiện; not_eligible = chưa đủ; hold = tạm chưa xét (kỷ luật, đang xem xét)');

export const EligibilityReasonSchema = z.object({
  code: z.string().describe('Mã tiêu chí'),
  met: z.boolean().describe('Tiêu chí đạt (true) hay không đạt (false)'),
  article: z.string().describe('Căn cứ, ví dụ "Điều 23 Luật TĐKT 2022"'),
  message: z.string(),
});
export type EligibilityReason = z.infer<typeof EligibilityReasonSchema>;

export const EligibilityResultSchema = z
  .object({
    award: AwardCodeSchema,
    status: EligibilityStatusSchema,
    ruleSet: RuleSetSchema,
    decidedBy: z.string().describe('Người có thẩm quyền quyết định theo bộ quy định áp dụng'),
    reasons: z.array(EligibilityReasonSchema).describe('Luôn có: tiêu chí đạt, không đạt, và căn cứ'),
  })
  .describe('Kết quả xét điều kiện');
export type EligibilityResult = z.infer<typeof EligibilityResultSchema>;

export const AWARD_CATEGORIES = [
  'huan_chuong',
  'huy_chuong',
  'danh_hieu_vinh_du',
  'co_thi_dua',
  'chien_si_thi_dua',
  'lao_dong_tien_tien',
  'tap_the',
  'bang_khen',
  'giay_khen',
  'van_hoa',
] as const;
export const AwardCategorySchema = z
  .enum(AWARD_CATEGORIES)
  .describe(
    'Loại khen thưởng dùng cho thống kê (Thông tư 02/2023/TT-BNV): huân chương, huy chương, danh hiệu vinh dự Nhà nước, cờ thi đua, chiến sĩ thi đua, lao động tiên tiến, danh hiệu tập thể, bằng khen, giấy khen, danh hiệu văn hóa',
  );
export type AwardCategory = z.infer<typeof AwardCategorySchema>;

// ——— Danh mục của địa phương: titles and forms a level adds by its own quy chế ———

/**
 * The criteria of a local entry, as data: what the rule engine checks for it. The hold rules
 * (discipline, pending review) and Art 5 (one achievement, one award) apply as for every award.
 */
export const LocalAwardCriteriaSchema = z
  .object({
    minRating: RatingSchema.describe('Xếp loại tối thiểu trong năm xét (và mỗi năm của chuỗi)'),
    ratingYears: z.number().int().min(1).max(10).default(1).describe('Số năm liên tục đạt xếp loại tối thiểu, tính đến năm xét'),
    titleChain: z
      .object({ code: AwardCodeSchema, years: z.number().int().min(1).max(10) })
      .nullable()
      .default(null)
      .describe('Số năm liên tục đạt một danh hiệu, tính đến năm xét (ví dụ 2 năm “Lao động tiên tiến”)'),
    initiativeScope: InitiativeScopeSchema.nullable().default(null).describe('Sáng kiến được công nhận trong năm xét, ở phạm vi này trở lên'),
  })
  .describe('Tiêu chuẩn của danh hiệu, hình thức do địa phương quy định');
export type LocalAwardCriteria = z.infer<typeof LocalAwardCriteriaSchema>;

const LocalAwardInfoSchema = z.object({
  ownerUnitId: IdSchema.describe('Cấp ban hành quy chế: mục áp dụng cho đơn vị này và các đơn vị trực thuộc'),
  ownerUnitName: z.string(),
  authority: z.string().describe('Người có thẩm quyền quyết định'),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
  criteria: LocalAwardCriteriaSchema,
  version: VersionSchema,
});

export const AwardSchema = z
  .object({
    code: AwardCodeSchema,
    name: z.string(),
    kind: z.enum(['title', 'form']).describe('title = danh hiệu thi đua; form = hình thức khen thưởng'),
    nominee: z.array(NomineeKindSchema).describe('Đối tượng được tặng'),
    level: z.enum(['grassroots', 'province', 'national']).describe('Cấp khen thưởng'),
    category: AwardCategorySchema,
    cashMultiple: z.number().nullable().describe('Tiền thưởng: số lần mức lương cơ sở'),
    legalBasis: z.string(),
    decidedBy: z.array(z.object({ ruleSet: RuleSetSchema, validFrom: IsoDateSchema, validTo: IsoDateSchema.nullable(), unitLevel: UnitLevelSchema.nullable(), authority: z.string() })),
    local: LocalAwardInfoSchema.nullable().describe('Thông tin của mục do địa phương thêm; null với danh hiệu, hình thức của Luật'),
  })
  .describe('Một danh hiệu hoặc hình thức khen thưởng');
export type Award = z.infer<typeof AwardSchema>;
export const AwardListSchema = z.object({ items: z.array(AwardSchema) });
export const AwardListQuerySchema = z.object({
  unitId: IdSchema.optional().describe('Đơn vị: danh mục áp dụng cho đơn vị này (của Luật và của các cấp trên nó); mặc định là đơn vị của người dùng'),
});

const localAwardFields = {
  name: text(200).pipe(z.string().min(2, 'Tên danh hiệu phải có ít nhất 2 ký tự')),
  kind: z.enum(['title', 'form']).describe('title = danh hiệu thi đua; form = hình thức khen thưởng'),
  nominee: z.array(NomineeKindSchema).min(1, 'Chọn ít nhất một đối tượng được tặng').max(4),
  level: z.enum(['grassroots', 'province']).describe('Cấp khen thưởng (mục của địa phương không ở cấp Nhà nước)'),
  category: AwardCategorySchema,
  cashMultiple: z.number().min(0).max(100).nullable().describe('Tiền thưởng: số lần mức lương cơ sở; null khi không có tiền thưởng'),
  legalBasis: text(300).pipe(z.string().min(5, 'Ghi căn cứ: số, ngày của quy chế, quyết định của địa phương')),
  authority: text(200).pipe(z.string().min(3, 'Ghi người có thẩm quyền quyết định')),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable().default(null),
  criteria: LocalAwardCriteriaSchema,
};
const validityOrdered = (v: { validFrom: string; validTo: string | null }) => v.validTo === null || v.validTo >= v.validFrom;
const VALIDITY_ORDER = { message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực', path: ['validTo'] };

export const CreateLocalAwardBodySchema = z
  .object({ ownerUnitId: IdSchema, code: AwardCodeSchema, ...localAwardFields })
  .refine(validityOrdered, VALIDITY_ORDER)
  .describe('Thêm một danh hiệu, hình thức khen thưởng của địa phương');
export type CreateLocalAwardBody = z.infer<typeof CreateLocalAwardBodySchema>;
export const UpdateLocalAwardBodySchema = z
  .object({ ...localAwardFields, version: VersionSchema })
  .refine(validityOrdered, VALIDITY_ORDER)
  .describe('Sửa một mục của địa phương (mã không đổi; thôi áp dụng bằng ngày hết hiệu lực)');
export type UpdateLocalAwardBody = z.infer<typeof UpdateLocalAwardBodySchema>;
export const AwardCodeParamsSchema = z.object({ code: AwardCodeSchema });

// ——— Lịch sử: ratings, initiatives, discipline and awards of a person or a collective ———


/** Exactly one subject: a person (cá nhân) or a collective (tập thể = a unit). */
const subject = {
  personId: IdSchema.nullable().default(null),
  unitId: IdSchema.nullable().default(null),
};
const oneSubject = (v: { personId: string | null; unitId: string | null }) => (v.personId === null) !== (v.unitId === null);
const ONE_SUBJECT = { message: 'Chọn đúng một đối tượng: cá nhân (personId) hoặc tập thể (unitId)', path: ['personId'] };

export const CreateRatingBodySchema = z
  .object({ ...subject, year: YearValue, rating: RatingSchema, note: text(1000).nullable().default(null) })
  .refine(oneSubject, ONE_SUBJECT);
export type CreateRatingBody = z.infer<typeof CreateRatingBodySchema>;
export const UpdateRatingBodySchema = z.object({ rating: RatingSchema, note: text(1000).nullable().default(null), version: VersionSchema });

export const CreateInitiativeBodySchema = z.object({
  personId: IdSchema,
  year: YearValue,
  title: text(1000).pipe(z.string().min(1, 'Không được để trống')),
  scope: InitiativeScopeSchema,
  recognisedBy: text(500).nullable().default(null).describe('Cơ quan, hội đồng công nhận (số quyết định)'),
});
export type CreateInitiativeBody = z.infer<typeof CreateInitiativeBodySchema>;

export const DisciplineKindSchema = z.enum(['discipline', 'review']).describe('discipline = thời gian thi hành kỷ luật; review = đang thanh tra, kiểm tra, điều tra, giải quyết đơn thư');
export const CreateDisciplineBodySchema = z
  .object({
    ...subject,
    kind: DisciplineKindSchema,
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema.nullable().default(null).describe('Để trống khi chưa kết thúc'),
    note: text(1000).nullable().default(null),
  })
  .refine(oneSubject, ONE_SUBJECT)
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, { message: 'Ngày kết thúc không được trước ngày bắt đầu', path: ['endsOn'] });
export type CreateDisciplineBody = z.infer<typeof CreateDisciplineBodySchema>;

export const CreateAwardRecordBodySchema = z
  .object({
    ...subject,
    awardCode: AwardCodeSchema,
    year: YearValue.describe('Năm thành tích'),
    decisionNumber: text(100).nullable().default(null).describe('Số quyết định, ví dụ 125/QĐ-UBND'),
    decisionDate: IsoDateSchema.nullable().default(null),
    issuer: text(300).nullable().default(null).describe('Cơ quan, người quyết định'),
    note: text(1000).nullable().default(null),
  })
  .refine(oneSubject, ONE_SUBJECT);
export type CreateAwardRecordBody = z.infer<typeof CreateAwardRecordBodySchema>;

export const RatingRecordSchema = z.object({ id: IdSchema, year: z.number().int(), rating: RatingSchema, note: z.string().nullable(), unitId: IdSchema.nullable(), unitName: z.string().nullable(), version: VersionSchema });
export const InitiativeRecordSchema = z.object({ id: IdSchema, year: z.number().int(), title: z.string(), scope: InitiativeScopeSchema, recognisedBy: z.string().nullable() });
export const DisciplineRecordSchema = z.object({ id: IdSchema, kind: DisciplineKindSchema, startsOn: IsoDateSchema, endsOn: IsoDateSchema.nullable(), note: z.string().nullable() });
export const AwardRecordSchema = z.object({
  id: IdSchema,
  awardCode: AwardCodeSchema,
  awardName: z.string(),
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: IsoDateSchema.nullable(),
  issuer: z.string().nullable(),
  note: z.string().nullable(),
  unitId: IdSchema.nullable().describe('Tập thể được khen (với tập thể: có thể là đơn vị tiền thân trước sáp nhập)'),
  unitName: z.string().nullable(),
});

export const AwardHistorySchema = z
  .object({
    subject: z.object({ kind: z.enum(['person', 'collective']), id: IdSchema, name: z.string(), unitId: IdSchema, unitName: z.string() }),
    ratings: z.array(RatingRecordSchema),
    initiatives: z.array(InitiativeRecordSchema),
    discipline: z.array(DisciplineRecordSchema),
    awards: z.array(AwardRecordSchema),
  })
  .describe('Lịch sử thi đua, khen thưởng của một cá nhân hoặc tập thể (tập thể gồm cả đơn vị tiền thân)');
export type AwardHistory = z.infer<typeof AwardHistorySchema>;

export const HistoryEligibilityBodySchema = z.object({
  award: AwardCodeSchema,
  asOf: IsoDateSchema,
  members: EligibilityInputSchema.shape.members,
});
