import { z } from 'zod';
import { IdSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from './common.js';

export const GenderSchema = z.enum(['male', 'female']).describe('Giới tính: nam, nữ');
export type Gender = z.infer<typeof GenderSchema>;

/** Cá nhân (cán bộ, công chức, viên chức, người lao động, người dân). */
export const PersonSchema = z.object({
  id: IdSchema,
  fullName: z.string(),
  gender: GenderSchema.nullable(),
  birthYear: z.number().int().nullable(),
  unitId: IdSchema,
  unitName: z.string(),
  position: z.string().nullable().describe('Chức vụ'),
  illustrative: z.boolean().describe('Nhân vật hư cấu trong dữ liệu minh họa'),
  version: VersionSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const BirthYearSchema = z.number().int().min(1900, 'Năm sinh không hợp lệ').max(2100, 'Năm sinh không hợp lệ');

export const CreatePersonBodySchema = z.object({
  fullName: requiredText(200).describe('Họ và tên'),
  gender: GenderSchema.nullish(),
  birthYear: BirthYearSchema.nullish(),
  unitId: IdSchema,
  position: text(200).nullish(),
  illustrative: z.boolean().default(false),
});
export type CreatePersonBody = z.infer<typeof CreatePersonBodySchema>;
export const UpdatePersonBodySchema = CreatePersonBodySchema.partial().extend({ version: VersionSchema });
export type UpdatePersonBody = z.infer<typeof UpdatePersonBodySchema>;

export const ListPeopleQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional().describe('Tìm theo họ tên, có dấu hoặc không dấu'),
  unitId: IdSchema.optional().describe('Chỉ người của đơn vị này'),
  includeDescendants: z.coerce.boolean().default(false).describe('Gồm cả các đơn vị trực thuộc'),
});
export const PersonPageSchema = pageOf(PersonSchema);
