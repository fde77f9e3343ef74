import { formatNumberVi } from '../../../core/reporting/numbers.js';

/** An amount in đồng as Vietnamese documents write it: "710.000 đ"; nothing for no amount. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '';
  return `${formatNumberVi(Math.round(amount), 0)} đ`;
}

/** A cash multiple of the base salary: "0,3 ×"; nothing when the award carries no cash. */
export function formatMultiple(multiple: number | null | undefined): string {
  if (multiple === null || multiple === undefined) return '';
  return `${formatNumberVi(multiple, 2)} ×`;
}

/** What an amount input shows: the digits grouped by dots ("1.500.000"); empty stays empty. */
export function groupThousands(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const digits = String(value).replace(/\D/g, '');
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** What an amount input holds: the digits typed, the grouping dots (or anything else) dropped; null when none. */
export function parseAmount(text: string | null | undefined): number | null {
  const digits = (text ?? '').replace(/\D/g, '');
  return digits ? Number(digits) : null;
}
