import { AwardHistoryPanel } from './AwardHistoryPanel.js';
import { HistoryEligibilityCard } from './HistoryEligibilityCard.js';
import type { HistorySubjectKind } from './useAwardHistory.js';

/** The history of one person or collective with the eligibility check from it beneath. */
export function AwardHistoryView({ kind, id }: { kind: HistorySubjectKind; id: string }) {
  return (
    <>
      <AwardHistoryPanel kind={kind} id={id} />
      <HistoryEligibilityCard kind={kind} id={id} />
    </>
  );
}
