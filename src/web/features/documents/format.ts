import type { ParsedReference, ReferenceInput } from '../../../contract/documents.js';

/** Paragraphs typed one per line (blank lines ignored) ↔ the body's paragraph list. */
export function paragraphsFromText(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A reference as sent: blanks become null, as the contract expects. */
export function toReferenceInput(r: ParsedReference): ReferenceInput {
  return { number: r.number.trim(), date: r.date || null, kind: r.kind?.trim() || null, issuer: r.issuer?.trim() || null };
}

/** File extension → attachment content type the server accepts. */
export const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
};

export function contentTypeOf(name: string): string | undefined {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return FILE_TYPES[ext];
}
