import { describe, expect, it } from 'vitest';
import {
  defaultIssuerName,
  defaultSymbol,
  documentNumberKey,
  draftingAbbreviation,
  formatDocumentNumber,
  fullDocumentNumber,
  issuerAbbreviation,
} from './document-numbers.js';

describe('document numbers', () => {
  it('writes numbers below 10 with a leading zero', () => {
    expect([1, 5, 9, 10, 123].map(formatDocumentNumber)).toEqual(['01', '05', '09', '10', '123']);
    expect(fullDocumentNumber('05', 'UBND-NV')).toBe('05/UBND-NV');
    expect(fullDocumentNumber(null, 'UBND-NV')).toBeNull();
  });

  it('matches a citation however it is written', () => {
    const key = documentNumberKey('05/UBND-NV');
    expect(documentNumberKey('5/UBND - NV')).toBe(key);
    expect(documentNumberKey('05/ubnd–nv')).toBe(key);
    expect(documentNumberKey('5/UBND-NV'.normalize('NFD'))).toBe(key);
    expect(documentNumberKey('50/UBND-NV')).not.toBe(key);
    // QPPL keep the year in the symbol, Đ folds to d.
    expect(documentNumberKey('98/2023/NĐ-CP')).toBe('98/2023/nd-cp');
  });

  it('forms symbols: type-issuer for typed documents, issuer-unit for a công văn (no type code)', () => {
    expect(defaultSymbol('Kế hoạch', 'UBND', 'PNV')).toBe('KH-UBND');
    expect(defaultSymbol('Quyết định', 'UBND', null)).toBe('QĐ-UBND');
    expect(defaultSymbol('Công văn', 'UBND', 'NV')).toBe('UBND-NV');
    expect(defaultSymbol('Công văn', 'SGDĐT', null)).toBe('SGDĐT');
    expect(defaultSymbol('Công văn', null, 'NV')).toBeNull();
  });

  it('derives abbreviations and the issuer line from units', () => {
    expect(issuerAbbreviation({ name: 'Ủy ban nhân dân huyện Tủa Chùa', shortName: 'UBND huyện', kind: 'agency' })).toBe('UBND');
    expect(issuerAbbreviation({ name: 'Huyện Tủa Chùa', shortName: null, kind: 'district' })).toBe('UBND');
    expect(issuerAbbreviation({ name: 'Sở Nội vụ tỉnh Điện Biên', shortName: 'Sở Nội vụ', kind: 'department' })).toBeNull();
    expect(issuerAbbreviation({ name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', kind: 'department' })).toBe('SGDĐT');
    expect(draftingAbbreviation({ code: 'TUACHUA.PNV', shortName: 'PNV' })).toBe('PNV');
    expect(draftingAbbreviation({ code: 'TUACHUA.PGDDT', shortName: 'GD & ĐT' })).toBe('GD&ĐT');
    expect(draftingAbbreviation({ code: 'PNV', shortName: null })).toBe('PNV');
    expect(defaultIssuerName({ name: 'Huyện Tủa Chùa', kind: 'district' })).toBe('ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA');
    expect(defaultIssuerName({ name: 'Phòng Nội vụ', kind: 'office' })).toBe('PHÒNG NỘI VỤ');
  });
});
