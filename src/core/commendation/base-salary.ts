/**
 * Mức lương cơ sở by date, and the cash that goes with an award: a multiple of the base salary
 * in force on the decision date.
 */

interface BaseSalaryPeriod {
  from: string;
  amount: number;
  basis: string;
}

/** Newest first. */
export const BASE_SALARY_PERIODS: readonly BaseSalaryPeriod[] = [
  { from: '2024-07-01', amount: 2_340_000, basis: 'Nghị định 73/2024/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000, basis: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2019-07-01', amount: 1_490_000, basis: 'Nghị định 38/2019/NĐ-CP' },
  { from: '2018-07-01', amount: 1_390_000, basis: 'Nghị định 72/2018/NĐ-CP' },
  { from: '2017-07-01', amount: 1_300_000, basis: 'Nghị định 47/2017/NĐ-CP' },
];

/** The base salary in force on `isoDate`, or null before the oldest period on record. */
export function baseSalaryOn(isoDate: string): BaseSalaryPeriod | null {
  return BASE_SALARY_PERIODS.find((p) => p.from <= isoDate) ?? null;
}

/**
 * Tiền thưởng = multiple × base salary, rounded up to the next 10,000 đồng: "được làm tròn số
 * lên hàng chục ngàn đồng" (Khoản 2 Điều 68 NĐ 91/2017/NĐ-CP, as the Central Emulation Board
 * answered on 02/07/2018); the current decrees keep the rounding [!] — check the text of
 * NĐ 152/2025 when it is at hand. The figure is in whole đồng.
 */
export function awardCash(multiple: number, baseSalary: number): number {
  // Multiples have one decimal (0.3, 1.5, 4.5): work in tenths to stay in integers.
  const exact = (Math.round(multiple * 10) * baseSalary) / 10;
  return Math.ceil(exact / 10_000) * 10_000;
}
