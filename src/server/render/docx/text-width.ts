/**
 * Estimated widths of Times New Roman text, so that the short lines under the issuer and the
 * trích yếu can be drawn at 1/3–1/2 of the text's length (Decree 30, ô 2 and ô 5a) and long
 * issuer names can be broken where a clerk would break them. Widths are the Adobe Times metrics
 * (per 1000 em), which Times New Roman and Liberation Serif share; Vietnamese diacritics are
 * measured as their base letter, the horned ơ/ư a little wider.
 */

const REGULAR: Record<string, number> = {
  ' ': 250, '-': 333, ',': 250, '.': 250, ':': 278, ';': 278, '/': 278, '&': 778, '(': 333, ')': 333,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
};

const BOLD: Record<string, number> = {
  ' ': 250, '-': 333, ',': 250, '.': 250, ':': 333, ';': 333, '/': 278, '&': 833, '(': 333, ')': 333,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
};

const HORNED = /[ƠơƯư]/;

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').replace('Đ', 'D');
  const known = table[base];
  if (known !== undefined) return known + (HORNED.test(ch) ? 60 : 0);
  if (/\d/.test(base)) return 500;
  return base === base.toUpperCase() ? 722 : 500;
}

/** Width in twips (1/20 pt) of one line of text at the given size. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, bold);
  return Math.round((units / 1000) * sizePt * 20);
}

/** Words where a Vietnamese body's name meets its place ("ỦY BAN NHÂN DÂN | HUYỆN TỦA CHÙA"). */
// `\b` is ASCII-only in JavaScript, so the word end is a lookahead.
const PLACE_LEVEL = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?=\s|$)/u;

/**
 * Breaks an upper-case organisation name into lines that fit `maxTwips`: explicit line breaks
 * are kept; otherwise a name too long for one line breaks before its place ("HUYỆN …", "TỈNH …")
 * when both halves fit, else where the two halves are most even.
 */
export function breakOrganisationName(name: string, sizePt: number, bold: boolean, maxTwips: number): string[] {
  const explicit = name
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (explicit.length !== 1) return explicit;
  const line = explicit[0]!;
  const fits = (s: string) => textWidthTwips(s, sizePt, bold) <= maxTwips;
  if (fits(line)) return [line];

  const words = line.split(' ');
  const splits = words.slice(1).map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')] as const);
  const atPlace = splits.find(([, rest]) => PLACE_LEVEL.test(rest));
  if (atPlace && fits(atPlace[0]) && fits(atPlace[1])) return [...atPlace];
  let best: readonly [string, string] | undefined;
  let bestWidth = Infinity;
  for (const split of splits) {
    const widest = Math.max(textWidthTwips(split[0], sizePt, bold), textWidthTwips(split[1], sizePt, bold));
    if (widest < bestWidth) {
      best = split;
      bestWidth = widest;
    }
  }
  // Still too wide for two lines: let the word processor wrap the second half.
  return best ? [...best] : [line];
}

/** The part of a collective body's name before its place: "ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA" → "ỦY BAN NHÂN DÂN". */
export function bodyNameWithoutPlace(name: string): string {
  const words = name.replace(/\s+/g, ' ').trim().split(' ');
  for (let i = 1; i < words.length; i++) {
    if (PLACE_LEVEL.test(words.slice(i).join(' '))) return words.slice(0, i).join(' ');
  }
  return words.join(' ');
}
