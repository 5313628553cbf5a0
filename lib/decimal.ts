import DecimalJs from 'decimal.js';

/**
 * The project's one Decimal: 40 significant digits, half-up.
 * Everything that touches money or a rate imports it from here, never from 'decimal.js' directly.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);
export const HUNDRED: Decimal = new Decimal(100);

/** Round to the fen (0.01 yuan), half-up: only at the points LAW.md §3 names. */
export function toFen(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}

/** Sum of a list of Decimals. */
export function sum(xs: ReadonlyArray<Decimal>): Decimal {
  let total: Decimal | undefined;
  for (const x of xs) total = total === undefined ? x : total.plus(x);
  return total ?? ZERO;
}

/** x > 0, without building a Decimal to compare with (a hot path in the statement engine). */
export function isPositive(x: Decimal): boolean {
  return x.isPositive() && !x.isZero();
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
