/**
 * `thidua render DOC.json --out FILE.docx [--pdf]`: typesets a document in the parse format
 * (what `thidua parse X --json` prints) in the Decree 30/2020 layout, so a badly formatted
 * dispatch can be re-typeset: `thidua parse X --json > d.json && thidua render d.json --out d.docx`.
 */
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { z } from 'zod';
import { ParsedDocumentSchema, type ParsedDocument } from '../contract/documents.js';
import { AppError } from '../contract/errors.js';
import { renderDocumentDocx } from '../server/render/docx/index.js';
import { PDF_NEEDS_LIBREOFFICE, docxToPdf } from '../server/render/pdf.js';

/** "body[2].paragraphs[0]" for a zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function describeIssues(issues: z.ZodError['issues']): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `trường "${fieldName(i.path)}": ${i.message}` : i.message))
    .join('; ');
}

/** Reads and checks a parse-format JSON file, naming the offending field in Vietnamese. */
export async function readParsedDocumentFile(path: string): Promise<ParsedDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('NOT_FOUND', `Không đọc được tệp "${path}"`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('INVALID_INPUT', `Tệp "${path}" không phải JSON hợp lệ: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = ParsedDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [fieldName(i.path), i.message]));
    throw new AppError('INVALID_INPUT', `Tệp "${path}" không đúng định dạng văn bản (của lệnh parse): ${describeIssues(parsed.error.issues)}`, fields);
  }
  return parsed.data;
}

/** "d.docx" → "d.pdf"; any other name gets ".pdf" appended. */
export function pdfPathFor(docxPath: string): string {
  return extname(docxPath).toLowerCase() === '.docx' ? docxPath.slice(0, -'.docx'.length) + '.pdf' : `${docxPath}.pdf`;
}

export function addRenderCommand(program: Command): void {
  program
    .command('render')
    .description('Trình bày văn bản (tệp JSON theo định dạng của lệnh parse) theo thể thức Nghị định 30/2020 ra tệp .docx')
    .argument('<tệp>', 'Tệp JSON của văn bản')
    .requiredOption('-o, --out <tệp>', 'Tệp .docx sẽ ghi')
    .option('--pdf', 'Ghi thêm tệp .pdf cùng tên (cần LibreOffice)')
    .action(async (path: string, opts: { out: string; pdf?: boolean }) => {
      const doc = await readParsedDocumentFile(path);
      const docx = await renderDocumentDocx(doc);
      await writeFile(opts.out, docx);
      console.log(`Đã ghi ${opts.out}.`);
      if (!opts.pdf) return;
      const pdf = await docxToPdf(docx);
      if (pdf === null) throw new AppError('INVALID_INPUT', `${PDF_NEEDS_LIBREOFFICE} (đã ghi ${opts.out})`);
      const pdfPath = pdfPathFor(opts.out);
      await writeFile(pdfPath, pdf);
      console.log(`Đã ghi ${pdfPath}.`);
    });
}
