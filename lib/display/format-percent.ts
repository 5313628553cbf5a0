/**
 * A rate for display: the report's fractions ("0.180004") as percentages ("18.00%"), rounded
 * half-up. Exact: the digits are scaled as a BigInt, never through a floating-point number.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d*))?$/;

export function formatPercent(fraction: string, decimals = 2): string {
  const m = DECIMAL.exec(fraction.trim());
  if (!m) return fraction;
  const [, sign, whole, frac = ''] = m;
  const scaled = BigInt(whole! + frac);
  const num = scaled * 10n ** BigInt(2 + decimals);
  const den = 10n ** BigInt(frac.length);
  const rounded = (2n * num + den) / (2n * den);
  const digits = rounded.toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const decPart = digits.slice(digits.length - decimals);
  const shown = decimals > 0 ? `${intPart}.${decPart}` : intPart;
  return `${sign && rounded !== 0n ? '−' : ''}${shown}%`;
}
