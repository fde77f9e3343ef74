/**
 * Giấy khen on plain paper, for offices without pre-printed blanks: A4 landscape, one page per
 * awardee, Times New Roman black, a double frame round the page. Pure: texts → DOCX bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageOrientation,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TableBorders,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
  type Paragraph,
} from 'docx';
import { BLACK, FONT, mm, paragraph, pt, textParagraph } from '../docx/style.js';
import type { CertificateText } from './model.js';

/** A4 landscape, 297 × 210 mm. */
export const LANDSCAPE = { width: 16838, height: 11906 } as const;
const MARGIN = mm(18);
const TEXT_WIDTH = LANDSCAPE.width - 2 * MARGIN;
const centred = { align: AlignmentType.CENTER } as const;
const frameLine = { style: BorderStyle.DOUBLE, size: 12, color: BLACK, space: 20 };

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, children });
}

/** Decision reference on the left, place, date and signature on the right. */
function footer(text: CertificateText): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const signer = [
    textParagraph(text.placeDate, { size: 14, italics: true }, { ...centred, after: pt(4) }),
    ...text.signerTitle.map((line) => textParagraph(line, { size: 14, bold: true }, centred)),
    textParagraph(text.signerName ?? '', { size: 14, bold: true }, { ...centred, before: pt(64) }),
  ];
  return new Table({
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: [left, right],
    rows: [new TableRow({ cantSplit: true, children: [cell(left, [textParagraph(text.decision, { size: 13, italics: true }, { ...centred, before: pt(24) })]), cell(right, signer)] })],
  });
}

function page(text: CertificateText): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps the sides of a landscape page: given portrait-wise, it writes 297 × 210 mm.
        size: { width: LANDSCAPE.height, height: LANDSCAPE.width, orientation: PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 0, footer: 0 },
        borders: {
          pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.PAGE },
          pageBorderTop: frameLine,
          pageBorderBottom: frameLine,
          pageBorderLeft: frameLine,
          pageBorderRight: frameLine,
        },
      },
    },
    children: [
      textParagraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }, centred),
      textParagraph('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true }, centred),
      textParagraph(text.authority, { size: 15, bold: true }, { ...centred, before: pt(26) }),
      ...text.heading.map((line, i) =>
        textParagraph(line, { size: i === text.heading.length - 1 ? 44 : 18, bold: true }, { ...centred, before: pt(i === 0 ? 18 : 2), keepNext: true }),
      ),
      textParagraph(text.name, { size: 30, bold: true }, { ...centred, before: pt(20), after: pt(6) }),
      ...(text.unit ? [textParagraph(text.unit, { size: 16 }, { ...centred, after: pt(6) })] : []),
      textParagraph(text.achievement, { size: 16 }, { ...centred, before: pt(6), after: pt(18), line: 276 }),
      footer(text),
      // Word wants a body to end with a paragraph, not a table.
      paragraph([], { size: 1 }),
    ],
  };
}

/** One landscape page per certificate. */
export async function renderCertificatesDocx(texts: readonly CertificateText[]): Promise<Buffer> {
  const document = new Document({
    creator: 'thidua',
    title: 'Giấy khen',
    styles: { default: { document: { run: { font: FONT, size: 28, color: BLACK } } } },
    sections: texts.map(page),
  });
  return Packer.toBuffer(document);
}
