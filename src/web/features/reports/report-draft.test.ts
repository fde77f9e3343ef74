import { describe, expect, it } from 'vitest';
import { indicatorError, localFieldErrors, saveBodyOf, withoutFields, type ReportDraft } from './report-draft.js';
import { newIdempotencyKey } from './idempotency-key.js';

const draft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  values: {},
  narrative: {},
  exemplary: [],
  warningComments: {},
  ...over,
});

describe('saveBodyOf', () => {
  it('keeps rows just added and still blank in the browser, and maps the rows sent back to the rows on screen', () => {
    const { body, exemplaryIndex } = saveBodyOf(
      draft({
        exemplary: [
          { key: 'a', kind: 'collective', name: '', position: null, achievement: '' },
          { key: 'b', kind: 'person', name: 'Lò Văn A', position: '  ', achievement: 'Dẫn đầu' },
          { key: 'c', kind: 'collective', name: ' ', position: null, achievement: ' ' },
          { key: 'd', kind: 'collective', name: '', position: null, achievement: 'Thiếu tên' },
        ],
      }),
      7,
    );
    expect(body.version).toBe(7);
    expect(body.exemplary).toEqual([
      { kind: 'person', name: 'Lò Văn A', position: null, achievement: 'Dẫn đầu' },
      { kind: 'collective', name: '', position: null, achievement: 'Thiếu tên' },
    ]);
    expect(exemplaryIndex).toEqual([1, 3]);
    expect(localFieldErrors({ 'exemplary.1.name': 'Không được để trống', 'values.x': 'Sai' }, exemplaryIndex)).toEqual({
      'exemplary.3.name': 'Không được để trống',
      'values.x': 'Sai',
    });
  });

  it('sends emptied text answers as no answer and leaves out blank explanations', () => {
    const { body } = saveBodyOf(
      draft({ values: { a: '   ', b: 0, c: false, d: 'Có mô hình' }, warningComments: { W1: ' ', W2: 'Số liệu của BHXH' } }),
      1,
    );
    expect(body.values).toEqual({ a: null, b: 0, c: false, d: 'Có mô hình' });
    expect(body.warningComments).toEqual({ W2: 'Số liệu của BHXH' });
  });
});

describe('field errors', () => {
  it('finds an indicator error by id or by code', () => {
    expect(indicatorError({ 'values.ID1': 'x' }, { id: 'ID1', code: 'HO_NGHEO' })).toBe('x');
    expect(indicatorError({ 'values.HO_NGHEO': 'y' }, { id: 'ID1', code: 'HO_NGHEO' })).toBe('y');
    expect(indicatorError({ 'values.OTHER': 'z' }, { id: 'ID1', code: 'HO_NGHEO' })).toBeUndefined();
  });

  it('clears the errors under an edited path, not its neighbours', () => {
    const fields = { exemplary: 'a', 'exemplary.0.name': 'b', 'exemplary10.x': 'c', 'narrative.ket_qua': 'd' };
    expect(withoutFields(fields, ['exemplary'])).toEqual({ 'exemplary10.x': 'c', 'narrative.ket_qua': 'd' });
    expect(withoutFields(fields, ['values.x'])).toBe(fields);
  });
});

describe('newIdempotencyKey', () => {
  it('gives a fresh v4 UUID each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('builds one from getRandomValues where randomUUID is missing (plain HTTP on a LAN)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
