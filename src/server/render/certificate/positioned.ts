/**
 * Giấy khen printed onto a calibrated pre-printed blank (phôi): a page the size of the blank,
 * no margins, and each field alone in a frame anchored to the page, so nothing flows and every
 * line lands where the calibration put it. Pure: texts + layout → DOCX bytes.
 */
import { AlignmentType, Document, FrameAnchorType, LineRuleType, Packer, PageOrientation, Paragraph, type ISectionOptions } from 'docx';
import { BLACK, FONT, run } from '../docx/style.js';
import { fieldText, type BlankLayout, type CertificateText, type PlacedField } from './model.js';

/** 1 mm in twips (1440 per inch, 25.4 mm per inch). */
export const TWIPS_PER_MM = 56.6929;
export const twipsOf = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/**
 * Top of a single-spaced Times New Roman (or metric-compatible Liberation Serif) line above its
 * baseline, in ems: the font's ascent (1825/2048) plus its line gap (87/2048), which LibreOffice
 * puts above the first line. The calibration gives the baseline, a frame is placed by its top.
 */
export const ASCENT_EM = (1825 + 87) / 2048;
const POINT_MM = 25.4 / 72;

/** The frame's top in millimetres for a field whose first baseline is at `yMm`. */
export function frameTopMm(field: Pick<PlacedField, 'yMm' | 'fontSize'>): number {
  return Math.max(0, field.yMm - field.fontSize * ASCENT_EM * POINT_MM);
}

function fieldParagraph(field: PlacedField, text: string): Paragraph {
  // Word sizes fonts in half points.
  const size = Math.round(field.fontSize * 2) / 2;
  return new Paragraph({
    children: [run(text, { size, bold: field.bold })],
    alignment: field.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    run: { font: FONT, size: size * 2, color: BLACK },
    frame: {
      type: 'absolute',
      position: { x: twipsOf(field.xMm), y: twipsOf(frameTopMm(field)) },
      width: twipsOf(field.widthMm),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    },
  });
}

function page(layout: BlankLayout, text: CertificateText): ISectionOptions {
  const width = twipsOf(layout.pageWidthMm);
  const height = twipsOf(layout.pageHeightMm);
  const children = layout.fields.flatMap((f) => {
    const value = fieldText(text, f.field);
    return value ? [fieldParagraph(f, value)] : [];
  });
  return {
    properties: {
      page: {
        // docx swaps the two sides of a landscape page, so it is given them portrait-wise.
        size:
          width > height
            ? { width: height, height: width, orientation: PageOrientation.LANDSCAPE }
            : { width, height, orientation: PageOrientation.PORTRAIT },
        margin: { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0 },
      },
    },
    // A section needs a paragraph to exist even when every field is empty.
    children: children.length ? children : [new Paragraph({})],
  };
}

/** One page per certificate, each the size of the blank, only the variable text on it. */
export async function renderPositionedCertificatesDocx(texts: readonly CertificateText[], layout: BlankLayout): Promise<Buffer> {
  const document = new Document({
    creator: 'thidua',
    title: 'Giấy khen (in lên phôi)',
    styles: { default: { document: { run: { font: FONT, size: 28, color: BLACK } } } },
    sections: texts.map((t) => page(layout, t)),
  });
  return Packer.toBuffer(document);
}
