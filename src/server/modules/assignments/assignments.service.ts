/** Nhiệm vụ giao từ văn bản: what units must report on, by when, and in which template. */
import type { Assignment, CreateAssignmentBody } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { ReportTemplateSchema, type ReportTemplate, type UpdateAssignmentBody } from '../../../contract/reporting.js';
import { hasPermission } from '../../../contract/roles.js';
import { fullDocumentNumber } from '../../../core/document-numbers.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { listDeliveries } from '../documents/documents.repo.js';
import { loadWritableDocument } from '../documents/documents-access.js';
import { listIndicatorIds } from './assignment-indicators.repo.js';
import { findUnitsByIds } from '../units/units.repo.js';
import * as repo from './assignments.repo.js';

/** The issuing side manages an assignment: edits its template, tracks, reviews the reports. */
export function canManageAssignment(actor: Actor | null, row: { ownerPath: string }): boolean {
  return !actor || (hasPermission(actor.roles, 'report:review') && canSee(actor, row.ownerPath));
}

/** Leaders and viewers over the issuing side follow the reports too (board, roll-up, dashboard). */
export function canTrackAssignment(actor: Actor | null, row: { ownerPath: string }): boolean {
  return canManageAssignment(actor, row) || (!!actor && hasPermission(actor.roles, 'report:read') && canSee(actor, row.ownerPath));
}

function templateOf(row: repo.AssignmentRow): ReportTemplate {
  return ReportTemplateSchema.parse(row.template ?? {});
}

async function present(ctx: ServiceContext, actor: Actor | null, rows: repo.AssignmentRow[]): Promise<Assignment[]> {
  const units = await repo.listAssignmentUnits(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    documentId: r.documentId,
    documentNumber: fullDocumentNumber(r.documentNumberText, r.documentSymbol),
    documentSubject: r.documentSubject,
    title: r.title,
    dueOn: r.dueOn,
    lockOn: r.lockOn,
    // The issuing side sees every unit; a unit sees only those of its own scope.
    units: units
      .filter((u) => u.assignmentId === r.id && (!actor || canSee(actor, r.ownerPath) || canSee(actor, u.unitPath)))
      .map(({ unitId, unitName }) => ({ unitId, unitName })),
    movementId: r.movementId,
    movementName: r.movementName,
    period: r.period,
    template: templateOf(r),
    remindDaysBefore: r.remindDaysBefore,
    canManage: canManageAssignment(actor, r),
    canTrack: canTrackAssignment(actor, r),
    version: r.version,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

/** The movement must be visible to the actor; the template's indicators must be the movement's. */
async function checkMovementAndTemplate(db: Db, actor: Actor | null, movementId: string | null, template: ReportTemplate): Promise<void> {
  if (movementId) {
    const movement = await repo.findMovementForAssignment(db, movementId);
    if (!movement || (actor && !canSee(actor, movement.ownerPath) && !actor.scopePath.startsWith(movement.ownerPath))) {
      throw invalidField('movementId', 'Phong trào không tồn tại hoặc nằm ngoài phạm vi của bạn');
    }
  }
  if (template.indicatorIds.length > 0) {
    if (!movementId) throw invalidField('template', 'Chọn phong trào trước khi chọn chỉ tiêu cho mẫu báo cáo');
    const own = new Set(await listIndicatorIds(db, movementId));
    if (template.indicatorIds.some((id) => !own.has(id))) throw invalidField('template', 'Mẫu báo cáo có chỉ tiêu không thuộc phong trào đã chọn');
  }
  const keys = template.sections.map((s) => s.key);
  if (new Set(keys).size !== keys.length) throw invalidField('template', 'Mỗi mục báo cáo cần một mã riêng');
}

/**
 * Gives units a task from an issued or registered document. Units default to those the document
 * was delivered to; each must be in the actor's scope or among those deliveries. The template
 * defaults to every indicator of the movement and the three usual narrative sections.
 * A null actor is the operator (CLI, demo seed).
 */
export async function createAssignment(ctx: ServiceContext, actor: Actor | null, documentId: string, body: CreateAssignmentBody): Promise<Assignment> {
  if (body.lockOn && body.lockOn < body.dueOn) throw invalidField('lockOn', 'Ngày khóa không được trước hạn báo cáo');
  const id = await ctx.db.transaction(async (tx) => {
    const doc = await loadWritableDocument({ ...ctx, db: tx }, actor, documentId);
    // Giving units a reporting task is the office's (as editing it is), not every clerk's who may write the document.
    if (actor) requirePermission(actor, 'report:review');
    if (doc.status === 'draft') throw new AppError('CONFLICT', 'Chỉ giao nhiệm vụ từ văn bản đã ban hành hoặc đã vào sổ');
    const delivered = (await listDeliveries(tx, documentId)).map((d) => d.unitId);
    const unitIds = [...new Set(body.unitIds ?? delivered)];
    if (unitIds.length === 0) throw invalidField('unitIds', 'Chọn đơn vị được giao nhiệm vụ');
    const units = await findUnitsByIds(tx, unitIds);
    for (const unitId of unitIds) {
      const u = units.find((x) => x.id === unitId);
      if (!u || (actor && !canSee(actor, u.path) && !delivered.includes(unitId))) {
        throw invalidField('unitIds', 'Đơn vị được giao không tồn tại hoặc nằm ngoài phạm vi của bạn');
      }
    }
    const movementId = body.movementId ?? null;
    const template = body.template ?? ReportTemplateSchema.parse({ indicatorIds: movementId ? await listIndicatorIds(tx, movementId) : [] });
    await checkMovementAndTemplate(tx, actor, movementId, template);
    const newId = await repo.insertAssignment(
      tx,
      {
        documentId,
        title: body.title,
        dueOn: body.dueOn,
        lockOn: body.lockOn ?? null,
        movementId,
        period: body.period || body.dueOn.slice(0, 4),
        template,
        remindDaysBefore: body.remindDaysBefore ?? null,
        createdBy: actor?.userId ?? null,
      },
      unitIds,
    );
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'assignment.create', entityType: 'assignment', entityId: newId, after: { documentId, ...body, template, unitIds } });
    return newId;
  });
  return getAssignment(ctx, actor, id);
}

/** Assignments the actor sees, optionally of one document, movement or unit, by due date. */
export async function listAssignments(ctx: ServiceContext, actor: Actor, query: { documentId?: string; unitId?: string; movementId?: string }): Promise<Assignment[]> {
  requirePermission(actor, 'document:read');
  return present(ctx, actor, await repo.listAssignments(ctx.db, { scopePath: actor.scopePath, ...query }));
}

/** Loads an assignment visible to the actor (held by its scope or given to a unit there), else 404. */
export async function loadAssignment(db: Db, actor: Actor | null, id: string, lock = false): Promise<repo.AssignmentRow> {
  const row = actor ? (await repo.listAssignments(db, { scopePath: actor.scopePath, ids: [id], lock }))[0] : await repo.findAssignment(db, id, lock);
  if (!row) throw new AppError('NOT_FOUND', 'Nhiệm vụ không tồn tại hoặc nằm ngoài phạm vi của bạn');
  return row;
}

/** One assignment with its template. */
export async function getAssignment(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Assignment> {
  if (actor) requirePermission(actor, 'document:read');
  return (await present(ctx, actor, [await loadAssignment(ctx.db, actor, id)]))[0]!;
}

/** Edits the title, dates, movement, period and report template; only the issuing side may. */
export async function updateAssignment(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateAssignmentBody): Promise<Assignment> {
  if (body.lockOn && body.lockOn < body.dueOn) throw invalidField('lockOn', 'Ngày khóa không được trước hạn báo cáo');
  await ctx.db.transaction(async (tx) => {
    const row = await loadAssignment(tx, actor, id, true);
    if (actor) requirePermission(actor, 'report:review');
    if (!canManageAssignment(actor, row)) throw new AppError('FORBIDDEN', 'Chỉ bên giao nhiệm vụ được sửa mẫu báo cáo');
    if (row.version !== body.version) throw staleVersion();
    await checkMovementAndTemplate(tx, actor, body.movementId, body.template);
    const values = {
      title: body.title,
      dueOn: body.dueOn,
      lockOn: body.lockOn,
      movementId: body.movementId,
      period: body.period || body.dueOn.slice(0, 4),
      template: body.template,
      remindDaysBefore: body.remindDaysBefore,
    };
    if (!(await repo.updateAssignment(tx, id, body.version, values))) throw staleVersion();
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'assignment.update',
      entityType: 'assignment',
      entityId: id,
      before: { title: row.title, dueOn: row.dueOn, lockOn: row.lockOn, movementId: row.movementId, period: row.period, template: row.template, remindDaysBefore: row.remindDaysBefore },
      after: values,
    });
  });
  return getAssignment(ctx, actor, id);
}
