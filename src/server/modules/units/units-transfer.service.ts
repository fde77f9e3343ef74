/** Import and export of units as XLSX or CSV (nhập, xuất danh sách đơn vị từ tệp Excel/CSV). */
import { AppError } from '../../../contract/errors.js';
import {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  UnitImportRowSchema,
  type FileFormat,
  type ImportSummary,
  type UnitImportRow,
  type UnitKind,
  type UpdateUnitBody,
} from '../../../contract/units.js';
import { formatDateVi } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { requirePermission, type Actor } from '../../http/actor.js';
import {
  ImportErrors,
  headerKey,
  readRecords,
  readTable,
  writeFile,
  type ColumnSpec,
  type DataRow,
  type OutputFile,
  type SheetModel,
} from '../../render/tabular.js';
import * as repo from './units.repo.js';
import { createUnit, updateUnit } from './units.service.js';

type UnitField = 'code' | 'name' | 'kind' | 'parentCode';
type ScopeUnit = Awaited<ReturnType<typeof repo.listSubtree>>[number];

const COLUMNS: ColumnSpec<UnitField>[] = [
  { field: 'code', header: 'Mã đơn vị', aliases: ['code', 'unit code', 'mã'], required: true },
  { field: 'name', header: 'Tên đơn vị', aliases: ['name', 'unit name', 'tên'], required: true },
  { field: 'kind', header: 'Loại', aliases: ['kind', 'loại đơn vị'], required: true },
  { field: 'parentCode', header: 'Mã đơn vị cấp trên', aliases: ['parent code', 'parent', 'mã cấp trên'], required: true },
];
const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.field, c.header]));

const EXPORT_COLUMNS = [
  { header: 'Mã đơn vị' },
  { header: 'Tên đơn vị', width: 45 },
  { header: 'Loại' },
  { header: 'Tên loại', width: 22 },
  { header: 'Mã đơn vị cấp trên' },
  { header: 'Trạng thái', width: 24 },
  { header: 'Ngày giải thể' },
];
const STATUS_LABELS: Record<string, string> = { active: 'Đang hoạt động', closed: 'Đã giải thể, sáp nhập' };

/** The subtree an actor works in; the operator (CLI, no actor) works on the whole database. */
function scopeOf(actor: Actor | null): string {
  return actor?.scopePath ?? '/';
}

/** Units ordered as a tree (each followed by its subtree, siblings in Vietnamese order). */
export function treeOrder<T extends { id: string; parentId: string | null }>(units: T[]): T[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const u of units) {
    if (u.parentId && ids.has(u.parentId)) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
    else roots.push(u);
  }
  const out: T[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const u = stack.pop()!;
    out.push(u);
    stack.push(...[...(children.get(u.id) ?? [])].reverse());
  }
  return out;
}

// A second sheet so a user typing a new row sees which kind codes exist.
function kindSheet(): SheetModel {
  return {
    name: 'Loại đơn vị',
    columns: [{ header: 'Loại' }, { header: 'Tên loại', width: 26 }],
    rows: UNIT_KINDS.map((k) => [k, UNIT_KIND_LABELS[k]]),
  };
}

/** Every unit of the actor's scope, open and closed, parents before their units. */
export async function exportUnits(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'unit:read');
  const units = treeOrder(await repo.listSubtree(ctx.db, scopeOf(actor)));
  const rows = units.map((u) => [
    u.code,
    u.name,
    u.kind,
    UNIT_KIND_LABELS[u.kind as UnitKind] ?? '',
    u.parentCode,
    STATUS_LABELS[u.status] ?? u.status,
    formatDateVi(u.closedOn),
  ]);
  return writeFile('don-vi', format, [{ name: 'Đơn vị', columns: EXPORT_COLUMNS, rows }, kindSheet()]);
}

/** An empty import file: the header row and one example row under the actor's own scope unit. */
export async function unitImportTemplate(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'unit:read');
  const scopeUnit = actor ? await repo.findUnit(ctx.db, actor.scopeUnitId) : null;
  const sheet: SheetModel = {
    name: 'Đơn vị',
    columns: COLUMNS.map((c) => ({ header: c.header, width: c.field === 'name' ? 45 : 22 })),
    rows: [['XA-VI-DU', 'Xã Ví Dụ', 'commune', scopeUnit?.code ?? 'TINH-VI-DU']],
  };
  return writeFile('mau-nhap-don-vi', format, [sheet, kindSheet()]);
}

// Users type the Vietnamese kind as often as the code: "Xã", "xa", "Thị trấn", "Sở". Folding
// diacritics makes "Ban" (department) and "Bản" (village) collide, so an exact match is tried
// first and a folded key that two kinds share is dropped.
const KIND_EXACT = new Map<string, UnitKind>();
const KIND_FOLDED = new Map<string, UnitKind | null>();
for (const kind of UNIT_KINDS) {
  const label = UNIT_KIND_LABELS[kind];
  for (const text of [kind, label, ...label.split(',')]) {
    KIND_EXACT.set(text.normalize('NFC').trim().toLowerCase(), kind);
    const folded = headerKey(text);
    KIND_FOLDED.set(folded, KIND_FOLDED.has(folded) && KIND_FOLDED.get(folded) !== kind ? null : kind);
  }
}
function kindFromText(text: string): UnitKind | null {
  return KIND_EXACT.get(text.normalize('NFC').trim().toLowerCase()) ?? KIND_FOLDED.get(headerKey(text)) ?? null;
}

interface FileRow extends UnitImportRow {
  row: number;
}

type Action = 'create' | 'update' | 'unchanged';
interface PlannedRow {
  data: FileRow;
  action: Action;
  existing: ScopeUnit | null;
  moving: boolean;
  /** Depth in the tree as it will be after the import: parents are written first. */
  depth: number;
}

/** Text → typed rows; collects cell errors and codes repeated inside the file. */
function parseRows(records: DataRow<UnitField>[], errors: ImportErrors): FileRow[] {
  const firstRowOf = new Map<string, number>();
  const rows: FileRow[] = [];
  for (const { row, values } of records) {
    const kind = kindFromText(values.kind);
    if (!kind) {
      errors.add(
        row,
        'kind',
        values.kind
          ? `"${values.kind}" không phải loại đơn vị: ghi một mã (${UNIT_KINDS.join(', ')}) hoặc tên loại (Xã, Phường, Thị trấn…)`
          : 'Không được để trống',
      );
    }
    // A placeholder kind keeps zod from repeating the error above.
    const parsed = UnitImportRowSchema.safeParse({ ...values, kind: kind ?? 'other' });
    if (!parsed.success) {
      errors.addZodIssues(row, parsed.error);
      continue;
    }
    const first = firstRowOf.get(parsed.data.code);
    if (first !== undefined) {
      errors.add(row, 'code', `Mã "${parsed.data.code}" trùng với dòng ${first}`);
      continue;
    }
    firstRowOf.set(parsed.data.code, row);
    rows.push({ ...parsed.data, row });
  }
  return rows;
}

async function findOutsideCodes(db: Db, codes: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  // Chunked: one IN list per 5,000 codes keeps well under the 65,535 bind parameters of PostgreSQL.
  for (let i = 0; i < codes.length; i += 5000) {
    for (const u of await repo.findUnitsByCodes(db, codes.slice(i, i + 5000))) found.add(u.code);
  }
  return found;
}

/**
 * Checks the rows against the database and decides, per row, create / update / unchanged.
 * Read inside the import's transaction, so what is checked is what gets written.
 */
async function planImport(db: Db, actor: Actor | null, rows: FileRow[], errors: ImportErrors) {
  const scopePath = scopeOf(actor);
  const inScope = await repo.listSubtree(db, scopePath);
  const byCode = new Map(inScope.map((u) => [u.code, u]));
  const fileByCode = new Map(rows.map((r) => [r.code, r]));
  const outside = actor ? await findOutsideCodes(db, rows.filter((r) => !byCode.has(r.code)).map((r) => r.code)) : new Set<string>();

  const checkParent = (r: FileRow) => {
    const code = r.parentCode!;
    if (code === r.code) return errors.add(r.row, 'parentCode', 'Đơn vị không thể là cấp trên của chính nó');
    const existing = byCode.get(code);
    if (!existing && !fileByCode.has(code)) {
      return errors.add(r.row, 'parentCode', `Không có đơn vị mã "${code}" trong tệp, hoặc đơn vị này không tồn tại hay nằm ngoài phạm vi của bạn`);
    }
    if (existing?.status === 'closed') errors.add(r.row, 'parentCode', `Đơn vị cấp trên "${existing.name}" đã giải thể, sáp nhập`);
  };

  const planned: PlannedRow[] = [];
  for (const r of rows) {
    const existing = byCode.get(r.code) ?? null;
    if (!existing && outside.has(r.code)) {
      errors.add(r.row, 'code', `Mã "${r.code}" đã được dùng cho một đơn vị ngoài phạm vi của bạn`);
      continue;
    }
    let action: Action = 'create';
    let moving = false;
    if (existing) {
      moving = r.parentCode !== existing.parentCode;
      if (moving) {
        if (r.parentCode === null) errors.add(r.row, 'parentCode', 'Không được để trống: đơn vị này đang có đơn vị cấp trên');
        else if (existing.path === scopePath) {
          errors.add(r.row, 'parentCode', `Không thể chuyển "${existing.name}": đây là đơn vị gốc trong phạm vi của bạn`);
        } else if (existing.status === 'closed') {
          errors.add(r.row, 'parentCode', `Đơn vị "${existing.name}" đã giải thể, sáp nhập: không chuyển cấp trên được`);
        } else checkParent(r);
      }
      action = moving || r.name !== existing.name || r.kind !== existing.kind ? 'update' : 'unchanged';
    } else if (r.parentCode === null) {
      if (actor) errors.add(r.row, 'parentCode', 'Không được để trống: chỉ người vận hành hệ thống (lệnh thidua) mới tạo được đơn vị gốc');
    } else {
      checkParent(r);
    }
    planned.push({ data: r, action, existing, moving, depth: 0 });
  }

  // The tree after the import: file rows take their new parent, other units keep theirs.
  const parentOf = (code: string): string | null => {
    const p = fileByCode.has(code) ? fileByCode.get(code)!.parentCode : (byCode.get(code)?.parentCode ?? null);
    return p !== null && (fileByCode.has(p) || byCode.has(p)) ? p : null;
  };
  const { depth, cycles } = finalDepths(rows.map((r) => r.code), parentOf);
  for (const cycle of cycles) {
    if (cycle.length === 1) continue; // a unit naming itself as parent is already reported
    const shown = [...cycle, cycle[0]].join(' → ');
    for (const code of cycle) {
      const r = fileByCode.get(code);
      if (r) errors.add(r.row, 'parentCode', `Vòng lặp cấp trên: ${shown}`);
    }
  }
  for (const p of planned) p.depth = depth.get(p.data.code) ?? 0;
  planned.sort((a, b) => a.depth - b.depth);
  return { planned, inScope };
}

/**
 * Depth of each unit in the tree given by parentOf, walking up with memoisation; a unit in or
 * under a loop gets -1 and each loop is returned once, in the order of the walk.
 */
export function finalDepths(codes: string[], parentOf: (code: string) => string | null) {
  const depth = new Map<string, number>();
  const cycles: string[][] = [];
  for (const start of codes) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let top = 0; // depth of the last unit on the path
    for (let c: string | null = start; c !== null; ) {
      if (depth.has(c)) {
        top = depth.get(c)! === -1 ? -1 : depth.get(c)! + 1;
        break;
      }
      if (onPath.has(c)) {
        cycles.push(path.slice(onPath.get(c)!));
        top = -1;
        break;
      }
      onPath.set(c, path.length);
      path.push(c);
      c = parentOf(c);
      if (c === null) top = 0;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      depth.set(path[i]!, top);
      if (top !== -1) top++;
    }
  }
  return { depth, cycles };
}

/**
 * Imports units from an XLSX or CSV file: new codes are created, known codes in the actor's scope
 * are renamed, re-kinded or moved. Every row is checked first; one bad row writes nothing, and a
 * real import is one transaction (the unit service's own transactions become savepoints).
 */
export async function importUnits(
  ctx: ServiceContext,
  actor: Actor | null,
  file: { bytes: Buffer; format: FileFormat },
  options: { dryRun: boolean },
): Promise<ImportSummary> {
  if (actor) requirePermission(actor, 'unit:write');
  const records = readRecords(await readTable(file.bytes, file.format), COLUMNS);
  const errors = new ImportErrors(HEADERS);
  const rows = parseRows(records, errors);

  const summarise = (planned: PlannedRow[]): ImportSummary => ({
    created: planned.filter((p) => p.action === 'create').length,
    updated: planned.filter((p) => p.action === 'update').length,
    unchanged: planned.filter((p) => p.action === 'unchanged').length,
    dryRun: options.dryRun,
  });
  if (options.dryRun) {
    const { planned } = await planImport(ctx.db, actor, rows, errors);
    errors.throwIfAny();
    return summarise(planned);
  }
  return ctx.db.transaction(async (tx) => {
    const { planned, inScope } = await planImport(tx, actor, rows, errors);
    errors.throwIfAny();
    const txCtx = { ...ctx, db: tx };
    const idByCode = new Map(inScope.map((u) => [u.code, u.id]));
    for (const p of planned) {
      if (p.action === 'unchanged') continue;
      const r = p.data;
      const parentId = r.parentCode ? idByCode.get(r.parentCode)! : null;
      try {
        if (p.action === 'create') {
          const unit = await createUnit(txCtx, actor, { code: r.code, name: r.name, kind: r.kind, parentId, illustrative: false });
          idByCode.set(unit.code, unit.id);
        } else {
          const existing = p.existing!;
          const body: UpdateUnitBody = {
            version: existing.version,
            ...(r.name !== existing.name ? { name: r.name } : {}),
            ...(r.kind !== existing.kind ? { kind: r.kind } : {}),
            ...(p.moving ? { parentId } : {}),
          };
          await updateUnit(txCtx, actor, existing.id, body);
        }
      } catch (err) {
        // The checks above should have caught it; if the unit service still refuses, say which row.
        if (err instanceof AppError && err.code !== 'CONFLICT') {
          const field = Object.keys(err.fields ?? {})[0];
          const rowErrors = new ImportErrors(HEADERS);
          rowErrors.add(r.row, field === 'parentId' ? 'parentCode' : (field ?? null), err.message);
          rowErrors.throwIfAny();
        }
        throw err;
      }
    }
    return summarise(planned);
  });
}
