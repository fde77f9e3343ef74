/**
 * Indicator drafts (dự thảo chỉ tiêu) from the targets the document parser found in a plan, for
 * an officer to review: "ít nhất 80% hồ sơ công việc cấp huyện, 60% hồ sơ công việc cấp xã …"
 * becomes one indicator, "Tỷ lệ hồ sơ công việc …", with a district target ≥ 80 and a commune
 * target ≥ 60.
 *
 * Reading rules:
 * - Comparator: "≥" → gte, "≤" → lte. A bare figure ("=", e.g. "phấn đấu 93% dân cư …") is a
 *   level to reach, not to hit exactly: gte when higher is better, lte when lower is.
 * - Direction: "≤" → down; "≥" → up, even after "giảm": in "giảm tỷ lệ hộ nghèo … từ 4% trở lên"
 *   the figure is the size of the fall, and a bigger fall is better (plans report "giảm 48 hộ
 *   nghèo, đạt 480% kế hoạch"). A bare figure is down when it is what to get down to ("giảm …
 *   xuống còn 3%", "dưới 3%"), otherwise up.
 * - Texts naming one level ("cấp tỉnh", "cấp huyện", "cấp xã"/"cấp phường") give that level's
 *   target; two such texts saying the same thing for different levels make one indicator.
 * - Percentages are percent values averaged in roll-ups; anything else is a number, summed.
 */
import { foldSameLength, hasDiacritics, squash } from '../documents/fold.js';
import { foldForSearch } from '../text.js';
import type { RollupRule } from './rollup.js';
import type { Direction, Target, TargetLevel } from './targets.js';
import type { ValueType } from './validation.js';

export interface ParsedTargetInput {
  text: string;
  comparator: '>=' | '<=' | '=';
  value: number;
  unit: string;
}

export interface IndicatorDraft {
  code: string;
  name: string;
  unitOfMeasure: string;
  valueType: ValueType;
  direction: Direction;
  rule: RollupRule;
  targets: Target[];
}

export const MAX_NAME_LENGTH = 200;
/** As unit codes: short enough to type in a spreadsheet header. */
export const MAX_CODE_LENGTH = 40;

const FIGURE = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(%|phần trăm)?/gu;

interface VietnamesePattern {
  marked: RegExp;
  plain: RegExp;
}

/**
 * A pattern written with Vietnamese marks, and the same pattern without them for text that lost
 * its marks (OCR, old converters). Marked text is matched with marks: folded, "đất" would read as
 * "đạt" and "cơ quan" as "có quan".
 */
function vi(source: string, flags = 'iu'): VietnamesePattern {
  return { marked: new RegExp(source, flags), plain: new RegExp(foldSameLength(source), flags) };
}

/** Comparison words around a figure: they belong to the target, not to the name. */
const COMPARISON_BEFORE = vi(
  String.raw`(?:^|\s)(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+thấp\s+hơn|không\s+vượt\s+quá|không\s+quá|tối\s+đa|cao\s+hơn|thấp\s+hơn|đạt\s+mức|đạt|từ|trên|vượt|dưới|xuống|còn|lên|bằng|là|mức)\s*$`,
);
const COMPARISON_AFTER = vi(String.raw`^\s*trở\s+(?:lên|xuống)`);
/** "xuống còn 3%", "dưới 3%": the figure is a level to get down to. */
const DOWN_TO_BEFORE = vi(String.raw`(?:^|\s)(?:xuống|còn|dưới)\s*$`);
const LEVEL_PHRASE = vi(String.raw`(?<!\p{L})cấp\s+(tỉnh|huyện|xã|phường|thị\s+trấn)(?!\p{L})`, 'giu');
// Not a lone "đạt": in "01 xã đạt chuẩn" it is the name's verb ("đạt 80%" loses it with the figure).
const LEADING_FILLER = vi(String.raw`^(?:phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu|bảo\s+đảm|đảm\s+bảo|phải\s+đạt|cần\s+đạt|có|và|trong\s+đó|với)(?:\s+|$)`);
const TRAILING_FILLER = vi(String.raw`(?:^|\s)(?:và|với|của|ở|tại|đạt|là)$`);
const FALL_VERB = vi(String.raw`^(?:giảm|hạ)\s+`);
const RATE_WORDS = /(?:^|\s)t[yi] le(?:\s|$)/;
const EDGE_PUNCTUATION = /^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g;

interface Reading {
  level: TargetLevel;
  /** What the target is about, folded, for matching the same thing at another level; '' when unknown. */
  key: string;
  name: string;
  unitOfMeasure: string;
  percent: boolean;
  direction: Direction;
  target: Target;
}

/** One draft per distinct indicator, in the order the document names them. */
export function indicatorDraftsFromParsedTargets(targets: readonly ParsedTargetInput[]): IndicatorDraft[] {
  const groups: { reading: Reading; name: string; targets: Target[] }[] = [];
  for (const t of targets) {
    if (!Number.isFinite(t.value)) continue;
    const reading = readTarget(t);
    const same = groups.find((g) => isSameIndicatorAtAnotherLevel(g.reading, g.targets, reading));
    if (same) {
      same.targets.push(reading.target);
      if (reading.name.length > same.name.length) same.name = reading.name;
    } else {
      groups.push({ reading, name: reading.name, targets: [reading.target] });
    }
  }
  const usedCodes = new Set<string>();
  return groups.map(({ reading, name, targets: groupTargets }) => ({
    code: uniqueCode(codeOf(name), usedCodes),
    name,
    unitOfMeasure: reading.unitOfMeasure,
    valueType: reading.percent ? 'percent' : 'number',
    direction: reading.direction,
    rule: reading.percent ? 'avg' : 'sum',
    targets: groupTargets,
  }));
}

function isSameIndicatorAtAnotherLevel(first: Reading, taken: readonly Target[], next: Reading): boolean {
  return (
    next.level !== 'all' &&
    next.key !== '' &&
    next.key === first.key &&
    next.unitOfMeasure === first.unitOfMeasure &&
    next.direction === first.direction &&
    taken.every((t) => t.level !== 'all' && t.level !== next.level)
  );
}

/** The text as matched: as written when it has Vietnamese marks, else its folded copy (same positions). */
interface Haystack {
  text: string;
  plain: boolean;
}

function haystackOf(text: string): Haystack {
  const plain = !hasDiacritics(text);
  return { text: plain ? foldSameLength(text) : text, plain };
}

function pattern(p: VietnamesePattern, plain: boolean): RegExp {
  return plain ? p.plain : p.marked;
}

function readTarget(t: ParsedTargetInput): Reading {
  const text = squash(t.text.normalize('NFC'));
  const hay = haystackOf(text);
  const unit = squash(t.unit.normalize('NFC'));
  const percent = unit === '%' || foldForSearch(unit) === 'phan tram';
  const removed: [number, number][] = [];

  const figure = findFigure(text, hay, t.value, percent ? '' : unit);
  let downTo = false;
  if (figure) {
    downTo = pattern(DOWN_TO_BEFORE, hay.plain).test(hay.text.slice(0, figure.figureStart));
    removed.push([figure.start, figure.end]);
  }

  const { level, spans } = levelIn(hay);
  removed.push(...spans);
  const levelStart = spans[0]?.[0] ?? text.length;
  const levelEnd = spans[0]?.[1] ?? text.length;
  const before = cleanName(keep(text, 0, levelStart, removed));
  const after = cleanName(keep(text, levelEnd, text.length, removed));
  const key = foldForSearch(before) || foldForSearch(after);

  const direction: Direction = t.comparator === '<=' ? 'down' : t.comparator === '>=' ? 'up' : downTo ? 'down' : 'up';
  const comparator = t.comparator === '>=' ? 'gte' : t.comparator === '<=' ? 'lte' : direction === 'up' ? 'gte' : 'lte';
  const figureLeads = figure !== null && cleanName(keep(text, 0, figure.start, removed)) === '';
  return {
    level,
    key,
    name: nameOf(squash(`${before} ${after}`), { percent, unit, figureLeads, downTo, text, plain: hay.plain }),
    unitOfMeasure: percent ? '%' : unit,
    percent,
    direction,
    target: { level, comparator, value: t.value, valueMax: null },
  };
}

/** The figure with the target's value (else the first), widened over its unit and comparison words. */
function findFigure(text: string, hay: Haystack, value: number, unitWord: string): { start: number; end: number; figureStart: number } | null {
  const all = [...text.matchAll(FIGURE)];
  const m = all.find((f) => parseNumber(f[1]!) === value) ?? all[0];
  if (m === undefined) return null;
  let start = m.index;
  let end = m.index + m[0].length;
  if (unitWord && !m[2] && text.slice(end).startsWith(unitWord)) end += unitWord.length;
  const after = pattern(COMPARISON_AFTER, hay.plain).exec(hay.text.slice(end));
  if (after) end += after[0].length;
  // "không thấp hơn", "đạt trên": several words, taken one comparison at a time.
  for (let guard = 0; guard < 5; guard += 1) {
    const before = pattern(COMPARISON_BEFORE, hay.plain).exec(hay.text.slice(0, start));
    if (!before || before.index === start) break;
    start = before.index;
  }
  return { start, end, figureStart: m.index };
}

/** The one level the text names, and where; 'all' when it names none or several. */
function levelIn(hay: Haystack): { level: TargetLevel; spans: [number, number][] } {
  const matches = [...hay.text.matchAll(pattern(LEVEL_PHRASE, hay.plain))].map((m) => ({
    level: levelOfWord(m[1]!),
    span: [m.index, m.index + m[0].length] as [number, number],
  }));
  const levels = new Set(matches.map((m) => m.level));
  const only = [...levels][0];
  if (levels.size !== 1 || only === undefined) return { level: 'all', spans: [] };
  return { level: only, spans: matches.map((m) => m.span) };
}

function levelOfWord(word: string): Exclude<TargetLevel, 'all' | 'agency'> {
  const w = foldForSearch(word);
  return w === 'tinh' ? 'province' : w === 'huyen' ? 'district' : 'commune';
}

/** Text of [from, to) without the removed spans. */
function keep(text: string, from: number, to: number, removed: readonly [number, number][]): string {
  let out = '';
  for (let i = from; i < to; i += 1) {
    out += removed.some(([s, e]) => i >= s && i < e) ? ' ' : text.charAt(i);
  }
  return squash(out);
}

/** Without leading target words ("phấn đấu", "có", …), trailing connectors and punctuation. */
function cleanName(s: string): string {
  let out = squash(s).replace(EDGE_PUNCTUATION, '');
  for (let guard = 0; guard < 10; guard += 1) {
    const hay = haystackOf(out);
    const lead = pattern(LEADING_FILLER, hay.plain).exec(hay.text);
    const trail = pattern(TRAILING_FILLER, hay.plain).exec(hay.text);
    if (!lead && !trail) break;
    if (trail) out = out.slice(0, trail.index);
    if (lead) out = out.slice(lead[0].length);
    out = out.replace(EDGE_PUNCTUATION, '');
  }
  return out.replace(/\.+$/, '');
}

function nameOf(core: string, o: { percent: boolean; unit: string; figureLeads: boolean; downTo: boolean; text: string; plain: boolean }): string {
  // "giảm tỷ lệ hộ nghèo xuống còn 3%": what is reported is the rate itself, not a fall.
  const measured = o.downTo ? core.replace(pattern(FALL_VERB, o.plain), '') : core;
  // Nothing but the figure ("80%"): the figure is all there is to name it by.
  if (!measured) return truncateAtWord(`Chỉ tiêu ${o.text}`, MAX_NAME_LENGTH);
  let name = measured;
  if (o.percent && !RATE_WORDS.test(foldForSearch(name))) name = `${o.plain ? 'Ty le' : 'Tỷ lệ'} ${lowerFirst(name)}`;
  else if (!o.percent && o.unit && o.figureLeads) name = `${o.plain ? 'So' : 'Số'} ${o.unit} ${lowerFirst(name)}`;
  return truncateAtWord(upperFirst(name), MAX_NAME_LENGTH);
}

// "Hồ sơ" → "hồ sơ" after a prefix, but "UBND" stays: only a capital followed by a small letter is lowered.
function lowerFirst(s: string): string {
  const [first = '', second = ''] = [...s];
  return second && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + s.slice(first.length) : s;
}

function upperFirst(s: string): string {
  const first = [...s][0] ?? '';
  return first.toUpperCase() + s.slice(first.length);
}

function truncateAtWord(s: string, max: number): string {
  if ([...s].length <= max) return s;
  const cut = [...s].slice(0, max + 1).join('');
  const space = cut.lastIndexOf(' ');
  // A word boundary only if it keeps most of the text: one very long word is cut where it must be.
  return (space >= max / 2 ? cut.slice(0, space) : [...s].slice(0, max).join('')).replace(/[\s,;:\-–—]+$/, '');
}

/** "Tỷ lệ hồ sơ …" → "TY_LE_HO_SO_…": ASCII, upper case, cut at a word. */
function codeOf(name: string): string {
  const slug = foldForSearch(name).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return cutCode(slug, MAX_CODE_LENGTH) || 'CHI_TIEU';
}

function cutCode(code: string, max: number): string {
  if (code.length <= max) return code;
  const cut = code.slice(0, max + 1);
  const at = cut.lastIndexOf('_');
  return (at >= max / 2 ? cut.slice(0, at) : code.slice(0, max)).replace(/_+$/, '');
}

function uniqueCode(base: string, used: Set<string>): string {
  let code = base;
  for (let n = 2; used.has(code); n += 1) {
    const suffix = `_${n}`;
    code = `${cutCode(base, MAX_CODE_LENGTH - suffix.length)}${suffix}`;
  }
  used.add(code);
  return code;
}

/** "1.000" → 1000, "4,5" → 4.5, as the parser reads them. */
function parseNumber(s: string): number {
  return /^\d{1,3}(?:\.\d{3})+$/.test(s) ? Number(s.replace(/\./g, '')) : Number(s.replace(',', '.'));
}
