/**
 * DOCX → PDF through LibreOffice headless, when it is installed (design.md §4: optional,
 * detected at run time). Debian: `apt-get install libreoffice-writer-nogui fonts-liberation2`
 * (Liberation Serif has the metrics of Times New Roman, so lines break as in Word).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

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
export async function findLibreOffice(searchPath = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of searchPath.split(delimiter).filter(Boolean)) {
    for (const name of OFFICE_COMMANDS) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
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
    const result = await run(office, args, options.timeoutMs ?? PDF_TIMEOUT_MS, dir);
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

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command in its own process group, killing the whole group when it overruns. */
function run(command: string, args: string[], timeoutMs: number, home: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: home },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // soffice starts soffice.bin as a child: end the group we created, not just its leader.
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`LibreOffice quá ${Math.round(timeoutMs / 1000)} giây khi chuyển sang PDF`));
      else resolve({ code, output });
    });
  });
}
