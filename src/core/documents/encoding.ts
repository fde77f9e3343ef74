/**
 * Is this text readable Vietnamese at all? Text typed in the old 8-bit fonts (TCVN3/ABC .VnTime,
 * VNI-Times) and read as Unicode shows up as "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi"; UTF-8
 * read as Latin-1 shows up as "Cá»™ng". Parsing either would produce confident nonsense, so the
 * parser stops and says which it is.
 */
import type { ParseProblem } from '../../contract/documents.js';
import { problem } from './problems.js';

/** Latin-1 symbols that TCVN3 puts where Vietnamese letters should be (µ ¸ ¶ · ¹ § ª …). */
const TCVN3_SYMBOLS = /[\u00A1-\u00BF]/g;
/** Latin-1 and cp1252 letters Vietnamese never uses (ä ø û ï ñ Ö Ü Œ …): VNI's marks, or TCVN3's. */
const FOREIGN_LETTERS = /[\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2020\u2021\u2030\u2039\u203A]/g;
/** Letters only Vietnamese Unicode has: ă đ ơ ư and the precomposed tone letters. */
const VIETNAMESE_LETTERS = /[ăĂđĐơƠưƯ\u1EA0-\u1EF9]/g;
/** UTF-8 bytes of Vietnamese letters read one by one as Latin-1/cp1252. */
const MOJIBAKE = /Ã[\u0080-\u00BF]|á[º»]|Ä[\u0091‘]|Æ[°¡]|Ä\u0090/g;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export interface EncodingVerdict {
  readable: boolean;
  problems: ParseProblem[];
}

/** Judges a sample of the text (its start is enough: a whole file has one encoding). */
export function judgeEncoding(text: string): EncodingVerdict {
  const sample = text.slice(0, 200_000);
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return { readable: true, problems: [] };

  const mojibake = count(sample, MOJIBAKE);
  if (mojibake >= 3 && mojibake * 20 >= count(sample, VIETNAMESE_LETTERS)) {
    return { readable: false, problems: [problem('mojibake', firstMatch(sample, MOJIBAKE))] };
  }

  const symbols = count(sample, TCVN3_SYMBOLS);
  const foreign = count(sample, FOREIGN_LETTERS);
  const vietnamese = count(sample, VIETNAMESE_LETTERS);
  const odd = symbols + foreign;
  // Real Unicode Vietnamese has next to none of these; a legacy-font text has one every few words.
  if (odd >= 5 && odd / letters >= 0.03 && odd > vietnamese) {
    const font = symbols >= foreign * 2 ? 'TCVN3/ABC' : foreign >= symbols * 2 ? 'VNI' : 'TCVN3/ABC hoặc VNI';
    return { readable: false, problems: [problem('legacy_encoding', firstLegacyLine(sample), font)] };
  }
  return { readable: true, problems: [] };
}

function firstMatch(sample: string, re: RegExp): string {
  const m = new RegExp(re.source).exec(sample);
  if (!m) return '';
  const lineStart = sample.lastIndexOf('\n', m.index) + 1;
  const lineEnd = sample.indexOf('\n', m.index);
  return sample.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim().slice(0, 120);
}

function firstLegacyLine(sample: string): string {
  for (const line of sample.split('\n', 200)) {
    if (count(line, TCVN3_SYMBOLS) + count(line, FOREIGN_LETTERS) >= 2) return line.trim().slice(0, 120);
  }
  return sample.trim().slice(0, 120);
}
