import { z } from 'zod';
import { IdSchema, VersionSchema, YearSchema, requiredText, text } from './common.js';

/** Cụm thi đua (theo địa bàn) hoặc Khối thi đua (theo chức năng, lĩnh vực). */
export const GroupKindSchema = z.enum(['cluster', 'block']).describe('cluster = Cụm thi đua, block = Khối thi đua');
export type GroupKind = z.infer<typeof GroupKindSchema>;

export const GroupMemberSchema = z.object({
  unitId: IdSchema,
  unitName: z.string(),
  unitCode: z.string(),
});

export const GroupSchema = z.object({
  id: IdSchema,
  year: z.number().int(),
  kind: GroupKindSchema,
  name: z.string(),
  organiserUnitId: IdSchema.describe('Đơn vị tổ chức (cấp chia cụm, khối)'),
  organiserName: z.string(),
  headUnitId: IdSchema.nullable().describe('Trưởng cụm/khối'),
  deputyUnitId: IdSchema.nullable().describe('Phó trưởng cụm/khối'),
  members: z.array(GroupMemberSchema),
  note: z.string().nullable(),
  version: VersionSchema,
});
export type Group = z.infer<typeof GroupSchema>;

export const ListGroupsQuerySchema = z.object({
  year: YearSchema.optional(),
  kind: GroupKindSchema.optional(),
  organiserUnitId: IdSchema.optional(),
  memberUnitId: IdSchema.optional().describe('Chỉ các cụm, khối có đơn vị này là thành viên'),
});
export const GroupListSchema = z.object({ items: z.array(GroupSchema) });

const groupFields = {
  name: requiredText(300).describe('Tên cụm, khối'),
  kind: GroupKindSchema,
  year: YearSchema,
  organiserUnitId: IdSchema,
  memberUnitIds: z.array(IdSchema).max(500).describe('Các đơn vị thành viên'),
  headUnitId: IdSchema.nullable().default(null),
  deputyUnitId: IdSchema.nullable().default(null),
  note: text(2000).nullish(),
};
export const CreateGroupBodySchema = z.object(groupFields);
export type CreateGroupBody = z.infer<typeof CreateGroupBodySchema>;
export const UpdateGroupBodySchema = z.object({ ...groupFields, version: VersionSchema });
export type UpdateGroupBody = z.infer<typeof UpdateGroupBodySchema>;
