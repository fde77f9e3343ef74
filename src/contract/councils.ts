/**
 * Hội đồng Thi đua – Khen thưởng: members, voting rules, sessions with attendance and quorum,
 * ballots per nomination and results that freeze when the session closes.
 */
import { z } from 'zod';
import { AwardCodeSchema } from './awards.js';
import { IdSchema, IsoDateSchema, VersionSchema, requiredText, text } from './common.js';
import { NominationSummarySchema } from './nominations.js';

export const CouncilRoleSchema = z
  .enum(['chair', 'standing_vice_chair', 'vice_chair', 'member', 'secretary'])
  .describe('chair = Chủ tịch; standing_vice_chair = Phó Chủ tịch thường trực; vice_chair = Phó Chủ tịch; member = Ủy viên; secretary = Thư ký');
export const BallotSchema = z.enum(['secret', 'open']).describe('secret = bỏ phiếu kín; open = biểu quyết công khai');
export const DenominatorSchema = z.enum(['total', 'present']).describe('total = tính trên tổng số thành viên hội đồng; present = trên số thành viên có mặt');
export const VoteChoiceSchema = z.enum(['agree', 'disagree', 'abstain']).describe('agree = đồng ý; disagree = không đồng ý; abstain = không biểu quyết');

export const ThresholdSchema = z.object({
  awardCode: AwardCodeSchema,
  percent: z.number().int().min(1).max(100).describe('Tỷ lệ đồng ý tối thiểu (%)'),
  denominator: DenominatorSchema,
  ballot: BallotSchema,
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const CouncilMemberInputSchema = z.object({
  userId: IdSchema.nullable().default(null).describe('Tài khoản dùng để bỏ phiếu'),
  fullName: requiredText(200),
  position: text(300).nullable().default(null),
  role: CouncilRoleSchema,
  homeUnitId: IdSchema.nullable().default(null).describe('Đơn vị công tác, để đánh dấu xung đột lợi ích'),
});

/** A part of the quorum fraction (2/3, 51/100…): bounded so that it fits its 32-bit column. */
const QuorumPartSchema = z.number().int().min(1).max(1000);

export const CreateCouncilBodySchema = z.object({
  unitId: IdSchema.describe('Đơn vị có hội đồng'),
  name: requiredText(300),
  quorumNumerator: QuorumPartSchema.default(2),
  quorumDenominator: QuorumPartSchema.default(3),
  members: z.array(CouncilMemberInputSchema).max(200).default([]),
}).refine((v) => v.quorumNumerator <= v.quorumDenominator, { message: 'Tỷ lệ tối thiểu có mặt không quá 100%', path: ['quorumNumerator'] });
export type CreateCouncilBody = z.infer<typeof CreateCouncilBodySchema>;

export const UpdateCouncilBodySchema = z.object({
  name: requiredText(300).optional(),
  quorumNumerator: QuorumPartSchema.optional(),
  quorumDenominator: QuorumPartSchema.optional(),
  thresholds: z.array(ThresholdSchema).max(50).optional().describe('Thay toàn bộ các tỷ lệ biểu quyết riêng của hội đồng'),
  version: VersionSchema,
});
export type UpdateCouncilBody = z.infer<typeof UpdateCouncilBodySchema>;

export const AddCouncilMemberBodySchema = CouncilMemberInputSchema;
// Not CouncilMemberInputSchema.partial(): zod keeps inner defaults, so a PATCH naming only
// `active` would clear userId, position and homeUnitId.
export const UpdateCouncilMemberBodySchema = z.object({
  userId: IdSchema.nullable().optional().describe('Tài khoản dùng để bỏ phiếu'),
  fullName: requiredText(200).optional(),
  position: text(300).nullable().optional(),
  role: CouncilRoleSchema.optional(),
  homeUnitId: IdSchema.nullable().optional().describe('Đơn vị công tác, để đánh dấu xung đột lợi ích'),
  active: z.boolean().optional().describe('false = thôi là thành viên (không xóa, vì phiếu đã bỏ vẫn trỏ đến)'),
  version: VersionSchema,
});

/** An account that may vote on a council: it works inside the council's unit or its scope holds it. */
export const CouncilAccountSchema = z.object({
  id: IdSchema,
  fullName: z.string(),
  username: z.string(),
  unitName: z.string(),
});
export type CouncilAccount = z.infer<typeof CouncilAccountSchema>;
export const CouncilAccountListSchema = z.object({
  items: z.array(CouncilAccountSchema),
  truncated: z.boolean().describe('true khi có nhiều hơn số tài khoản trả về: tìm theo tên (q) để thu hẹp'),
});
export type CouncilAccountList = z.infer<typeof CouncilAccountListSchema>;
export const CouncilAccountQuerySchema = z.object({ q: z.string().max(200).optional().describe('Tìm theo họ tên hoặc tên đăng nhập, không cần dấu') });

export const CouncilMemberSchema = z.object({
  id: IdSchema,
  userId: IdSchema.nullable(),
  fullName: z.string(),
  position: z.string().nullable(),
  role: CouncilRoleSchema,
  homeUnitId: IdSchema.nullable(),
  homeUnitName: z.string().nullable(),
  active: z.boolean(),
  version: VersionSchema,
});

export const CouncilSchema = z.object({
  id: IdSchema,
  unitId: IdSchema,
  unitName: z.string(),
  name: z.string(),
  quorumNumerator: z.number().int(),
  quorumDenominator: z.number().int(),
  members: z.array(CouncilMemberSchema),
  thresholds: z.array(ThresholdSchema).describe('Tỷ lệ biểu quyết theo từng hình thức, kể cả mặc định'),
  canManage: z.boolean(),
  version: VersionSchema,
});
export type Council = z.infer<typeof CouncilSchema>;
export const CouncilListSchema = z.object({ items: z.array(CouncilSchema.omit({ members: true, thresholds: true }).extend({ memberCount: z.number().int() })) });

export const SessionStatusSchema = z.enum(['planned', 'open', 'closed']).describe('planned = đã lên lịch; open = đang họp, bỏ phiếu; closed = đã kết thúc, kết quả không sửa được');

export const CreateSessionBodySchema = z.object({
  title: requiredText(500),
  heldOn: IsoDateSchema,
  place: text(300).nullable().default(null),
  nominationIds: z.array(IdSchema).max(1000).default([]).describe('Đề nghị đưa ra xét (đã gửi hoặc đang thẩm định)'),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBodySchema>;

export const UpdateSessionBodySchema = z.object({
  title: requiredText(500).optional(),
  heldOn: IsoDateSchema.optional(),
  place: text(300).nullable().optional(),
  addNominationIds: z.array(IdSchema).max(1000).default([]),
  removeNominationIds: z.array(IdSchema).max(1000).default([]),
  version: VersionSchema,
}).describe('Sửa phiên họp khi chưa khai mạc');

export const OpenSessionBodySchema = z.object({
  version: VersionSchema,
  attendance: z
    .array(z.object({ memberId: IdSchema, present: z.boolean(), note: text(300).nullable().default(null) }))
    .min(1)
    .describe('Điểm danh: mọi thành viên đang hoạt động, có mặt hay vắng'),
});
export type OpenSessionBody = z.infer<typeof OpenSessionBodySchema>;

export const CastVotesBodySchema = z.object({
  votes: z.array(z.object({ itemId: IdSchema, choice: VoteChoiceSchema })).min(1).max(1000),
  memberId: IdSchema.optional().describe('Chỉ thư ký: ghi phiếu bằng văn bản của thành viên vắng mặt'),
});
export type CastVotesBody = z.infer<typeof CastVotesBodySchema>;

export const CloseSessionBodySchema = z.object({ version: VersionSchema });

export const SessionItemSchema = z.object({
  id: IdSchema,
  position: z.number().int(),
  nomination: NominationSummarySchema,
  ballot: BallotSchema,
  thresholdPercent: z.number().int(),
  denominator: DenominatorSchema,
  conflictMembers: z.array(z.object({ memberId: IdSchema, fullName: z.string() })).describe('Thành viên cùng đơn vị với người được đề nghị'),
  votesCast: z.number().int().describe('Số phiếu đã nhận'),
  myVote: VoteChoiceSchema.nullable().describe('Phiếu của chính bạn (chỉ bạn thấy)'),
  result: z
    .object({ agree: z.number().int(), disagree: z.number().int(), abstain: z.number().int(), countedOf: z.number().int(), percent: z.number(), passed: z.boolean() })
    .nullable()
    .describe('Chỉ có khi phiên họp đã kết thúc'),
});

export const SessionSchema = z.object({
  id: IdSchema,
  councilId: IdSchema,
  councilName: z.string(),
  unitName: z.string(),
  title: z.string(),
  heldOn: IsoDateSchema,
  place: z.string().nullable(),
  status: SessionStatusSchema,
  membersTotal: z.number().int().nullable(),
  membersPresent: z.number().int().nullable(),
  quorumRequired: z.number().int(),
  attendance: z.array(z.object({ memberId: IdSchema, fullName: z.string(), role: CouncilRoleSchema, present: z.boolean(), note: z.string().nullable(), votedAll: z.boolean() })),
  items: z.array(SessionItemSchema),
  myMemberId: IdSchema.nullable().describe('Bạn là thành viên nào của hội đồng (nếu có)'),
  canManage: z.boolean(),
  canVote: z.boolean(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: VersionSchema,
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionSummarySchema = SessionSchema.pick({ id: true, councilId: true, councilName: true, unitName: true, title: true, heldOn: true, place: true, status: true, membersTotal: true, membersPresent: true, version: true }).extend({
  itemCount: z.number().int(),
});
export const SessionListSchema = z.object({ items: z.array(SessionSummarySchema) });
export const ListSessionsQuerySchema = z.object({ councilId: IdSchema.optional(), status: SessionStatusSchema.optional() });
