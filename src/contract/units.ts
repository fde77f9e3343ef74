import { z } from 'zod';
import { IdSchema, IsoDateSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from './common.js';

export const UNIT_KINDS = [
  'province',
  'district',
  'commune',
  'ward',
  'township',
  'special_zone',
  'agency',
  'department',
  'office',
  'school',
  'health',
  'mass_org',
  'enterprise',
  'village',
  'other',
] as const;
/** Loại đơn vị: tỉnh, huyện, xã, phường, thị trấn, đặc khu, cơ quan, sở/ban/ngành, phòng, trường, y tế, đoàn thể, doanh nghiệp, thôn/bản/tổ dân phố, khác. */
export const UnitKindSchema = z.enum(UNIT_KINDS).describe('Loại đơn vị');
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitStatusSchema = z.enum(['active', 'closed']).describe('Trạng thái: đang hoạt động hoặc đã giải thể/sáp nhập');
export const LINEAGE_EVENTS = ['merge', 'split', 'rename', 'transfer', 'dissolve'] as const;
export const LineageEventSchema = z.enum(LINEAGE_EVENTS).describe('Sự kiện: sáp nhập, chia tách, đổi tên, chuyển giao, giải thể');

export const UnitCodeSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, 'Mã đơn vị không được để trống')
      .max(40, 'Mã đơn vị tối đa 40 ký tự')
      .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới'),
  )
  .describe('Mã đơn vị (duy nhất)');

export const UnitSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string().describe('Tên đơn vị'),
  shortName: z.string().nullable().describe('Tên viết tắt'),
  kind: UnitKindSchema,
  parentId: IdSchema.nullable().describe('Đơn vị cấp trên hiện tại (hoặc cuối cùng, nếu đã đóng)'),
  parentName: z.string().nullable(),
  depth: z.number().int(),
  status: UnitStatusSchema,
  validFrom: IsoDateSchema.nullable().describe('Ngày bắt đầu hoạt động'),
  closedOn: IsoDateSchema.nullable().describe('Ngày giải thể, sáp nhập'),
  illustrative: z.boolean().describe('Dữ liệu minh họa, chưa đối chiếu với văn bản chính thức'),
  note: z.string().nullable(),
  childCount: z.number().int(),
  version: VersionSchema,
});
export type Unit = z.infer<typeof UnitSchema>;

export const ListUnitsQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional().describe('Tìm theo tên hoặc mã, có dấu hoặc không dấu'),
  kind: z
    .union([UnitKindSchema, z.array(UnitKindSchema)])
    .optional()
    .describe('Lọc theo loại (có thể lặp lại)'),
  parentId: IdSchema.optional().describe('Chỉ các đơn vị trực thuộc trực tiếp đơn vị này'),
  ancestorId: IdSchema.optional().describe('Mọi đơn vị thuộc cây của đơn vị này'),
  status: z.enum(['active', 'closed', 'all']).default('active').describe('Trạng thái'),
});
export type ListUnitsQuery = z.infer<typeof ListUnitsQuerySchema>;
export const UnitPageSchema = pageOf(UnitSchema);

export const CreateUnitBodySchema = z.object({
  code: UnitCodeSchema,
  name: requiredText(300).describe('Tên đơn vị'),
  shortName: text(100).nullish(),
  kind: UnitKindSchema,
  parentId: IdSchema.nullable().describe('Đơn vị cấp trên; để trống cho đơn vị gốc'),
  validFrom: IsoDateSchema.nullish(),
  illustrative: z.boolean().default(false),
  note: text(2000).nullish(),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBodySchema>;

export const UpdateUnitBodySchema = z.object({
  version: VersionSchema,
  code: UnitCodeSchema.optional(),
  name: requiredText(300).optional(),
  shortName: text(100).nullish(),
  kind: UnitKindSchema.optional(),
  parentId: IdSchema.nullable().optional().describe('Chuyển sang đơn vị cấp trên khác'),
  movedOn: IsoDateSchema.optional().describe('Ngày hiệu lực của việc chuyển cấp trên (mặc định hôm nay)'),
  illustrative: z.boolean().optional(),
  note: text(2000).nullish(),
});
export type UpdateUnitBody = z.infer<typeof UpdateUnitBodySchema>;

export const CloseUnitBodySchema = z.object({
  version: VersionSchema,
  closedOn: IsoDateSchema.describe('Ngày giải thể, sáp nhập (hiệu lực)'),
  event: LineageEventSchema.default('merge'),
  successorIds: z.array(IdSchema).max(50).default([]).describe('Đơn vị kế thừa'),
  note: text(2000).nullish(),
});
export type CloseUnitBody = z.infer<typeof CloseUnitBodySchema>;

export const LineageEdgeSchema = z.object({
  predecessorId: IdSchema,
  predecessorName: z.string(),
  successorId: IdSchema,
  successorName: z.string(),
  event: LineageEventSchema,
  effectiveOn: IsoDateSchema,
  depth: z.number().int().describe('1 = trực tiếp, 2 = qua một đơn vị trung gian…'),
});
export const UnitLineageSchema = z.object({
  unit: UnitSchema,
  origins: z.array(LineageEdgeSchema).describe('Các đơn vị mà đơn vị này được hình thành từ (đệ quy)'),
  successors: z.array(LineageEdgeSchema).describe('Các đơn vị kế thừa đơn vị này (đệ quy)'),
  parents: z
    .array(
      z.object({
        parentId: IdSchema,
        parentName: z.string(),
        validFrom: IsoDateSchema.nullable(),
        validTo: IsoDateSchema.nullable(),
      }),
    )
    .describe('Lịch sử đơn vị cấp trên'),
});
export type UnitLineage = z.infer<typeof UnitLineageSchema>;

export const UnitPathSchema = z.array(z.object({ id: IdSchema, name: z.string(), kind: UnitKindSchema }));

/** One row of a unit import (XLSX or CSV): code, name, kind, parent code. */
export const UnitImportRowSchema = z.object({
  code: UnitCodeSchema,
  name: requiredText(300),
  kind: UnitKindSchema,
  parentCode: z
    .string()
    .transform((s) => s.normalize('NFC').trim().toUpperCase())
    .nullish()
    .transform((s) => (s ? s : null)),
});
export type UnitImportRow = z.infer<typeof UnitImportRowSchema>;

export const ImportRowErrorSchema = z.object({
  row: z.number().int().describe('Số dòng trong tệp (dòng tiêu đề là 1)'),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;
export const ImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
});

/** Vietnamese names of the unit kinds, for spreadsheets and screens (the code stays the stored value). */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  special_zone: 'Đặc khu',
  agency: 'Cơ quan',
  department: 'Sở, ban, ngành',
  office: 'Phòng',
  school: 'Trường học',
  health: 'Y tế',
  mass_org: 'Đoàn thể',
  enterprise: 'Doanh nghiệp',
  village: 'Thôn, bản, tổ dân phố',
  other: 'Khác',
};

export const FileFormatSchema = z.enum(['xlsx', 'csv']).describe('Định dạng tệp: xlsx (Excel) hoặc csv');
export type FileFormat = z.infer<typeof FileFormatSchema>;

export const ExportQuerySchema = z.object({
  format: FileFormatSchema.default('xlsx'),
});

export const ImportQuerySchema = z.object({
  format: FileFormatSchema.optional().describe('Định dạng tệp gửi lên; bỏ trống thì suy ra từ Content-Type'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: chỉ kiểm tra tệp và đếm, không ghi gì'),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** What an import did (or, with dryRun, would do). */
export const ImportSummarySchema = ImportResultSchema.extend({
  created: z.number().int().describe('Số bản ghi thêm mới'),
  updated: z.number().int().describe('Số bản ghi đã có và được sửa'),
  unchanged: z.number().int().describe('Số bản ghi đã có, giống hệt trong tệp, không phải sửa'),
  dryRun: z.boolean().describe('true: chỉ kiểm tra, chưa ghi'),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
