/**
 * Who may see and act on a report. Two sides: the unit (report:write with the unit in scope)
 * fills in and sends; the issuing side that manages the assignment (see canManageAssignment)
 * reviews, returns, accepts and reopens, and may also fill in for a unit. Anyone else: 404.
 */
import { AppError } from '../../../contract/errors.js';
import { hasPermission } from '../../../contract/roles.js';
import type { ReportStatus } from '../../../contract/reporting.js';
import { formatDateVi } from '../../../core/dates.js';
import { isAfterLock } from '../../../core/reporting/deadlines.js';
import type { Db } from '../../db/open.js';
import { canSee, requirePermission, type Actor } from '../../http/actor.js';
import { findAssignment, type AssignmentRow } from '../assignments/assignments.repo.js';
import { canManageAssignment } from '../assignments/assignments.service.js';
import * as repo from './reports.repo.js';

export interface ReportAccess {
  row: repo.ReportRow;
  assignment: AssignmentRow;
  /** The issuing side of the assignment. */
  manager: boolean;
  /** The unit's own side: may fill in and send. */
  unitSide: boolean;
}

export const reportNotFound = () => new AppError('NOT_FOUND', 'Báo cáo không tồn tại hoặc nằm ngoài phạm vi của bạn');

/** The unit side: report:write with the unit in scope. A null actor is the operator. */
export function isUnitSide(actor: Actor | null, unitPath: string): boolean {
  return !actor || (hasPermission(actor.roles, 'report:write') && canSee(actor, unitPath));
}

/** A report the actor may see (its unit in scope, or the actor manages its assignment), else 404. */
export async function loadReport(db: Db, actor: Actor | null, id: string, lock = false): Promise<ReportAccess> {
  const row = await repo.findReport(db, id, lock);
  if (!row) throw reportNotFound();
  const assignment = await findAssignment(db, row.assignmentId);
  if (!assignment) throw reportNotFound();
  const manager = canManageAssignment(actor, assignment);
  if (actor && !manager && !canSee(actor, row.unitPath)) throw reportNotFound();
  if (actor) requirePermission(actor, 'report:read');
  return { row, assignment, manager, unitSide: isUnitSide(actor, row.unitPath) };
}

const EDITABLE: readonly ReportStatus[] = ['draft', 'returned'];

/** Past the lock date, only the issuing side, or the unit once the report is reopened, may change it. */
export function lockedOut(a: ReportAccess, now: Date): boolean {
  return !a.manager && !a.row.reopened && isAfterLock(a.assignment.lockOn, now);
}

export interface ReportCan {
  edit: boolean;
  submit: boolean;
  review: boolean;
  reopen: boolean;
}

export function reportCan(a: ReportAccess, now: Date): ReportCan {
  const status = a.row.status as ReportStatus;
  const edit = (a.unitSide || a.manager) && EDITABLE.includes(status) && !lockedOut(a, now);
  return {
    edit,
    submit: edit,
    review: a.manager && status === 'submitted',
    reopen: a.manager && (status === 'accepted' || (isAfterLock(a.assignment.lockOn, now) && !a.row.reopened)),
  };
}

/** 422 past the lock date; `creating`: there is no report yet to reopen, the officer opens one. */
export const deadlinePassed = (lockOn: string | null, creating = false) =>
  new AppError(
    'DEADLINE_PASSED',
    creating
      ? `Đã quá ngày khóa sổ ${formatDateVi(lockOn)}: đơn vị không lập báo cáo mới được nữa. Đề nghị cán bộ thi đua lập và mở lại báo cáo cho đơn vị nếu cần.`
      : `Đã quá ngày khóa sổ ${formatDateVi(lockOn)}: đơn vị không sửa, không gửi báo cáo được nữa. Đề nghị cán bộ thi đua mở lại báo cáo nếu cần bổ sung.`,
  );

/**
 * The report may be changed by this actor now (values, files, sending): its side, an editable
 * status, and not locked. Throws 403, 409 (with what to ask for) or 422.
 */
export function requireEditable(a: ReportAccess, now: Date): void {
  if (!a.unitSide && !a.manager) throw new AppError('FORBIDDEN', 'Bạn không có quyền sửa hoặc gửi báo cáo này');
  if (a.row.status === 'submitted') {
    throw new AppError('CONFLICT', 'Báo cáo đã gửi, đang chờ xem xét: muốn sửa, đề nghị cán bộ thi đua trả lại báo cáo');
  }
  if (a.row.status === 'accepted') {
    throw new AppError('CONFLICT', 'Báo cáo đã được tiếp nhận: muốn sửa, đề nghị cán bộ thi đua mở lại báo cáo');
  }
  if (lockedOut(a, now)) throw deadlinePassed(a.assignment.lockOn);
}

/** The issuing side only (403 for the unit side, which sees the report). */
export function requireManager(a: ReportAccess, what: string): void {
  if (!a.manager) throw new AppError('FORBIDDEN', `Chỉ bên giao nhiệm vụ (cán bộ thi đua) được ${what}`);
}
