/**
 * Files of a giao ước thi đua: the criteria table out to Excel and back in, the scoring summary
 * (bảng tổng hợp điểm) and the minutes of the year-end meeting, each under the covenant's own
 * access and reveal rules.
 */
import type { CovenantVote, CriterionInput } from '../../../contract/covenants.js';
import type { BodySection } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import type { FileFormat } from '../../../contract/units.js';
import { maxTotal } from '../../../core/covenants/criteria-table.js';
import { unitTotals, type ScoredCriterion } from '../../../core/covenants/scoring.js';
import { todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import { CONTENT_TYPES, readRecords, readTable } from '../../render/tabular.js';
import { buildXlsx } from '../../render/xlsx.js';
import { staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit } from '../units/units.repo.js';
import { covenantAccess, requireManage, requireStatus, STATUS_LABEL, type CovenantAccess } from './covenant-access.js';
import { CRITERIA_COLUMNS, criteriaSheet, draftCovenantMinutes, parseCriteriaRecords, scoreSheets, type AdjustmentLine, type ScoredUnit } from './covenant-files.js';
import { getRanking } from './covenant-scores.service.js';
import { presentVote } from './covenant-vote.service.js';
import * as repo from './covenants.repo.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface CovenantFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface CriteriaImportSummary {
  rows: number;
  dryRun: boolean;
}

/** A download name from the group's name: path separators and Windows' reserved characters would cut or refuse it. */
function fileName(label: string, access: CovenantAccess, extension: string): string {
  const group = access.row.groupName.replace(/[\\/:*?"<>|]+/g, '-');
  return `${label} - ${group} - ${access.row.year}.${extension}`;
}

const scored = (rows: readonly repo.CriterionRow[]): ScoredCriterion[] =>
  rows.map((c) => ({ id: c.id, parentId: c.parentId, code: c.code, name: c.name, kind: c.kind as ScoredCriterion['kind'], maxPoints: c.maxPoints, position: c.position }));

/** The criteria table as XLSX, for anyone who may read the covenant. */
export async function criteriaXlsx(ctx: ServiceContext, actor: Actor | null, id: string): Promise<CovenantFile> {
  const access = await covenantAccess(ctx.db, actor, id);
  const criteria = (await repo.listCriteria(ctx.db, id)).map((c) => ({ ...c, kind: c.kind as CriterionInput['kind'] }));
  return { name: fileName('Bảng tiêu chí', access, 'xlsx'), contentType: CONTENT_TYPES.xlsx, bytes: await buildXlsx([criteriaSheet(criteria)]) };
}

/**
 * Replaces the criteria table of a draft covenant with an uploaded sheet (the columns of
 * criteriaXlsx). Any bad row or a table that does not add up answers one 400 with every row
 * error; nothing is written then, nor on a dry run.
 */
export async function importCriteria(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  file: { bytes: Buffer; format: FileFormat },
  options: { dryRun: boolean; version?: number | undefined },
): Promise<CriteriaImportSummary> {
  const access = await covenantAccess(ctx.db, actor, id);
  requireManage(access);
  requireStatus(access, ['draft'], 'nhập bảng tiêu chí');
  if (options.version !== undefined && options.version !== access.row.version) throw staleVersion();
  const rows = parseCriteriaRecords(readRecords(await readTable(file.bytes, file.format), CRITERIA_COLUMNS));
  if (options.dryRun) return { rows: rows.length, dryRun: true };

  await ctx.db.transaction(async (tx) => {
    const locked = await covenantAccess(tx, actor, id, true);
    requireManage(locked);
    requireStatus(locked, ['draft'], 'nhập bảng tiêu chí');
    // The file was read against the covenant as it stood; an edit since then would be overwritten unseen.
    if (locked.row.version !== access.row.version) throw staleVersion();
    const before = await repo.listCriteria(tx, id);
    // The sheet has no column for the report indicator behind a criterion; an export → edit →
    // import round trip keeps each link where the code and kind are unchanged.
    const linked = new Map(before.filter((c) => c.indicatorId !== null).map((c) => [`${c.kind}|${c.code}`, c.indicatorId]));
    const table = rows.map((r) => ({ ...r, indicatorId: linked.get(`${r.kind}|${r.code}`) ?? null }));
    if (!(await repo.updateCovenant(tx, id, locked.row.version, {}))) throw staleVersion();
    await repo.replaceCriteria(tx, id, table);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'covenant.import_criteria',
      entityType: 'covenant',
      entityId: id,
      before: { criteria: before.length },
      after: { criteria: table.length, format: file.format },
    });
  });
  return { rows: rows.length, dryRun: false };
}

/** Every member's sheet as stored: self and final scores by criterion, and its totals' inputs. */
async function loadScores(db: Db, access: CovenantAccess) {
  const id = access.row.id;
  const criteriaRows = await repo.listCriteria(db, id);
  const criteria = scored(criteriaRows);
  const sheets = await repo.listUnitScores(db, id);
  const items = await repo.listScoreItems(db, sheets.map((s) => s.id));
  const sheetOf = new Map(sheets.map((s) => [s.unitId, s]));
  const units = access.members.map((m) => {
    const sheet = sheetOf.get(m.unitId);
    const own = sheet ? items.filter((i) => i.unitScoreId === sheet.id) : [];
    const unit: ScoredUnit & { unitId: string; submittedAt: string | null } = {
      unitId: m.unitId,
      unitName: m.unitName,
      status: (sheet?.status as ScoredUnit['status'] | undefined) ?? 'none',
      submittedAt: sheet?.submittedAt ?? null,
      self: new Map(own.map((i) => [i.criterionId, i.selfScore])),
      final: new Map(own.map((i) => [i.criterionId, i.finalScore])),
    };
    return unit;
  });
  const names = new Map(access.members.map((m) => [m.unitId, m.unitName]));
  const codes = new Map(criteria.map((c) => [c.id, c.code]));
  const adjustments: AdjustmentLine[] = (await repo.listAdjustments(db, id)).map((a) => ({
    unitName: names.get(a.unitId) ?? a.unitId,
    criterionCode: codes.get(a.criterionId) ?? '',
    fromScore: a.fromScore,
    toScore: a.toScore,
    reason: a.reason,
    byName: a.byName,
    at: a.at,
  }));
  return { criteriaRows, criteria, units, adjustments };
}

/**
 * The scoring summary as XLSX: per criterion and unit, the ranking, the adjustments. Before
 * scoring closes only the organiser's side reads every unit, as with the ranking.
 */
export async function scoresXlsx(ctx: ServiceContext, actor: Actor | null, id: string): Promise<CovenantFile> {
  const access = await covenantAccess(ctx.db, actor, id);
  if (access.row.status === 'draft' || (access.row.status === 'scoring' && !access.seesAllEarly)) {
    throw new AppError('FORBIDDEN', 'Bảng tổng hợp điểm chỉ xem được sau khi khóa chấm điểm');
  }
  const { criteria, units, adjustments } = await loadScores(ctx.db, access);
  const ranking = await getRanking(ctx, actor, id);
  const sheets = scoreSheets({
    groupName: access.row.groupName,
    year: access.row.year,
    statusLabel: STATUS_LABEL[access.row.status] ?? access.row.status,
    criteria,
    units,
    ranking,
    adjustments,
  });
  return { name: fileName('Tổng hợp điểm', access, 'xlsx'), contentType: CONTENT_TYPES.xlsx, bytes: await buildXlsx(sheets) };
}

/**
 * The minutes of the year-end meeting (biên bản hội nghị tổng kết cụm, khối thi đua) as DOCX in
 * the Decree 30 layout, once scoring is closed and every member may read every score.
 */
export async function minutesDocx(ctx: ServiceContext, actor: Actor | null, id: string): Promise<CovenantFile> {
  const access = await covenantAccess(ctx.db, actor, id);
  if (access.row.status !== 'review' && access.row.status !== 'closed') throw new AppError('CONFLICT', 'Biên bản lập được khi đã khóa chấm điểm');
  const { criteriaRows, criteria, units, adjustments } = await loadScores(ctx.db, access);
  const ranking = await getRanking(ctx, actor, id);
  const signatures = new Map((await repo.listSignatures(ctx.db, id)).map((s) => [s.unitId, s]));
  const organiser = await findUnit(ctx.db, access.row.organiserUnitId);
  const doc = draftCovenantMinutes({
    groupName: access.row.groupName,
    groupKind: access.row.groupKind as 'cluster' | 'block',
    year: access.row.year,
    title: access.row.title,
    scoringDeadline: access.row.scoringDeadline,
    organiser: { name: access.row.organiserName, kind: organiser?.kind ?? '' },
    headUnitName: access.members.find((m) => m.unitId === access.row.headUnitId)?.unitName ?? null,
    headSignerName: (access.row.headUnitId && signatures.get(access.row.headUnitId)?.signedByName) || null,
    // The covenant is closed at the meeting that agrees the ranking; until then the date is written in by hand.
    heldOn: access.row.status === 'closed' && access.row.closedAt ? todayInVietnam(new Date(access.row.closedAt)) : null,
    criteria,
    maxTotal: maxTotal(criteriaRows.map((c) => ({ kind: c.kind as CriterionInput['kind'], maxPoints: c.maxPoints, parentId: c.parentId }))),
    members: units.map((u) => ({
      unitName: u.unitName,
      signedAt: signatures.get(u.unitId)?.signedAt ?? null,
      signedByName: signatures.get(u.unitId)?.signedByName ?? null,
      scoreStatus: u.status,
      submittedAt: u.submittedAt,
      selfTotal: u.status === 'none' ? null : unitTotals(criteria, u.self).total,
      total: u.status === 'none' ? null : unitTotals(criteria, u.final).total,
    })),
    adjustments,
    ranking,
  }, voteSection(await presentVote(ctx.db, access)));
  const bytes = await renderDocumentDocx(doc, { leftSigner: { title: 'THƯ KÝ', name: null } });
  return { name: fileName('Biên bản hội nghị tổng kết', access, 'docx'), contentType: DOCX_TYPE, bytes };
}


const BALLOT_WORDS = { secret: 'bỏ phiếu kín', open: 'biểu quyết công khai' } as const;

/** V. Suy tôn: the candidate, the ballot and its count; nothing while no vote was held. */
function voteSection(vote: CovenantVote | null): BodySection[] {
  if (!vote) return [];
  const lines = [`Hội nghị biểu quyết suy tôn ${vote.candidateName} là đơn vị dẫn đầu (${BALLOT_WORDS[vote.ballot]}, cần từ ${vote.thresholdPercent} % tổng số ${vote.votersTotal} đơn vị thành viên đồng ý).`];
  if (vote.result) {
    const r = vote.result;
    lines.push(
      `Kết quả: đồng ý ${r.agree}, không đồng ý ${r.disagree}, không biểu quyết ${r.abstain}; đạt ${String(r.percent).replace('.', ',')} %: ${r.passed ? 'ĐƯỢC SUY TÔN' : 'KHÔNG ĐẠT'}.`,
      r.passed
        ? `Thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua cho ${vote.candidateName}${vote.nominationIds.length > 1 ? `; đề nghị tặng Bằng khen cho ${vote.nominationIds.length - 1} đơn vị thành viên` : ''}.`
        : 'Không đề nghị Cờ thi đua năm nay.',
    );
  } else {
    lines.push(`Đang bỏ phiếu: ${vote.castUnitIds.length}/${vote.votersTotal} đơn vị đã bỏ phiếu.`);
  }
  return [{ heading: 'V. SUY TÔN ĐƠN VỊ DẪN ĐẦU', paragraphs: lines }];
}
