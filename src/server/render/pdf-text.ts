/**
 * PDF → plain text through poppler's `pdftotext` (Debian: poppler-utils), when it is installed:
 * optional, detected at run time, like LibreOffice for rendering (design.md §4). Reads the text
 * layer; a scanned PDF has none, and is read by OCR when Debian's tesseract (with the Vietnamese
 * data, tesseract-ocr-vie) and pdftoppm are installed.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableFileError } from './cells.js';
import { findTool, runTool, ToolTimeoutError } from './external-tool.js';

export { findTool };

export const PDF_TEXT_TIMEOUT_MS = 20_000;
/** Pages read: an administrative document with its appendices is far shorter. */
const MAX_PAGES = 300;

export const PDF_NEEDS_OCR =
  'Tệp PDF không có lớp chữ (bản quét/ảnh chụp): cần nhận dạng ký tự (OCR) trước, hoặc gửi tệp .docx hay văn bản thuần';

export const PDF_OCR_FOUND_NOTHING =
  'Tệp PDF không có lớp chữ, và nhận dạng ký tự (OCR) không đọc được chữ nào: hãy gửi bản quét rõ hơn, tệp .docx hay văn bản thuần';

export interface PdfTextOptions {
  /** Directories searched for `pdftotext`, as in PATH (default: this process's PATH). */
  searchPath?: string;
  timeoutMs?: number;
  /** Where the temp dir is made (default: the OS temp dir). */
  tempRoot?: string;
}

/** Pages read by OCR: about 10 s a page on this kind of machine. */
const MAX_OCR_PAGES = 20;
const OCR_TIMEOUT_MS = 120_000;

/**
 * The text layer of a PDF, or null when pdftotext is not installed. Throws UnreadableFileError
 * for a damaged or password-protected PDF and for one without text (a scan).
 */
export async function readPdfText(bytes: Buffer, options: PdfTextOptions = {}): Promise<string | null> {
  const tool = await findTool('pdftotext', options.searchPath);
  if (tool === null) return null;
  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'thidua-pdftext-'));
  try {
    const input = join(dir, 'document.pdf');
    const output = join(dir, 'document.txt');
    await writeFile(input, bytes);
    const result = await run(tool, ['-enc', 'UTF-8', '-eol', 'unix', '-l', String(MAX_PAGES), input, output], options.timeoutMs ?? PDF_TEXT_TIMEOUT_MS);
    if (result.code !== 0) {
      // pdftotext: 1 = cannot open (damaged), 3 = permissions (encrypted).
      throw new UnreadableFileError(
        result.code === 3 ? 'Tệp PDF có mật khẩu hoặc cấm sao chép chữ: không đọc được' : 'Không đọc được tệp PDF: tệp hỏng hoặc không phải định dạng PDF',
      );
    }
    const text = (await readFile(output, 'utf8')).replace(/\f/g, '\n');
    if (text.replace(/\s/g, '') !== '') return text;
    const ocr = await ocrPdf(input, dir, options);
    if (ocr === null) throw new UnreadableFileError(PDF_NEEDS_OCR);
    if (ocr.replace(/\s/g, '') === '') throw new UnreadableFileError(PDF_OCR_FOUND_NOTHING);
    return ocr;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a poppler or tesseract step; an overrun is the file's fault (too complex), told in Vietnamese. */
async function run(command: string, args: string[], timeoutMs: number) {
  try {
    return await runTool(command, args, { timeoutMs });
  } catch (err) {
    if (err instanceof ToolTimeoutError) throw new UnreadableFileError(`Đọc tệp PDF quá ${Math.round(timeoutMs / 1000)} giây: tệp quá phức tạp`);
    throw err;
  }
}

/**
 * OCR of a scanned PDF: pages to 300 dpi greyscale images (pdftoppm), then tesseract with the
 * Vietnamese model. Null when either tool or the Vietnamese data is missing.
 */
async function ocrPdf(input: string, dir: string, options: PdfTextOptions): Promise<string | null> {
  const [pdftoppm, tesseract] = [await findTool('pdftoppm', options.searchPath), await findTool('tesseract', options.searchPath)];
  if (!pdftoppm || !tesseract || !(await hasVietnameseModel(tesseract))) return null;
  const pages = await run(pdftoppm, ['-r', '300', '-gray', '-png', '-l', String(MAX_OCR_PAGES), input, join(dir, 'page')], OCR_TIMEOUT_MS);
  if (pages.code !== 0) return null;
  const images = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageNo(a) - pageNo(b));
  const texts: string[] = [];
  for (const image of images) {
    const base = join(dir, image.replace(/\.png$/, ''));
    const result = await run(tesseract, [join(dir, image), base, '-l', 'vie', '--psm', '4'], OCR_TIMEOUT_MS);
    if (result.code !== 0) return null;
    texts.push(await readFile(`${base}.txt`, 'utf8'));
  }
  return texts.join('\n');
}

const pageNo = (file: string) => Number(/(\d+)\.png$/.exec(file)?.[1] ?? 0);

async function hasVietnameseModel(tesseract: string): Promise<boolean> {
  const result = await runTool(tesseract, ['--list-langs'], { timeoutMs: 10_000 }).catch(() => null);
  return result?.code === 0 && /^vie$/m.test(result.output);
}
