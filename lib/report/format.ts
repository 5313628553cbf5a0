import type { Decimal } from '../decimal';

/** Fixed decimals, never "-0.00": a value that rounds to zero is shown as zero. */
function fixed(x: Decimal, places: number): string {
  const text = x.toFixed(places);
  return text.charCodeAt(0) === 45 && /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/**
 * Money at the edge: a decimal string with exactly two decimals. Most figures are already whole
 * fen, and padding their plain string is several times cheaper than toFixed (a report prints
 * thousands of them).
 */
export function money(x: Decimal): string {
  const places = x.decimalPlaces();
  if (places > 2 || x.isZero()) return fixed(x, 2);
  const text = x.toString();
  // Past 1e40 toString switches to exponent notation ("5.7e+94"): a valid but absurd case (the
  // highest rate over decades) gets there. toFixed never does.
  if (text.includes('e')) return fixed(x, 2);
  return places === 2 ? text : places === 1 ? `${text}0` : `${text}.00`;
}
/** A rate at the edge: a fraction with 6 decimals ("0.108964" = 10.8964%). */
export const rate = (x: Decimal): string => fixed(x, 6);
