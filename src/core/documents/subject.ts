/**
 * ô 5: the type title ("KẾ HOẠCH") and the trích yếu under it, or a công văn's "V/v …" under
 * the number. Both are often wrapped over several lines (or paragraphs, from DOCX) and are joined
 * back with single spaces.
 */
import type { DocType } from '../../contract/documents.js';
import { endsSentence, foldKey, foldSameLength, isCapsText, squash, startsLowercase } from './fold.js';
import { isCapsLine, isRuler, isSectionMarker, type LineKind } from './lines.js';
import { DOC_TYPE_BY_TITLE } from './vocabulary.js';
import { joinLines } from './words.js';

export interface SubjectReading {
  subject: string | null;
  /** Index of the last line of the trích yếu (or of the title), -1 when none. */
  end: number;
  /** The type title line, when there is one. */
  titleLine: number;
  titleType: DocType | null;
  /** True when the trích yếu is a công văn's "V/v". */
  isCongVan: boolean;
}

/** "KẾ HOẠCH", "Q U Y Ế T  Đ Ị N H" (already closed up): the type it names, or null. */
export function docTypeOfTitle(line: string): DocType | null {
  if (line.length > 40 || !isCapsText(line)) return null;
  return DOC_TYPE_BY_TITLE.get(foldKey(line)) ?? null;
}

/**
 * `headerStart`/`headerEnd`: the header's anchor lines (the V/v sits among them in a DOCX table,
 * the title after them); `topEnd`: where the body or Kính gửi begins.
 */
export function readSubject(lines: string[], kinds: LineKind[], headerStart: number, headerEnd: number, topEnd: number): SubjectReading {
  const none: SubjectReading = { subject: null, end: -1, titleLine: -1, titleType: null, isCongVan: false };

  // A công văn: the V/v line of the header; pages without a header keep it in their title line.
  let vv = -1;
  for (let i = Math.max(0, headerStart); i < topEnd; i++) if (kinds[i] === 'subject') { vv = i; break; }
  if (vv < 0) {
    for (let i = 0; i < topEnd; i++) {
      if (/(?<![A-Za-z])V\s?\/\s?v\s*[:.]?\s+\S/i.test(foldSameLength(lines[i]!.slice(0, 400)))) { vv = i; break; }
    }
  }
  if (vv >= 0) {
    const line = lines[vv]!;
    const at = /(?<![A-Za-z])V\s?\/\s?v(?![a-z])\s*[:.]?\s*/i.exec(foldSameLength(line))!;
    let text = line.slice(at.index + at[0].length);
    let end = vv;
    for (let i = vv + 1; i < Math.min(lines.length, vv + 10); i++) {
      let next = i;
      // One blank line may separate two paragraphs of a trích yếu typed in a narrow DOCX column.
      if (kinds[next] === 'blank' && next + 1 < lines.length && startsLowercase(lines[next + 1]!)) next++;
      if (kinds[next] !== 'text' || isCapsLine(lines[next]!) || isRuler(lines[next]!)) break;
      text = joinLines(text, lines[next]!);
      end = next;
      i = next;
    }
    return { subject: cleanSubject(text), end, titleLine: -1, titleType: null, isCongVan: true };
  }

  // A typed document: its title, then the trích yếu.
  let title = -1;
  let titleType: DocType | null = null;
  for (let i = Math.max(0, headerEnd); i < topEnd; i++) {
    const type = kinds[i] === 'text' ? docTypeOfTitle(lines[i]!) : null;
    if (type) { title = i; titleType = type; break; }
  }
  if (title < 0 && headerEnd > 0) title = unknownTitle(lines, kinds, headerEnd, topEnd);
  if (title < 0) return none;

  const parts: string[] = [];
  let end = title;
  let blanks = 0;
  for (let i = title + 1; i < lines.length && parts.length < 4; i++) {
    const line = lines[i]!;
    if (kinds[i] === 'blank') {
      if (++blanks > 2) break;
      continue;
    }
    if (kinds[i] !== 'text' || isRuler(line) || isCapsLine(line) || isSectionMarker(line) || line.length > 300) break;
    if (parts.length > 0 && endsSentence(parts[parts.length - 1]!)) break;
    // A second paragraph of a trích yếu is short and not a sentence; the body's first one is.
    if (parts.length > 0 && blanks > 0 && (endsSentence(line) || line.length > 160)) break;
    parts.push(line);
    end = i;
    blanks = 0;
  }
  const subject = parts.length > 0 ? cleanSubject(parts.reduce((a, b) => joinLines(a, b))) : null;
  return { subject, end, titleLine: title, titleType, isCongVan: false };
}

/**
 * A title the parser cannot name (OCR's "KE ROACH"): a short line of capitals right after the
 * header, followed by a line of ordinary text.
 */
function unknownTitle(lines: string[], kinds: LineKind[], from: number, topEnd: number): number {
  let seen = 0;
  for (let i = from; i < topEnd && seen < 3; i++) {
    if (kinds[i] === 'blank') continue;
    seen++;
    const line = lines[i]!;
    if (kinds[i] !== 'text' || !isCapsLine(line) || line.split(' ').length > 5) continue;
    let next = i + 1;
    while (next < lines.length && kinds[next] === 'blank') next++;
    if (next < lines.length && kinds[next] === 'text' && !isCapsLine(lines[next]!)) return i;
  }
  return -1;
}

/** Trailing stray punctuation ("… năm 2016 .") is page furniture, not part of the trích yếu. */
function cleanSubject(text: string): string | null {
  const s = squash(text).replace(/[\s.;,]+$/, '');
  return s === '' ? null : s;
}
