/**
 * Import and export of the award history (xếp loại hằng năm, khen thưởng) of people and units
 * as XLSX or CSV: one sheet, one record a row, the subject named by person id or unit code.
 */
import {
  CreateAwardRecordBodySchema,
  CreateRatingBodySchema,
  RatingSchema,
  type AwardCode,
  type CreateAwardRecordBody,
  type CreateRatingBody,
  type Rating,
} from '../../../contract/awards.js';
import { IdSchema } from '../../../contract/common.js';
import type { FileFormat, ImportSummary } from '../../../contract/units.js';
import { AWARD_CATALOGUE, findAward, localAwards } from '../../../core/awards/catalogue.js';
import { awardAppliesTo } from '../awards/local-awards.service.js';
import { formatDateVi, isValidIsoDate, parseDateVi, todayInVietnam } from '../../../core/dates.js';
import { compareVietnamese, foldForSearch } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { ImportErrors, readRecords, readTable, writeFile, type ColumnSpec, type OutputFile } from '../../render/tabular.js';
import { treeOrder } from '../units/units-transfer.service.js';
import { findUnit, listSubtree } from '../units/units.repo.js';
import { createAwardRecord, createRating } from './award-history.service.js';
import { awardsUnder, peopleByIds, ratingsUnder, storedRecords, type SubjectColumn } from './award-history-transfer.repo.js';

type Field = 'kind' | 'personId' | 'unitCode' | 'fullName' | 'year' | 'rating' | 'awardCode' | 'decisionNumber' | 'decisionDate' | 'issuer' | 'note';

const COLUMNS: ColumnSpec<Field>[] = [
  { field: 'kind', header: 'Loại', aliases: ['kind', 'type', 'loại bản ghi'], required: true },
  { field: 'personId', header: 'Mã cá nhân', aliases: ['person id', 'person'], required: false },
  { field: 'unitCode', header: 'Mã đơn vị', aliases: ['unit code', 'unit'], required: false },
  { field: 'fullName', header: 'Họ tên', aliases: ['họ và tên', 'full name', 'name', 'tên'], required: false },
  { field: 'year', header: 'Năm', aliases: ['year', 'năm thành tích'], required: true },
  { field: 'rating', header: 'Xếp loại', aliases: ['rating'], required: false },
  { field: 'awardCode', header: 'Mã khen thưởng', aliases: ['award code', 'award'], required: false },
  { field: 'decisionNumber', header: 'Số quyết định', aliases: ['decision number', 'số qđ'], required: false },
  { field: 'decisionDate', header: 'Ngày quyết định', aliases: ['decision date', 'ngày qđ'], required: false },
  { field: 'issuer', header: 'Cơ quan quyết định', aliases: ['issuer', 'cơ quan ban hành'], required: false },
  { field: 'note', header: 'Ghi chú', aliases: ['note'], required: false },
];
const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.field, c.header]));
const SHEET = 'Lịch sử khen thưởng';

type Kind = 'rating' | 'award';
const KIND_LABELS: Record<Kind, string> = { rating: 'Xếp loại', award: 'Khen thưởng' };
const KIND_WORDS: Record<string, Kind> = { 'xep loai': 'rating', rating: 'rating', 'khen thuong': 'award', award: 'award' };

const RATING_LABELS: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
const RATING_WORDS = new Map<string, Rating>(
  RatingSchema.options.flatMap((r) => [[foldForSearch(r), r] as const, [foldForSearch(RATING_LABELS[r]), r] as const]),
);
// The code is what the file should carry; the catalogue name is accepted for hand-typed files.
// Read per import: the levels' own entries change without a restart.
const awardWords = () =>
  new Map<string, AwardCode>([...AWARD_CATALOGUE, ...localAwards()].flatMap((a) => [[foldForSearch(a.code), a.code] as const, [foldForSearch(a.name), a.code] as const]));

// Fields only an award row carries; on a rating row they would be silently lost.
const AWARD_ONLY: Field[] = ['awardCode', 'decisionNumber', 'decisionDate', 'issuer'];

// Keeps each IN (…) list far below PostgreSQL's 65,535 parameters.

const scopeOf = (actor: Actor | null) => actor?.scopePath ?? '/';

// ——— Export ———

/** The ratings and awards of every person and unit in the actor's scope, grouped by unit in tree order. */
export async function exportAwardHistory(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'award:read');
  const scope = scopeOf(actor);
  const unitOrder = new Map(treeOrder(await listSubtree(ctx.db, scope)).map((u, i) => [u.id, i]));
  const [ratings, awards] = [await ratingsUnder(ctx.db, scope), await awardsUnder(ctx.db, scope)];
  type Line = { unit: number; person: string | null; year: number; kind: Kind; code: string; cells: (string | number)[] };
  type SubjectRow = Pick<(typeof ratings)[number], SubjectColumn>;
  const subjectCells = (r: SubjectRow) => [r.personId ?? '', r.personId ? '' : (r.unitCode ?? ''), r.personName ?? r.unitName ?? ''];
  const orderOf = (r: SubjectRow) => ({ unit: unitOrder.get((r.personId ? r.personUnitId : r.unitId) ?? '') ?? 0, person: r.personId ? r.personName : null });
  const lines: Line[] = [
    ...ratings.map((r) => ({ ...orderOf(r), year: r.year, kind: 'rating' as const, code: r.rating, cells: [KIND_LABELS.rating, ...subjectCells(r), r.year, r.rating, '', '', '', '', r.note ?? ''] })),
    ...awards.map((a) => ({
      ...orderOf(a),
      year: a.year,
      kind: 'award' as const,
      code: a.awardCode,
      cells: [KIND_LABELS.award, ...subjectCells(a), a.year, '', a.awardCode, a.decisionNumber ?? '', formatDateVi(a.decisionDate), a.issuer ?? '', a.note ?? ''],
    })),
  ];
  // The unit's own records first, then its people by name; each subject's years in order.
  lines.sort(
    (a, b) =>
      a.unit - b.unit ||
      Number(a.person !== null) - Number(b.person !== null) ||
      compareVietnamese(a.person ?? '', b.person ?? '') ||
      String(a.cells[1]).localeCompare(String(b.cells[1])) ||
      a.year - b.year ||
      Number(a.kind === 'award') - Number(b.kind === 'award') ||
      a.code.localeCompare(b.code),
  );
  const columns = COLUMNS.map((c) => ({ header: c.header, width: c.field === 'personId' ? 38 : c.field === 'fullName' || c.field === 'issuer' || c.field === 'note' ? 30 : 16 }));
  return writeFile('lich-su-khen-thuong', format, [{ name: SHEET, columns, rows: lines.map((l) => l.cells) }]);
}

/** An empty import file: the header row and two example rows for the actor's own unit. */
export async function awardHistoryImportTemplate(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'award:read');
  const unit = actor ? await findUnit(ctx.db, actor.unitId) : null;
  const year = Number(todayInVietnam(ctx.now()).slice(0, 4)) - 1;
  const code = unit?.code ?? 'XA-VI-DU';
  const name = unit?.name ?? 'Xã Ví Dụ';
  const columns = COLUMNS.map((c) => ({ header: c.header, width: c.field === 'personId' ? 38 : 18 }));
  const rows = [
    ['xếp loại', '', code, name, year, 'HTXSNV', '', '', '', '', ''],
    ['khen thưởng', '', code, name, year, '', 'TTLDTT', `15/QĐ-UBND`, `15/01/${year + 1}`, 'UBND huyện', ''],
  ];
  return writeFile('mau-nhap-lich-su-khen-thuong', format, [{ name: SHEET, columns, rows }]);
}

// ——— Import ———

type Planned =
  | { kind: 'rating'; row: number; body: CreateRatingBody }
  | { kind: 'award'; row: number; body: CreateAwardRecordBody };

const subjectKey = (b: { personId: string | null; unitId: string | null }) => (b.personId ? `p:${b.personId}` : `u:${b.unitId}`);
const recordKey = (p: Planned) => (p.kind === 'rating' ? `r|${subjectKey(p.body)}|${p.body.year}` : `a|${subjectKey(p.body)}|${p.body.awardCode}|${p.body.year}`);

function parseDate(s: string): string | null {
  return parseDateVi(s) ?? (isValidIsoDate(s) ? s : null);
}

/**
 * Imports ratings and award records for people and units of the actor's scope. Every row is
 * checked first (cells, scope, duplicates in the file and in the database); one bad row writes
 * nothing, and the import is one transaction.
 */
export async function importAwardHistory(
  ctx: ServiceContext,
  actor: Actor | null,
  file: { bytes: Buffer; format: FileFormat },
  options: { dryRun: boolean },
): Promise<ImportSummary> {
  if (actor) requirePermission(actor, 'award:write');
  const records = readRecords(await readTable(file.bytes, file.format), COLUMNS);
  const errors = new ImportErrors(HEADERS);
  const scope = scopeOf(actor);
  const currentYear = Number(todayInVietnam(ctx.now()).slice(0, 4));
  const where = actor ? ' trong phạm vi của bạn' : '';

  const units = new Map((await listSubtree(ctx.db, scope)).map((u) => [u.code, u]));
  const askedIds = [...new Set(records.map((r) => r.values.personId.trim().toLowerCase()).filter((id) => IdSchema.safeParse(id).success))];
  // A person outside the scope reads exactly like one that does not exist.
  const persons = new Map((await peopleByIds(ctx.db, askedIds)).filter((p) => !actor || canSee(actor, p.path)).map((p) => [p.id, p]));
  const names = new Map<string, string>();
  const AWARD_WORDS = awardWords();

  const planned: Planned[] = [];
  for (const { row, values } of records) {
    const v = Object.fromEntries(Object.entries(values).map(([k, s]) => [k, s.normalize('NFC').trim()])) as Record<Field, string>;
    const before = errors.count;
    const bad = (field: Field, message: string) => errors.add(row, field, message);

    const kind = KIND_WORDS[foldForSearch(v.kind)];
    if (!kind) bad('kind', v.kind ? `"${v.kind}" không hợp lệ: ghi "xếp loại" hoặc "khen thưởng"` : 'Không được để trống: ghi "xếp loại" hoặc "khen thưởng"');

    let subject: { personId: string | null; unitId: string | null } | null = null;
    let subjectPath: string | null = null;
    if (v.personId && v.unitCode) bad('unitCode', 'Chỉ ghi một trong hai cột: Mã cá nhân hoặc Mã đơn vị');
    else if (!v.personId && !v.unitCode) bad('personId', 'Ghi mã cá nhân (khen cho cá nhân) hoặc mã đơn vị ở cột Mã đơn vị (khen cho tập thể)');
    else if (v.personId) {
      const person = persons.get(v.personId.toLowerCase());
      if (!person) bad('personId', `Không có cá nhân mã "${v.personId}"${where}`);
      else {
        subject = { personId: person.id, unitId: null };
        subjectPath = person.path;
        names.set(subjectKey(subject), person.name);
      }
    } else {
      const unit = units.get(v.unitCode.toUpperCase());
      if (!unit) bad('unitCode', `Không có đơn vị mã "${v.unitCode}"${where}`);
      else {
        subject = { personId: null, unitId: unit.id };
        subjectPath = unit.path;
        names.set(subjectKey(subject), unit.name);
      }
    }

    const year = /^\d{4}$/.test(v.year) ? Number(v.year) : NaN;
    if (!v.year) bad('year', 'Không được để trống');
    else if (Number.isNaN(year) || year < 1945) bad('year', `"${v.year}" không hợp lệ: ghi năm gồm 4 chữ số, ví dụ ${currentYear - 1}`);
    else if (year > currentYear) bad('year', `Năm ${year} chưa đến (năm hiện tại là ${currentYear})`);

    let rating: Rating | undefined;
    let awardCode: AwardCode | undefined;
    let decisionDate: string | null = null;
    if (kind === 'rating') {
      rating = RATING_WORDS.get(foldForSearch(v.rating));
      if (!v.rating) bad('rating', 'Không được để trống ở dòng xếp loại');
      else if (!rating) bad('rating', `"${v.rating}" không hợp lệ: ghi HTXSNV, HTTNV, HTNV hoặc KHTNV`);
      for (const f of AWARD_ONLY) if (v[f]) bad(f, 'Chỉ ghi ở dòng khen thưởng');
    } else if (kind === 'award') {
      awardCode = AWARD_WORDS.get(foldForSearch(v.awardCode));
      if (!v.awardCode) bad('awardCode', 'Không được để trống ở dòng khen thưởng');
      else if (!awardCode) bad('awardCode', `"${v.awardCode}" không hợp lệ: ghi một mã khen thưởng, ví dụ LDTT, CSTDCS, TTLDTT, GIAY_KHEN`);
      else if (subjectPath && !awardAppliesTo(awardCode, subjectPath)) bad('awardCode', `“${findAward(awardCode).name}” là danh hiệu của địa phương khác, không áp dụng cho đối tượng này`);
      if (v.rating) bad('rating', 'Chỉ ghi ở dòng xếp loại');
      if (v.decisionDate) {
        decisionDate = parseDate(v.decisionDate);
        if (!decisionDate) bad('decisionDate', `"${v.decisionDate}" không hợp lệ: ghi ngày dạng dd/mm/yyyy, ví dụ 15/01/${currentYear}`);
      }
    }
    if (errors.count > before || !subject || !kind) continue;

    const parsed =
      kind === 'rating'
        ? CreateRatingBodySchema.safeParse({ ...subject, year, rating, note: v.note || null })
        : CreateAwardRecordBodySchema.safeParse({ ...subject, year, awardCode, decisionNumber: v.decisionNumber || null, decisionDate, issuer: v.issuer || null, note: v.note || null });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        bad((field === 'unitId' ? 'unitCode' : field) as Field, issue.message);
      }
      continue;
    }
    planned.push(kind === 'rating' ? { kind, row, body: parsed.data as CreateRatingBody } : { kind, row, body: parsed.data as CreateAwardRecordBody });
  }

  // Duplicates: first against earlier rows of the file, then against what is stored.
  const firstRow = new Map<string, number>();
  for (const p of planned) {
    const key = recordKey(p);
    const earlier = firstRow.get(key);
    if (earlier === undefined) firstRow.set(key, p.row);
    else if (p.kind === 'rating') errors.add(p.row, 'year', `Trùng với dòng ${earlier}: cùng đối tượng đã có xếp loại năm ${p.body.year}`);
    else errors.add(p.row, 'awardCode', `Trùng với dòng ${earlier}: cùng đối tượng, cùng khen thưởng, cùng năm ${p.body.year}`);
  }
  const subjects = planned.map((p) => p.body);
  const stored = await storedRecords(
    ctx.db,
    [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))],
    [...new Set(subjects.flatMap((s) => (s.unitId ? [s.unitId] : [])))],
  );
  const storedRating = new Map(stored.ratings.map((r) => [`r|${subjectKey(r)}|${r.year}`, r]));
  const storedAward = new Map(stored.awards.map((a) => [`a|${subjectKey(a)}|${a.awardCode}|${a.year}`, a]));
  for (const p of planned) {
    const name = names.get(subjectKey(p.body)) ?? '';
    if (p.kind === 'rating') {
      const existing = storedRating.get(recordKey(p));
      if (existing) errors.add(p.row, 'year', `${name} đã có xếp loại năm ${p.body.year} (${existing.rating}) trong dữ liệu`);
    } else {
      const existing = storedAward.get(recordKey(p));
      const decision = existing?.decisionNumber ? `, quyết định ${existing.decisionNumber}` : '';
      if (existing) errors.add(p.row, 'awardCode', `${name} đã có "${findAward(p.body.awardCode).name}" năm ${p.body.year}${decision} trong dữ liệu`);
    }
  }
  errors.throwIfAny();

  if (!options.dryRun) {
    await ctx.db.transaction(async (tx) => {
      const tctx = { ...ctx, db: tx };
      // The single-record services repeat the checks and write the audit entries.
      for (const p of planned) {
        if (p.kind === 'rating') await createRating(tctx, actor, p.body);
        else await createAwardRecord(tctx, actor, p.body);
      }
    });
  }
  return { created: planned.length, updated: 0, unchanged: 0, dryRun: options.dryRun };
}
