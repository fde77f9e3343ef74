/**
 * Cờ thi đua của Chính phủ for cluster and block leaders: the provincial council may propose it
 * for at most 20 % of all units leading a cụm or khối that year (CV 5007/BNV-TĐKT 05/9/2023,
 * domain.md §2.2). "At most" rounds down: 69 leaders give 13 flags, not 14.
 */

const FLAG_SHARE_PERCENT = 20;

function requireCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`);
}

/** Most Government flags that may be proposed for `leaderCount` cluster/block leaders. */
export function governmentFlagCap(leaderCount: number): number {
  requireCount('leaderCount', leaderCount);
  // Integer product first: 69 × 20 / 100 = 13.8 → 13, with no 0.2 × 69 float in between.
  return Math.floor((leaderCount * FLAG_SHARE_PERCENT) / 100);
}

/** Vietnamese message when `selected` proposals exceed the cap, else null. */
export function checkFlagSelection(leaderCount: number, selected: number): string | null {
  requireCount('selected', selected);
  const cap = governmentFlagCap(leaderCount);
  if (selected <= cap) return null;
  const basis = `${FLAG_SHARE_PERCENT} % của ${leaderCount} đơn vị dẫn đầu cụm, khối, làm tròn xuống`;
  if (cap === 0) return `Không được đề nghị Cờ thi đua của Chính phủ: ${basis}, chưa đủ 1 cờ`;
  return `Chỉ được đề nghị tối đa ${cap} Cờ thi đua của Chính phủ (${basis})`;
}
