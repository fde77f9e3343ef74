/**
 * Dated obligations: "… gửi về UBND huyện chậm nhất ngày 05/11/2024", "… trước ngày 18/12/2016".
 * Only a date introduced by a deadline word counts, so anniversaries ("07/5/1954 - 07/5/2024")
 * and the dates of cited documents do not. `what` is the clause that carries the date, cut to
 * its start and its last verb when it is long.
 */
import type { ParsedDocument } from '../../contract/documents.js';
import { capitalise, foldSameLength, squash } from './fold.js';
import { readDateAt } from './vi-dates.js';

type Deadline = ParsedDocument['deadlines'][number];

/**
 * Deadline words (folded), then an optional hour ("17 giờ 00"), then the date, usually after
 * "ngày". "trước" must be followed by "ngày": alone it is too common a word.
 */
const HOUR = String.raw`(?:(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?|\d{1,2}h\d{0,2})\s*,?\s*)?`;
const TRIGGER = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:cham\s+nhat(?:\s+la)?(?:\s+vao)?|han\s+chot(?:\s+la)?|han\s+cuoi(?:\s+la)?|khong\s+muon\s+hon|han\s+nop(?:\s+la)?|thoi\s+han(?:\s+nop)?(?:\s+la)?|den\s+het)\s*${HOUR}(?:ngay\s*)?|truoc\s*${HOUR}ngay\s*)`,
  'gi',
);

/** Verbs an obligation ends with: the tail of a long clause starts at the last of them. */
const VERBS = /(?<![\p{L}])(gửi|nộp|báo cáo|trình|hoàn thành|hoàn thiện|tổng hợp|đăng ký|lập|cập nhật)(?![\p{L}])/gu;

const MAX_WHAT = 160;

export function findDeadlines(paragraphs: string[]): Deadline[] {
  const out: Deadline[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const folded = foldSameLength(p);
    for (const m of folded.matchAll(TRIGGER)) {
      const dated = readDateAt(p.slice(m.index + m[0].length));
      if (!dated || dated.reading.status !== 'ok') continue;
      const what = obligation(p, m.index);
      const key = `${dated.reading.iso}|${what}`;
      if (seen.has(key) || !what) continue;
      seen.add(key);
      out.push({ date: dated.reading.iso!, what });
    }
  }
  return out;
}

/** The clause before the deadline word: back to the last ";", ":" or sentence start. */
function obligation(p: string, at: number): string {
  const before = p.slice(Math.max(0, at - 600), at);
  let start = 0;
  for (const m of before.matchAll(/;\s*|[.!?]\s+(?=\p{Lu})|:\s+/gu)) start = m.index + m[0].length;
  let clause = squash(before.slice(start))
    .replace(/^[-–—•+*]\s*/, '')
    .replace(/^\d{1,2}(?:\.\d{1,2})*[.)/]\s*/, '')
    .replace(/[\s,]+$/, '');
  if (clause.length > MAX_WHAT) clause = shorten(clause);
  return capitalise(clause);
}

/** "Tổ chức đánh giá kết quả … gửi về UBND huyện (qua Phòng Nội vụ)": its opening and its last verb. */
function shorten(clause: string): string {
  const words = clause.split(' ');
  // The opening ends at a comma when one comes early enough, else after eight words.
  const first12 = words.slice(0, 12).join(' ');
  const comma = first12.lastIndexOf(',');
  const opening = (comma > 0 && first12.slice(0, comma).split(' ').length >= 4 ? first12.slice(0, comma) : words.slice(0, 8).join(' ')).replace(
    /[\s,;:]+$/,
    '',
  );
  let tail = '';
  for (const m of clause.matchAll(VERBS)) if (m.index > opening.length) tail = clause.slice(m.index);
  if (!tail || tail.length > MAX_WHAT - 20) tail = words.slice(-10).join(' ');
  return `${opening} … ${tail}`;
}
