/**
 * Attachments of documents, reports and nominations: the accepted types, the checks every
 * upload passes, safe names, and the bytes read back from the content-addressed store.
 */
import { AppError } from '../../contract/errors.js';
import type { ServiceContext } from '../context.js';
import { UnreadableFileError } from '../render/cells.js';
import { inspectZip } from '../render/zip-guard.js';
import type { FileStore } from './file-store.js';

/** Largest attachment: a scanned decision of a few dozen pages. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Accepted types, with the leading bytes a file of that type starts with (when it has any). */
export const ATTACHMENT_TYPES: Record<string, { label: string; magic: Buffer | null }> = {
  'application/pdf': { label: 'PDF', magic: Buffer.from('%PDF') },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', magic: Buffer.from('PK') },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', magic: Buffer.from('PK') },
  'application/msword': { label: 'DOC', magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  'application/vnd.ms-excel': { label: 'XLS', magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  'image/png': { label: 'PNG', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  'image/jpeg': { label: 'JPEG', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  'text/plain': { label: 'văn bản thuần', magic: null },
};

/**
 * "PK" only says ZIP: any archive (of programs, say) would pass as a Word or Excel file. An Office
 * file has these parts; the archive is walked with the zip-bomb limits before it is stored, since
 * whoever opens the attachment later unpacks it.
 */
const OFFICE_PARTS: Record<string, string[]> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['[Content_Types].xml', 'word/document.xml'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['[Content_Types].xml', 'xl/workbook.xml'],
};
// A scanned attachment barely compresses; text inflates about tenfold, so five times the largest upload is ample.
const MAX_OFFICE_UNCOMPRESSED_BYTES = 5 * MAX_ATTACHMENT_BYTES;
const MAX_OFFICE_ENTRIES = 5_000;

const DEFAULT_NAME = 'tep-dinh-kem';

/**
 * A file name safe to store and to send back: the last segment of any path (so "../../x" is
 * "x"), without control characters or characters Windows refuses, not hidden, at most 200 chars.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const segment = (raw ?? '')
    .normalize('NFC')
    .split(/[/\\]/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '.' && s !== '..')
    .at(-1);
  const clean = (segment ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return clean || DEFAULT_NAME;
}

export function requireFileStore(ctx: ServiceContext): FileStore {
  if (!ctx.files) throw new AppError('INTERNAL', 'Máy chủ chưa cấu hình kho tệp đính kèm (THIDUA_FILES_DIR)');
  return ctx.files;
}

/** The declared type must be one we accept, and the bytes must really be of that type. */
export function checkAttachmentContent(file: { bytes: Buffer; contentType: string }): void {
  const type = ATTACHMENT_TYPES[file.contentType];
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Không nhận tệp kiểu ${file.contentType || '(không rõ)'}`);
  if (file.bytes.length === 0) throw new AppError('INVALID_INPUT', 'Tệp trống', { file: 'Tệp trống' });
  const notThisType = () =>
    new AppError('INVALID_INPUT', `Nội dung tệp không phải ${type.label} như Content-Type khai báo`, { file: `Không phải tệp ${type.label}` });
  if (type.magic && !file.bytes.subarray(0, type.magic.length).equals(type.magic)) throw notThisType();
  // Plain text has no leading bytes, so without this any program would pass as one.
  if (file.contentType === 'text/plain' && looksBinary(file.bytes)) throw notThisType();
  const parts = OFFICE_PARTS[file.contentType];
  if (parts) {
    let names: string[];
    try {
      names = inspectZip(file.bytes, {
        maxUncompressedBytes: MAX_OFFICE_UNCOMPRESSED_BYTES,
        maxEntries: MAX_OFFICE_ENTRIES,
        messages: {
          notThisKind: notThisType().message,
          tooManyParts: `Tệp ${type.label} có quá nhiều thành phần`,
          tooBig: (mb) => `Tệp ${type.label} khi giải nén vượt quá ${mb} MB`,
        },
      });
    } catch (err) {
      if (err instanceof UnreadableFileError) throw new AppError('INVALID_INPUT', err.message, { file: err.message });
      throw err;
    }
    if (!parts.every((p) => names.includes(p))) throw notThisType();
  }
}

/**
 * Text in any of the encodings Vietnamese files come in (UTF-8, UTF-16 with its mark, the old
 * single-byte ones) has no zero byte and few control characters; a program has both.
 */
function looksBinary(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
  }
  return controls * 100 > bytes.length;
}

/** The bytes of a stored attachment row, or a 404 when the row is missing. */
export async function readAttachment(store: FileStore, row: { name: string; contentType: string; sha256: string } | null | undefined) {
  if (!row) throw new AppError('NOT_FOUND', 'Tệp đính kèm không tồn tại');
  const bytes = await store.get(row.sha256);
  if (!bytes) throw new AppError('INTERNAL', `Không tìm thấy nội dung tệp "${row.name}" trong kho tệp: báo quản trị viên`);
  return { name: row.name, contentType: row.contentType, bytes };
}
