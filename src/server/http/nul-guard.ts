/**
 * PostgreSQL cannot store the NUL character in text, and answers such a query with an error; no
 * form has a reason to send one. Refused at the edge, naming the field, before anything runs.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../contract/errors.js';

/** The path of the first string holding a NUL character, or null. */
export function nulPath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (depth > 64 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000')) return path ? `${path}.${key.replaceAll('\u0000', '\\0')}` : key.replaceAll('\u0000', '\\0');
    const found = nulPath(v, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = nulPath(request.params, '') ?? nulPath(request.query, '') ?? nulPath(request.body, '');
    if (found !== null) {
      const message = `Ký tự NUL (\\0) không được phép trong dữ liệu gửi lên${found ? ` (trường ${found})` : ''}`;
      throw new AppError('INVALID_INPUT', message, { [found || '(gốc)']: message });
    }
  });
}
