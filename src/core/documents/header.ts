/**
 * The header (ô 1–4 of Decree 30): issuing body and its parent, number and symbol, place and
 * date. The header is found from its anchors (Quốc hiệu, Tiêu ngữ, "Số:", "<place>, ngày"), not
 * from its position, because pages put menus, counters and repeated titles above it.
 */
import type { ParseProblem } from '../../contract/documents.js';
import { foldKey, foldSameLength, hasDiacritics, squash } from './fold.js';
import { ANCHOR_KINDS, isCapsLine, isRuler, type LineKind } from './lines.js';
import { problem } from './problems.js';
import { NUMBER_FIELD_FULL } from './unflatten.js';
import { readDateAt, readDateFields, type DateReading } from './vi-dates.js';
import { COMPLEMENT_HEADS, NOT_A_HEAD_AFTER, ORG_HEADS, PLACE_LEVELS, REFERENCE_KINDS } from './vocabulary.js';

export interface HeaderGroup {
  start: number;
  end: number;
  /** Line indices of the group by kind (first of each). */
  at: Partial<Record<LineKind, number>>;
}

/** Non-blank lines allowed between two anchors of one header (a wrapped trích yếu sits between them). */
const MAX_GAP = 8;

/**
 * The cluster of header anchors before the body. Anchored on the last Quốc hiệu (a page that
 * repeats the header keeps the complete copy last), grown forwards then backwards while the
 * anchors found are new kinds: a second "Số:" belongs to another copy of the header.
 */
export function findHeaderGroup(kinds: LineKind[], topEnd: number): HeaderGroup | null {
  let seed = -1;
  for (let i = topEnd - 1; i >= 0; i--) if (kinds[i] === 'nationalTitle') { seed = i; break; }
  if (seed < 0) seed = kinds.findIndex((k, i) => i < topEnd && k === 'number');
  if (seed < 0) seed = kinds.findIndex((k, i) => i < topEnd && k === 'placeDate');
  if (seed < 0) return null;

  const at: Partial<Record<LineKind, number>> = { [kinds[seed]!]: seed };
  let start = seed;
  let end = seed;
  const grow = (step: 1 | -1) => {
    let gap = 0;
    for (let i = seed + step; i >= 0 && i < topEnd; i += step) {
      const kind = kinds[i]!;
      if (ANCHOR_KINDS.has(kind)) {
        if (at[kind] !== undefined) return;
        at[kind] = i;
        if (step === 1) end = i;
        else start = i;
        gap = 0;
      } else if (kind !== 'blank' && kind !== 'ruler' && ++gap > MAX_GAP) {
        return;
      }
    }
  };
  grow(1);
  grow(-1);
  return { start, end, at };
}

export interface IssuerReading {
  issuer: string | null;
  parentIssuer: string | null;
}

/**
 * ô 2: the capitals above the number. The last line (or part of a flattened line) that starts
 * with an issuing-body word ("PHÒNG", "SỞ", "HỘI ĐỒNG", …) starts the issuer; what is above it is
 * the parent body (cơ quan chủ quản).
 */
export function readIssuer(lines: string[], kinds: LineKind[], group: HeaderGroup): IssuerReading {
  const stop = group.at.number ?? group.at.placeDate ?? group.end + 1;
  // Walk up from the group over the issuer lines; a long run of blank lines ends the header.
  let from = group.start;
  let blanks = 0;
  for (let i = group.start - 1, taken = 0; i >= 0 && taken < 8; i--) {
    const line = lines[i]!;
    if (line === '') {
      if (++blanks >= 5) break;
      continue;
    }
    if (isRuler(line)) continue;
    if (kinds[i] !== 'text' || !isCapsLine(line)) break;
    from = i;
    blanks = 0;
    taken++;
  }
  const candidates: string[] = [];
  for (let i = from; i < stop; i++) {
    const line = lines[i]!;
    if (kinds[i] === 'text' && isCapsLine(line) && !/^V\s?\/\s?V/i.test(line)) candidates.push(line.replace(/[\s.,;:]+$/, ''));
  }
  return splitIssuer(dropRepeat(candidates));
}

/** A header pasted twice in a row ("A B A B") counts once. */
function dropRepeat(lines: string[]): string[] {
  const half = lines.length / 2;
  if (lines.length >= 2 && Number.isInteger(half) && lines.slice(0, half).join('\n') === lines.slice(half).join('\n')) {
    return lines.slice(0, half);
  }
  return lines;
}

const HEADS_DIACRITIC = [...ORG_HEADS].sort((a, b) => b.length - a.length);
const HEADS_FOLDED = [...new Set(HEADS_DIACRITIC.map((h) => foldKey(h)))].sort((a, b) => b.length - a.length);
const COMPLEMENTS = new Set([...COMPLEMENT_HEADS].map((h) => foldKey(h)));
const NOT_HEAD_AFTER = new Set(NOT_A_HEAD_AFTER.map(([before, head]) => `${foldKey(before)} ${foldKey(head)}`));

/** The issuing-body word starting at word `at` of an upper-cased line, if any. */
function headAt(words: string[], at: number, folded: boolean): string | null {
  const rest = words.slice(at, at + 6).join(' ');
  for (const head of folded ? HEADS_FOLDED : HEADS_DIACRITIC) {
    if (rest === head || rest.startsWith(`${head} `)) {
      return at > 0 && NOT_HEAD_AFTER.has(`${foldKey(words[at - 1]!)} ${foldKey(head)}`) ? null : head;
    }
  }
  return null;
}

function splitIssuer(lines: string[]): IssuerReading {
  if (lines.length === 0) return { issuer: null, parentIssuer: null };
  // Parts: whole lines, or pieces of a flattened line cut before a second issuing body.
  const parts: { text: string; head: string | null }[] = [];
  for (const line of lines) {
    const folded = !hasDiacritics(line);
    const original = line.split(/\s+/);
    const words = (folded ? foldSameLength(line) : line).toUpperCase().split(/\s+/);
    let begin = 0;
    let head = headAt(words, 0, folded);
    for (let w = 1; w < words.length; w++) {
      const next = headAt(words, w, folded);
      if (!next) continue;
      // Cut only after a complete parent name: a body word, then a level and a place
      // ("UBND HUYỆN DIỄN CHÂU" | "PHÒNG GIÁO DỤC…"), never inside "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG".
      const before = words.slice(begin, w).join(' ');
      const level = PLACE_LEVELS.exec(before);
      if (!head || !level || before.length <= level.index + level[0].length + 1) continue;
      parts.push({ text: original.slice(begin, w).join(' '), head });
      begin = w;
      head = next;
    }
    parts.push({ text: original.slice(begin).join(' '), head });
  }
  let k = -1;
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i]!.head) { k = i; break; }
  if (k < 0) return { issuer: squash(parts.map((p) => p.text).join(' ')), parentIssuer: null };
  // "VĂN PHÒNG" / "UBND TỈNH": a head that needs a complement stays with it.
  while (k > 0 && COMPLEMENTS.has(foldKey(parts[k - 1]!.text))) k--;
  const issuer = squash(parts.slice(k).map((p) => p.text).join(' '));
  const parent = squash(parts.slice(0, k).map((p) => p.text).join(' '));
  return { issuer: issuer || null, parentIssuer: parent || null };
}

export interface NumberReading {
  number: string | null;
  symbol: string | null;
  /** "504/PGD&ĐT-TĐKT" as the document's own reference, to leave it out of the citations. */
  selfKey: string | null;
  problems: ParseProblem[];
}

/** Number and symbol from one reference text ("504 / PGD&ĐT-TĐKT.", "1468-CT/HU", "31/2020/QĐ-UBND"). */
export function splitNumberSymbol(numberPart: string, symbolPart: string, excerpt: string): NumberReading {
  const symbolAfterSlash = symbolPart.replace(/\s+/g, '').replace(/–/g, '-').replace(/[.,;:]+$/, '');
  const raw = numberPart.trim();
  // Party documents number with a hyphen: "1468-CT/HU" is number 1468, symbol CT/HU.
  const party = /^(\d{1,6})\s*-\s*(\p{L}[\p{L}\d]{0,6})$/u.exec(raw);
  const symbol = party ? `${party[2]}/${symbolAfterSlash}` : symbolAfterSlash || null;
  const problems: ParseProblem[] = [];
  let number: string | null = null;
  if (party) number = party[1]!;
  else if (/^\d{1,6}$/.test(raw)) number = raw;
  else if (/^[\s.…_]*$/.test(raw)) problems.push(problem('missing_number', excerpt));
  else problems.push(problem('unreadable_number', excerpt, raw));
  const selfKey = number && symbol ? referenceKey(party ? `${number}-${symbol}` : `${number}/${symbol}`) : null;
  return { number, symbol, selfKey, problems };
}

/** Reads a "Số:" line. */
export function readNumberLine(line: string): NumberReading {
  const m = NUMBER_FIELD_FULL.exec(line);
  if (!m) return { number: null, symbol: null, selfKey: null, problems: [] };
  return splitNumberSymbol(m[1]!, m[2]!, squash(m[0]));
}

/** How references are compared: no spaces, upper case, one kind of hyphen. */
export function referenceKey(reference: string): string {
  return reference.replace(/\s+/g, '').replace(/–/g, '-').toUpperCase();
}

export interface PlaceDateReading {
  place: string | null;
  date: DateReading;
  problems: ParseProblem[];
}

/** ô 4: "Tủa Chùa, ngày 05 tháng 11 năm 2024" (blanks allowed in a draft; OCR noise reported). */
export function readPlaceDateLine(line: string): PlaceDateReading {
  const folded = foldSameLength(line);
  const m = /^(?:([^,]{1,60}),\s*)?ngay(.{0,16}?)thang(.{0,16}?)nam\s*(\S{0,8})/i.exec(folded);
  if (!m) return { place: null, date: { iso: null, year: null, status: 'missing' }, problems: [] };
  const place = m[1] ? squash(line.slice(0, m[1].length)).replace(/^[\s.,;:]+/, '') : null;
  const date = readDateFields(m[2]!, m[3]!, m[4]!.replace(/[.,;)]+$/, ''));
  const excerpt = squash(line.slice(0, m[0].length));
  const problems: ParseProblem[] = [];
  if (date.status === 'missing') problems.push(problem('missing_day_month', excerpt));
  if (date.status === 'unreadable') problems.push(problem('unreadable_date', excerpt));
  // An impossible date is reported by the scan of the whole text (findImpossibleDates), once.
  return { place: place && /^\p{L}/u.test(place) && place.length <= 50 ? place : null, date, problems };
}

export interface TitleLineReading {
  kind: string | null;
  numbers: NumberReading;
  date: DateReading | null;
}

const TITLE_LINES: ReadonlyArray<readonly [RegExp, string]> = REFERENCE_KINDS.map(([key, kind]) => [
  new RegExp(`^${key.replace(/ /g, '\\s+')}\\s+(?:so\\s*:?\\s*)?(\\d{1,6})\\s*\\/\\s*([A-Za-z&][A-Za-z0-9&]*(?:-[A-Za-z0-9&]+)*)`, 'i'),
  kind,
]);

/**
 * Pages that drop the header often keep a title line: "Công văn số 1379/SNV-CCHC ngày
 * 07/12/2016 V/v …". Used only when there is no "Số:" field.
 */
export function readTitleLine(line: string): TitleLineReading | null {
  if (line === '') return null;
  const folded = foldSameLength(line.slice(0, 200));
  for (const [re, kind] of TITLE_LINES) {
    const m = re.exec(folded);
    if (!m) continue;
    const symbol = line.slice(m[0].length - m[2]!.length, m[0].length);
    const numbers = splitNumberSymbol(m[1]!, symbol, squash(line.slice(0, m[0].length)));
    const after = folded.slice(m[0].length);
    const dateAt = /^\s*,?\s*ngay\s*/i.exec(after);
    const date = dateAt ? (readDateAt(line.slice(m[0].length + dateAt[0].length))?.reading ?? null) : null;
    return { kind, numbers, date };
  }
  return null;
}
