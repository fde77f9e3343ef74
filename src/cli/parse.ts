/**
 * `thidua parse FILE [--json]`: the structure of a document (.txt in UTF-8 or UTF-16, .docx,
 * .pdf with a text layer), as the parse-format JSON or as a readable Vietnamese summary. Problems
 * found in the document are part of the answer (exit 0); only an unreadable file fails (exit 1).
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { ParsedDocument } from '../contract/documents.js';
import { AppError } from '../contract/errors.js';
import { formatDateVi } from '../core/dates.js';
import { parseDocumentFile } from '../server/modules/documents/documents-parse.service.js';

const AUTHORITY_NAMES: Record<string, string> = {
  'TM.': 'thay mặt',
  'KT.': 'ký thay',
  'Q.': 'quyền',
  'TL.': 'thừa lệnh',
  'TUQ.': 'thừa ủy quyền',
};
const COMPARATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** Reads and parses one document file. */
export async function parseFile(path: string): Promise<ParsedDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là thư mục' : code === 'EACCES' ? 'không có quyền đọc' : String(code ?? err);
    throw new AppError('NOT_FOUND', `Không đọc được tệp "${path}": ${why}`);
  }
  return parseDocumentFile({ bytes, fileName: path });
}

/** The parse as a person reads it: one field a line, lists indented, problems last. */
export function summariseParsedDocument(doc: ParsedDocument): string {
  const out: string[] = [];
  const field = (label: string, value: string | null | undefined) => out.push(`${label}: ${value || '—'}`);
  const list = (label: string, items: string[], bullet = '- ') => {
    out.push(`${label} (${items.length}):${items.length ? '' : ' —'}`);
    for (const item of items) out.push(`  ${bullet}${item}`);
  };

  field('Loại văn bản', doc.docType);
  field('Số, ký hiệu', doc.number || doc.symbol ? `${doc.number ?? '(để trống)'}/${doc.symbol ?? '(không rõ)'}` : null);
  field('Cơ quan chủ quản', doc.parentIssuer);
  field('Cơ quan ban hành', doc.issuer);
  const when = doc.date ? `ngày ${formatDateVi(doc.date)}` : doc.year ? `năm ${doc.year} (không rõ ngày, tháng)` : null;
  field('Địa danh, ngày', [doc.place, when].filter(Boolean).join(', '));
  field('Trích yếu', doc.subject);
  list('Kính gửi', doc.recipients);
  list(
    'Văn bản được dẫn',
    doc.references.map((r) =>
      [r.kind, r.number, r.date ? `ngày ${formatDateVi(r.date)}` : null, r.issuer ? `của ${r.issuer}` : null].filter(Boolean).join(' '),
    ),
  );
  list('Thời hạn', doc.deadlines.map((d) => `${formatDateVi(d.date)}: ${d.what}`));
  list('Chỉ tiêu', doc.targets.map((t) => `${COMPARATORS[t.comparator]} ${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}: ${t.text}`));
  if (doc.signer) {
    const s = doc.signer;
    const authority = s.authority ? `${s.authority} (${AUTHORITY_NAMES[s.authority]})${s.onBehalfOf ? `, cho ${s.onBehalfOf}` : ''}` : null;
    field('Người ký', [s.name ?? '(không rõ tên)', s.title, authority].filter(Boolean).join(' — '));
  } else {
    field('Người ký', null);
  }
  // Nơi nhận lines keep their own dashes, as written.
  list('Nơi nhận', doc.distribution, '');
  const paragraphs = doc.body.reduce((n, s) => n + s.paragraphs.length, 0);
  field('Nội dung', `${doc.body.length} phần, ${paragraphs} đoạn`);
  list('Vấn đề', doc.problems.map((p) => `${p.message}${p.excerpt ? ` «${p.excerpt}»` : ''} [${p.code}]`));
  return out.join('\n');
}

export function addParseCommand(program: Command): void {
  program
    .command('parse')
    .description('Đọc cấu trúc một văn bản (.txt Unicode, .docx, .pdf có lớp chữ): số, ký hiệu, cơ quan, ngày, trích yếu, nơi nhận, văn bản dẫn, thời hạn, chỉ tiêu, người ký')
    .argument('<tệp>', 'Tệp văn bản')
    .option('--json', 'In kết quả dạng JSON (định dạng của lệnh render)')
    .action(async (path: string, opts: { json?: boolean }) => {
      const doc = await parseFile(path);
      console.log(opts.json ? JSON.stringify(doc, null, 2) : summariseParsedDocument(doc));
    });
}
