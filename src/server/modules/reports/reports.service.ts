/**
 * Báo cáo của đơn vị: the unit fills in the figures and narrative of an assignment's template and
 * sends them; the issuing side returns, accepts or reopens. One report per assignment × unit ×
 * period; a retried create or submit never makes a second one.
 */
import { AppError } from '../../../contract/errors.js';
import {
  ReportTemplateSchema,
  type CreateReportBody,
  type Report,
  type ReportStatus,
  type ReportTemplate,
  type SaveReportBody,
} from '../../../contract/reporting.js';
import { hasPermission, ROLES } from '../../../contract/roles.js';
import { isAfterLock } from '../../../core/reporting/deadlines.js';
import type { ServiceContext } from '../../context.js';
import type { Db, Tx } from '../../db/open.js';
import type { reports } from '../../db/schema.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { findAssignment, type AssignmentRow } from '../assignments/assignments.repo.js';
import { canManageAssignment, loadAssignment } from '../assignments/assignments.service.js';
import { appendAudit } from '../audit/audit.service.js';
import { notifyUnit } from '../notifications/notify.js';
import { findUnit, type UnitRow } from '../units/units.repo.js';
import { deadlinePassed, isUnitSide, loadReport, reportCan, requireEditable, requireManager, type ReportAccess } from './reports-access.js';
import { rowsFromValues, saveProblems, submitFields, submitIssues, valuesFromRows, type ReportContent } from './reports-checks.js';
import { presentReport, presentSummary, type ReportSummary } from './reports-present.js';
import * as repo from './reports.repo.js';

export function templateOf(assignment: AssignmentRow): ReportTemplate {
  return ReportTemplateSchema.parse(assignment.template ?? {});
}

/** The template's indicators in template order (one deleted since is left out). */
async function templateIndicators(db: Db, template: ReportTemplate): Promise<repo.IndicatorRow[]> {
  const rows = await repo.listIndicatorsByIds(db, template.indicatorIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return template.indicatorIds.flatMap((id) => byId.get(id) ?? []);
}

function contentFrom(row: repo.ReportRow, template: ReportTemplate, indicators: repo.IndicatorRow[], values: ReportContent['values'], files: repo.FileRow[]): ReportContent {
  return {
    template,
    indicators,
    values,
    narrative: (row.narrative ?? {}) as Record<string, string>,
    warningComments: (row.warningComments ?? {}) as Record<string, string>,
    files,
  };
}

async function contentOf(db: Db, a: ReportAccess): Promise<ReportContent> {
  const template = templateOf(a.assignment);
  const indicators = await templateIndicators(db, template);
  const values = valuesFromRows(indicators, await repo.listValues(db, a.row.id));
  return contentFrom(a.row, template, indicators, values, await repo.listFiles(db, a.row.id));
}

/** The report as the API answers it; a write passes what its transaction already holds. */
async function answer(db: Db, a: ReportAccess, content: ReportContent, now: Date, events?: repo.EventRow[]): Promise<Report> {
  return presentReport({
    row: a.row,
    assignment: a.assignment,
    template: content.template,
    indicators: content.indicators,
    values: content.values,
    issues: submitIssues(content),
    files: content.files,
    events: events ?? (await repo.listEvents(db, a.row.id)),
    can: reportCan(a, now),
  });
}

/** The access after a write: the row as written, with its unit. */
const written = (a: ReportAccess, row: typeof reports.$inferSelect): ReportAccess => ({ ...a, row: { ...row, unitName: a.row.unitName, unitPath: a.row.unitPath } });

/** One report with its form, figures, what still blocks sending, files and timeline. */
export async function getReport(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Report> {
  const a = await loadReport(ctx.db, actor, id);
  return answer(ctx.db, a, await contentOf(ctx.db, a), ctx.now());
}

/** Reports of the actor's units, plus every report of the assignments the actor manages. */
export async function listReports(
  ctx: ServiceContext,
  actor: Actor,
  query: { assignmentId?: string; unitId?: string; status?: ReportStatus },
): Promise<ReportSummary[]> {
  requirePermission(actor, 'report:read');
  // canManageAssignment: report:review and the issuing document held in the scope.
  const rows = await repo.listReports(ctx.db, { scopePath: actor.scopePath, includeManaged: hasPermission(actor.roles, 'report:review'), ...query });
  return rows.map(presentSummary);
}

/**
 * The assignment and the unit a report is opened for, as the actor may see them: 404 for an
 * assignment out of sight, then for a unit out of scope, 400 for a unit not given the assignment.
 */
async function assignmentAndUnit(db: Db, actor: Actor | null, body: CreateReportBody): Promise<{ assignment: AssignmentRow; unit: UnitRow }> {
  const [assignment, unit] = [await findAssignment(db, body.assignmentId), await findUnit(db, body.unitId)];
  const assigned = !!assignment && !!unit && (await repo.isAssignmentUnit(db, assignment.id, unit.id));
  // The common case, a unit opening its own report, proves the assignment visible at once: it is
  // given to a unit in the actor's scope. Otherwise the full visibility check decides the answer.
  const visibleThroughUnit = assigned && (!actor || canSee(actor, unit.path));
  if (!visibleThroughUnit || !assignment) await loadAssignment(db, actor, body.assignmentId);
  if (!assignment) throw new AppError('NOT_FOUND', 'Nhiệm vụ không tồn tại hoặc nằm ngoài phạm vi của bạn');
  // The unit side learns nothing of units outside its scope: 404 before "not assigned".
  if (actor && !canManageAssignment(actor, assignment)) requireUnitAccess(actor, 'report:write', unit?.path ?? null, 'Đơn vị báo cáo');
  if (!unit || !assigned) throw invalidField('unitId', 'Đơn vị này không được giao nhiệm vụ báo cáo này');
  return { assignment, unit };
}

/**
 * Opens the unit's report for the assignment's period: the existing one (created = false) or a new
 * draft. The unit side may until the lock date; the issuing side at any time.
 */
export async function createReport(ctx: ServiceContext, actor: Actor | null, body: CreateReportBody): Promise<{ report: Report; created: boolean }> {
  const { assignment, unit } = await assignmentAndUnit(ctx.db, actor, body);
  const manager = canManageAssignment(actor, assignment);
  const key = { assignmentId: assignment.id, unitId: body.unitId, period: assignment.period };
  const existing = await repo.findReportId(ctx.db, key);
  if (existing) return { report: await getReport(ctx, actor, existing), created: false };
  if (!manager && isAfterLock(assignment.lockOn, ctx.now())) throw deadlinePassed(assignment.lockOn, true);
  try {
    const report = await ctx.db.transaction(async (tx) => {
      const row = await repo.insertReport(tx, {
        ...key,
        status: 'draft',
        narrative: {},
        exemplary: [],
        warningComments: {},
        createdBy: actor?.userId ?? null,
      });
      const event = await repo.insertEvent(tx, { reportId: row.id, at: ctx.now().toISOString(), actorUserId: actor?.userId ?? null, actorName: actor?.fullName ?? null, action: 'create', comment: null });
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'report.create', entityType: 'report', entityId: row.id, after: { ...key, status: 'draft' } });
      // A new draft: no figures, no files, one event; nothing to read back.
      const a: ReportAccess = { row: { ...row, unitName: unit.name, unitPath: unit.path }, assignment, manager, unitSide: isUnitSide(actor, unit.path) };
      const template = templateOf(assignment);
      const indicators = await templateIndicators(tx, template);
      return answer(tx, a, contentFrom(a.row, template, indicators, valuesFromRows(indicators, []), []), ctx.now(), [event]);
    });
    return { report, created: true };
  } catch (err) {
    // Two creates at once: the unique index lets one through; the other answers with its report.
    if (!isUniqueViolation(err, 'reports_once_key')) throw err;
    const id = await repo.findReportId(ctx.db, key);
    if (!id) throw err;
    return { report: await getReport(ctx, actor, id), created: false };
  }
}

/** Autosave: replaces the figures, narrative, exemplary list and explanations of an editable report. */
export async function saveReport(ctx: ServiceContext, actor: Actor | null, id: string, body: SaveReportBody): Promise<Report> {
  return ctx.db.transaction(async (tx) => {
    const a = await loadReport(tx, actor, id, true);
    requireEditable(a, ctx.now());
    if (a.row.version !== body.version) throw staleVersion();
    const template = templateOf(a.assignment);
    const indicators = await templateIndicators(tx, template);
    const problems = saveProblems(template, indicators, body);
    const messages = Object.values(problems);
    if (messages.length > 0) {
      throw new AppError('INVALID_INPUT', messages.length === 1 ? messages[0]! : `Báo cáo có ${messages.length} chỗ chưa hợp lệ: ${messages[0]}; …`, problems);
    }
    const rows = rowsFromValues(id, indicators, body.values);
    const before = valuesFromRows(indicators, await repo.replaceValues(tx, id, rows));
    const after = valuesFromRows(indicators, rows);
    const values = { narrative: body.narrative, exemplary: body.exemplary, warningComments: body.warningComments };
    const updated = await repo.updateReport(tx, id, body.version, { ...values, updatedAt: ctx.now().toISOString() });
    if (!updated) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'report.save',
      entityType: 'report',
      entityId: id,
      before: { values: before, narrative: a.row.narrative, exemplary: a.row.exemplary, warningComments: a.row.warningComments },
      after: { values: after, ...values },
    });
    const now = written(a, updated);
    return answer(tx, now, contentFrom(now.row, template, indicators, after, await repo.listFiles(tx, id)), ctx.now());
  });
}

type EventAction = Report['events'][number]['action'];

/** The version-checked write of a change of status, with its timeline event and audit entry. */
async function transition(
  ctx: ServiceContext,
  tx: Tx,
  actor: Actor | null,
  a: ReportAccess,
  version: number,
  change: { action: EventAction; comment: string | null; values: Partial<typeof reports.$inferInsert> },
): Promise<ReportAccess> {
  const now = ctx.now().toISOString();
  const updated = await repo.updateReport(tx, a.row.id, version, { ...change.values, updatedAt: now });
  if (!updated) throw staleVersion();
  await repo.insertEvent(tx, { reportId: a.row.id, at: now, actorUserId: actor?.userId ?? null, actorName: actor?.fullName ?? null, action: change.action, comment: change.comment });
  await appendAudit(tx, {
    actorUserId: actor?.userId ?? null,
    action: `report.${change.action}`,
    entityType: 'report',
    entityId: a.row.id,
    before: { status: a.row.status, reopened: a.row.reopened },
    after: { ...change.values, comment: change.comment },
  });
  return written(a, updated);
}

const UNIT_REPORTERS = ROLES.filter((r) => hasPermission([r], 'report:write'));

/** Tells the unit's reporters what happened to their report, in the same transaction. */
async function notifyReportUnit(tx: Tx, a: ReportAccess, kind: string, title: string, body: string): Promise<void> {
  await notifyUnit(tx, a.row.unitId, { kind, title: `${title}: ${a.assignment.title}`, body, link: `/bao-cao/${a.row.id}` }, UNIT_REPORTERS);
}

/**
 * Sends the report. With an Idempotency-Key already used for the sending in force, answers the
 * report as it is and changes nothing, so a retried request never sends twice.
 */
export async function submitReport(ctx: ServiceContext, actor: Actor | null, id: string, version: number, idempotencyKey: string | null): Promise<Report> {
  return ctx.db.transaction(async (tx) => {
    const a = await loadReport(tx, actor, id, true);
    if (!a.unitSide && !a.manager) throw new AppError('FORBIDDEN', 'Bạn không có quyền gửi báo cáo này');
    const now = ctx.now();
    const content = await contentOf(tx, a);
    if (idempotencyKey !== null && a.row.submitKey === idempotencyKey && (a.row.status === 'submitted' || a.row.status === 'accepted')) return answer(tx, a, content, now);
    requireEditable(a, now);
    if (a.row.version !== version) throw staleVersion();
    const issues = submitIssues(content);
    if (issues.length > 0) {
      throw new AppError('INVALID_INPUT', `Báo cáo chưa gửi được: ${issues[0]!.message}${issues.length > 1 ? ` (và ${issues.length - 1} chỗ khác)` : ''}`, submitFields(issues));
    }
    // A report accepted once and sent again is a change after acceptance: counted for the organiser.
    const afterAcceptance = a.row.acceptedAt !== null;
    const sent = await transition(ctx, tx, actor, a, version, {
      action: afterAcceptance ? 'resubmit_after_accept' : 'submit',
      comment: null,
      values: {
        status: 'submitted',
        submittedAt: now.toISOString(),
        firstSubmittedAt: a.row.firstSubmittedAt ?? now.toISOString(),
        submittedBy: actor?.userId ?? null,
        submitKey: idempotencyKey,
        changesAfterAcceptance: a.row.changesAfterAcceptance + (afterAcceptance ? 1 : 0),
      },
    });
    return answer(tx, sent, content, now);
  });
}

const wrongStatus = (message: string) => new AppError('CONFLICT', message);

/** Returns a sent report to the unit with what to fix (issuing side). */
export async function returnReport(ctx: ServiceContext, actor: Actor | null, id: string, body: { version: number; comment: string }): Promise<Report> {
  await ctx.db.transaction(async (tx) => {
    const a = await loadReport(tx, actor, id, true);
    requireManager(a, 'trả lại báo cáo');
    if (a.row.status !== 'submitted') throw wrongStatus('Chỉ trả lại được báo cáo đơn vị đã gửi và đang chờ xem xét');
    if (a.row.version !== body.version) throw staleVersion();
    await transition(ctx, tx, actor, a, body.version, {
      action: 'return',
      comment: body.comment,
      values: { status: 'returned', returnComment: body.comment, returnedAt: ctx.now().toISOString() },
    });
    await notifyReportUnit(tx, a, 'report.returned', 'Báo cáo bị trả lại để bổ sung', body.comment);
  });
  return getReport(ctx, actor, id);
}

/** Accepts a sent report (issuing side); a reopening ends with it. */
export async function acceptReport(ctx: ServiceContext, actor: Actor | null, id: string, body: { version: number }): Promise<Report> {
  await ctx.db.transaction(async (tx) => {
    const a = await loadReport(tx, actor, id, true);
    requireManager(a, 'tiếp nhận báo cáo');
    if (a.row.status !== 'submitted') throw wrongStatus('Chỉ tiếp nhận được báo cáo đơn vị đã gửi và đang chờ xem xét');
    if (a.row.version !== body.version) throw staleVersion();
    await transition(ctx, tx, actor, a, body.version, {
      action: 'accept',
      comment: null,
      values: { status: 'accepted', acceptedAt: ctx.now().toISOString(), acceptedBy: actor?.userId ?? null, reopened: false },
    });
    await repo.snapshotAcceptedValues(tx, a.row.id);
    await notifyReportUnit(tx, a, 'report.accepted', 'Báo cáo đã được tiếp nhận', `Báo cáo của ${a.row.unitName} đã được tiếp nhận.`);
  });
  return getReport(ctx, actor, id);
}

/**
 * Lets the unit change its report again (issuing side): an accepted report goes back to the unit
 * as returned; past the lock date, the unit may edit and send once more.
 */
export async function reopenReport(ctx: ServiceContext, actor: Actor | null, id: string, body: { version: number; comment: string | null }): Promise<Report> {
  await ctx.db.transaction(async (tx) => {
    const a = await loadReport(tx, actor, id, true);
    requireManager(a, 'mở lại báo cáo');
    const now = ctx.now();
    const accepted = a.row.status === 'accepted';
    if (!accepted && !(isAfterLock(a.assignment.lockOn, now) && !a.row.reopened)) {
      throw wrongStatus(
        a.row.reopened
          ? 'Báo cáo đã được mở lại: đơn vị đang sửa được'
          : 'Chỉ mở lại được báo cáo đã tiếp nhận, hoặc báo cáo đã quá ngày khóa sổ (báo cáo đã gửi chưa tiếp nhận thì trả lại)',
      );
    }
    if (a.row.version !== body.version) throw staleVersion();
    const comment = body.comment || null;
    await transition(ctx, tx, actor, a, body.version, {
      action: 'reopen',
      comment,
      values: accepted ? { status: 'returned', returnComment: comment, returnedAt: now.toISOString(), reopened: true } : { reopened: true },
    });
    await notifyReportUnit(tx, a, 'report.reopened', 'Báo cáo được mở lại để bổ sung', comment ?? 'Đơn vị sửa và gửi lại báo cáo.');
  });
  return getReport(ctx, actor, id);
}
