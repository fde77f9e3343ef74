import { describe, expect, it } from 'vitest';
import { lawArticle, quoted, ratingLabel, scopeLabel, shareLabel, yearsLabel } from './wording.js';

describe('yearsLabel', () => {
  it.each([
    [[], ''],
    [[2024], '2024'],
    [[2024, 2022, 2023], '2022–2024'],
    [[2021, 2023], '2021, 2023'],
    [[2023, 2023, 2024], '2023–2024'],
  ])('%j → "%s"', (years, label) => {
    expect(yearsLabel(years)).toBe(label);
  });
});

describe('shareLabel', () => {
  it('writes the percentage with a Vietnamese decimal comma', () => {
    expect(shareLabel(2, 3)).toBe('2/3 (66,67%)');
    expect(shareLabel(11, 20)).toBe('11/20 (55%)');
    expect(shareLabel(0, 0)).toBe('0/0 (0%)');
  });
});

describe('labels', () => {
  it('names ratings, scopes and articles in Vietnamese', () => {
    expect(ratingLabel('HTXSNV')).toBe('hoàn thành xuất sắc nhiệm vụ');
    expect(ratingLabel('KHTNV')).toBe('không hoàn thành nhiệm vụ');
    expect(scopeLabel('toan_quoc')).toBe('toàn quốc');
    expect(lawArticle('Điều 23')).toBe('Điều 23 Luật Thi đua, khen thưởng 2022');
    expect(quoted('Giấy khen')).toBe('“Giấy khen”');
  });
});
