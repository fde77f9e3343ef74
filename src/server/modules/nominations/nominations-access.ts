/**
 * Who may see and act on a nomination. Two sides: the proposing unit (its subtree's writers
 * draft, its heads send) and the reviewing level (returns, reviews, decides the outcome).
 * Anyone whose scope holds neither unit gets 404; a side the actor cannot act for, 403.
 */
import { AppError } from '../../../contract/errors.js';
import type { NominationStatus } from '../../../contract/nominations.js';
import { hasPermission, type Permission } from '../../../contract/roles.js';
import type { Db } from '../../db/open.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import type { SummaryRow } from './nominations-present.js';
import * as repo from './nominations.repo.js';

export const nominationNotFound = () => new AppError('NOT_FOUND', 'Đề nghị khen thưởng không tồn tại hoặc nằm ngoài phạm vi của bạn');

/** Reading needs award:read and one of the two units in scope. A null actor is the operator. */
export function canRead(actor: Actor | null, r: SummaryRow): boolean {
  return !actor || (hasPermission(actor.roles, 'award:read') && (canSee(actor, r.proposingPath) || canSee(actor, r.reviewingPath)));
}

/** A nomination the actor may see, else 404. */
export async function loadNomination(db: Db, actor: Actor | null, id: string): Promise<SummaryRow> {
  const row = await repo.findSummary(db, id);
  if (!row || (actor && !canSee(actor, row.proposingPath) && !canSee(actor, row.reviewingPath))) throw nominationNotFound();
  if (actor) requirePermission(actor, 'award:read');
  return row;
}

function requireSide(actor: Actor | null, unitPath: string, permission: Permission): void {
  if (!actor) return;
  if (!canSee(actor, unitPath)) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này với đề nghị của đơn vị khác');
  requirePermission(actor, permission);
}

/** The proposing unit's side: drafting (nomination:write) or sending (nomination:submit). */
export function requireProposingSide(actor: Actor | null, r: SummaryRow, permission: 'nomination:write' | 'nomination:submit'): void {
  requireSide(actor, r.proposingPath, permission);
}

/** The reviewing level's side. */
export function requireReviewingSide(actor: Actor | null, r: SummaryRow): void {
  requireSide(actor, r.reviewingPath, 'nomination:review');
}

const may = (actor: Actor | null, path: string, permission: Permission) => !actor || (canSee(actor, path) && hasPermission(actor.roles, permission));
const REVIEWABLE: readonly NominationStatus[] = ['submitted', 'reviewing', 'voted'];

export function nominationCan(actor: Actor | null, r: SummaryRow): { canEdit: boolean; canSubmit: boolean; canReview: boolean } {
  const status = r.row.status as NominationStatus;
  const draft = status === 'draft';
  return {
    canEdit: draft && may(actor, r.proposingPath, 'nomination:write'),
    canSubmit: draft && may(actor, r.proposingPath, 'nomination:submit'),
    canReview: REVIEWABLE.includes(status) && may(actor, r.reviewingPath, 'nomination:review'),
  };
}
