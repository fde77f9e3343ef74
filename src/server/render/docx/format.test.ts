import { describe, expect, it } from 'vitest';
import {
  formatDistributionLines,
  formatListLines,
  formatMonth,
  formatNumberLine,
  formatPlaceDateLine,
  normaliseSymbol,
  padNumber,
} from './format.js';
import { bodyNameWithoutPlace, breakOrganisationName, textWidthTwips } from './text-width.js';

// Decree 30, domain.md §3.3 validation checklist.
const NUMBER_LINE = /^Số: (0[1-9]|[1-9]\d*)\/[A-ZĐ]+(-[A-ZĐ0-9]+)+$/;
const DATE_LINE = /^[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/;

describe('số, ký hiệu', () => {
  it('gives numbers below 10 a leading zero and leaves the others', () => {
    expect(padNumber('5')).toBe('05');
    expect(padNumber('05')).toBe('05');
    expect(padNumber('12')).toBe('12');
    expect(padNumber('736')).toBe('736');
    expect(formatNumberLine('5', 'UBND-NV')).toBe('Số: 05/UBND-NV');
    expect(formatNumberLine('5', 'UBND-NV')).toMatch(NUMBER_LINE);
    expect(formatNumberLine('1379', 'SNV-CCHC')).toMatch(NUMBER_LINE);
  });

  it('keeps the blank of an unnumbered draft', () => {
    expect(formatNumberLine(null, 'UBND-NV')).toBe('Số:      /UBND-NV');
    expect(formatNumberLine('  ', 'KH-UBND')).toBe('Số:      /KH-UBND');
  });

  it('drops a type code "CV" from a công văn and the spaces around separators', () => {
    expect(normaliseSymbol('CV-UBND', true)).toBe('UBND');
    expect(normaliseSymbol('cv-UBND-NV', true)).toBe('UBND-NV');
    expect(normaliseSymbol('UBND - NV', true)).toBe('UBND-NV');
    expect(normaliseSymbol('KH- BTC', false)).toBe('KH-BTC');
    expect(normaliseSymbol('2020/QĐ-UBND', false)).toBe('2020/QĐ-UBND');
    // Only a công văn loses a leading CV-: a typed document keeps its type code.
    expect(normaliseSymbol('QĐ-TTg', true)).toBe('QĐ-TTg');
    expect(normaliseSymbol(null, true)).toBeNull();
  });
});

describe('địa danh, ngày tháng năm', () => {
  it('pads days below 10 and only the months 1 and 2', () => {
    expect(formatMonth(1)).toBe('01');
    expect(formatMonth(2)).toBe('02');
    expect(formatMonth(3)).toBe('3');
    expect(formatMonth(12)).toBe('12');
    expect(formatPlaceDateLine('Hà Nội', '2020-01-05', 2020)).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDateLine('Tủa Chùa', '2024-11-15', 2024)).toBe('Tủa Chùa, ngày 15 tháng 11 năm 2024');
    expect(formatPlaceDateLine('Thành phố Hồ Chí Minh', '2019-06-29', 2019)).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
    expect(formatPlaceDateLine('Điện Biên', '2024-02-03', 2024)).toBe('Điện Biên, ngày 03 tháng 02 năm 2024');
    for (const iso of ['2020-01-05', '2024-11-15', '2019-06-29', '2024-02-03', '2024-10-31']) {
      expect(formatPlaceDateLine('Tủa Chùa', iso, null)).toMatch(DATE_LINE);
    }
  });

  it('leaves the day and month blank in an undated draft', () => {
    expect(formatPlaceDateLine('Tủa Chùa', null, 2024)).toBe('Tủa Chùa, ngày    tháng    năm 2024');
    expect(formatPlaceDateLine('Tủa Chùa', null, null)).toMatch(/^Tủa Chùa, ngày\s+tháng\s+năm\s+$/);
  });
});

describe('list punctuation', () => {
  it('writes each item "- …;" and the last "- … ." whatever the input had', () => {
    expect(formatListLines(['- Các phòng, ban;', '– UBND các xã, thị trấn.', 'Các cơ quan, đơn vị,'])).toEqual([
      '- Các phòng, ban;',
      '- UBND các xã, thị trấn;',
      '- Các cơ quan, đơn vị.',
    ]);
    expect(formatListLines(['', '  '])).toEqual([]);
  });

  it('ends Nơi nhận with the archive line', () => {
    expect(formatDistributionLines(['- Lưu: VT, NV', '- Như trên;', 'TT. Huyện ủy'])).toEqual([
      '- Như trên;',
      '- TT. Huyện ủy;',
      '- Lưu: VT, NV.',
    ]);
  });
});

describe('organisation names', () => {
  it('breaks a long name before its place', () => {
    expect(breakOrganisationName('ỦY BAN NHÂN DÂN HUYỆN TỬA CHÙA', 13, true, 3742)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN TỬA CHÙA']);
    expect(breakOrganisationName('ỦY BAN NHÂN DÂN\nTHỊ XÃ MƯỜNG LAY', 13, true, 3742)).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ XÃ MƯỜNG LAY']);
    expect(breakOrganisationName('UBND XÃ SÍN CHẢI', 13, true, 3742)).toEqual(['UBND XÃ SÍN CHẢI']);
  });

  it('measures bold capitals wider than regular lower case', () => {
    expect(textWidthTwips('ỦY BAN NHÂN DÂN', 13, true)).toBeGreaterThan(textWidthTwips('ủy ban nhân dân', 13, false));
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at 12 pt bold is about 8.5 cm: it fits the 99 mm column.
    const quocHieu = textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, true) / 56.7;
    expect(quocHieu).toBeGreaterThan(75);
    expect(quocHieu).toBeLessThan(95);
  });

  it('names a collective body without its place', () => {
    expect(bodyNameWithoutPlace('ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA')).toBe('ỦY BAN NHÂN DÂN');
    expect(bodyNameWithoutPlace('HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN')).toBe('HỘI ĐỒNG NHÂN DÂN');
  });
});
