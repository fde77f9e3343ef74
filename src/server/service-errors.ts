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

// Class 08 (connection exception) and the server shutting down, crashed or starting up.
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;
const SOCKET_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres names a lost or never-made connection only in its message ("timeout expired": the
// connection attempt ran out of time).
const LOST_CONNECTION = /^(Connection terminated|Client has encountered a connection error|timeout expired$)/;

/**
 * Why the database server cannot be used — unreachable, stopped, or not yet accepting
 * connections — or null when that is not what failed. The request may well succeed in a moment:
 * the pool reconnects by itself once the server is back.
 */
export function databaseUnavailable(err: unknown): string | null {
  const seen = new Set<unknown>();
  const visit = (e: unknown): string | null => {
    if (!e || typeof e !== 'object' || seen.has(e)) return null;
    seen.add(e);
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || SOCKET_FAILURES.has(code))) return text || code;
    if (LOST_CONNECTION.test(text)) return text;
    // A host name with several addresses fails with one error per address.
    return visit(cause) ?? (Array.isArray(errors) ? (errors.map(visit).find((r) => r !== null) ?? null) : null);
  };
  return visit(err);
}
