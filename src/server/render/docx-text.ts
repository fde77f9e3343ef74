/**
 * DOCX → plain text, for the document parser. The only file that imports mammoth, so the
 * library can be swapped in one place. Paragraphs come out separated by a blank line, table
 * cells (the two-column header and footer of Decree 30) one after another, left to right.
 */
import mammoth from 'mammoth';
import { UnreadableFileError } from './cells.js';
import { inspectZip } from './zip-guard.js';

/**
 * A DOCX of a long decision with its appendices unpacks to a few MB of XML; images are stored
 * compressed already. Anything beyond this is refused before mammoth holds it in memory.
 */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 1_000;

const NOT_DOCX = 'Tệp không phải định dạng Word .docx';

/** The text of a DOCX file, refusing what is not a (sane) DOCX. */
export async function readDocxText(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new UnreadableFileError('Tệp Word 97–2003 (.doc) không được hỗ trợ: hãy mở bằng Word và lưu lại dạng .docx');
  }
  const names = inspectZip(bytes, {
    maxUncompressedBytes: MAX_DOCX_UNCOMPRESSED_BYTES,
    maxEntries: MAX_DOCX_ENTRIES,
    messages: {
      notThisKind: NOT_DOCX,
      tooManyParts: 'Tệp Word có quá nhiều thành phần',
      tooBig: (mb) => `Tệp Word khi giải nén vượt quá ${mb} MB`,
    },
  });
  // An XLSX or any other ZIP passes the guard; a Word document has its main part here.
  if (!names.includes('word/document.xml')) throw new UnreadableFileError(NOT_DOCX);
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch {
    throw new UnreadableFileError('Không đọc được tệp Word: tệp hỏng hoặc không phải định dạng .docx');
  }
}
