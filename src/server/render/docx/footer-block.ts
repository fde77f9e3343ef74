/**
 * The foot of the document (ô 7 and 9b): "Nơi nhận:" and its list on the left, beside the
 * signature block on the right — a borderless two-column table, so the label stands level with
 * the first quyền hạn line and neither column pushes the other down.
 */
import { AlignmentType, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import type { ParsedDocument } from '../../../contract/documents.js';
import { cleanText, formatDistributionLines } from './format.js';
import { signerAuthorityLines } from './signer.js';
import { LAYOUT_TABLE, SIZE, TEXT_WIDTH, mm, paragraph, pt, textParagraph } from './style.js';

/** Left column 76 mm (Nơi nhận), right column 89 mm (signature). */
export const FOOTER_COLUMNS = [mm(76), TEXT_WIDTH - mm(76)] as const;

const GAP_ABOVE = pt(12);
/** Room for the handwritten signature and the seal between the title and the name (about 2.5 cm). */
const SIGNATURE_SPACE = pt(72);

function distributionParagraphs(doc: ParsedDocument): Paragraph[] {
  const lines = formatDistributionLines(doc.distribution);
  if (lines.length === 0) return [paragraph([], { size: SIZE.distribution, before: GAP_ABOVE })];
  return [
    textParagraph('Nơi nhận:', { size: SIZE.distributionLabel, bold: true, italics: true }, { before: GAP_ABOVE }),
    ...lines.map((line) => textParagraph(line, { size: SIZE.distribution })),
  ];
}

function signerParagraphs(doc: ParsedDocument): Paragraph[] {
  const signer = doc.signer;
  if (signer === null) return [paragraph([], { size: SIZE.signer, before: GAP_ABOVE })];
  return signatureParagraphs(signerAuthorityLines(signer, doc.issuer), signer.name);
}

/** Title lines, the room to sign, then the name, centred in their column. */
function signatureParagraphs(lines: readonly string[], signerName: string | null): Paragraph[] {
  const centred = { align: AlignmentType.CENTER } as const;
  const style = { size: SIZE.signer, bold: true };
  const out = lines.map((line, i) => textParagraph(line, style, { ...centred, ...(i === 0 ? { before: GAP_ABOVE } : {}), keepNext: true }));
  const name = signerName === null ? '' : cleanText(signerName);
  out.push(name === '' ? paragraph([], { size: SIZE.signer, before: SIGNATURE_SPACE }) : textParagraph(name, style, { ...centred, before: SIGNATURE_SPACE }));
  return out;
}

/** A second signature in the left column (a biên bản: the secretary beside the presiding member). */
export interface LeftSigner {
  title: string;
  name: string | null;
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
}

/**
 * The footer table, or nothing when the text has neither a signer nor a Nơi nhận. A 1-pt
 * paragraph follows it: Word wants a body to end with a paragraph, not a table.
 */
export function footerBlock(doc: ParsedDocument, leftSigner: LeftSigner | null = null): (Table | Paragraph)[] {
  if (doc.signer === null && leftSigner === null && formatDistributionLines(doc.distribution).length === 0) return [];
  const [left, right] = FOOTER_COLUMNS;
  const leftColumn = leftSigner ? signatureParagraphs([leftSigner.title], leftSigner.name) : distributionParagraphs(doc);
  return [
    new Table({
      ...LAYOUT_TABLE,
      layout: TableLayoutType.FIXED,
      columnWidths: [left, right],
      rows: [new TableRow({ cantSplit: true, children: [cell(left, leftColumn), cell(right, signerParagraphs(doc))] })],
    }),
    paragraph([], { size: 1 }),
  ];
}
