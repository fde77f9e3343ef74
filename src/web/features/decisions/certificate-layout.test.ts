import { describe, expect, it } from 'vitest';
import { CERTIFICATE_FIELDS, CertificateLayoutBodySchema } from '../../../contract/decisions.js';
import { A4_LANDSCAPE, completeFields, defaultFields, fieldsOffPage, moveField, previewBox, PT_TO_MM, roundMm } from './certificate-layout.js';

describe('defaultFields', () => {
  it('places every field once on A4 landscape, inside the page, and the API accepts the layout', () => {
    const fields = defaultFields();
    expect(fields.map((f) => f.field)).toEqual([...CERTIFICATE_FIELDS]);
    expect(fieldsOffPage(fields, A4_LANDSCAPE)).toEqual([]);
    expect(fields.find((f) => f.field === 'name')).toMatchObject({ xMm: 48.5, yMm: 92, widthMm: 200, fontSize: 24, bold: true, align: 'center' });
    const body = { unitId: '00000000-0000-4000-8000-000000000001', name: 'Phôi A4', ...A4_LANDSCAPE, fields };
    expect(CertificateLayoutBodySchema.parse(body).fields).toEqual(fields);
  });

  it('scales the positions to another page and keeps them on it', () => {
    const a5 = { pageWidthMm: 210, pageHeightMm: 148 };
    const fields = defaultFields(a5);
    expect(fieldsOffPage(fields, a5)).toEqual([]);
    const name = fields.find((f) => f.field === 'name')!;
    expect(name.xMm).toBe(roundMm((48.5 * 210) / 297));
    expect(name.yMm).toBe(roundMm((92 * 148) / 210));
    // Font sizes are the printer's business, not the page's.
    expect(name.fontSize).toBe(24);
  });
});

describe('completeFields', () => {
  it('fills the fields a stored layout lacks and keeps the form order', () => {
    const signer = { field: 'signer' as const, xMm: 10, yMm: 20, widthMm: 50, fontSize: 10, bold: false, align: 'left' as const };
    const done = completeFields([signer]);
    expect(done.map((f) => f.field)).toEqual([...CERTIFICATE_FIELDS]);
    expect(done.at(-1)).toBe(signer);
    expect(done[0]).toEqual(defaultFields()[0]);
  });
});

describe('moveField', () => {
  const name = defaultFields().find((f) => f.field === 'name')!;

  it('moves by the drag, to the half millimetre', () => {
    expect(moveField(name, 10.2, -4.74, A4_LANDSCAPE)).toMatchObject({ xMm: 58.5, yMm: 87.5 });
  });

  it('keeps the box on the page: not past the right edge, the baseline not above one line nor below the foot', () => {
    expect(moveField(name, 500, 500, A4_LANDSCAPE)).toMatchObject({ xMm: 297 - 200, yMm: 210 });
    const top = moveField(name, -500, -500, A4_LANDSCAPE);
    expect(top.xMm).toBe(0);
    expect(top.yMm).toBe(roundMm(24 * PT_TO_MM));
    expect(fieldsOffPage([top], A4_LANDSCAPE)).toEqual([]);
  });
});

describe('previewBox', () => {
  it('draws the box one line above the baseline, scaled', () => {
    const f = { field: 'unit' as const, xMm: 40, yMm: 100, widthMm: 150, fontSize: 18, bold: false, align: 'center' as const };
    const box = previewBox(f, 2);
    expect(box.left).toBe(80);
    expect(box.width).toBe(300);
    expect(box.fontSizePx).toBeCloseTo(18 * PT_TO_MM * 2, 10);
    expect(box.top).toBeCloseTo((100 - 18 * PT_TO_MM) * 2, 10);
  });
});

describe('fieldsOffPage', () => {
  it('names the fields the print would cut', () => {
    const wide = { field: 'achievement' as const, xMm: 100, yMm: 120, widthMm: 220, fontSize: 14, bold: false, align: 'center' as const };
    const low = { field: 'signer' as const, xMm: 100, yMm: 211, widthMm: 50, fontSize: 14, bold: false, align: 'center' as const };
    expect(fieldsOffPage([wide, low], A4_LANDSCAPE)).toEqual(['achievement', 'signer']);
  });
});
