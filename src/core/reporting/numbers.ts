/** Numbers as reports need them: free of binary noise, rounded half away from zero, written the Vietnamese way. */

/**
 * Drop the noise of binary arithmetic: 0.1 + 0.2 → 0.3.
 * A double holds 15 significant digits reliably, so the 16th and 17th are noise; after that,
 * 10 decimal places are more than any count, amount or percentage in a report carries.
 */
export function cleanFloat(n: number): number {
  if (!Number.isFinite(n)) return n;
  const precise = Number(n.toPrecision(15));
  // Rounding the largest doubles up to 15 digits overflows; they carry no noise worth removing.
  if (!Number.isFinite(precise)) return n;
  // At 1e5 and above, 15 significant digits already leave fewer than 10 decimals.
  const rounded = Math.abs(precise) < 1e5 ? Math.round(precise * 1e10) / 1e10 : precise;
  return rounded === 0 ? 0 : rounded; // no -0: it prints as "-0" in places
}

/**
 * Round half away from zero to `digits` decimals: 1.005 → 1.01, -2.5 → -3 (digits 0).
 * The decimal point is moved in the number's text, not by multiplying, so 1.005 (stored as
 * 1.00499999…) rounds as written.
 */
export function roundTo(n: number, digits: number): number {
  if (!Number.isFinite(n)) return n;
  const abs = Math.abs(cleanFloat(n));
  // So large that it has no digits at that decimal place (and shifting would overflow).
  if (abs >= Number.MAX_SAFE_INTEGER) return cleanFloat(n);
  const shifted = Math.round(shiftDecimal(abs, digits));
  const result = Math.sign(n) * shiftDecimal(shifted, -digits);
  return result === 0 ? 0 : result;
}

function shiftDecimal(n: number, by: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

/**
 * "1234.5" → "1.234,5": decimal comma, thousands dot, at most `maxFractionDigits` decimals and
 * no trailing zeros. Not Intl: browsers and Node builds without full ICU disagree on "vi".
 * A value that is not a finite number prints as "" (there is nothing to show).
 */
export function formatNumberVi(n: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '';
  const digits = Math.min(20, Math.max(0, Math.trunc(maxFractionDigits)));
  const rounded = roundTo(n, digits);
  const abs = Math.abs(rounded);
  // toFixed switches to exponent notation from 1e21; such numbers are whole anyway.
  const fixed = abs >= 1e21 ? BigInt(abs).toString() : abs.toFixed(digits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}
