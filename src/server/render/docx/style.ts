/**
 * The measures of the Decree 30/2020 layout (Phụ lục I; domain.md §3.1–3.2) and the two
 * builders every block uses: a run that always names Times New Roman, black, and a paragraph
 * whose own mark does too (an empty paragraph's height comes from its mark's font).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TableBorders,
  TextRun,
  UnderlineType,
  WidthType,
  type IBorderOptions,
} from 'docx';

export const FONT = 'Times New Roman';
export const BLACK = '000000';

/** 1 mm in twips (1/1440 inch), rounded up so a margin never falls below its lower bound. */
export const mm = (millimetres: number): number => Math.ceil((millimetres * 1440) / 25.4);
/** Points to twips. */
export const pt = (points: number): number => points * 20;

/** A4 portrait, 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** Top 20–25, bottom 20–25, left 30–35, right 15–20 mm: the lower bounds, for the most text. */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Font sizes in points, each inside the range of the element table. */
export const SIZE = {
  nationalTitle: 12, // Quốc hiệu 12–13
  motto: 13, // Tiêu ngữ 13–14
  parentIssuer: 12, // cơ quan chủ quản 12–13
  issuer: 13, // cơ quan ban hành 12–13 (12 under a parent body, to fit the column)
  issuerUnderParent: 12,
  number: 13, // Số, ký hiệu 13
  dispatchSubject: 12, // "V/v …" 12–13
  placeDate: 14, // 13–14
  docType: 14, // 13–14
  typedSubject: 14, // 13–14
  body: 14, // 13–14
  distributionLabel: 12, // "Nơi nhận:" 12
  distribution: 11, // list 11
  signer: 14, // 13–14
  pageNumber: 13, // 13–14
} as const;

/** Body paragraphs: first-line indent 1 cm, ≥ 6 pt apart, line spacing 1.2 (between single and 1.5). */
export const BODY = { firstLine: mm(10), after: pt(6), line: 288 } as const;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/** A run of text in Times New Roman, black, at `size` points; bold and italic always stated. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size * 2,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    color: BLACK,
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE, color: BLACK } } : {}),
  });
}

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParagraphStyle {
  size: number;
  align?: Align;
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line; single when absent. */
  line?: number;
  indent?: { left?: number; right?: number; firstLine?: number; hanging?: number };
  bottomBorder?: IBorderOptions;
  keepNext?: boolean;
}

/** A paragraph of runs; its mark carries the same font and size, so an empty one is as tall as its text. */
export function paragraph(children: TextRun[], style: ParagraphStyle): Paragraph {
  return new Paragraph({
    children,
    alignment: style.align ?? AlignmentType.LEFT,
    spacing: { before: style.before ?? 0, after: style.after ?? 0, line: style.line ?? 240, lineRule: LineRuleType.AUTO },
    ...(style.indent ? { indent: style.indent } : {}),
    ...(style.bottomBorder ? { border: { bottom: style.bottomBorder } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
    run: { font: FONT, size: style.size * 2, color: BLACK },
  });
}

/** One line of text in one style. */
export function textParagraph(text: string, runStyle: RunStyle, style: Omit<ParagraphStyle, 'size'> = {}): Paragraph {
  return paragraph([run(text, runStyle)], { ...style, size: runStyle.size });
}

/** Solid black rule, 0.75 pt. */
export const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 };

/** Share of the text's length that the short rules under ô 2 and ô 5a take (Decree 30: 1/3–1/2). */
export const RULE_RATIO = 0.4;

/**
 * The short solid line under the issuer (ô 2) or the trích yếu (ô 5a): the bottom border of an
 * empty 2-pt paragraph, centred by equal left and right indents in a column `columnTwips` wide,
 * `RULE_RATIO` of `textTwips` long. Word and LibreOffice draw a paragraph border across exactly the
 * indented width, with no drawing object to float away when the text is edited.
 */
export function shortRule(textTwips: number, columnTwips: number, after = 0): Paragraph {
  const length = Math.round(Math.min(textTwips, columnTwips) * RULE_RATIO);
  const side = Math.max(0, Math.floor((columnTwips - length) / 2));
  return paragraph([], { size: 2, indent: { left: side, right: side }, bottomBorder: RULE, after });
}

/** A table that is pure layout: no borders, no cell padding, fixed column widths. */
export const LAYOUT_TABLE = {
  borders: TableBorders.NONE,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  width: { size: TEXT_WIDTH, type: WidthType.DXA },
} as const;
