/**
 * The closing of a document: Nơi nhận (ô 9b) and the signature block (ô 7): authority lines
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's own title, then the name. Only looked for
 * after the last line of prose, so an excerpt cut before its signature gets no signer.
 */
import type { Signer } from '../../contract/documents.js';
import { isCapsText, squash } from './fold.js';
import { isCapsLine, type LineKind } from './lines.js';
import { isPersonName, readNoiNhan, type Block } from './recipients.js';
import { AUTHORITY_PREFIX, normaliseAuthority, POSITION_WORDS } from './vocabulary.js';

export interface Closing {
  /** First line of the closing (Nơi nhận or signature), or lines.length. */
  start: number;
  signer: Signer | null;
  noiNhan: Block | null;
}

/** Lines between the title and the name that are neither: "(Đã ký)", "(Ký tên, đóng dấu)". */
const SIGNATURE_NOTE = /^\((?:đã ký|ký|chữ ký|đã ký và đóng dấu)[^)]{0,40}\)$/iu;

export function readClosing(lines: string[], kinds: LineKind[], bodyFrom: number): Closing {
  const n = lines.length;
  // The signature comes after the last line of prose ("…./." or a long paragraph).
  let tail = bodyFrom;
  for (let i = n - 1; i >= bodyFrom; i--) {
    if (lines[i]!.length > 150 || lines[i]!.includes('./.')) {
      tail = i + 1;
      break;
    }
  }
  let nn = -1;
  for (let i = n - 1; i >= bodyFrom; i--) if (kinds[i] === 'noiNhan') { nn = i; break; }
  const noiNhan = nn >= 0 ? readNoiNhan(lines, kinds, nn) : null;
  const from = nn >= 0 ? Math.min(tail, nn) : tail;
  const listLines = new Set(noiNhan?.lines ?? []);
  const skip = (i: number) => kinds[i] === 'blank' || listLines.has(i);

  const signature = readSignature(lines, from, skip);
  const starts = [nn, signature?.start ?? -1].filter((i) => i >= 0);
  return { start: starts.length ? Math.min(...starts) : n, signer: signature?.signer ?? null, noiNhan };
}

function authorityOf(line: string): { authority: NonNullable<Signer['authority']>; rest: string } | null {
  if (line.length > 80) return null;
  const m = AUTHORITY_PREFIX.exec(line);
  if (!m) return null;
  const authority = normaliseAuthority(m[1]!);
  const rest = squash(m[2]!);
  // "Q." also opens ordinary sentences; the others are only ever authorities.
  if (!authority || !/^\p{Lu}/u.test(rest) || (authority === 'Q.' && !isCapsText(rest))) return null;
  return { authority, rest };
}

function isSignerName(line: string): boolean {
  return isPersonName(line) && !POSITION_WORDS.test(line.toUpperCase());
}

function readSignature(lines: string[], from: number, skip: (i: number) => boolean): { start: number; signer: Signer } | null {
  const n = lines.length;
  const nameCache = new Map<number, boolean>();
  const isName = (i: number) => {
    let yes = nameCache.get(i);
    if (yes === undefined) nameCache.set(i, (yes = !skip(i) && isSignerName(stripNote(lines[i]!))));
    return yes;
  };
  // A name follows its title within a few lines (a Nơi nhận block may sit between them).
  const names = (after: number) => {
    const found: number[] = [];
    for (let i = after + 1; i < Math.min(n, after + 30); i++) if (isName(i)) found.push(i);
    return found;
  };

  // With authority lines: the outermost names whom the signer acts for, the innermost is the signer's own.
  let first = -1;
  for (let i = from; i < n; i++) if (!skip(i) && authorityOf(lines[i]!)) { first = i; break; }
  if (first >= 0) {
    let last = first;
    for (let i = first + 1; i < n; i++) {
      if (skip(i)) continue;
      if (!authorityOf(lines[i]!)) break;
      last = i;
    }
    const after: number[] = [];
    for (let i = last + 1; i < n && after.length < 1; i++) if (!skip(i) && !SIGNATURE_NOTE.test(lines[i]!)) after.push(i);
    const laterNames = names(last);
    let title: string | null = null;
    let name: string | null = null;
    const next = after[0];
    if (next !== undefined) {
      if (isSignerName(stripNote(lines[next]!)) && laterNames.length === 1) {
        name = stripNote(lines[next]!);
      } else {
        if (lines[next]!.length <= 80) title = squash(lines[next]!);
        const nameAt = laterNames.find((i) => i > next);
        name = nameAt === undefined ? null : stripNote(lines[nameAt]!);
      }
    }
    return {
      start: first,
      signer: { name, title, authority: authorityOf(lines[last]!)!.authority, onBehalfOf: authorityOf(lines[first]!)!.rest },
    };
  }

  // Without: a head signing in their own name ("HIỆU TRƯỞNG" … "Cao Thống Suý").
  for (let i = from; i < n; i++) {
    const line = lines[i]!;
    if (skip(i) || !isCapsLine(line) || line.length > 60 || !POSITION_WORDS.test(line)) continue;
    const nameAt = names(i).find((j) => j - i <= 12);
    if (nameAt === undefined) continue;
    return { start: i, signer: { name: stripNote(lines[nameAt]!), title: squash(line), authority: null, onBehalfOf: null } };
  }
  return null;
}

/** "Nguyễn Văn A (đã ký)" → "Nguyễn Văn A". */
function stripNote(line: string): string {
  return squash(line.replace(/\((?:đã ký|ký)[^)]{0,40}\)/giu, ''));
}
