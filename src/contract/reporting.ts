/**
 * Phong trào thi đua and the reporting cycle: movements, indicators (chỉ tiêu) with targets,
 * registrations (đăng ký thi đua), report templates, reports, tracking, roll-ups, dashboard.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, VersionSchema, YearSchema, requiredText, text } from './common.js';

// ——— Vocabulary ———

export const MovementKindSchema = z
  .enum(['regular', 'campaign', 'thematic'])
  .describe('Loại phong trào: regular = thường xuyên, campaign = theo đợt, thematic = chuyên đề');
export type MovementKind = z.infer<typeof MovementKindSchema>;

export const MOVEMENT_PHASES = ['launch', 'registration', 'implementation', 'midterm', 'final'] as const;
export const MovementPhaseSchema = z
  .enum(MOVEMENT_PHASES)
  .describe('Giai đoạn: launch = phát động, registration = đăng ký, implementation = triển khai, midterm = sơ kết, final = tổng kết');
export type MovementPhase = z.infer<typeof MovementPhaseSchema>;

export const ValueTypeSchema = z.enum(['number', 'percent', 'boolean', 'text']).describe('Kiểu giá trị: số, tỷ lệ %, có/không, văn bản');
export type ValueType = z.infer<typeof ValueTypeSchema>;

export const DirectionSchema = z.enum(['up', 'down', 'range']).describe('Chiều: up = càng cao càng tốt, down = càng thấp càng tốt, range = trong khoảng');
export type Direction = z.infer<typeof DirectionSchema>;

export const RollupRuleSchema = z
  .enum(['sum', 'avg', 'wavg', 'min', 'max', 'last', 'none'])
  .describe('Cách tổng hợp: cộng, trung bình, trung bình có trọng số (theo chỉ tiêu mẫu số), nhỏ nhất, lớn nhất, giá trị mới nhất, không tổng hợp');
export type RollupRule = z.infer<typeof RollupRuleSchema>;

export const ComparatorSchema = z.enum(['gte', 'lte', 'eq', 'between']).describe('So sánh: ≥, ≤, =, trong khoảng');
export const TargetLevelSchema = z
  .enum(['all', 'province', 'district', 'commune', 'agency'])
  .describe('Cấp áp dụng chỉ tiêu: mọi cấp, tỉnh, huyện, xã, cơ quan');
export type TargetLevel = z.infer<typeof TargetLevelSchema>;

export const TargetSchema = z
  .object({
    level: TargetLevelSchema,
    comparator: ComparatorSchema,
    value: z.number().finite(),
    valueMax: z.number().finite().nullable().default(null).describe('Cận trên, khi so sánh là "trong khoảng"'),
  })
  .refine((t) => t.comparator !== 'between' || (t.valueMax !== null && t.valueMax >= t.value), {
    message: 'Chỉ tiêu "trong khoảng" cần cận trên không nhỏ hơn cận dưới',
    path: ['valueMax'],
  })
  .describe('Mục tiêu của chỉ tiêu ở một cấp');
export type Target = z.infer<typeof TargetSchema>;

// ——— Movements ———

export const MovementPhaseSpanSchema = z.object({
  phase: MovementPhaseSchema,
  startsOn: IsoDateSchema.nullable().default(null),
  endsOn: IsoDateSchema.nullable().default(null),
});
export type MovementPhaseSpan = z.infer<typeof MovementPhaseSpanSchema>;

const movementFields = {
  name: requiredText(500).describe('Tên phong trào'),
  kind: MovementKindSchema,
  ownerUnitId: IdSchema.describe('Đơn vị phát động'),
  parentMovementId: IdSchema.nullable().default(null).describe('Phong trào cấp trên mà phong trào này triển khai'),
  startsOn: IsoDateSchema.describe('Ngày bắt đầu'),
  endsOn: IsoDateSchema.nullable().default(null).describe('Ngày kết thúc'),
  description: text(10_000).nullable().default(null).describe('Mục tiêu, nội dung'),
  phases: z.array(MovementPhaseSpanSchema).max(5).default([]).describe('Các giai đoạn'),
  basisDocumentIds: z.array(IdSchema).max(50).default([]).describe('Văn bản căn cứ phát động'),
  scopeUnitIds: z.array(IdSchema).max(5000).default([]).describe('Đơn vị tham gia'),
  scopeGroupIds: z.array(IdSchema).max(500).default([]).describe('Cụm, khối thi đua tham gia'),
};
export const CreateMovementBodySchema = z.object(movementFields);
export type CreateMovementBody = z.infer<typeof CreateMovementBodySchema>;
export const UpdateMovementBodySchema = z.object({ ...movementFields, version: VersionSchema });
export type UpdateMovementBody = z.infer<typeof UpdateMovementBodySchema>;

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    movementId: IdSchema,
    code: z.string().describe('Mã chỉ tiêu'),
    name: z.string().describe('Tên chỉ tiêu'),
    unitOfMeasure: z.string().describe('Đơn vị tính'),
    valueType: ValueTypeSchema,
    direction: DirectionSchema,
    rule: RollupRuleSchema,
    denominatorIndicatorId: IdSchema.nullable().describe('Chỉ tiêu làm trọng số khi tổng hợp trung bình có trọng số'),
    baseline: z.number().nullable().describe('Giá trị gốc (đầu kỳ)'),
    targets: z.array(TargetSchema),
    required: z.boolean().describe('Bắt buộc nhập khi gửi báo cáo'),
    position: z.number().int(),
    note: z.string().nullable(),
    version: VersionSchema,
  })
  .describe('Chỉ tiêu');
export type Indicator = z.infer<typeof IndicatorSchema>;

const IndicatorCodeSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toUpperCase())
  .pipe(z.string().min(1, 'Mã chỉ tiêu không được để trống').max(40).regex(/^[A-Z0-9][A-Z0-9_.-]*$/, 'Mã chỉ tiêu chỉ gồm chữ không dấu, số, dấu chấm, gạch'))
  .describe('Mã chỉ tiêu (duy nhất trong phong trào)');

const indicatorFields = {
  code: IndicatorCodeSchema,
  name: requiredText(500).describe('Tên chỉ tiêu'),
  unitOfMeasure: text(50).default('').describe('Đơn vị tính, ví dụ %, hộ, ha'),
  valueType: ValueTypeSchema,
  direction: DirectionSchema.default('up'),
  rule: RollupRuleSchema.default('sum'),
  denominatorIndicatorId: IdSchema.nullable().default(null),
  baseline: z.number().finite().nullable().default(null),
  targets: z
    .array(TargetSchema)
    .max(5)
    .default([])
    .refine((ts) => new Set(ts.map((t) => t.level)).size === ts.length, 'Mỗi cấp chỉ có một mục tiêu'),
  required: z.boolean().default(false),
  position: z.number().int().min(0).max(10_000).default(0),
  note: text(2000).nullable().default(null),
};
export const CreateIndicatorBodySchema = z.object(indicatorFields);
export type CreateIndicatorBody = z.infer<typeof CreateIndicatorBodySchema>;
export const UpdateIndicatorBodySchema = z.object({ ...indicatorFields, version: VersionSchema });
export type UpdateIndicatorBody = z.infer<typeof UpdateIndicatorBodySchema>;

export const IndicatorsFromDocumentBodySchema = z.object({
  documentId: IdSchema.describe('Văn bản đã phân tích: các chỉ tiêu tìm thấy trong đó trở thành chỉ tiêu của phong trào'),
});

export const MovementSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: MovementKindSchema,
    ownerUnitId: IdSchema,
    ownerUnitName: z.string(),
    level: TargetLevelSchema.describe('Cấp phát động (theo đơn vị phát động)'),
    parentMovementId: IdSchema.nullable(),
    parentMovementName: z.string().nullable(),
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema.nullable(),
    description: z.string().nullable(),
    phases: z.array(MovementPhaseSpanSchema),
    basisDocuments: z.array(z.object({ documentId: IdSchema, documentNumber: z.string().nullable(), subject: z.string().nullable() })),
    scopeUnits: z.array(z.object({ unitId: IdSchema, unitName: z.string() })),
    scopeGroups: z.array(z.object({ groupId: IdSchema, groupName: z.string() })),
    indicators: z.array(IndicatorSchema),
    canEdit: z.boolean().describe('Người xem được sửa phong trào này'),
    version: VersionSchema,
  })
  .describe('Phong trào thi đua');
export type Movement = z.infer<typeof MovementSchema>;

export const ListMovementsQuerySchema = z.object({
  q: text(200).optional().describe('Tìm theo tên (không cần dấu)'),
  year: YearSchema.optional().describe('Phong trào diễn ra trong năm này'),
});
export const MovementListSchema = z.object({ items: z.array(MovementSchema.omit({ indicators: true })) });

// ——— Registration (đăng ký thi đua) ———

export const RegistrationStatusSchema = z
  .enum(['not_sent', 'pending', 'returned', 'approved'])
  .describe('Trạng thái: chưa gửi, chờ duyệt, trả lại để bổ sung, đã duyệt');
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

// Input schemas normalise text (a transform); responses use the plain "…OutSchema" twins,
// because the serializer cannot run a transform backwards.
export const CommitmentOutSchema = z.object({
  text: z.string().describe('Nội dung cam kết'),
  indicatorId: IdSchema.nullable().describe('Chỉ tiêu liên quan'),
  value: z.number().nullable().describe('Mức đăng ký'),
});
export const CommitmentSchema = CommitmentOutSchema.extend({
  text: requiredText(2000).describe('Nội dung cam kết'),
  indicatorId: IdSchema.nullable().default(null).describe('Chỉ tiêu liên quan'),
  value: z.number().finite().nullable().default(null).describe('Mức đăng ký'),
});
export const TitleAimOutSchema = z.object({
  award: z.string().describe('Danh hiệu, hình thức khen thưởng đăng ký'),
  nomineeKind: z.enum(['collective', 'person']).describe('Tập thể hay cá nhân'),
  nomineeName: z.string().describe('Tên tập thể, cá nhân'),
});
export const TitleAimSchema = TitleAimOutSchema.extend({
  award: requiredText(200).describe('Danh hiệu, hình thức khen thưởng đăng ký'),
  nomineeName: requiredText(300).describe('Tên tập thể, cá nhân'),
});

const registrationContent = {
  commitments: z.array(CommitmentSchema).max(200).default([]),
  titles: z.array(TitleAimSchema).max(500).default([]),
};
export const CreateRegistrationBodySchema = z.object({
  movementId: IdSchema,
  unitId: IdSchema,
  year: YearSchema,
  ...registrationContent,
});
export type CreateRegistrationBody = z.infer<typeof CreateRegistrationBodySchema>;
export const UpdateRegistrationBodySchema = z.object({ ...registrationContent, version: VersionSchema });
export type UpdateRegistrationBody = z.infer<typeof UpdateRegistrationBodySchema>;
export const ReviewCommentBodySchema = z.object({ version: VersionSchema, comment: requiredText(4000).describe('Ý kiến') });
export const VersionBodySchema = z.object({ version: VersionSchema });

export const RegistrationSchema = z
  .object({
    id: IdSchema,
    movementId: IdSchema,
    movementName: z.string(),
    unitId: IdSchema,
    unitName: z.string(),
    year: z.number().int(),
    status: RegistrationStatusSchema,
    commitments: z.array(CommitmentOutSchema),
    titles: z.array(TitleAimOutSchema),
    reviewComment: z.string().nullable(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    can: z.object({ edit: z.boolean(), review: z.boolean() }),
    version: VersionSchema,
  })
  .describe('Đăng ký thi đua');
export type Registration = z.infer<typeof RegistrationSchema>;

export const ListRegistrationsQuerySchema = z.object({
  movementId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  year: YearSchema.optional(),
  status: RegistrationStatusSchema.optional(),
});
export const RegistrationListSchema = z.object({ items: z.array(RegistrationSchema) });

export const RegistrationSummarySchema = z.object({
  movementId: IdSchema,
  year: z.number().int(),
  expected: z.number().int().describe('Số đơn vị thuộc phạm vi phong trào'),
  byStatus: z.record(RegistrationStatusSchema, z.number().int()),
  titles: z.array(z.object({ award: z.string(), collective: z.number().int(), person: z.number().int() })),
  rows: z.array(
    z.object({
      unitId: IdSchema,
      unitName: z.string(),
      status: RegistrationStatusSchema,
      registrationId: IdSchema.nullable(),
      commitmentCount: z.number().int(),
      titleCount: z.number().int(),
      submittedAt: z.string().nullable(),
    }),
  ),
});
export type RegistrationSummary = z.infer<typeof RegistrationSummarySchema>;

// ——— Report template (on an assignment) ———

export const NarrativeSectionOutSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Mã mục chỉ gồm chữ thường không dấu, số, gạch dưới'),
  title: z.string(),
  required: z.boolean(),
});
export const NarrativeSectionSchema = NarrativeSectionOutSchema.extend({ title: requiredText(300), required: z.boolean().default(false) });
export type NarrativeSection = z.infer<typeof NarrativeSectionOutSchema>;

export const CrossRuleOutSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Mã quy tắc chỉ gồm chữ không dấu, số, gạch'),
    left: z.string().min(1).max(40).describe('Mã chỉ tiêu bên trái'),
    op: z.enum(['lte', 'lt', 'gte', 'gt', 'eq']),
    right: z.union([z.string().min(1).max(40), z.number().finite()]).describe('Mã chỉ tiêu hoặc một số'),
    severity: z.enum(['error', 'warning']).describe('error chặn việc gửi; warning cần giải trình'),
    message: z.string().nullable(),
  })
  .describe('Quy tắc kiểm tra giữa các chỉ tiêu');
export const CrossRuleSchema = CrossRuleOutSchema.extend({ message: text(500).nullable().default(null) });
export type CrossRule = z.infer<typeof CrossRuleOutSchema>;

export const DEFAULT_SECTIONS: NarrativeSection[] = [
  { key: 'ket_qua', title: 'Kết quả thực hiện', required: true },
  { key: 'ton_tai', title: 'Tồn tại, hạn chế', required: false },
  { key: 'de_xuat', title: 'Đề xuất, kiến nghị', required: false },
];

export const ReportTemplateSchema = z
  .object({
    indicatorIds: z.array(IdSchema).max(500).default([]).describe('Chỉ tiêu phải báo cáo'),
    sections: z.array(NarrativeSectionSchema).max(20).default(DEFAULT_SECTIONS).describe('Các mục báo cáo bằng lời'),
    attachmentsRequired: z.boolean().default(false).describe('Phải kèm tệp'),
    exemplaryList: z.boolean().default(true).describe('Có danh sách tập thể, cá nhân tiêu biểu'),
    rules: z.array(CrossRuleSchema).max(100).default([]),
  })
  .describe('Mẫu báo cáo');
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;
export const ReportTemplateOutSchema = z.object({
  indicatorIds: z.array(IdSchema),
  sections: z.array(NarrativeSectionOutSchema),
  attachmentsRequired: z.boolean(),
  exemplaryList: z.boolean(),
  rules: z.array(CrossRuleOutSchema),
});

export const UpdateAssignmentBodySchema = z.object({
  title: requiredText(500),
  dueOn: IsoDateSchema,
  lockOn: IsoDateSchema.nullable().default(null),
  movementId: IdSchema.nullable().default(null),
  period: text(40).default(''),
  template: ReportTemplateSchema,
  remindDaysBefore: z.number().int().min(0).max(60).nullable().default(null).describe('Nhắc trước hạn bao nhiêu ngày'),
  version: VersionSchema,
});
export type UpdateAssignmentBody = z.infer<typeof UpdateAssignmentBodySchema>;

// ——— Reports ———

export const ReportStatusSchema = z
  .enum(['draft', 'submitted', 'returned', 'accepted'])
  .describe('Trạng thái: nháp, đã gửi, bị trả lại, đã tiếp nhận');
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

export const ReportValueSchema = z.union([z.number(), z.boolean(), z.string().max(4000), z.null()]).describe('Giá trị chỉ tiêu');
export type ReportValue = z.infer<typeof ReportValueSchema>;

export const ExemplaryOutSchema = z.object({
  kind: z.enum(['collective', 'person']).describe('Tập thể hay cá nhân'),
  name: z.string().describe('Tên tập thể, họ tên cá nhân'),
  position: z.string().nullable().describe('Chức vụ, đơn vị công tác'),
  achievement: z.string().describe('Thành tích tiêu biểu'),
});
export const ExemplarySchema = ExemplaryOutSchema.extend({
  name: requiredText(300).describe('Tên tập thể, họ tên cá nhân'),
  position: text(300).nullable().default(null).describe('Chức vụ, đơn vị công tác'),
  achievement: text(4000).default('').describe('Thành tích tiêu biểu'),
});
export type Exemplary = z.infer<typeof ExemplaryOutSchema>;

export const ValidationIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  indicatorCode: z.string().nullable(),
  field: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

export const CreateReportBodySchema = z.object({
  assignmentId: IdSchema,
  unitId: IdSchema.describe('Đơn vị báo cáo'),
});
export type CreateReportBody = z.infer<typeof CreateReportBodySchema>;

export const SaveReportBodySchema = z.object({
  version: VersionSchema,
  values: z.record(IdSchema, ReportValueSchema).default({}).describe('Giá trị theo mã định danh chỉ tiêu'),
  narrative: z.record(z.string().max(40), text(50_000)).default({}).describe('Nội dung các mục'),
  exemplary: z.array(ExemplarySchema).max(500).default([]),
  warningComments: z.record(z.string().max(40), text(2000)).default({}).describe('Giải trình cho các cảnh báo, theo mã quy tắc'),
});
export type SaveReportBody = z.infer<typeof SaveReportBodySchema>;

export const ReturnReportBodySchema = ReviewCommentBodySchema;
export const ReopenReportBodySchema = z.object({ version: VersionSchema, comment: text(4000).nullable().default(null) });

export const ReportEventSchema = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.enum(['create', 'submit', 'return', 'accept', 'reopen', 'resubmit_after_accept']),
  comment: z.string().nullable(),
});

export const ReportFileSchema = z.object({ id: IdSchema, name: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() });

export const ReportSchema = z
  .object({
    id: IdSchema,
    assignmentId: IdSchema,
    assignmentTitle: z.string(),
    movementId: IdSchema.nullable(),
    unitId: IdSchema,
    unitName: z.string(),
    period: z.string(),
    status: ReportStatusSchema,
    dueOn: IsoDateSchema,
    lockOn: IsoDateSchema.nullable(),
    indicators: z.array(IndicatorSchema).describe('Chỉ tiêu của mẫu báo cáo, theo thứ tự'),
    template: ReportTemplateOutSchema,
    values: z.record(z.string(), ReportValueSchema),
    narrative: z.record(z.string(), z.string()),
    exemplary: z.array(ExemplaryOutSchema),
    warningComments: z.record(z.string(), z.string()),
    issues: z.array(ValidationIssueSchema).describe('Kết quả kiểm tra khi gửi: lỗi chặn gửi, cảnh báo cần giải trình'),
    firstSubmittedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    daysLate: z.number().int().nullable().describe('Số ngày trễ hạn của lần gửi đầu (0 = đúng hạn)'),
    returnedAt: z.string().nullable(),
    returnComment: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    changesAfterAcceptance: z.number().int(),
    reopened: z.boolean(),
    files: z.array(ReportFileSchema),
    events: z.array(ReportEventSchema),
    can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
    version: VersionSchema,
  })
  .describe('Báo cáo của một đơn vị');
export type Report = z.infer<typeof ReportSchema>;

export const ListReportsQuerySchema = z.object({
  assignmentId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  status: ReportStatusSchema.optional(),
});
export const ReportSummarySchema = ReportSchema.pick({
  id: true,
  assignmentId: true,
  assignmentTitle: true,
  unitId: true,
  unitName: true,
  period: true,
  status: true,
  dueOn: true,
  submittedAt: true,
  daysLate: true,
  version: true,
});
export const ReportListSchema = z.object({ items: z.array(ReportSummarySchema) });

// ——— Tracking, reminders, notifications ———

export const BoardStatusSchema = z.enum(['not_started', 'draft', 'submitted', 'returned', 'accepted']);
export type BoardStatus = z.infer<typeof BoardStatusSchema>;

export const TrackingSummarySchema = z.object({
  expected: z.number().int(),
  reported: z.number().int().describe('Đã gửi (kể cả đã tiếp nhận, bị trả lại)'),
  accepted: z.number().int(),
  returned: z.number().int(),
  draft: z.number().int(),
  notStarted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int().describe('Quá hạn mà chưa gửi'),
  pending: z.number().int().describe('Chưa gửi, chưa đến hạn'),
  completeness: z.number().nullable().describe('Tỷ lệ đã gửi / phải gửi'),
  timeliness: z.number().nullable().describe('Tỷ lệ đúng hạn / phải gửi'),
});
export type TrackingSummary = z.infer<typeof TrackingSummarySchema>;

export const BoardQuerySchema = z.object({
  level: TargetLevelSchema.exclude(['all']).optional().describe('Chỉ đơn vị cấp này'),
  kind: z.string().max(40).optional().describe('Chỉ loại đơn vị này'),
  groupId: IdSchema.optional().describe('Chỉ thành viên cụm, khối này'),
});
export type BoardQuery = z.infer<typeof BoardQuerySchema>;

export const BoardRowSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  unitKind: z.string(),
  level: TargetLevelSchema,
  groups: z.array(z.object({ groupId: IdSchema, groupName: z.string() })),
  status: BoardStatusSchema,
  reportId: IdSchema.nullable(),
  firstSubmittedAt: z.string().nullable(),
  daysLate: z.number().int().nullable().describe('null: chưa gửi; 0: đúng hạn'),
  overdueDays: z.number().int().nullable().describe('Chưa gửi và đã quá hạn bao nhiêu ngày'),
  changesAfterAcceptance: z.number().int(),
  lastReminderAt: z.string().nullable(),
});
export type BoardRow = z.infer<typeof BoardRowSchema>;

export const BoardSchema = z.object({
  assignmentId: IdSchema,
  title: z.string(),
  dueOn: IsoDateSchema,
  lockOn: IsoDateSchema.nullable(),
  generatedAt: z.string(),
  rows: z.array(BoardRowSchema),
  summary: TrackingSummarySchema,
  byLevel: z.array(z.object({ level: TargetLevelSchema, summary: TrackingSummarySchema })),
  byGroup: z.array(z.object({ groupId: IdSchema, groupName: z.string(), summary: TrackingSummarySchema })),
});
export type Board = z.infer<typeof BoardSchema>;

export const SendRemindersBodySchema = z.object({
  unitIds: z.array(IdSchema).min(1, 'Chọn ít nhất một đơn vị').max(5000),
});
export const ReminderLogEntrySchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  kind: z.enum(['before', 'overdue', 'manual']),
  channel: z.enum(['app', 'email']),
  recipient: z.string(),
  status: z.enum(['sent', 'failed', 'skipped']),
  error: z.string().nullable(),
  sentAt: z.string(),
});
export const ReminderLogSchema = z.object({ items: z.array(ReminderLogEntrySchema) });
export const SendRemindersResultSchema = z.object({
  units: z.number().int(),
  notifications: z.number().int().describe('Thông báo trong ứng dụng đã tạo'),
  emails: z.number().int().describe('Thư điện tử đã gửi'),
  failed: z.number().int(),
});

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const NotificationListSchema = z.object({ items: z.array(NotificationSchema), unread: z.number().int() });

// ——— Roll-ups and dashboard ———

export const RollupQuerySchema = z.object({
  includeSubmitted: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Tính cả báo cáo đã gửi nhưng chưa tiếp nhận'),
  asOf: IsoDateSchema.optional().describe('Theo địa giới hành chính tại ngày này (mặc định hôm nay)'),
  unitId: IdSchema.optional().describe('Mở một đơn vị trong cây: chỉ đơn vị này và cấp dưới của nó'),
  maxRows: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('Chỉ lấy những cấp trọn vẹn vừa số dòng này (ít nhất đơn vị đang mở và cấp dưới trực tiếp); bỏ trống: cả cây'),
});
export type RollupQuery = z.infer<typeof RollupQuerySchema>;

export const RollupCellSchema = z.object({
  indicatorId: IdSchema,
  value: z.number().nullable(),
  count: z.number().int().describe('Số đơn vị có số liệu'),
  target: TargetSchema.nullable(),
  targetLabel: z.string().nullable(),
  meets: z.boolean().nullable(),
  ratio: z.number().nullable().describe('Tỷ lệ hoàn thành so với mục tiêu (đảo ngược khi càng thấp càng tốt)'),
});
export type RollupCell = z.infer<typeof RollupCellSchema>;

export const RollupSchema = z.object({
  assignmentId: IdSchema,
  asOf: IsoDateSchema,
  includeSubmitted: z.boolean(),
  dataAsOf: z.string().nullable().describe('Số liệu tính đến: thời điểm của báo cáo mới nhất được tính'),
  generatedAt: z.string(),
  indicators: z.array(IndicatorSchema),
  rows: z.array(
    z.object({
      unitId: IdSchema,
      unitName: z.string(),
      unitKind: z.string(),
      depth: z.number().int().describe('Độ sâu trong cây tổng hợp, 0 = gốc'),
      parentId: IdSchema.nullable(),
      reporting: z.boolean().describe('Đơn vị tự gửi báo cáo (không chỉ tổng hợp từ cấp dưới)'),
      childCount: z.number().int().describe('Số đơn vị cấp dưới trong cây tổng hợp (kể cả khi không có trong các dòng trả về)'),
      cells: z.array(RollupCellSchema),
    }),
  ),
  path: z.array(z.object({ unitId: IdSchema, unitName: z.string() })).describe('Các cấp trên của đơn vị đang mở, từ gốc'),
  groups: z.array(z.object({ groupId: IdSchema, groupName: z.string(), cells: z.array(RollupCellSchema) })),
  notes: z.array(z.string()).describe('Ghi chú: đơn vị đã sáp nhập được tính vào đơn vị kế thừa, …'),
});
export type Rollup = z.infer<typeof RollupSchema>;

export const DashboardSchema = z.object({
  assignmentId: IdSchema,
  title: z.string(),
  movementId: IdSchema.nullable(),
  movementName: z.string().nullable(),
  period: z.string(),
  dueOn: IsoDateSchema,
  generatedAt: z.string(),
  dataAsOf: z.string().nullable(),
  summary: TrackingSummarySchema,
  byLevel: BoardSchema.shape.byLevel,
  byGroup: BoardSchema.shape.byGroup,
  chartedUnder: z
    .object({ unitId: IdSchema, unitName: z.string() })
    .nullable()
    .describe('Đơn vị đứng đầu bảng tổng hợp: các biểu đồ so sánh các đơn vị ngay dưới đơn vị này (null: các đơn vị đứng đầu)'),
  indicators: z.array(
    z.object({
      indicator: IndicatorSchema,
      total: RollupCellSchema,
      byUnit: z
        .array(z.object({ unitId: IdSchema, unitName: z.string(), value: z.number().nullable(), target: z.number().nullable(), meets: z.boolean().nullable() }))
        .describe('Các đơn vị ngay dưới đơn vị đứng đầu có số liệu chỉ tiêu này: tổng hợp của mỗi đơn vị so với mục tiêu của cấp đó'),
    }),
  ),
  lateUnits: z.array(BoardRowSchema),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
