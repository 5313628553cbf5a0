import type { Decimal } from '../decimal';

/** Fixed decimals, never "-0.00": a value that rounds to zero is shown as zero. */
function fixed(x: Decimal, places: number): string {
  const text = x.toFixed(places);
  return text.charCodeAt(0) === 45 && /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/** Money at the edge: a decimal string with exactly two decimals. */
export const money = (x: Decimal): string => fixed(x, 2);
/** A rate at the edge: a fraction with 6 decimals ("0.108964" = 10.8964%). */
export const rate = (x: Decimal): string => fixed(x, 6);
