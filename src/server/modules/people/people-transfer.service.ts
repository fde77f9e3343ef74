/** Import and export of people as XLSX or CSV (nhập, xuất danh sách cá nhân từ tệp Excel/CSV). */
import { CreatePersonBodySchema, PersonImportRowSchema, type CreatePersonBody } from '../../../contract/people.js';
import type { FileFormat, ImportSummary } from '../../../contract/units.js';
import type { ServiceContext } from '../../context.js';
import { requirePermission, type Actor } from '../../http/actor.js';
import { ImportErrors, readRecords, readTable, writeFile, type ColumnSpec, type OutputFile } from '../../render/tabular.js';
import { treeOrder } from '../units/units-transfer.service.js';
import { findUnit, listSubtree } from '../units/units.repo.js';
import { listPeople } from './people.repo.js';
import { createPeople } from './people.service.js';

type PersonField = 'fullName' | 'gender' | 'birthYear' | 'unitCode' | 'position';

const COLUMNS: ColumnSpec<PersonField>[] = [
  { field: 'fullName', header: 'Họ và tên', aliases: ['họ tên', 'full name', 'name'], required: true },
  { field: 'gender', header: 'Giới tính', aliases: ['gender', 'sex'], required: false },
  { field: 'birthYear', header: 'Năm sinh', aliases: ['birth year', 'year of birth'], required: false },
  { field: 'unitCode', header: 'Mã đơn vị', aliases: ['unit code', 'unit'], required: true },
  { field: 'position', header: 'Chức vụ', aliases: ['position', 'title'], required: false },
];
const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.field, c.header]));
const GENDER_LABELS: Record<string, string> = { male: 'Nam', female: 'Nữ' };

// createPeople writes one INSERT; 2,000 rows × 8 values stays under PostgreSQL's 65,535 parameters.
const PAGE = 5_000;

function scopeOf(actor: Actor | null): string {
  return actor?.scopePath ?? '/';
}

/** Everyone in the actor's scope, grouped by unit in tree order. */
export async function exportPeople(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'person:read');
  const units = treeOrder(await listSubtree(ctx.db, scopeOf(actor)));
  const unitOrder = new Map(units.map((u, i) => [u.id, i]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const people: Awaited<ReturnType<typeof listPeople>>['items'] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listPeople(ctx.db, { underPath: scopeOf(actor), limit: PAGE, offset });
    people.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  // Stable: within a unit, people keep the Vietnamese order (given name first) of the query.
  people.sort((a, b) => (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0));
  const rows = people.map((p) => [
    p.fullName,
    p.gender ? (GENDER_LABELS[p.gender] ?? p.gender) : '',
    p.birthYear,
    unitById.get(p.unitId)?.code ?? '',
    p.unitName,
    p.position ?? '',
  ]);
  const columns = [
    { header: 'Họ và tên', width: 30 },
    { header: 'Giới tính' },
    { header: 'Năm sinh' },
    { header: 'Mã đơn vị' },
    { header: 'Tên đơn vị', width: 40 },
    { header: 'Chức vụ', width: 30 },
  ];
  return writeFile('ca-nhan', format, [{ name: 'Cá nhân', columns, rows }]);
}

/** An empty import file: the header row and one example row in the actor's own unit. */
export async function peopleImportTemplate(ctx: ServiceContext, actor: Actor | null, format: FileFormat): Promise<OutputFile> {
  if (actor) requirePermission(actor, 'person:read');
  const unit = actor ? await findUnit(ctx.db, actor.unitId) : null;
  const columns = COLUMNS.map((c) => ({ header: c.header, width: c.field === 'fullName' ? 30 : 18 }));
  const rows = [['Nguyễn Văn An', 'Nam', 1985, unit?.code ?? 'XA-VI-DU', 'Chuyên viên']];
  return writeFile('mau-nhap-ca-nhan', format, [{ name: 'Cá nhân', columns, rows }]);
}

/**
 * Imports people from an XLSX or CSV file into units of the actor's scope (found by code).
 * Every row is checked first; one bad row writes nothing, and the import is one transaction.
 */
export async function importPeople(
  ctx: ServiceContext,
  actor: Actor | null,
  file: { bytes: Buffer; format: FileFormat },
  options: { dryRun: boolean },
): Promise<ImportSummary> {
  if (actor) requirePermission(actor, 'person:write');
  const records = readRecords(await readTable(file.bytes, file.format), COLUMNS);
  const errors = new ImportErrors(HEADERS);
  const units = new Map((await listSubtree(ctx.db, scopeOf(actor))).map((u) => [u.code, u]));

  const bodies: CreatePersonBody[] = [];
  for (const { row, values } of records) {
    const parsed = PersonImportRowSchema.safeParse(values);
    if (!parsed.success) errors.addZodIssues(row, parsed.error);
    // The unit is looked up even when another cell is wrong, so one pass shows every error.
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'unitCode')) continue;
    const code = parsed.success ? parsed.data.unitCode : values.unitCode.normalize('NFC').trim().toUpperCase();
    const unit = units.get(code);
    if (!unit) {
      errors.add(row, 'unitCode', actor ? `Không có đơn vị mã "${code}" trong phạm vi của bạn` : `Không có đơn vị mã "${code}"`);
      continue;
    }
    if (unit.status !== 'active') {
      errors.add(row, 'unitCode', `Đơn vị "${unit.name}" đã giải thể, sáp nhập`);
      continue;
    }
    if (!parsed.success) continue;
    const { unitCode: _unitCode, ...person } = parsed.data;
    const body = CreatePersonBodySchema.safeParse({ ...person, unitId: unit.id, illustrative: false });
    if (!body.success) {
      for (const issue of body.error.issues) {
        const field = String(issue.path[0] ?? '');
        errors.add(row, field === 'unitId' ? 'unitCode' : field || null, issue.message);
      }
      continue;
    }
    bodies.push(body.data);
  }
  errors.throwIfAny();

  if (!options.dryRun) {
    await ctx.db.transaction(async (tx) => {
      await createPeople({ ...ctx, db: tx }, actor, bodies);
    });
  }
  return { created: bodies.length, updated: 0, unchanged: 0, dryRun: options.dryRun };
}
