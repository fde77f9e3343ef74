/**
 * Ô 5a of a typed document (Quyết định, Kế hoạch, Báo cáo…): the type name upper-case bold,
 * the trích yếu bold below it, a short rule under both; for a decision, the issuing authority
 * line of Mẫu 1.2 ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …") when the caller knows it.
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { ParsedDocument } from '../../../contract/documents.js';
import { cleanText, isDispatch, upper } from './format.js';
import { SIZE, TEXT_WIDTH, pt, shortRule, textParagraph } from './style.js';
import { textWidthTwips } from './text-width.js';

export function titleBlock(doc: ParsedDocument, enactingAuthority: string | null): Paragraph[] {
  if (doc.docType === null || isDispatch(doc)) return [];
  const centred = { align: AlignmentType.CENTER, keepNext: true };
  const typeName = upper(doc.docType);
  const out = [textParagraph(typeName, { size: SIZE.docType, bold: true }, { ...centred, before: pt(18) })];
  let ruled = textWidthTwips(typeName, SIZE.docType, true);
  const subject = doc.subject === null ? '' : cleanText(doc.subject);
  if (subject !== '') {
    out.push(textParagraph(subject, { size: SIZE.typedSubject, bold: true }, centred));
    ruled = textWidthTwips(subject, SIZE.typedSubject, true);
  }
  const authority = enactingAuthority === null ? '' : upper(enactingAuthority);
  out.push(shortRule(ruled, TEXT_WIDTH, authority === '' ? pt(12) : 0));
  if (authority !== '') {
    out.push(textParagraph(authority, { size: SIZE.docType, bold: true }, { ...centred, before: pt(12), after: pt(12) }));
  }
  return out;
}
