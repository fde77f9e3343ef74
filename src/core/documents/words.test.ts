import { describe, expect, it } from 'vitest';
import { closeUpLetterSpacing } from './normalise.js';
import { isBrokenWord, isSyllable, joinLines, ParagraphBuilder } from './words.js';

describe('isSyllable', () => {
  it.each(['thắng', 'chức', 'nghiêng', 'đua', 'khuya', 'ện', 'gì', 'quả'])('"%s" can be one syllable', (w) => expect(isSyllable(w)).toBe(true));
  it.each(['th', 'ng', 'n', 'đ', 'covid', 'thidua', 'kg', ''])('"%s" cannot', (w) => expect(isSyllable(w)).toBe(false));
});

describe('joinLines', () => {
  it.each([
    ['Chiến th', 'ắng Điện Biên', 'Chiến thắng Điện Biên'],
    ['tổ ch', 'ức tốt', 'tổ chức tốt'],
    ['thi đ', 'ua', 'thi đua'],
    ['thực hi-', 'ện tốt', 'thực hiện tốt'],
    ['kinh tế-', 'xã hội', 'kinh tế-xã hội'],
    ['Covid-', '19', 'Covid-19'],
    ['viên chức kỷ', 'cương', 'viên chức kỷ cương'],
    ['200 kg', 'gạo', '200 kg gạo'],
    ['thi đua -', 'khen thưởng', 'thi đua - khen thưởng'],
  ])('"%s" + "%s" → "%s"', (a, b, joined) => expect(joinLines(a, b)).toBe(joined));

  it('only glues a lower-case continuation', () => {
    expect(isBrokenWord('th', 'Ắng')).toBe(false);
  });

  it('builds a long paragraph the same way, line by line', () => {
    const p = new ParagraphBuilder();
    for (const line of ['Chiến th', 'ắng Điện Biên Phủ, thực hi-', 'ện tốt phong trào kinh tế-', 'xã hội']) p.add(line);
    expect(p.text()).toBe('Chiến thắng Điện Biên Phủ, thực hiện tốt phong trào kinh tế-xã hội');
  });
});

describe('closeUpLetterSpacing', () => {
  it.each([
    ['T H Ủ  T Ư Ớ N G', 'THỦ TƯỚNG'],
    ['Q U Y Ế T  Đ Ị N H:', 'QUYẾT ĐỊNH:'],
    ['K T.  C H Ủ  T Ị C H', 'KT. CHỦ TỊCH'],
    ['đ ư ợ c  g ử i', 'được gửi'],
    ['điểm a b của khoản 2', 'điểm a b của khoản 2'],
    ['Ông A B', 'Ông A B'],
  ])('"%s" → "%s"', (spaced, closed) => expect(closeUpLetterSpacing(spaced)).toBe(closed));
});
