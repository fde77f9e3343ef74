/** Editing the quotas of a level's subordinates as rows, and the body that replaces them all. */
import type { AwardCode } from '../../../contract/awards.js';
import type { ReplaceAwardQuotasBody } from '../../../contract/nominations.js';

export interface QuotaRow {
  key: string;
  unitId: string | null;
  awardCode: AwardCode | null;
  maxCount: number | null;
  used: number;
}

/** Rows not filled in completely are left out; the server names duplicates by row. */
export function quotasBody(rows: readonly QuotaRow[]): ReplaceAwardQuotasBody {
  return {
    items: rows.flatMap((r) => (r.unitId && r.awardCode && r.maxCount !== null ? [{ unitId: r.unitId, awardCode: r.awardCode, maxCount: r.maxCount }] : [])),
  };
}

export function incompleteRows(rows: readonly QuotaRow[]): number {
  return rows.filter((r) => !(r.unitId && r.awardCode && r.maxCount !== null)).length;
}
