/**
 * Who may follow an assignment's reports. The issuing side (report:review over the document's
 * owner) may do everything here; a leader or viewer (report:read over the owner) reads the
 * board, the roll-up, the dashboard and their Excel files. Units that only received the task get 403, and anyone
 * who cannot see the assignment at all gets 404.
 */
import { AppError } from '../../../contract/errors.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { canManageAssignment, canTrackAssignment, loadAssignment } from '../assignments/assignments.service.js';
import type { AssignmentRow } from '../assignments/assignments.repo.js';

export type TrackingNeed = 'read' | 'manage';

/** The assignment, once the actor is allowed to read (or manage) its tracking. */
export async function loadTrackedAssignment(db: Db, actor: Actor | null, id: string, need: TrackingNeed): Promise<AssignmentRow> {
  const row = await loadAssignment(db, actor, id);
  if (canManageAssignment(actor, row)) return row;
  if (need === 'read' && canTrackAssignment(actor, row)) return row;
  throw new AppError(
    'FORBIDDEN',
    need === 'manage' ? 'Chỉ bên giao nhiệm vụ được lập báo cáo tổng hợp' : 'Chỉ bên giao nhiệm vụ và lãnh đạo cấp giao được xem tình hình báo cáo',
  );
}

/** The year whose Cụm/Khối count: the period's year ("2024", "2024-6T"), else the due date's. */
export function assignmentYear(row: Pick<AssignmentRow, 'period' | 'dueOn'>): number {
  const m = /^(\d{4})/.exec(row.period.trim());
  return Number(m ? m[1] : row.dueOn.slice(0, 4));
}

