import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string().describe('Phiên bản thidua'),
  engine: z.enum(['pglite', 'postgres']).describe('Cơ sở dữ liệu đang dùng'),
  engineVersion: z.string(),
  migration: z.object({
    applied: z.number().int().describe('Số lần chuyển đổi lược đồ đã áp dụng'),
    latest: z.string().nullable().describe('Tên lần chuyển đổi mới nhất'),
  }),
  time: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
