/**
 * From raw text to clean lines. Documents reach thidua copied from web pages, extracted from
 * PDFs and DOCX tables, or OCR'd, so before anything is parsed: Unicode NFC, one kind of line
 * break, no HTML or page furniture, table-cell pipes as line breaks, letter-spaced headings
 * closed up ("T H Ủ  T Ư Ớ N G" → "THỦ TƯỚNG"), and the national motto (Quốc hiệu, Tiêu ngữ)
 * isolated on lines of their own, because every flattened two-column header glues the issuer
 * to it.
 */
import { foldSameLength, isCapsText } from './fold.js';
import { ParagraphBuilder } from './words.js';

/** A line that held the Quốc hiệu (or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM"). */
export const NATIONAL_TITLE = '\uE000QH';
/** A line that held the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc". */
export const MOTTO = '\uE000TN';

/** The header sits at the top; the motto is looked for only there (and never in a 1 MB body). */
const HEADER_SPAN = 20_000;

const QUOC_HIEU = /C[O0]NG\s*HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s*NAM|DANG\s+CONG\s+SAN\s+VIET\s+NAM/gi;
// "Độc lập - Tự do - Hạnh phúc"; OCR reads "Poc lap - Tudo - Hanh phuc", so the first word is loose.
const TIEU_NGU = /[A-Za-z]{2,4}\s*lap\s*[-–—]+\s*Tu\s*do\s*[-–—]+\s*Hanh\s*phuc/gi;

/** Control characters other than tab and line breaks, and the replacement character. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARS = /[\x00-\x08\x0B\x0E-\x1F\x7F\uFFFD]/g;

/** Clean lines of the text, trimmed, spaces collapsed, blank lines kept (they separate blocks). */
export function toLines(text: string): string[] {
  let s = text
    .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
    .replace(CONTROL_CHARS, ' ')
    // Web extractions: page counters of document-sharing sites, then any tag left over.
    .replace(/<span class=['"]text_page_counter['"]>\(\d+\)<\/span>/g, '\n')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>\n]{0,200})?\/?>/g, ' ')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\u00AD\n/g, '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    // Table cells pasted from web pages and PDFs come separated by pipes.
    .replace(/\|/g, '\n')
    .replace(/\t/g, ' ')
    // "Trang 1PHÒNG GD&ĐT…": a page marker glued to the header that follows it.
    .replace(/(^|\s)Trang ?\d{1,3}(?=\p{Lu}{2})/gu, '$1\n');
  s = isolateMotto(s);

  const lines = s.split('\n').map((line) => closeUpLetterSpacing(line).replace(/\s+/g, ' ').trim());
  return joinSplitDates(joinHyphenBreaks(lines));
}

/** Puts the Quốc hiệu and Tiêu ngữ on lines of their own, as markers. */
function isolateMotto(s: string): string {
  const head = s.slice(0, HEADER_SPAN);
  const folded = foldSameLength(head);
  const cuts: { start: number; end: number; marker: string }[] = [];
  for (const m of folded.matchAll(QUOC_HIEU)) {
    // Prose mentions "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam"; the Quốc hiệu is in capitals.
    if (isCapsText(head.slice(m.index, m.index + m[0].length))) cuts.push({ start: m.index, end: m.index + m[0].length, marker: NATIONAL_TITLE });
  }
  for (const m of folded.matchAll(TIEU_NGU)) cuts.push({ start: m.index, end: m.index + m[0].length, marker: MOTTO });
  if (cuts.length === 0) return s;
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    out += `${head.slice(at, cut.start)}\n${cut.marker}\n`;
    at = cut.end;
  }
  return out + head.slice(at) + s.slice(HEADER_SPAN);
}

/**
 * "T H Ủ  T Ư Ớ N G" → "THỦ TƯỚNG": single letters one space apart are one word, two or more
 * spaces separate words. Runs of three capitals, or five letters of any case, qualify, so a
 * list like "a b" or an initial is left alone (unless the line is letter-spaced elsewhere).
 */
export function closeUpLetterSpacing(line: string): string {
  if (line.length > 2000 || !/\p{L} \p{L} /u.test(line)) return line;
  let spaced = false;
  const closeUp = (minimum: number) => (run: string) => {
    const letters = run.replace(/ /g, '');
    const capitals = letters === letters.toUpperCase();
    if (!(capitals && letters.length >= minimum) && letters.length < 5) return run;
    spaced = true;
    return run
      .split(/ {2,}/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ');
  };
  const out = line.replace(LETTER_RUN, closeUp(3));
  // On a line that is letter-spaced, shorter runs are too: "K T.  C H Ủ  T Ị C H".
  return spaced ? out.replace(SHORT_LETTER_RUN, closeUp(2)).replace(/ {2,}/g, ' ') : out;
}

const LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?![\p{L}\p{N}])(?: {1,4}\p{L}(?![\p{L}\p{N}])){2,}/gu;
const SHORT_LETTER_RUN = /(?<![\p{L}\p{N}])\p{L}(?![\p{L}\p{N}])(?: \p{L}(?![\p{L}\p{N}]))+/gu;

/** "thực hi-" / "ện" → "thực hiện": a hyphen at the end of a line followed by more of the word. */
function joinHyphenBreaks(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(/\p{L}-$/u.test(lines[i]!.slice(-2)) && i + 1 < lines.length && /^\p{Ll}/u.test(lines[i + 1]!))) {
      out.push(lines[i]!);
      continue;
    }
    const joined = new ParagraphBuilder();
    joined.add(lines[i]!);
    while (/\p{L}-$/u.test(joined.last.slice(-2)) && i + 1 < lines.length && /^\p{Ll}/u.test(lines[i + 1]!)) joined.add(lines[++i]!);
    out.push(joined.text());
  }
  return out;
}

/** "Hà Nội, ngày 15" / "tháng 11 năm 2013": a date cut by a line break becomes one line again. */
function joinSplitDates(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (
      i + 1 < lines.length &&
      line.length < 200 &&
      /(?:^|\s)(?:ngay|thang)(?:\s*[\d.…]{0,4})?$/i.test(foldSameLength(line.slice(-16))) &&
      /^(?:thang|nam)(?![a-z])/i.test(foldSameLength(lines[i + 1]!.slice(0, 8)))
    ) {
      line = `${line} ${lines[++i]!}`;
    }
    out.push(line);
  }
  return out;
}
