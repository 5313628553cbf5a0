import { Decimal, ONE, ZERO } from '../decimal';

const TOLERANCE = new Decimal('1e-16');
/** Below this distance of v from 1, sums are taken as at v = 1 (the rate is zero to 1e-15). */
const NEAR_ONE = new Decimal('1e-15');
const MAX_NEWTON_STEPS = 200;
const MAX_DOUBLINGS = 200;

/** Consecutive months k = from..to paying the same amount. */
interface Run { readonly amount: Decimal; readonly from: number; readonly to: number }

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
  if (!received.greaterThan(ZERO) || !payments.some((p) => p.greaterThan(ZERO))) return undefined;
  if (payments.some((p) => p.isNegative())) throw new RangeError('monthlyIrr: payments must not be negative');
  const runs = toRuns(payments);
  // A long loan of level payments is summed run by run as geometric series (a few powers);
  // a short one, or payments that all differ (equal-principal), by Horner's rule over the months.
  const geometricPays = payments.length >= 48 && runs.length * 12 <= payments.length;
  const evaluate = geometricPays ? (v: Decimal) => geometric(v, received, runs) : (v: Decimal) => horner(v, received, payments);

  let v = ONE;
  const atOne = evaluate(v).value;
  if (atOne.isZero()) return ZERO; // repaid exactly what was received: the rate is exactly 0
  // Less repaid than received: the rate is negative and the root lies above v = 1.
  for (let i = 0; atOne.isNegative() && !evaluate(v).value.greaterThan(ZERO); i++) {
    if (i >= MAX_DOUBLINGS) return undefined;
    v = v.times(2);
  }
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const { value, slope } = evaluate(v);
    if (slope.isZero()) break;
    const delta = value.dividedBy(slope);
    v = v.minus(delta);
    if (delta.abs().lessThan(TOLERANCE)) break;
  }
  return ONE.dividedBy(v).minus(ONE);
}

function toRuns(payments: ReadonlyArray<Decimal>): Run[] {
  const runs: Run[] = [];
  payments.forEach((amount, i) => {
    const last = runs[runs.length - 1];
    if (last && last.amount.equals(amount) && last.to === i) runs[runs.length - 1] = { ...last, to: i + 1 };
    else runs.push({ amount, from: i + 1, to: i + 1 });
  });
  return runs;
}

/** g(v) and g'(v) by Horner's rule: Σ p_k v^k = v·(p_1 + v·(p_2 + … + v·p_n)). */
function horner(v: Decimal, received: Decimal, payments: ReadonlyArray<Decimal>): { value: Decimal; slope: Decimal } {
  let inner = ZERO;
  let innerSlope = ZERO;
  for (let k = payments.length - 1; k >= 0; k--) {
    innerSlope = innerSlope.times(v).plus(inner);
    inner = inner.times(v).plus(payments[k]!);
  }
  return { value: v.times(inner).minus(received), slope: inner.plus(v.times(innerSlope)) };
}

/**
 * g(v) and g'(v). A run of equal payments p over months a..b is a geometric sum,
 * p·(v^a − v^(b+1)) / (1 − v), so a loan of level instalments costs a few powers, not a
 * pass over every month.
 */
function geometric(v: Decimal, received: Decimal, runs: ReadonlyArray<Run>): { value: Decimal; slope: Decimal } {
  const w = ONE.minus(v);
  const atOne = w.abs().lessThan(NEAR_ONE);
  let value = received.negated();
  let slope = ZERO;
  for (const { amount, from: a, to: b } of runs) {
    if (atOne) {
      // Σ v^k → b − a + 1; Σ k v^(k−1) → Σ k
      value = value.plus(amount.times(b - a + 1));
      slope = slope.plus(amount.times(((a + b) * (b - a + 1)) / 2));
      continue;
    }
    const va = v.pow(a);
    const vb1 = va.times(v.pow(b + 1 - a));
    const diff = va.minus(vb1);
    const sum = diff.dividedBy(w);
    // d/dv (v^a − v^(b+1))/(1 − v) = [(a·v^(a−1) − (b+1)·v^b)(1 − v) + (v^a − v^(b+1))] / (1 − v)²
    const dnum = va.times(a).minus(vb1.times(b + 1)).dividedBy(v).times(w).plus(diff);
    value = value.plus(amount.times(sum));
    slope = slope.plus(amount.times(dnum.dividedBy(w.times(w))));
  }
  return { value, slope };
}
