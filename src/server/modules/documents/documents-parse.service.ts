/**
 * Reading a document the user brings (plain text, DOCX, PDF) into the parse format. Stateless:
 * nothing is stored, so any signed-in user may call it (the route checks the session). Used by
 * `POST /api/documents/parse` and by `thidua parse FILE`.
 */
import { ParseDocumentTextBodySchema, type ParsedDocument } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { parseDocument } from '../../../core/documents/parse-document.js';
import { UnreadableFileError } from '../../render/cells.js';
import { readDocxText } from '../../render/docx-text.js';
import { readPdfText } from '../../render/pdf-text.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Content types the parse route takes as a raw file (the bytes decide what the file is). */
export const PARSE_UPLOAD_TYPES = [
  'text/plain',
  DOCX_TYPE,
  'application/pdf',
  'application/octet-stream',
  'application/msword',
  'image/png',
  'image/jpeg',
  'image/tiff',
];

export type DocumentFileKind = 'text' | 'docx' | 'pdf';

export interface DocumentFileInput {
  bytes: Buffer;
  /** As sent ("text/plain; charset=windows-1258"), when known. */
  contentType?: string;
  /** For the CLI: the file name, whose extension breaks ties. */
  fileName?: string;
}

const startsWith = (bytes: Buffer, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * What the file is, from its bytes (a DOCX is a ZIP, a PDF starts with "%PDF-"); the declared
 * type or name is only trusted to refuse bytes that contradict it.
 */
export function sniffDocumentFile(input: DocumentFileInput): DocumentFileKind {
  const { bytes } = input;
  const type = mediaType(input.contentType);
  const ext = /\.([a-z0-9]+)$/i.exec(input.fileName ?? '')?.[1]?.toLowerCase();
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', 'Tệp trống', { file: 'Tệp trống' });
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'docx';
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Tệp Word 97–2003 (.doc) chưa đọc được: hãy mở bằng Word và lưu lại dạng .docx');
  }
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Tệp ảnh (bản chụp, bản quét) chưa đọc được: cần nhận dạng ký tự (OCR) trước; hãy gửi tệp .docx, .pdf có lớp chữ hoặc văn bản thuần');
  }
  if (type === DOCX_TYPE || ext === 'docx') throw new AppError('INVALID_INPUT', 'Tệp không phải định dạng Word .docx', { file: 'Không phải .docx' });
  if (type === 'application/pdf' || ext === 'pdf') throw new AppError('INVALID_INPUT', 'Tệp không phải định dạng PDF', { file: 'Không phải .pdf' });
  if (looksBinary(bytes)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Tệp không phải văn bản: gửi văn bản thuần (.txt, Unicode), tệp Word .docx hoặc tệp .pdf');
  }
  return 'text';
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** NUL bytes (other than UTF-16's) or many control bytes: not a text file. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (utf16Order(head)) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
  }
  return controls * 100 > head.length;
}

/** UTF-16 by its BOM, or (no BOM) by zero bytes in every other position. */
function utf16Order(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Vietnamese in UTF-16 has a zero high byte for ASCII (spaces, digits, unaccented letters).
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Bytes of a text file → string: a BOM (UTF-8, UTF-16) or a declared charset wins; then UTF-8;
 * failing that Windows-1258, the Vietnamese 8-bit code page. Text typed in the old TCVN3/VNI
 * fonts decodes to garbage either way, and the parser reports it (legacy_encoding).
 */
export function decodeText(bytes: Buffer, contentType?: string): string {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const utf16 = utf16Order(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) ? 2 : 0));
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: read the bytes as if none was given.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

/** The text of an uploaded document file. */
export async function readDocumentText(input: DocumentFileInput): Promise<string> {
  try {
    switch (sniffDocumentFile(input)) {
      case 'docx':
        return await readDocxText(input.bytes);
      case 'pdf': {
        const text = await readPdfText(input.bytes);
        if (text === null) {
          throw new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Máy chủ này chưa đọc được tệp PDF (cần cài pdftotext, gói poppler-utils): hãy gửi tệp .docx hoặc văn bản thuần',
          );
        }
        return text;
      }
      case 'text':
        return decodeText(input.bytes, input.contentType);
    }
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new AppError('INVALID_INPUT', err.message, { file: err.message });
    throw err;
  }
}

const EMPTY = () => new AppError('INVALID_INPUT', 'Văn bản trống: không có nội dung để đọc', { text: 'Văn bản trống' });

/** Parses an uploaded document file (plain text, DOCX or PDF). */
export async function parseDocumentFile(input: DocumentFileInput): Promise<ParsedDocument> {
  const text = await readDocumentText(input);
  if (text.trim() === '') throw EMPTY();
  return parseDocument(text);
}

/** Parses a document sent as JSON `{ text }`. */
export function parseDocumentTextBody(body: unknown): ParsedDocument {
  const { text } = ParseDocumentTextBodySchema.parse(body);
  if (text.trim() === '') throw EMPTY();
  return parseDocument(text);
}
