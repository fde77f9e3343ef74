/**
 * One step of the nomination flow, taken inside the caller's transaction: checks the status it
 * starts from, moves it, bumps the version, and writes the timeline entry and the audit entry.
 * Councils (vote), decisions (decide) and the nominations module itself all go through here, so
 * the flow has one gate.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../../contract/errors.js';
import type { NominationStatus } from '../../../contract/nominations.js';
import { STATUS_LABEL, allowedFrom, nextStatus, type NominationAction } from '../../../core/commendation/nomination-flow.js';
import type { Db } from '../../db/open.js';
import { nominationEvents, nominations } from '../../db/schema.js';
import { appendAudit } from '../audit/audit.service.js';

export interface Step {
  action: NominationAction;
  actorUserId: string | null;
  at: string;
  note?: string | null;
  /** Other columns that change with the step (outcome, eligibility …). */
  set?: Partial<typeof nominations.$inferInsert>;
  /** When given, each nomination must still be at this version (409 otherwise). */
  versions?: ReadonlyMap<string, number>;
}

/** Moves every nomination of `ids` one step, or none of them. Returns the new status. */
export async function takeStep(tx: Db, ids: readonly string[], step: Step): Promise<NominationStatus> {
  const to = nextStatus(step.action);
  if (ids.length === 0) return to;
  const rows = await tx
    .select({ id: nominations.id, status: nominations.status, version: nominations.version, nomineeName: nominations.nomineeName })
    .from(nominations)
    .where(inArray(nominations.id, [...ids]))
    .for('update');
  const from = allowedFrom(step.action);
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('NOT_FOUND', 'Đề nghị khen thưởng không tồn tại');
    const expected = step.versions?.get(id);
    if (expected !== undefined && expected !== row.version) {
      throw new AppError('CONFLICT', `Đề nghị của ${row.nomineeName} vừa được người khác thay đổi: tải lại rồi thử lại`);
    }
    if (!from.includes(row.status as NominationStatus)) {
      throw new AppError('CONFLICT', `Đề nghị của ${row.nomineeName} đang ở trạng thái "${STATUS_LABEL[row.status as NominationStatus]}", không thực hiện được thao tác này`);
    }
  }
  await tx
    .update(nominations)
    .set({ ...step.set, status: to, version: sql`${nominations.version} + 1`, updatedAt: step.at })
    .where(and(inArray(nominations.id, [...ids])));
  await tx.insert(nominationEvents).values(
    rows.map((r) => ({ nominationId: r.id, at: step.at, actorUserId: step.actorUserId, action: step.action, fromStatus: r.status, toStatus: to, note: step.note ?? null })),
  );
  for (const r of rows) {
    await appendAudit(tx, {
      actorUserId: step.actorUserId,
      action: `nomination.${step.action}`,
      entityType: 'nomination',
      entityId: r.id,
      before: { status: r.status, version: r.version },
      after: { status: to, version: r.version + 1, ...(step.note ? { note: step.note } : {}), ...(step.set ? stepSetForAudit(step.set) : {}) },
    });
  }
  return to;
}

function stepSetForAudit(set: Partial<typeof nominations.$inferInsert>): Record<string, unknown> {
  const { eligibility: _eligibility, searchText: _s, sortKey: _k, ...rest } = set;
  return rest;
}

/** The first entry of a nomination's timeline (it has no status to come from). */
export async function recordCreation(tx: Db, id: string, actorUserId: string | null, at: string): Promise<void> {
  await tx.insert(nominationEvents).values({ nominationId: id, at, actorUserId, action: 'create', fromStatus: null, toStatus: 'draft', note: null });
}

export async function nominationStatus(tx: Db, id: string): Promise<NominationStatus | null> {
  const [row] = await tx.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, id));
  return (row?.status as NominationStatus | undefined) ?? null;
}
