/**
 * Character-level helpers the parser shares. Matching runs on a diacritic-free copy of the text
 * (OCR and old converters drop or mangle tone marks), and that copy keeps the original length so
 * a position found in it is the same position in the text as written.
 */

const foldCache = new Map<string, string>();

function foldUnit(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (ch === 'đ') folded = 'd';
    else if (ch === 'Đ') folded = 'D';
    else {
      const base = ch.normalize('NFD')[0] ?? ch;
      // A lone combining mark or a character that does not decompose stays as it is.
      folded = base.length === 1 && !/\p{M}/u.test(base) ? base : ch;
    }
    foldCache.set(ch, folded);
  }
  return folded;
}

const NON_ASCII = /[^\u0000-\u007f]/g; // eslint-disable-line no-control-regex -- a range, not a stray control character

/** "Tủa Chùa, ngày" → "Tua Chua, ngay", one UTF-16 unit for one unit (case kept). */
export function foldSameLength(s: string): string {
  return s.replace(NON_ASCII, foldUnit);
}

/** Folded upper case with single spaces: the key vocabulary lists are compared on. */
export function foldKey(s: string): string {
  return foldSameLength(s).toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Does the text carry any Vietnamese letter with a mark (so it was not stripped by OCR)? */
export function hasDiacritics(s: string): boolean {
  return /[\u00C0-\u024F\u1E00-\u1EFF]/.test(s);
}

/** One line of text with its whitespace collapsed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A "caps line": mostly upper-case letters, as issuer names, type titles and signer titles are
 * written. 70 % rather than 100 % because OCR turns letters into lower case ("THl/ONG").
 */
export function isCapsText(s: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return letters >= 2 && upper / letters >= 0.7;
}

export function startsLowercase(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** Sentence-ending punctuation at the end of a line (a closing quote or bracket may follow). */
export function endsSentence(s: string): boolean {
  // Only the tail is looked at: paragraphs grow line by line, and a scan of the whole would be quadratic.
  return /[.;:!?…][)"”’»]*$/u.test(s.slice(-8));
}

/** First letter upper case, the rest untouched. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** `len` characters of context around [start, end), cut at spaces, for a problem's excerpt. */
export function excerptAround(text: string, start: number, end: number, len = 40): string {
  let from = Math.max(0, start - len);
  let to = Math.min(text.length, end + len);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  return squash(text.slice(from, to));
}
