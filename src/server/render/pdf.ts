/**
 * DOCX → PDF through LibreOffice headless, when it is installed (design.md §4: optional,
 * detected at run time). Debian: `apt-get install libreoffice-writer-nogui fonts-liberation2`
 * (Liberation Serif has the metrics of Times New Roman, so lines break as in Word).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTool, runTool, ToolTimeoutError } from './external-tool.js';

const OFFICE_COMMANDS = ['libreoffice', 'soffice'];
export const PDF_TIMEOUT_MS = 60_000;

/** The message callers show when `docxToPdf` returns null. */
export const PDF_NEEDS_LIBREOFFICE = 'PDF cần LibreOffice: hãy cài libreoffice-writer-nogui (và fonts-liberation2), rồi chạy lại';

export interface PdfOptions {
  /** Directories searched for `libreoffice` / `soffice`, as in PATH (default: this process's PATH). */
  searchPath?: string;
  timeoutMs?: number;
  /** Where the conversion's temp dir is made (default: the OS temp dir). */
  tempRoot?: string;
}

/** The LibreOffice executable on the search path, or null when there is none. */
export function findLibreOffice(searchPath?: string): Promise<string | null> {
  return findTool(OFFICE_COMMANDS, searchPath);
}

/**
 * Converts DOCX bytes to PDF bytes, or returns null when LibreOffice is not installed. Each
 * conversion runs in its own temp dir with its own LibreOffice profile, so concurrent calls do
 * not collide on the profile lock; the dir is removed afterwards, whatever happened.
 */
export async function docxToPdf(docx: Buffer, options: PdfOptions = {}): Promise<Buffer | null> {
  const office = await findLibreOffice(options.searchPath);
  if (office === null) return null;
  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'thidua-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
    const result = await runTool(office, args, { timeoutMs, env: { ...process.env, HOME: dir } }).catch((err: unknown) => {
      if (err instanceof ToolTimeoutError) throw new Error(`LibreOffice quá ${Math.round(timeoutMs / 1000)} giây khi chuyển sang PDF`);
      throw err;
    });
    let pdf: Buffer;
    try {
      pdf = await readFile(join(dir, 'document.pdf'));
    } catch {
      throw new Error(`LibreOffice không tạo được PDF (mã thoát ${result.code}): ${result.output.trim().slice(-500)}`);
    }
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
