/**
 * Targets (chỉ tiêu): "phấn đấu giảm tỷ lệ hộ nghèo … từ 4% trở lên", "ít nhất 80% hồ sơ …,
 * 60% hồ sơ …, 100% cán bộ …". A figure is a target only when the wording makes it one: a
 * comparison ("ít nhất", "tối đa", "trở lên", …), a target word ("phấn đấu", "chỉ tiêu", …), or a
 * comparison earlier in the same list.
 */
import type { ParsedTarget } from '../../contract/documents.js';
import { foldSameLength, squash } from './fold.js';

type Comparator = ParsedTarget['comparator'];

const AT_LEAST_BEFORE = /(?:it\s+nhat|toi\s+thieu|khong\s+duoi|khong\s+thap\s+hon|tu|tren|vuot|dat\s+tren|cao\s+hon)\s*$/i;
const AT_MOST_BEFORE = /(?:toi\s+da|khong\s+qua|khong\s+vuot\s+qua|duoi|con\s+duoi|thap\s+hon|khong\s+de\s+vuot)\s*$/i;
const AT_LEAST_AFTER = /^\s*tro\s+len/i;
const AT_MOST_AFTER = /^\s*tro\s+xuong/i;
const TARGET_WORDS = /(?<![A-Za-z])(phan\s+dau|chi\s+tieu|muc\s+tieu|bao\s+dam|dam\s+bao|phai\s+dat|can\s+dat)(?![A-Za-z])/i;

/** A figure and its unit: "80%", "4,5 %", "02 lần" (a unit word only after a comparison). */
const FIGURE = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(%|phần trăm|(?:\p{L}+(?:\/\p{L}+)?))?/gu;

export function findTargets(paragraphs: string[]): ParsedTarget[] {
  const out: ParsedTarget[] = [];
  for (const p of paragraphs) {
    // A list governed by one comparison never runs past a ";" or the end of a sentence.
    for (const segment of p.split(/;\s*|(?<=[.!?])\s+(?=\p{Lu})/u)) readSegment(segment, out);
  }
  return out;
}

function readSegment(segment: string, out: ParsedTarget[]): void {
  const folded = foldSameLength(segment);
  const isTargetSentence = TARGET_WORDS.test(folded);
  let inherited: Comparator | null = null;
  for (const m of segment.matchAll(FIGURE)) {
    const unitWord = m[2] ?? '';
    const percent = unitWord === '%' || unitWord === 'phần trăm';
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 20);
    let comparator: Comparator | null = null;
    if (AT_LEAST_AFTER.test(after) || AT_LEAST_BEFORE.test(before)) comparator = '>=';
    else if (AT_MOST_AFTER.test(after) || AT_MOST_BEFORE.test(before)) comparator = '<=';
    const explicit = comparator !== null;
    if (!percent && !explicit) continue;
    // "từ 2023 đến 2030" is a period, not a target: "từ"/"trên" only count before a percentage.
    if (!percent && /(?:tu|tren|duoi)\s*$/i.test(before)) continue;
    if (!comparator && percent) comparator = inherited ?? (isTargetSentence ? '=' : null);
    if (!comparator) continue;
    inherited = comparator;
    const value = parseNumber(m[1]!);
    if (!Number.isFinite(value)) continue;
    // Nothing exceeds 100 %: "ít nhất 100%" is "= 100%".
    const finalComparator: Comparator = percent && value === 100 ? '=' : comparator;
    out.push({ text: clauseAround(segment, m.index), comparator: finalComparator, value, unit: percent ? '%' : unitWord });
  }
}

/** "1.000" → 1000, "4,5" → 4.5 (Vietnamese writes a decimal comma and a thousands dot). */
function parseNumber(s: string): number {
  return /^\d{1,3}(?:\.\d{3})+$/.test(s) ? Number(s.replace(/\./g, '')) : Number(s.replace(',', '.'));
}

/** The part of the sentence between the commas (or colon) around a figure. */
function clauseAround(segment: string, at: number): string {
  // Windows, not the whole segment: a 1 MB paragraph with thousands of figures stays linear.
  const from = Math.max(0, at - 400);
  const before = segment.slice(from, at);
  let start = 0;
  for (const m of before.matchAll(/[,:]\s+/g)) start = m.index + m[0].length;
  const after = segment.slice(at, at + 400);
  const end = after.search(/,\s+|[;:.](?:\s|$)/);
  return squash(before.slice(start) + (end < 0 ? after : after.slice(0, end))).replace(/[\s.;,]+$/, '');
}
