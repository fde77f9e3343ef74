/**
 * Số và ký hiệu văn bản (Decree 30/2020, Art. 15; Phụ lục III §I): how numbers are shown, how
 * symbols are formed, and the key that matches a citation to the document it cites.
 */
import { foldForSearch } from './text.js';

/** Type abbreviations of Phụ lục III §I; công văn has none. */
export const DOC_TYPE_ABBREVIATIONS: Record<string, string | null> = {
  'Công văn': null,
  'Quyết định': 'QĐ',
  'Kế hoạch': 'KH',
  'Chỉ thị': 'CT',
  'Báo cáo': 'BC',
  'Tờ trình': 'TTr',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Nghị quyết': 'NQ',
  'Giấy mời': 'GM',
  'Biên bản': 'BB',
  'Chương trình': 'CTr',
  'Quy chế': 'QC',
  'Quy định': 'QyĐ',
  'Công điện': 'CĐ',
  'Phương án': 'PA',
  'Đề án': 'ĐA',
  'Giấy giới thiệu': 'GGT',
};

/** Numbers below 10 are written with a leading zero: 5 → "05" (from 01 on 1 January). */
export function formatDocumentNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "05" + "UBND-NV" → "05/UBND-NV"; null without a number. */
export function fullDocumentNumber(numberText: string | null, symbol: string | null): string | null {
  if (!numberText) return null;
  return symbol ? `${numberText}/${symbol}` : numberText;
}

/**
 * The matching key of a "số/ký hiệu": folded (no diacritics, lower case), without spaces, dashes
 * unified and the number's leading zeros dropped, so "05/UBND-NV", "5/UBND – NV" and
 * "05/ubnd-nv" are the same citation.
 */
export function documentNumberKey(full: string): string {
  const folded = foldForSearch(full)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  const slash = folded.indexOf('/');
  const head = slash < 0 ? folded : folded.slice(0, slash);
  const rest = slash < 0 ? '' : folded.slice(slash);
  return `${/^\d+$/.test(head) ? String(Number(head)) : head}${rest}`;
}

/** Levels of administration: they issue through their People's Committee (Ủy ban nhân dân). */
const ADMINISTRATIVE_KINDS = ['province', 'district', 'commune', 'ward', 'township', 'special_zone'];

/** An abbreviation as usable in a symbol: letters (Đ included), digits, "&" — no spaces. */
function isAbbreviation(s: string): boolean {
  return /^[A-ZĐ0-9&]+$/u.test(s);
}

/**
 * The issuing body's abbreviation in a symbol: the unit's short name when it is one ("UBND" of
 * "UBND huyện"), else UBND for a unit named or being an administrative level (its People's
 * Committee issues); null when nothing sensible can be derived (the drafter then writes it).
 */
export function issuerAbbreviation(unit: { name: string; shortName: string | null; kind: string }): string | null {
  const first = unit.shortName?.trim().split(/\s+/)[0] ?? '';
  if (first && isAbbreviation(first)) return first;
  if (foldForSearch(unit.name).startsWith('uy ban nhan dan')) return 'UBND';
  if (ADMINISTRATIVE_KINDS.includes(unit.kind)) return 'UBND';
  return null;
}

/** The drafting unit's abbreviation: its short name without spaces, else its code. */
export function draftingAbbreviation(unit: { code: string; shortName: string | null }): string {
  const short = unit.shortName?.replace(/\s+/g, '') ?? '';
  return short || unit.code;
}

/**
 * The default symbol: "<type>-<issuer>" for a typed document ("KH-UBND"), "<issuer>-<drafting
 * unit>" for a công văn ("UBND-PNV"), or null when the issuer abbreviation is unknown.
 */
export function defaultSymbol(docType: string, issuer: string | null, drafting: string | null): string | null {
  if (!issuer) return null;
  const typeAbbr = DOC_TYPE_ABBREVIATIONS[docType];
  if (typeAbbr) return `${typeAbbr}-${issuer}`;
  return drafting ? `${issuer}-${drafting}` : issuer;
}


/**
 * The issuing body's name as printed (ô 2, upper case): an administrative level issues through
 * its People's Committee ("ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA"); any other unit under its own name.
 */
export function defaultIssuerName(unit: { name: string; kind: string }): string {
  const name = unit.name.normalize('NFC').trim();
  if (ADMINISTRATIVE_KINDS.includes(unit.kind)) return `ỦY BAN NHÂN DÂN ${name}`.toUpperCase();
  return name.toUpperCase();
}
