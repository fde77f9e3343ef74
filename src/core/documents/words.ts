/**
 * Re-joining words a line break cut in two. Vietnamese words are single syllables, so a break
 * inside one leaves a piece that is not a syllable at all ("th" + "ắng", "Chiế" + "n"). Only
 * then are the pieces glued; two pieces that are both syllables ("kỷ" + "cương") stay apart.
 */
import { foldSameLength } from './fold.js';

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?';
const NUCLEUS = '[aeiouy]{1,3}';
const CODA = '(?:ng|nh|ch|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

/** Could this be one Vietnamese syllable (tone marks ignored)? */
export function isSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  return SYLLABLE.test(foldSameLength(word).toLowerCase());
}

const WORD_PIECE = /^(\p{Lu}?\p{Ll}+|\p{Lu})$/u;

/** Are `left` (end of a line) and `right` (start of the next) two halves of one word? */
export function isBrokenWord(left: string, right: string): boolean {
  if (!WORD_PIECE.test(left) || !/^\p{Ll}+$/u.test(right)) return false;
  return isSyllable(left + right) && (!isSyllable(left) || !isSyllable(right));
}

/**
 * How two lines of one paragraph meet: with a space, or with nothing when the break cut a word.
 * A hyphen at the end of the first line is a typesetter's break when the halves make one
 * syllable ("hi-" + "ện"); otherwise it is a real hyphen ("kinh tế-" + "xã hội") and stays.
 * Returns the first line as it should end, and the separator.
 */
export function joinPoint(a: string, b: string): { left: string; separator: '' | ' ' } {
  if (a.endsWith('-')) {
    const leftWord = trailingLetters(a.slice(0, -1));
    if (leftWord === '') return { left: a, separator: ' ' };
    const right = /^\p{Ll}+/u.exec(b.slice(0, 16));
    return { left: right && isSyllable(leftWord + right[0]) ? a.slice(0, -1) : a, separator: '' };
  }
  const left = trailingLetters(a);
  const right = /^\p{L}+/u.exec(b.slice(0, 16));
  return { left: a, separator: left && right && isBrokenWord(left, right[0]) ? '' : ' ' };
}

/** Joins two lines of one paragraph (see joinPoint). */
export function joinLines(first: string, second: string): string {
  const a = first.trimEnd();
  const b = second.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const { left, separator } = joinPoint(a, b);
  return left + separator + b;
}

/** The letters at the end of `s` (scanned by hand: a regex anchored at $ would be quadratic). */
function trailingLetters(s: string): string {
  let i = s.length;
  while (i > 0 && i > s.length - 16 && /\p{L}/u.test(s[i - 1]!)) i--;
  return i > 0 && /\p{L}/u.test(s[i - 1]!) ? '' : s.slice(i);
}

/**
 * Builds one paragraph from many lines without re-reading it: joinLines on an ever-growing string
 * would copy it at every line (quadratic on a 1 MB paragraph). Only the last line is looked at.
 */
export class ParagraphBuilder {
  private parts: string[] = [];
  length = 0;

  get last(): string {
    return this.parts[this.parts.length - 1] ?? '';
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  add(line: string): void {
    const next = line.trim();
    if (next === '') return;
    if (this.parts.length === 0) {
      this.parts.push(next);
    } else {
      const { left, separator } = joinPoint(this.last, next);
      this.parts[this.parts.length - 1] = left;
      this.parts.push(separator + next);
    }
    this.length += next.length + 1;
  }

  text(): string {
    return this.parts.join('');
  }
}
