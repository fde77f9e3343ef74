import { z } from 'zod';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DEADLINE_PASSED',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (dot-joined) → Vietnamese message. */
export type FieldErrors = Record<string, string>;

/** The one error type of thidua: services throw it, the HTTP layer maps its code to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('Mã lỗi ổn định, dùng cho máy đọc'),
      message: z.string().describe('Thông báo lỗi bằng tiếng Việt'),
      fields: z.record(z.string(), z.string()).optional().describe('Lỗi theo từng trường'),
      details: z.unknown().optional().describe('Chi tiết bổ sung, ví dụ lỗi theo từng dòng khi nhập tệp'),
    }),
  })
  .describe('Lỗi');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
