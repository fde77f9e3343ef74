/**
 * Two-column blocks flattened into one line: web pages and PDF extractions turn the header
 * table (issuer | Quốc hiệu, Số | date) into "UBND HUYỆN X PHÒNG Y. Số: 504 / PGD&ĐT-TĐKT.
 * Diễn châu, ngày 29 tháng 8 năm 2011. V/v: …. Căn cứ …", and the footer table (Nơi nhận |
 * signature) into "Nơi nhận: - Như trên; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A".
 * This puts each element back on a line of its own, cutting only at the fixed openings the
 * layout gives them, so the rest of the parser reads every document the same way.
 */
import { foldSameLength, isCapsText } from './fold.js';
import { STRONG_OPENERS } from './vocabulary.js';

/** Header lines are looked for among the first lines only, and each within its first 3,000 characters. */
const HEADER_LINES = 80;
const HEADER_CHARS = 3_000;
const FOOTER_LINES = 40;

export function unflatten(lines: string[]): string[] {
  const out: string[] = [];
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inHeader || i >= HEADER_LINES || line.length <= 30) {
      out.push(line);
    } else {
      const pieces = splitHeaderLine(line);
      out.push(...pieces);
      // Once the body has begun, later lines are prose: never cut them.
      if (pieces.length > 1 && startsWithOpener(pieces[pieces.length - 1]!)) inHeader = false;
    }
    if (startsWithOpener(line)) inHeader = false;
  }
  return unflattenFooter(out);
}

function startsWithOpener(line: string): boolean {
  const m = new RegExp(STRONG_OPENERS.source, 'u').exec(foldSameLength(line.slice(0, 20)));
  return m?.index === 0;
}

const NUMBER_AT = /(?<![\p{L}])S[oôốồổỗộ]\s*:|(?<![\p{L}])S[oố]\s+(?=\d{1,6}\s*[-/])/gu;
/** A Số field up to the end of its symbol ("Số: 504 / PGD&ĐT-TĐKT"). */
export const NUMBER_FIELD_FULL = /^S\S?\s*:?\s*([^\s/]{0,12})\s*\/\s*([\p{L}\p{N}&.]+(?:\s?[-–/]\s?[\p{L}\p{N}&.]+)*)/u;

/** The pieces of one header line, cut before and after each layout element it holds. */
export function splitHeaderLine(line: string): string[] {
  if (startsWithOpener(line)) return [line];
  const limit = Math.min(line.length, HEADER_CHARS);
  const head = line.slice(0, limit);
  const folded = foldSameLength(head);
  const cuts = new Set<number>();

  for (const m of head.matchAll(NUMBER_AT)) {
    cuts.add(m.index);
    const field = NUMBER_FIELD_FULL.exec(head.slice(m.index, m.index + 120));
    if (field) cuts.add(m.index + field[0].length);
  }
  for (const m of folded.matchAll(/,\s*ngay(?![a-z])/gi)) {
    const date = /^,\s*ngay.{0,24}?nam\s*\d{4,}/i.exec(folded.slice(m.index, m.index + 80));
    if (!date) continue;
    cuts.add(placeStart(head, m.index));
    cuts.add(m.index + date[0].length);
  }
  for (const m of folded.matchAll(/(?<![A-Za-z])V\s?\/\s?v(?![a-z])/gi)) cuts.add(m.index);
  for (const at of capsToNameCuts(head)) cuts.add(at);
  if (cuts.size === 0) return [line];

  // The body starts at the first opener ("Căn cứ", "Thực hiện", …) not inside the trích yếu;
  // "Kính gửi: <addressee>" before it is cut off too.
  for (const m of folded.matchAll(STRONG_OPENERS)) {
    if (m.index === 0 || /V\/v:?\s*$/i.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
    cuts.add(m.index);
    if (!/^Kinh/.test(m[0])) break;
  }
  const sorted = [...cuts].filter((c) => c > 0 && c < limit).sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const cut of [...sorted, line.length]) {
    if (cut <= at) continue;
    const piece = line
      .slice(at, cut)
      .replace(/^[\s.,;]+/, '')
      .trim();
    if (/\p{L}|\p{N}/u.test(piece)) pieces.push(piece);
    at = cut;
  }
  return pieces;
}

/**
 * Where the place name before ", ngày" begins: the words just before the comma, back to the first
 * one that cannot be part of a place (a symbol, a capitalised issuer word, a number).
 */
export function placeStart(line: string, comma: number): number {
  let start = comma;
  let words = 0;
  let i = comma;
  while (words < 6) {
    let end = i;
    while (end > 0 && line[end - 1] === ' ') end--;
    let begin = end;
    while (begin > 0 && line[begin - 1] !== ' ') begin--;
    const token = line.slice(begin, end);
    if (!token || !/^[\p{L}-]+$/u.test(token) || (token.length > 1 && isCapsText(token))) break;
    start = begin;
    i = begin;
    words++;
  }
  // A place name begins with a capital ("Diễn châu" keeps its lower-case second word).
  while (start < comma && !/^\p{Lu}/u.test(line.slice(start, start + 1))) {
    const next = line.indexOf(' ', start);
    if (next < 0 || next >= comma) return comma;
    start = next + 1;
  }
  return start;
}

/** "KE ROACH To chuc …", "TỜ TRÌNH Về việc …": a run of capitals, then a sentence begins. */
function capsToNameCuts(head: string): number[] {
  const tokens = [...head.matchAll(/\S+/g)];
  const cuts: number[] = [];
  for (let t = 2; t < tokens.length; t++) {
    const word = tokens[t]![0];
    if (/^\p{Lu}\p{Ll}+[,.:;]?$/u.test(word) && isCapsText(tokens[t - 1]![0]) && isCapsText(tokens[t - 2]![0])) {
      cuts.push(tokens[t]!.index);
    }
  }
  return cuts;
}

const FOOTER_CUTS: RegExp[] = [
  /\s(?=N[ơo]i\s+nh[ậa]n\s*:)/gu,
  /\s(?=(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\.?\s+\p{Lu}{2}|Q\.\s+\p{Lu}{2})/gu,
  /(?<=[;.:])\s+(?=[-–+]\s)/gu,
  // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the deputy's own title repeats the head's with "PHÓ".
  /\s(?=PHÓ\s+\p{Lu}{2})/gu,
  /\s(?=\((?:Đã ký|đã ký|Ký|ký)[^)]{0,40}\))/gu,
  /(?<=\((?:Đã ký|đã ký|Ký|ký)[^)]{0,40}\))\s/gu,
  // A name after the capitals of the title: "PHÓ CHỦ TỊCH Nguyễn Minh Tuấn".
  /(?<=\p{Lu}{2,})\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,5}$)/gu,
];

/** Cuts the flattened signature/Nơi nhận lines near the end of the text. */
function unflattenFooter(lines: string[]): string[] {
  let seen = 0;
  let from = lines.length;
  while (from > 0 && seen < FOOTER_LINES) {
    from--;
    if (lines[from] !== '') seen++;
  }
  const out = lines.slice(0, from);
  for (const line of lines.slice(from)) {
    if (line.length > 500 || !/N[ơo]i\s+nh[ậa]n|(?:^|\s)(?:TM|KT|TL|TUQ|Q)\.\s|(?:^|\s)(?:T\/M|K\/T|T\/L)\s/u.test(line)) {
      out.push(line);
      continue;
    }
    const cuts = new Set<number>();
    for (const re of FOOTER_CUTS) for (const m of line.matchAll(re)) if (m.index > 0) cuts.add(m.index);
    let at = 0;
    for (const cut of [...[...cuts].sort((a, b) => a - b), line.length]) {
      const piece = line.slice(at, cut).trim();
      if (piece) out.push(piece);
      at = cut;
    }
  }
  return out;
}
