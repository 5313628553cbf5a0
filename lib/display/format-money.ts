/**
 * Money for display: "12345.6" → "¥12,345.60", "-80.00" → "−¥80.00".
 * Works on the decimal string itself (grouping by string), so an amount is never a JS number
 * and never loses a fen. Anything that is not a plain decimal string is returned unchanged.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/;

export function formatMoney(amount: string): string {
  const m = DECIMAL.exec(amount.trim());
  if (!m) return amount;
  const [, sign, whole, frac = ''] = m;
  const grouped = groupThousands(whole!.replace(/^0+(?=\d)/, ''));
  const cents = frac.length >= 2 ? frac : frac.padEnd(2, '0');
  const isZero = /^0*$/.test(whole! + frac);
  return `${sign && !isZero ? '−' : ''}¥${grouped}.${cents}`;
}

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** True when the decimal string is below zero ("-0.00" is not). */
export function isNegative(amount: string): boolean {
  return /^-/.test(amount) && /[1-9]/.test(amount);
}

/** The absolute value of a decimal string, as a string. */
export function absolute(amount: string): string {
  return amount.replace(/^-/, '');
}
