/**
 * Addressees: "Kính gửi:" (ô 9a) and "Nơi nhận:" (ô 9b). Items are "- …;" lines, possibly
 * wrapped, possibly with blank lines between them (one paragraph per item in DOCX); a single
 * addressee may sit on the Kính gửi line itself or on the next line without a dash.
 */
import { endsSentence, foldSameLength, isCapsText, squash, startsLowercase } from './fold.js';
import { isCapsLine, type LineKind } from './lines.js';
import { KINH_GUI, NOI_NHAN } from './vocabulary.js';
import { joinLines } from './words.js';

const ITEM = /^[-–—•+*]\s*/;

export interface Block {
  /** The items as written (a wrapped item joined back to one line). */
  items: string[];
  start: number;
  /** Index of the block's last line. */
  end: number;
  /** Indices of the lines the items were read from (the heading line included). */
  lines: number[];
}

/** The Kính gửi block starting at line `at`. */
export function readKinhGui(lines: string[], kinds: LineKind[], at: number): Block {
  const first = lines[at]!.slice((KINH_GUI.exec(foldSameLength(lines[at]!)) ?? [''])[0].length).trim();
  return readItems(lines, kinds, at, first, (line, kind) => kind === 'opener' || kind === 'noiNhan' || isCapsLine(line), () => false);
}

/**
 * The Nơi nhận block starting at line `at`. A footer table read row by row (PDF text) interleaves
 * it with the signature ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "- Như trên;", "CHỦ TỊCH", …): the
 * signature's lines are stepped over, not taken as the end of the list.
 */
export function readNoiNhan(lines: string[], kinds: LineKind[], at: number): Block {
  const first = lines[at]!.slice((NOI_NHAN.exec(foldSameLength(lines[at]!)) ?? [''])[0].length).trim();
  const signatureLine = (line: string) => isCapsLine(line) || isPersonName(line) || /^\(/.test(line);
  return readItems(lines, kinds, at, first, signatureLine, signatureLine);
}

function readItems(
  lines: string[],
  kinds: LineKind[],
  at: number,
  first: string,
  stops: (line: string, kind: LineKind) => boolean,
  stepsOver: (line: string) => boolean,
): Block {
  const items: string[] = [];
  // "Nơi nhận: - Như trên; - Lưu: VT." on one line.
  const push = (text: string) => {
    for (const part of text.split(/(?<=[;.])\s+(?=[-–—•+]\s)/)) if (part.trim()) items.push(part.trim());
  };
  if (first) push(first);
  let end = at;
  const taken = [at];
  let undashed = items.length === 0;
  for (let i = at + 1; i < lines.length && i < at + 60; i++) {
    const line = lines[i]!;
    const kind = kinds[i]!;
    if (kind === 'blank' || kind === 'ruler') continue;
    const last = items[items.length - 1];
    if (ITEM.test(line)) {
      push(line);
      undashed = false;
    } else if (last !== undefined && !endsSentence(last) && startsLowercase(line)) {
      // A wrapped item: its end is on this line.
      if (stops(line, kind) || kind !== 'text') break;
      items[items.length - 1] = joinLines(last, line);
    } else if (items.length === 0 && undashed && kind === 'text' && !stops(line, kind)) {
      // One addressee, without a dash, on the line after "Kính gửi:".
      items.push(line);
    } else if (stepsOver(line)) {
      continue;
    } else {
      break;
    }
    end = i;
    taken.push(i);
  }
  return { items, start: at, end, lines: taken };
}

/** "- Như trên;" → "Như trên". */
export function itemText(item: string): string {
  return squash(item.replace(ITEM, '').replace(/[\s;.,]+$/, ''));
}

/** "Lưu: VT, NV." — the file copies, not a recipient. */
export function isFileCopy(item: string): boolean {
  return /^luu(?![a-z])/i.test(foldSameLength(itemText(item)));
}

/** "Nguyễn Minh Tuấn", "NGUYỄN MINH TUẤN": two to six capitalised words, nothing else. */
export function isPersonName(line: string): boolean {
  const s = line.trim();
  if (s.length > 50 || s.length < 4) return false;
  if (/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(s)) return true;
  return /^\p{Lu}+(?:\s+\p{Lu}+){1,4}$/u.test(s) && isCapsText(s);
}
