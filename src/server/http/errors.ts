import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type ErrorBody, type ErrorCode, type FieldErrors } from '../../contract/errors.js';
import { fieldLabel } from '../../contract/field-labels.js';
import { databaseUnavailable, isUniqueViolation, isUnstorableCharacter } from '../service-errors.js';

/** The only place that maps error codes to HTTP statuses. */
export const STATUS_OF = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  DEADLINE_PASSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} satisfies Record<ErrorCode, number>;

const SOURCE_LABEL: Record<string, string> = {
  body: 'Nội dung yêu cầu',
  querystring: 'Tham số truy vấn',
  params: 'Đường dẫn',
  headers: 'Tiêu đề',
};

export function invalidInput(fields: FieldErrors, prefix = 'Dữ liệu không hợp lệ'): AppError {
  const summary = Object.entries(fields)
    .slice(0, 5)
    .map(([path, msg]) => `${fieldLabel(path)} (${path}): ${msg}`)
    .join('; ');
  return new AppError('INVALID_INPUT', `${prefix}: ${summary}`, fields);
}

export function fieldsFromZod(err: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of err.issues) {
    const path = issue.path.join('.') || '(gốc)';
    fields[path] ??= issue.message;
  }
  return fields;
}

function body(code: ErrorCode, message: string, fields?: FieldErrors, details?: unknown): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}), ...(details !== undefined ? { details } : {}) } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(body('NOT_FOUND', `Không có đường dẫn ${request.method} ${request.url.split('?')[0]}`));
  });

  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(STATUS_OF[error.code]).send(body(error.code, error.message, error.fields, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldErrors = {};
      for (const v of error.validation) {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(gốc)';
        fields[path] ??= v.message ?? 'Không hợp lệ';
      }
      const source = SOURCE_LABEL[(error as FastifyError).validationContext ?? 'body'] ?? 'Dữ liệu';
      const e = invalidInput(fields, `${source} không hợp lệ`);
      return reply.status(400).send(body('INVALID_INPUT', e.message, e.fields));
    }
    if (error instanceof ZodError) {
      const e = invalidInput(fieldsFromZod(error));
      return reply.status(400).send(body('INVALID_INPUT', e.message, e.fields));
    }
    const unavailable = databaseUnavailable(error);
    if (unavailable) {
      // PostgreSQL stopped or unreachable: the same request may succeed shortly. One short line
      // per request, not a stack: an outage answers every request this way.
      request.log.warn(`database unavailable: ${unavailable}`);
      return reply
        .status(503)
        .header('retry-after', '5')
        .send(body('DATABASE_UNAVAILABLE', 'Tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.'));
    }
    if (isUniqueViolation(error)) {
      // A check-then-insert race that the service did not name: still the client's conflict, not a 500.
      return reply.status(409).send(body('CONFLICT', 'Dữ liệu trùng với một bản ghi vừa được tạo hoặc sửa. Hãy tải lại rồi thử lại.'));
    }
    if (isUnstorableCharacter(error)) {
      return reply.status(400).send(body('INVALID_INPUT', 'Dữ liệu gửi lên chứa ký tự không lưu được (ký tự điều khiển hoặc không phải Unicode hợp lệ)'));
    }
    const fe = error as FastifyError;
    if (isResponseSerializationError(fe as never)) {
      request.log.error({ err: error }, 'response does not match its schema');
      return reply.status(500).send(body('INTERNAL', 'Lỗi hệ thống: dữ liệu trả về không đúng mô tả'));
    }
    switch (fe.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send(body('INVALID_INPUT', 'Nội dung yêu cầu trống'));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send(body('INVALID_INPUT', 'Nội dung yêu cầu không phải JSON hợp lệ'));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code: ErrorCode = fe.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : fe.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'INVALID_INPUT';
      return reply.status(fe.statusCode).send(body(code, `Yêu cầu không hợp lệ: ${fe.message}`));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'Lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên.'));
  });
}
