import { Decimal, ONE, ZERO } from '../decimal';

const TOLERANCE = new Decimal('1e-16');
const MAX_NEWTON_STEPS = 200;
const MAX_DOUBLINGS = 200;

/**
 * The monthly internal rate of return r of: + received at month 0, − payments[k−1] at month k.
 * Returns undefined when no rate exists (no positive payment).
 *
 * Solved in v = 1/(1 + r): g(v) = Σ p_k v^k − received is a polynomial with non-negative
 * coefficients, so it is increasing and convex for v > 0 and g(0) = −received < 0. Newton's
 * method started where g > 0 then falls monotonically onto the single root without overshoot,
 * which makes it a bracketed method: it always terminates, in a few steps.
 */
export function monthlyIrr(received: Decimal, payments: ReadonlyArray<Decimal>): Decimal | undefined {
  if (!received.greaterThan(0) || !payments.some((p) => p.greaterThan(0))) return undefined;
  if (payments.some((p) => p.isNegative())) throw new RangeError('monthlyIrr: payments must not be negative');

  let v = ONE;
  for (let i = 0; evaluate(v, received, payments).value.lessThanOrEqualTo(0); i++) {
    if (i >= MAX_DOUBLINGS) return undefined;
    v = v.times(2);
  }
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const { value, slope } = evaluate(v, received, payments);
    if (slope.isZero()) break;
    const delta = value.dividedBy(slope);
    v = v.minus(delta);
    if (delta.abs().lessThan(TOLERANCE)) break;
  }
  return ONE.dividedBy(v).minus(ONE);
}

/** g(v) and g'(v) by Horner's rule. */
function evaluate(v: Decimal, received: Decimal, payments: ReadonlyArray<Decimal>): { value: Decimal; slope: Decimal } {
  // Σ_{k=1..n} p_k v^k = v·(p_1 + v·(p_2 + … + v·p_n))
  let inner = ZERO;
  let innerSlope = ZERO;
  for (let k = payments.length - 1; k >= 0; k--) {
    innerSlope = innerSlope.times(v).plus(inner);
    inner = inner.times(v).plus(payments[k]!);
  }
  // value = v·inner − received; slope = inner + v·inner'
  return { value: v.times(inner).minus(received), slope: inner.plus(v.times(innerSlope)) };
}
