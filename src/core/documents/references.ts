/**
 * Cited documents (căn cứ, thực hiện, xét đề nghị): every "số/ký hiệu" in the text, with its
 * kind (the word before "số"), date ("ngày …" right after) and issuer ("của …"). Laws cited by
 * date only have no number and are not references. The document's own number is left out.
 */
import type { ParsedReference } from '../../contract/documents.js';
import { foldSameLength, squash } from './fold.js';
import { referenceKey } from './header.js';
import { readDateAt } from './vi-dates.js';
import { REFERENCE_KINDS } from './vocabulary.js';

/**
 * "1908/UBND-KSTT", "31/2020/QĐ-UBND", party "1468-CT/HU", OCR's "01/KH- BTC". After the slash
 * comes a capital (or a 4-digit year then a capital), so dates and fractions never match.
 */
const REFERENCE =
  /(?<![\p{L}\p{N}/.-])(\d{1,6})(?:\s?-\s?(\p{Lu}[\p{L}]{0,5}))?\s?\/\s?((?:\d{4}\s?\/\s?)?\p{Lu}[\p{L}\p{N}&]*(?:\s?[-–]\s?[\p{Lu}\p{N}][\p{L}\p{N}&]*)*)/gu;

const KIND_BEFORE = new RegExp(`(${REFERENCE_KINDS.map(([k]) => k.replace(/ /g, '\\s+')).join('|')})\\s*(?:so\\s*:?\\s*)?\\(?\\s*$`, 'i');
const KIND_NAME = new Map(REFERENCE_KINDS.map(([k, v]) => [k, v]));

/** Words that end the issuer after "của": what the cited document is about. */
const ISSUER_END =
  /\s+(?:về|ve|v\/v|quy định|quy dinh|ban hành|ban hanh|hướng dẫn|huong dan|phê duyệt|phe duyet|triển khai|thực hiện|thuc hien|đã|đến|tới|với|để|nhằm|trong|tại|đối với|gửi)(?![\p{L}])|\s*[,;:()“”"]|\.(?:\s|$)|\s[-–]\s/u;

export function findReferences(text: string, selfKey: string | null): ParsedReference[] {
  const byKey = new Map<string, ParsedReference>();
  for (const m of text.matchAll(REFERENCE)) {
    const number = `${m[1]}${m[2] ? `-${m[2]}` : ''}/${m[3]}`.replace(/\s+/g, '').replace(/–/g, '-');
    const key = referenceKey(number);
    if (key === selfKey) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 200);
    const dateAt = /^\s*,?\s*(?:\(?\s*)?(?:ban\s+hành\s+|ban\s+hanh\s+)?n?g[aà]y\s*/iu.exec(after);
    const dated = dateAt ? readDateAt(after.slice(dateAt[0].length)) : null;
    const date = dated?.reading.status === 'ok' ? dated.reading.iso : null;
    const rest = dated && dateAt ? after.slice(dateAt[0].length + dated.length) : after;
    const previous = byKey.get(key);
    if (previous) {
      previous.date ??= date;
      continue;
    }
    byKey.set(key, { number, date, kind: kindBefore(text, m.index), issuer: issuerAfter(rest) });
  }
  return [...byKey.values()];
}

function kindBefore(text: string, at: number): string | null {
  const before = foldSameLength(text.slice(Math.max(0, at - 40), at)).toUpperCase();
  const m = KIND_BEFORE.exec(before);
  return m ? (KIND_NAME.get(m[1]!.replace(/\s+/g, ' ')) ?? null) : null;
}

function issuerAfter(rest: string): string | null {
  const m = /^\s*,?\s*(?:của|cua)\s+/iu.exec(rest);
  if (!m) return null;
  const tail = rest.slice(m[0].length, m[0].length + 120);
  const stop = ISSUER_END.exec(tail);
  const issuer = squash(stop ? tail.slice(0, stop.index) : tail);
  return issuer && issuer.length <= 80 ? issuer : null;
}
