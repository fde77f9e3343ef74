import { AppError } from '../contract/errors.js';

export function staleVersion(): AppError {
  return new AppError(
    'CONFLICT',
    'Bản ghi đã được người khác sửa trong lúc bạn đang sửa. Hãy tải lại để xem thay đổi mới nhất rồi sửa lại.',
  );
}

export function invalidField(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/**
 * Is this a unique-constraint violation (SQLSTATE 23505), optionally of one named constraint?
 * Check-then-insert races end here: the database is the last word on uniqueness.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === undefined || name === constraint;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}

/** PostgreSQL refused a character it cannot store (NUL, or one outside the database encoding). */
export function isUnstorableCharacter(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (code === '22021' || code === '22P05') return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}
