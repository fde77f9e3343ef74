/**
 * The header of Mẫu 1.1–1.5 (ô 1–4, and ô 5b for a công văn): a borderless two-column table.
 * Row 1: the issuing body (left) beside the Quốc hiệu and Tiêu ngữ (right). Row 2: the "Số:"
 * line, and for a công văn its "V/v …" trích yếu, beside the place and date — one row, so the
 * Số line and the date line start at the same height whatever the height of row 1.
 */
import { AlignmentType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { ParsedDocument } from '../../../contract/documents.js';
import { cleanText, formatNumberLine, formatPlaceDateLine, isDispatch, normaliseSymbol, upper } from './format.js';
import { LAYOUT_TABLE, SIZE, TEXT_WIDTH, mm, paragraph, pt, run, shortRule, textParagraph } from './style.js';
import { breakOrganisationName, textWidthTwips } from './text-width.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Left column 66 mm (issuer, Số, V/v), right column 99 mm (Quốc hiệu, date). */
export const HEADER_COLUMNS = [mm(66), TEXT_WIDTH - mm(66)] as const;

/** Gap between the header lines and the Số/date row. */
const NUMBER_ROW_BEFORE = pt(8);

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
}

/** Ô 2: cơ quan chủ quản (upright) over cơ quan ban hành (bold), then the short rule under it. */
function issuerParagraphs(doc: ParsedDocument, width: number): Paragraph[] {
  const out: Paragraph[] = [];
  const centred = { align: AlignmentType.CENTER };
  if (doc.parentIssuer !== null && cleanText(doc.parentIssuer) !== '') {
    for (const line of breakOrganisationName(upper(doc.parentIssuer), SIZE.parentIssuer, false, width)) {
      out.push(textParagraph(line, { size: SIZE.parentIssuer }, centred));
    }
  }
  if (doc.issuer !== null && cleanText(doc.issuer) !== '') {
    const size = out.length > 0 ? SIZE.issuerUnderParent : SIZE.issuer;
    // Upper-case each line but keep the input's line breaks: cleanText would fold them.
    const name = doc.issuer.normalize('NFC').split(/\r?\n/).map(upper).filter(Boolean).join('\n');
    const lines = breakOrganisationName(name, size, true, width);
    for (const line of lines) out.push(textParagraph(line, { size, bold: true }, centred));
    out.push(shortRule(Math.max(...lines.map((l) => textWidthTwips(l, size, true))), width));
  }
  return out.length > 0 ? out : [paragraph([], { size: SIZE.issuer })];
}

/** Ô 1: Quốc hiệu over Tiêu ngữ, single-spaced; the Tiêu ngữ underlined along its whole length. */
function nationalParagraphs(): Paragraph[] {
  const centred = { align: AlignmentType.CENTER };
  return [
    textParagraph(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }, centred),
    textParagraph(MOTTO, { size: SIZE.motto, bold: true, underline: true }, centred),
  ];
}

/** Ô 3 and, for a công văn, ô 5b "V/v …" 6 pt below it. */
function numberParagraphs(doc: ParsedDocument): Paragraph[] {
  const dispatch = isDispatch(doc);
  const numberLine = formatNumberLine(doc.number, normaliseSymbol(doc.symbol, dispatch));
  const out = [textParagraph(numberLine, { size: SIZE.number }, { align: AlignmentType.CENTER, before: NUMBER_ROW_BEFORE })];
  const subject = doc.subject === null ? '' : cleanText(doc.subject).replace(/^V\/v:?\s*/i, '');
  if (dispatch && subject !== '') {
    out.push(paragraph([run(`V/v ${subject}`, { size: SIZE.dispatchSubject })], { size: SIZE.dispatchSubject, align: AlignmentType.CENTER, before: pt(6) }));
  }
  return out;
}

/** Ô 4, in the same row as ô 3. */
function placeDateParagraph(doc: ParsedDocument): Paragraph {
  const line = formatPlaceDateLine(doc.place, doc.date, doc.year);
  return textParagraph(line, { size: SIZE.placeDate, italics: true }, { align: AlignmentType.CENTER, before: NUMBER_ROW_BEFORE });
}

/** The header table of the first page. */
export function headerBlock(doc: ParsedDocument): Table {
  const [left, right] = HEADER_COLUMNS;
  return new Table({
    ...LAYOUT_TABLE,
    layout: TableLayoutType.FIXED,
    columnWidths: [left, right],
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left, issuerParagraphs(doc, left)), cell(right, nationalParagraphs())] }),
      new TableRow({ cantSplit: true, children: [cell(left, numberParagraphs(doc)), cell(right, [placeDateParagraph(doc)])] }),
    ],
  });
}
