import { z } from 'zod';

/** Strings from Word and old web pages mix NFC and NFD: every text input is normalised to NFC. */
export const text = (max = 500) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max));

export const requiredText = (max = 500) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'Không được để trống').max(max));

export const IdSchema = z.uuid().describe('Mã định danh (UUID)');
export const IdParamsSchema = z.object({ id: IdSchema });

/** Calendar date as ISO YYYY-MM-DD (the UI shows dd/mm/yyyy). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không tồn tại')
  .describe('Ngày (YYYY-MM-DD)');

export const YearSchema = z.coerce.number().int().min(1945).max(2100).describe('Năm');

/** Versions are stored as 32-bit integers: a larger one cannot match and must not reach the database (a 500). */
export const MAX_VERSION = 2_147_483_647;
export const VersionSchema = z.number().int().min(1).max(MAX_VERSION).describe('Phiên bản bản ghi, dùng để phát hiện sửa đồng thời');

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Số dòng tối đa'),
  offset: z.coerce.number().int().min(0).default(0).describe('Bỏ qua bao nhiêu dòng'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().describe('Tổng số dòng khớp điều kiện') });

export const OkSchema = z.object({ ok: z.literal(true) });
