/**
 * Bảng tiêu chí của giao ước thi đua (domain.md §2.2): a flat, ordered list whose tree comes
 * from the codes — "1.2" sits under "1", "A.3.1" under "A.3" — as the tables are printed.
 * Group maxima are compared in integer hundredths so 0.1 + 0.2 equals a group of 0.3.
 */
import type { CriterionInput, CriterionKind } from '../../contract/covenants.js';
import { formatPoints, fromHundredths, toHundredths } from './scoring.js';

/** A row of the table with its place: the parent's code (null at top level) and its index. */
export type PlacedCriterion = CriterionInput & { parentCode: string | null; position: number };

export interface CriteriaTableError {
  /** "criteria.3.code", "criteria.0.maxPoints", or "criteria" for the table as a whole. */
  field: string;
  message: string;
}

export type CriteriaTableResult = { ok: true; rows: PlacedCriterion[] } | { ok: false; errors: CriteriaTableError[] };

const KIND_LABELS: Record<CriterionKind, string> = {
  group: 'Nhóm',
  criterion: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

const KIND_WORDS: Record<CriterionKind, string> = {
  group: 'nhóm nội dung',
  criterion: 'tiêu chí chấm điểm',
  bonus: 'mục điểm thưởng',
  penalty: 'mục điểm trừ',
};

/** "A.3.1" → "A.3"; "1" → null. */
export function parentCodeOf(code: string): string | null {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
}

/** Checks the table's shape and points; on success returns the rows with their place. */
export function validateCriteriaTable(items: readonly CriterionInput[]): CriteriaTableResult {
  const errors: CriteriaTableError[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((it, i) => {
    if (!firstIndex.has(it.code)) firstIndex.set(it.code, i);
  });
  const isDuplicate = (i: number) => firstIndex.get(items[i]?.code ?? '') !== i;

  // Children of each code. A repeated code already has its own error, so it is left out of
  // its parent's count and sum rather than reported a second time as a wrong total.
  const children = new Map<string, number[]>();
  items.forEach((it, i) => {
    const parent = parentCodeOf(it.code);
    if (parent === null || isDuplicate(i)) return;
    children.set(parent, [...(children.get(parent) ?? []), i]);
  });

  items.forEach((it, i) => {
    const label = `${KIND_LABELS[it.kind]} ${it.code}`;
    const at = (field: string, message: string) => errors.push({ field: `criteria.${i}.${field}`, message });

    if (isDuplicate(i)) at('code', `Mã ${it.code} bị trùng với dòng ${(firstIndex.get(it.code) ?? 0) + 1}`);

    const parentCode = parentCodeOf(it.code);
    if (parentCode !== null) {
      const p = firstIndex.get(parentCode);
      const parent = p === undefined ? undefined : items[p];
      if (p === undefined || parent === undefined) {
        at('code', `${label}: không có nhóm ${parentCode} trong bảng tiêu chí`);
      } else if (parent.kind !== 'group') {
        at('code', `${label}: mục ${parentCode} là ${KIND_WORDS[parent.kind]}, không có mục con; chỉ nhóm nội dung mới có mục con`);
      } else if (p > i) {
        at('code', `${label}: nhóm ${parentCode} phải đứng trước các mục của nhóm trong bảng tiêu chí`);
      }
    }

    if (it.kind === 'criterion' && toHundredths(it.maxPoints) <= 0) {
      at('maxPoints', `${label}: điểm tối đa phải lớn hơn 0`);
    }

    if (it.kind === 'group' && !isDuplicate(i)) {
      const own = children.get(it.code) ?? [];
      if (own.length === 0) {
        at('kind', `${label}: chưa có tiêu chí nào trong nhóm`);
      } else {
        // Bonus and penalty rows under a group are scored apart, outside the group's maximum.
        const sum = own.reduce((s, j) => {
          const child = items[j];
          return child && (child.kind === 'criterion' || child.kind === 'group') ? s + toHundredths(child.maxPoints) : s;
        }, 0);
        if (sum !== toHundredths(it.maxPoints)) {
          at('maxPoints', `${label}: điểm tối đa ${formatPoints(it.maxPoints)} khác tổng điểm các tiêu chí ${formatPoints(fromHundredths(sum))}`);
        }
      }
    }
  });

  if (!items.some((it) => it.kind === 'criterion')) {
    errors.push({ field: 'criteria', message: 'Bảng tiêu chí phải có ít nhất một tiêu chí chấm điểm' });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows: items.map((it, i) => ({ ...it, parentCode: parentCodeOf(it.code), position: i })) };
}

/**
 * Row shape maxTotal accepts: a row is top level when it has no parent by either key, so both
 * validated rows (parentCode) and stored rows (parentId) can be passed as they are.
 */
export interface MaxTotalRow {
  kind: CriterionKind;
  maxPoints: number;
  parentCode?: string | null;
  parentId?: string | null;
}

/**
 * Tổng điểm tối đa: the maxima of the top-level groups and criteria. Bonus points are excluded
 * (they can lift a unit above it) and penalties are not a maximum of anything.
 */
export function maxTotal(rows: readonly MaxTotalRow[]): number {
  const h = rows
    .filter((r) => (r.parentCode ?? null) === null && (r.parentId ?? null) === null)
    .filter((r) => r.kind === 'group' || r.kind === 'criterion')
    .reduce((s, r) => s + toHundredths(r.maxPoints), 0);
  return fromHundredths(h);
}
