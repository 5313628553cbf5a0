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

/**
 * x rounded half-up to `places` decimals. A value that already has no more places is returned
 * as it is: values are immutable, so no caller can tell, and most figures the engine rounds
 * (scheduled interest, fixed fees, short accruals) are already whole fen, where a rounded copy
 * would cost a Decimal construction for nothing.
 */
export function toPlaces(x: Decimal, places: number): Decimal {
  return x.decimalPlaces() <= places ? x : x.toDecimalPlaces(places, DecimalJs.ROUND_HALF_UP);
}

/** Round to the fen (0.01 yuan), half-up: only at the points LAW.md §3 names. */
export function toFen(x: Decimal): Decimal {
  return toPlaces(x, 2);
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

/**
 * a > b. decimal.js copies the argument of every comparison into a new Decimal; the engine
 * mostly compares an amount owed with what was paid of it, which is either the very same value
 * (paid in full) or zero (nothing paid), and those two cases need no copy.
 */
export function above(a: Decimal, b: Decimal): boolean {
  if (a === b) return false;
  if (b.isZero()) return isPositive(a);
  return a.greaterThan(b);
}

/**
 * a − b. Most subtractions in the statement engine take away what was paid of a debt, and for
 * all but the oldest debts that is nothing: a − 0 is a itself, without building a Decimal. (A
 * zero a still goes through minus, which gives +0 whatever the signs.)
 */
export function minus(a: Decimal, b: Decimal): Decimal {
  return b.isZero() && !a.isZero() ? a : a.minus(b);
}

/**
 * a = b. decimal.js copies b before every comparison; two Decimals stored alike (same sign,
 * exponent and digits: the same value) are equal without that copy. Anything else, including
 * +0 against −0 and values that are not finite, is left to `equals`. For long runs of equal
 * amounts, such as a schedule's level payments.
 */
export function equal(a: Decimal, b: Decimal): boolean {
  if (a === b) return true;
  const ad = a.d;
  const bd = b.d;
  if (ad && bd && a.e === b.e && a.s === b.s && ad.length === bd.length) {
    let i = 0;
    while (i < ad.length && ad[i] === bd[i]) i++;
    if (i === ad.length) return true;
  }
  return a.equals(b);
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
