import type { FastifyReply } from 'fastify';

/**
 * `Content-Disposition: attachment` for any file name: an ASCII fallback for old clients and the
 * exact UTF-8 name as an RFC 5987 `filename*`, so Vietnamese names survive the download.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends stored bytes as a download that the browser neither renders nor sniffs. */
export function sendAttachment(reply: FastifyReply, file: { name: string; contentType: string; bytes: Buffer }) {
  return reply
    .header('content-disposition', attachmentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .type(file.contentType)
    .send(file.bytes);
}
