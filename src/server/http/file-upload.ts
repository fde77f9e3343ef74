import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../contract/errors.js';
import type { FileFormat } from '../../contract/units.js';

/** Largest spreadsheet upload: a 20,000-row sheet of units or people is well under 2 MB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const UPLOAD_CONTENT_TYPES = [XLSX_TYPE, 'application/octet-stream', 'text/csv'];

const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);

/**
 * Lets the routes of one plugin take a raw file as the request body (a Buffer). Fastify's own
 * body limit answers in English, so the parser reads the stream itself and stops at the limit
 * with a Vietnamese 413; Content-Length, when sent, is checked before reading anything.
 * `contentTypes`: the types taken as a file (default: the spreadsheet types).
 */
export function acceptFileUploads(app: FastifyInstance, contentTypes: string[] = UPLOAD_CONTENT_TYPES): void {
  app.addContentTypeParser(contentTypes, async (request: FastifyRequest, payload: IncomingMessage) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) throw tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of payload) {
      size += (chunk as Buffer).length;
      if (size > MAX_UPLOAD_BYTES) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  });
}

/**
 * The uploaded file and its format: the `format` parameter when given, else the Content-Type,
 * else (octet-stream) the bytes themselves (an XLSX is a ZIP and starts with "PK").
 */
export function uploadedFile(body: unknown, contentType: string | undefined, format: FileFormat | undefined) {
  if (!Buffer.isBuffer(body)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Gửi tệp nguyên bản làm nội dung yêu cầu, với Content-Type là ${UPLOAD_CONTENT_TYPES.join(' hoặc ')}`,
    );
  }
  if (body.length === 0) throw new AppError('INVALID_INPUT', 'Tệp trống', { file: 'Tệp trống' });
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const detected: FileFormat =
    format ?? (type === XLSX_TYPE ? 'xlsx' : type === 'text/csv' ? 'csv' : body.subarray(0, 2).toString('latin1') === 'PK' ? 'xlsx' : 'csv');
  return { bytes: body, format: detected };
}

/** Sends a generated file as a download. */
export function sendFile(reply: FastifyReply, file: { fileName: string; contentType: string; bytes: Buffer }) {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .type(file.contentType)
    .send(file.bytes);
}
