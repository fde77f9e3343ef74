/** Vietnamese text helpers: normalisation, diacritic-free search keys, Vietnamese sort keys. */

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Search key: lower case, no diacritics, đ→d, single spaces.
 * `unaccent()` and the usual NFD recipe leave đ alone, so it is mapped by hand.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Vietnamese alphabet order (with the foreign letters f, j, w, z where Latin puts them).
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tone order as in the CLDR Vietnamese collation: none, grave, hook, tilde, acute, dot below.
const TONES: Record<string, number> = { '': 0, '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

function splitLetter(ch: string): { base: string; tone: number } {
  const decomposed = ch.normalize('NFD');
  let letter = decomposed[0] ?? '';
  let tone = 0;
  for (const mark of decomposed.slice(1)) {
    if (mark in TONES) tone = TONES[mark] ?? 0;
    else letter = (letter + mark).normalize('NFC');
  }
  return { base: letter, tone };
}

/**
 * A key whose plain byte order ("C" collation) is Vietnamese dictionary order:
 * letters first (Ă, Â after A; Đ after D), then tones, then case.
 * PGlite has no ICU, so lists are sorted by this key rather than by SQL collation.
 */
export function vietnameseSortKey(input: string): string {
  const s = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  let primary = '';
  let tones = '';
  let cases = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const { base, tone } = splitLetter(lower);
    const index = ALPHABET.indexOf(base);
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index); // 'A'.. keeps letters after digits and spaces
      tones += String(tone);
      cases += ch === lower ? '0' : '1';
    } else if (/\d/.test(ch)) {
      primary += ch; // digits sort before letters, as in every dictionary
    } else if (ch === ' ') {
      primary += ' ';
    } else {
      // Punctuation and other scripts: after spaces, before digits; keep the character so keys stay distinct.
      primary += '!' + ch;
    }
  }
  return `${primary}\u0001${tones}\u0001${cases}`;
}

export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Does `haystack` contain `needle`, ignoring case and diacritics? */
export function matchesSearch(haystack: string, needle: string): boolean {
  return foldForSearch(haystack).includes(foldForSearch(needle));
}
