/** Vietnamese phrases shared by the eligibility reasons: years, shares, ratings, scopes. */
import type { Rating } from '../../contract/awards.js';
import { formatNumberVi } from '../reporting/numbers.js';

export const LAW = 'Luật Thi đua, khen thưởng 2022';

/** "Điều 23 Luật Thi đua, khen thưởng 2022". */
export function lawArticle(article: string): string {
  return `${article} ${LAW}`;
}

const RATING_LABEL: Record<Rating, string> = {
  HTXSNV: 'hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'hoàn thành tốt nhiệm vụ',
  HTNV: 'hoàn thành nhiệm vụ',
  KHTNV: 'không hoàn thành nhiệm vụ',
};

export function ratingLabel(rating: Rating): string {
  return RATING_LABEL[rating];
}

const SCOPE_LABEL = { co_so: 'cấp cơ sở', tinh: 'cấp tỉnh', toan_quoc: 'toàn quốc' } as const;

export function scopeLabel(scope: keyof typeof SCOPE_LABEL): string {
  return SCOPE_LABEL[scope];
}

/** [2022, 2023, 2024] → "2022–2024"; [2021, 2023] → "2021, 2023"; [] → "". */
export function yearsLabel(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return String(sorted[0]);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return consecutive ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** 11 of 20 → "11/20 (55%)"; 2 of 3 → "2/3 (66,67%)". */
export function shareLabel(part: number, total: number): string {
  const pct = total === 0 ? 0 : (part / total) * 100;
  return `${part}/${total} (${formatNumberVi(pct, 2)}%)`;
}

/** The title in Vietnamese quotes, as official documents write it. */
export function quoted(name: string): string {
  return `“${name}”`;
}
