/** The steps a nomination may take, and who takes them. */
import type { NominationStatus } from '../../contract/nominations.js';

export type NominationAction = 'submit' | 'return' | 'review' | 'vote' | 'approve' | 'approve_lower' | 'reject' | 'forward' | 'decide';

const STEPS: Record<NominationAction, { from: readonly NominationStatus[]; to: NominationStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted', 'reviewing'], to: 'draft' },
  review: { from: ['submitted'], to: 'reviewing' },
  vote: { from: ['submitted', 'reviewing'], to: 'voted' },
  approve: { from: ['reviewing', 'voted'], to: 'approved' },
  approve_lower: { from: ['reviewing', 'voted'], to: 'approved' },
  reject: { from: ['reviewing', 'voted'], to: 'rejected' },
  forward: { from: ['reviewing', 'voted'], to: 'forwarded' },
  decide: { from: ['approved'], to: 'decided' },
};

export function canTake(action: NominationAction, status: NominationStatus): boolean {
  return STEPS[action].from.includes(status);
}

export function nextStatus(action: NominationAction): NominationStatus {
  return STEPS[action].to;
}

export function allowedFrom(action: NominationAction): readonly NominationStatus[] {
  return STEPS[action].from;
}

export const STATUS_LABEL: Record<NominationStatus, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  reviewing: 'Đang thẩm định',
  voted: 'Đã bỏ phiếu',
  approved: 'Được duyệt',
  rejected: 'Không duyệt',
  decided: 'Đã có quyết định',
  forwarded: 'Đã trình cấp trên',
};
