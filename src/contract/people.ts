import { z } from 'zod';
import { IdSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from './common.js';
import { UnitCodeSchema } from './units.js';

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
// `illustrative` is redeclared without its default: a PATCH that does not send it keeps the stored value.
export const UpdatePersonBodySchema = CreatePersonBodySchema.partial().extend({
  illustrative: z.boolean().optional(),
  version: VersionSchema,
});
export type UpdatePersonBody = z.infer<typeof UpdatePersonBodySchema>;

export const ListPeopleQuerySchema = PageQuerySchema.extend({
  q: z.string().max(200).optional().describe('Tìm theo họ tên, có dấu hoặc không dấu'),
  unitId: IdSchema.optional().describe('Chỉ người của đơn vị này'),
  // Not z.coerce.boolean(): that reads the string "false" as true.
  includeDescendants: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Gồm cả các đơn vị trực thuộc'),
});
export const PersonPageSchema = pageOf(PersonSchema);

const foldWord = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
const GENDER_WORDS: Record<string, Gender> = { nam: 'male', male: 'male', m: 'male', nu: 'female', female: 'female', f: 'female' };

/** One row of a people import (XLSX or CSV), as text cells; the unit is given by its code. */
export const PersonImportRowSchema = z.object({
  fullName: requiredText(200).describe('Họ và tên'),
  gender: z
    .string()
    .transform((s, ctx) => {
      const word = foldWord(s);
      if (word === '') return null;
      const gender = GENDER_WORDS[word];
      if (!gender) {
        ctx.addIssue({ code: 'custom', message: `"${s.trim()}" không hợp lệ: ghi Nam hoặc Nữ (hoặc để trống)` });
        return z.NEVER;
      }
      return gender;
    })
    .describe('Giới tính: Nam/Nữ (hoặc male/female)'),
  birthYear: z
    .string()
    .transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return null;
      const year = /^\d{4}$/.test(t) ? Number(t) : NaN;
      const parsed = BirthYearSchema.safeParse(year);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `"${t}" không hợp lệ: ghi năm gồm 4 chữ số, ví dụ 1985` });
        return z.NEVER;
      }
      return parsed.data;
    })
    .describe('Năm sinh (4 chữ số)'),
  unitCode: UnitCodeSchema.describe('Mã đơn vị công tác'),
  position: text(200)
    .transform((s) => (s === '' ? null : s))
    .describe('Chức vụ'),
});
export type PersonImportRow = z.infer<typeof PersonImportRowSchema>;
