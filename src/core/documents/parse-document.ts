/**
 * parseDocument: the structure of one administrative document from its text, in the parse
 * format (contract/documents.ts). Pure: no I/O. It never throws and never invents: what the
 * text does not say is null or empty, and what is damaged is reported in `problems`.
 */
import { DOC_TYPES, type DocType, type ParsedDocument, type ParseProblem } from '../../contract/documents.js';
import { readBody } from './body.js';
import { findDeadlines } from './deadlines.js';
import { judgeEncoding } from './encoding.js';
import { excerptAround, foldSameLength } from './fold.js';
import {
  findHeaderGroup,
  readIssuer,
  readNumberLine,
  readPlaceDateLine,
  readTitleLine,
  type NumberReading,
  type PlaceDateReading,
  type TitleLineReading,
} from './header.js';
import { classifyLine } from './lines.js';
import { CONTROL_CHARS, toLines } from './normalise.js';
import { problem } from './problems.js';
import { isFileCopy, itemText, readKinhGui, type Block } from './recipients.js';
import { findReferences } from './references.js';
import { readClosing } from './signer.js';
import { readSubject } from './subject.js';
import { findTargets } from './targets.js';
import { unflatten } from './unflatten.js';
import { findImpossibleDates, viDate } from './vi-dates.js';
import { docTypeFromSymbol } from './vocabulary.js';

/** Longer texts are cut here: no administrative document comes near 2 million characters. */
export const MAX_PARSE_CHARS = 2_000_000;

export function emptyDocument(problems: ParseProblem[] = []): ParsedDocument {
  return {
    docType: null,
    number: null,
    symbol: null,
    parentIssuer: null,
    issuer: null,
    place: null,
    date: null,
    year: null,
    subject: null,
    recipients: [],
    references: [],
    deadlines: [],
    targets: [],
    signer: null,
    body: [],
    distribution: [],
    problems,
  };
}

export function parseDocument(text: string): ParsedDocument {
  try {
    return parse(typeof text === 'string' ? text : '');
  } catch (err) {
    // A bug must not cost the user the whole answer; it is reported like any other problem.
    return emptyDocument([problem('internal_error', err instanceof Error ? err.message : String(err))]);
  }
}

function parse(input: string): ParsedDocument {
  const problems: ParseProblem[] = [];
  let text = input;
  if (text.length > MAX_PARSE_CHARS) {
    problems.push(problem('text_truncated', '', MAX_PARSE_CHARS.toLocaleString('vi-VN')));
    text = text.slice(0, MAX_PARSE_CHARS);
  }
  text = text.normalize('NFC');
  if (text.trim() === '') return emptyDocument([...problems, problem('empty_text', '')]);

  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > 0) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (controls * 10 > text.length || letters * 2 < text.length) {
      return emptyDocument([...problems, problem('binary_content', text.slice(0, 80).replace(CONTROL_CHARS, '�'))]);
    }
    problems.push(problem('control_characters', ''));
  }
  const encoding = judgeEncoding(text);
  if (!encoding.readable) return emptyDocument([...problems, ...encoding.problems]);

  const lines = unflatten(toLines(text));
  const kinds = lines.map(classifyLine);
  // Header: ô 1–4, above the first Kính gửi or body opener ("Căn cứ", "Thực hiện", …). Page
  // furniture above the header may hold such a word: then the header is looked for past it.
  const bodyOpening = (from: number) => {
    const at = kinds.findIndex((k, i) => i >= from && (k === 'kinhGui' || k === 'opener'));
    return at < 0 ? lines.length : at;
  };
  let topEnd = bodyOpening(0);
  let group = findHeaderGroup(kinds, topEnd);
  if (!group) {
    const anchor = kinds.findIndex((k, i) => i < 100 && (k === 'nationalTitle' || k === 'number'));
    if (anchor > topEnd) {
      topEnd = bodyOpening(anchor);
      group = findHeaderGroup(kinds, topEnd);
    }
  }
  const { issuer, parentIssuer } = group ? readIssuer(lines, kinds, group) : { issuer: null, parentIssuer: null };
  let numbers: NumberReading | null = group?.at.number !== undefined ? readNumberLine(lines[group.at.number]!) : null;
  const placeDate: PlaceDateReading | null = group?.at.placeDate !== undefined ? readPlaceDateLine(lines[group.at.placeDate]!) : null;
  let titleLine: TitleLineReading | null = null;
  if (!numbers || !placeDate) {
    for (let i = 0; i < Math.min(topEnd, 100) && !titleLine; i++) titleLine = readTitleLine(lines[i]!);
  }
  numbers ??= titleLine?.numbers ?? null;
  if (numbers) problems.push(...numbers.problems);
  if (placeDate) problems.push(...placeDate.problems);
  const date = placeDate ? placeDate.date : (titleLine?.date ?? null);

  // ô 5: trích yếu, then Kính gửi, body, closing.
  const subject = readSubject(lines, kinds, group?.start ?? 0, group ? group.end + 1 : 0, topEnd);
  // Kính gửi opens the body; one further down is quoted text, not this document's addressees.
  const kinhGuiAt = kinds.findIndex((k, i) => k === 'kinhGui' && i <= topEnd);
  const kinhGui: Block | null = kinhGuiAt >= 0 ? readKinhGui(lines, kinds, kinhGuiAt) : null;
  const bodyFrom = Math.max(group ? group.end + 1 : 0, subject.end + 1, subject.titleLine + 1, kinhGui ? kinhGui.end + 1 : 0);
  const closing = readClosing(lines, kinds, bodyFrom);
  const body = readBody(lines, bodyFrom, Math.max(bodyFrom, closing.start));
  const paragraphs = body.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs));

  const recipients = kinhGui
    ? kinhGui.items.map(itemText).filter(Boolean)
    : (closing.noiNhan?.items.filter((item) => !isFileCopy(item)).map(itemText).filter(Boolean) ?? []);
  const distribution = closing.noiNhan?.items ?? [];

  // Everything but the "Số:" lines, so the document's own number is not read as a citation.
  const scanText = lines.filter((_, i) => kinds[i] !== 'number').join('\n');
  const references = findReferences(scanText, numbers?.selfKey ?? null);
  for (const found of findImpossibleDates(scanText)) {
    problems.push(problem('impossible_date', excerptAround(scanText, found.index, found.index + found.text.length), found.text));
  }

  const symbol = numbers?.symbol ?? null;
  const docType: DocType | null =
    subject.titleType ??
    (subject.isCongVan ? 'Công văn' : null) ??
    (symbol ? docTypeFromSymbol(symbol) : null) ??
    (titleLine && (DOC_TYPES as readonly string[]).includes(titleLine.kind ?? '') ? (titleLine.kind as DocType) : null);

  const place = placeDate?.place ?? null;
  const mismatch = issuerPlaceMismatch(`${parentIssuer ?? ''} ${issuer ?? ''}`, place);
  if (mismatch) problems.push(mismatch);
  if (date?.iso) {
    for (const ref of references) {
      if (ref.date && ref.date > date.iso) problems.push(problem('reference_after_document', ref.number, ref.number, viDate(ref.date), viDate(date.iso)));
    }
  }
  if (!closing.signer && paragraphs.length > 0) problems.push(problem('missing_signature', paragraphs[paragraphs.length - 1]!.slice(-120)));
  const nothing = !docType && !numbers?.number && !symbol && !issuer && !subject.subject && !date?.year;
  if (nothing) problems.push(problem('unrecognised', lines.find((l) => l !== '')?.slice(0, 120) ?? ''));

  return {
    docType,
    number: numbers?.number ?? null,
    symbol,
    parentIssuer,
    issuer,
    place,
    date: date?.iso ?? null,
    year: date?.year ?? null,
    subject: subject.subject,
    recipients,
    references,
    deadlines: findDeadlines(paragraphs),
    targets: findTargets(paragraphs),
    signer: closing.signer,
    body,
    distribution,
    problems,
  };
}

/**
 * "HUYỆN TỬA CHÙA" above "Tủa Chùa, ngày …": the same words with different marks, so one of
 * them is misspelt. Found by folding both and comparing the marks where they meet.
 */
function issuerPlaceMismatch(issuerText: string, place: string | null): ParseProblem | null {
  if (!place || place.length < 3) return null;
  const haystack = foldSameLength(issuerText).toLowerCase();
  const needle = foldSameLength(place).toLowerCase();
  const at = haystack.indexOf(needle);
  if (at < 0) return null;
  const written = issuerText.slice(at, at + place.length);
  if (written.toLowerCase() === place.toLowerCase()) return null;
  return problem('issuer_place_mismatch', `${written} / ${place}`, written, place);
}
