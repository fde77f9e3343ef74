import type { z } from 'zod';
import { CERTIFICATE_FIELDS, type FieldPositionSchema } from '../../../contract/decisions.js';

export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];
export type FieldPosition = z.output<typeof FieldPositionSchema>;

export interface PageSize {
  pageWidthMm: number;
  pageHeightMm: number;
}

/** A point is 1/72 inch. */
export const PT_TO_MM = 25.4 / 72;

/** The usual blank: A4 landscape. */
export const A4_LANDSCAPE: PageSize = { pageWidthMm: 297, pageHeightMm: 210 };

/**
 * Where each field sits on a plain A4 landscape Giấy khen, from the printed layout offices use:
 * the name large and bold in the middle, the place and date and the signer in the lower right.
 */
const A4_DEFAULTS: Record<CertificateField, Omit<FieldPosition, 'field'>> = {
  name: { xMm: 48.5, yMm: 92, widthMm: 200, fontSize: 24, bold: true, align: 'center' },
  unit: { xMm: 48.5, yMm: 106, widthMm: 200, fontSize: 15, bold: false, align: 'center' },
  achievement: { xMm: 38.5, yMm: 122, widthMm: 220, fontSize: 14, bold: false, align: 'center' },
  decision: { xMm: 48.5, yMm: 146, widthMm: 200, fontSize: 12, bold: false, align: 'center' },
  placeDate: { xMm: 160, yMm: 165, widthMm: 120, fontSize: 13, bold: false, align: 'center' },
  signer: { xMm: 160, yMm: 195, widthMm: 120, fontSize: 14, bold: true, align: 'center' },
};

/** Millimetres are kept to the half: finer than a printer feeds a blank, coarse enough to type. */
export function roundMm(mm: number): number {
  return Math.round(mm * 2) / 2;
}

/** The default position of every field, scaled to the page when it is not A4 landscape. */
export function defaultFields(page: PageSize = A4_LANDSCAPE): FieldPosition[] {
  const sx = page.pageWidthMm / A4_LANDSCAPE.pageWidthMm;
  const sy = page.pageHeightMm / A4_LANDSCAPE.pageHeightMm;
  return CERTIFICATE_FIELDS.map((field) => {
    const d = A4_DEFAULTS[field];
    return { field, ...d, xMm: roundMm(d.xMm * sx), yMm: roundMm(d.yMm * sy), widthMm: roundMm(d.widthMm * sx) };
  });
}

/** Every field once, in the form's order; a field a stored layout lacks gets its default. */
export function completeFields(fields: readonly FieldPosition[], page: PageSize = A4_LANDSCAPE): FieldPosition[] {
  const defaults = defaultFields(page);
  return CERTIFICATE_FIELDS.map((field) => fields.find((f) => f.field === field) ?? defaults.find((d) => d.field === field)!);
}

/** The height of one line of the field's text, in mm. */
export function lineHeightMm(fontSize: number): number {
  return fontSize * PT_TO_MM;
}

/**
 * Moves a field by a drag, kept on the page: its box may not leave the left or right edge, and its
 * baseline (yMm is the distance from the top edge to the foot of the text) stays between one line
 * from the top and the bottom edge.
 */
export function moveField(f: FieldPosition, dxMm: number, dyMm: number, page: PageSize): FieldPosition {
  const maxX = Math.max(0, page.pageWidthMm - f.widthMm);
  const minY = Math.min(page.pageHeightMm, lineHeightMm(f.fontSize));
  return {
    ...f,
    xMm: roundMm(Math.min(maxX, Math.max(0, f.xMm + dxMm))),
    yMm: roundMm(Math.min(page.pageHeightMm, Math.max(minY, f.yMm + dyMm))),
  };
}

/**
 * Where the preview draws a field, in pixels at `pxPerMm`. The stored y is the baseline, so the
 * box starts one line above it (with line-height 1 the baseline sits near the foot of the line).
 */
export function previewBox(f: FieldPosition, pxPerMm: number): { left: number; top: number; width: number; fontSizePx: number } {
  return {
    left: f.xMm * pxPerMm,
    top: (f.yMm - lineHeightMm(f.fontSize)) * pxPerMm,
    width: f.widthMm * pxPerMm,
    fontSizePx: lineHeightMm(f.fontSize) * pxPerMm,
  };
}

/** Fields whose box runs past the page: the print would cut them. */
export function fieldsOffPage(fields: readonly FieldPosition[], page: PageSize): CertificateField[] {
  return fields.filter((f) => f.xMm + f.widthMm > page.pageWidthMm || f.yMm > page.pageHeightMm || f.yMm < lineHeightMm(f.fontSize)).map((f) => f.field);
}
