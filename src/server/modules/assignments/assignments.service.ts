/** Nhiệm vụ giao từ văn bản: what units must report on, by when. The reporting module builds on it. */
import type { Assignment, CreateAssignmentBody } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import { fullDocumentNumber } from '../../../core/document-numbers.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { listDeliveries } from '../documents/documents.repo.js';
import { loadWritableDocument } from '../documents/documents-access.js';
import { findUnitsByIds } from '../units/units.repo.js';
import * as repo from './assignments.repo.js';

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
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

/**
 * Gives units a task from an issued or registered document. Units default to those the document
 * was delivered to; each must be in the actor's scope or among those deliveries.
 * A null actor is the operator (CLI, demo seed).
 */
export async function createAssignment(ctx: ServiceContext, actor: Actor | null, documentId: string, body: CreateAssignmentBody): Promise<Assignment> {
  if (body.lockOn && body.lockOn < body.dueOn) throw invalidField('lockOn', 'Ngày khóa không được trước hạn báo cáo');
  const id = await ctx.db.transaction(async (tx) => {
    const doc = await loadWritableDocument({ ...ctx, db: tx }, actor, documentId);
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
    const newId = await repo.insertAssignment(
      tx,
      { documentId, title: body.title, dueOn: body.dueOn, lockOn: body.lockOn ?? null, createdBy: actor?.userId ?? null },
      unitIds,
    );
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'assignment.create', entityType: 'assignment', entityId: newId, after: { documentId, ...body, unitIds } });
    return newId;
  });
  return (await present(ctx, actor, await repo.listAssignments(ctx.db, { scopePath: actor?.scopePath ?? '/', ids: [id] })))[0]!;
}

/** Assignments the actor sees, optionally of one document or one unit, by due date. */
export async function listAssignments(ctx: ServiceContext, actor: Actor, query: { documentId?: string; unitId?: string }): Promise<Assignment[]> {
  requirePermission(actor, 'document:read');
  return present(ctx, actor, await repo.listAssignments(ctx.db, { scopePath: actor.scopePath, ...query }));
}
