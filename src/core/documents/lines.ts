/**
 * What each line of a document is, from its own text: the Decree 30 layout gives most elements
 * a fixed opening ("Số:", "<Địa danh>, ngày", "V/v", "Kính gửi:", "Nơi nhận:").
 */
import { foldSameLength, isCapsText } from './fold.js';
import { MOTTO, NATIONAL_TITLE } from './normalise.js';
import { BODY_OPENERS, KINH_GUI, NOI_NHAN } from './vocabulary.js';

export type LineKind =
  | 'blank'
  | 'nationalTitle'
  | 'motto'
  | 'ruler'
  | 'number'
  | 'placeDate'
  | 'subject'
  | 'kinhGui'
  | 'noiNhan'
  | 'opener'
  | 'text';

/** Header anchors: the lines that locate ô 1, 3 and 4 of the layout. */
export const ANCHOR_KINDS: ReadonlySet<LineKind> = new Set(['nationalTitle', 'motto', 'number', 'placeDate']);

/** "Số: 15/QĐ-BNV", "Số 1468-CT/HU", "Số: /UBND-NV", "So: ^3 /KH-HDTDKT". Capital S: "số" in prose is a word. */
export const NUMBER_FIELD = /^S[oôốồổỗộơớờởỡợ]\s*:?\s*[^\s/]{0,12}\s*\//u;

/** "Tủa Chùa, ngày …", "ngày 15 tháng 11 năm 2013" (folded). */
const PLACE_DATE = /^(?:[^,\d]{1,60},\s*)?ngay(?![a-z]).{0,16}?thang.{0,16}?nam\s*\S{0,3}\d/i;

export function classifyLine(line: string): LineKind {
  if (line === '') return 'blank';
  if (line === NATIONAL_TITLE) return 'nationalTitle';
  if (line === MOTTO) return 'motto';
  if (isRuler(line)) return 'ruler';
  const head = foldSameLength(line.slice(0, 80));
  if (NUMBER_FIELD.test(line.slice(0, 40))) return 'number';
  if (PLACE_DATE.test(foldSameLength(line.slice(0, 120)))) return 'placeDate';
  if (/^V\s?\/\s?v(?![a-z])/i.test(head)) return 'subject';
  if (KINH_GUI.test(head)) return 'kinhGui';
  if (NOI_NHAN.test(head)) return 'noiNhan';
  if (BODY_OPENERS.test(head)) return 'opener';
  return 'text';
}

/** Underlines and separators: "-------", "______", "*", "* * *". */
export function isRuler(line: string): boolean {
  return /^[-_=*~.·•–—\s]+$/.test(line) && (line.length >= 3 || line === '*');
}

/** Section headings of the body: "PHẦN THỨ NHẤT", "I. …", "Điều 1.", "A. CÔNG TÁC …", "1. …". */
export function isSectionMarker(line: string): boolean {
  return (
    /^(PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+\S/u.test(line) ||
    /^[IVXLC]+\s*[.)]\s*\S/.test(line) ||
    /^Điều\s+\d+/u.test(line) ||
    /^[A-Z]\.\s+\p{Lu}/u.test(line) ||
    /^\d{1,2}(?:\.\d{1,2})*\s*[.)/](?!\d)-?\s*\S/.test(line)
  );
}

/** A line written in capitals (issuer, type title, signer title), short enough to be one. */
export function isCapsLine(line: string): boolean {
  return line.length <= 150 && isCapsText(line);
}
