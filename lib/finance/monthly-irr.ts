import { Decimal, ONE, ZERO, equal } from '../decimal';

const TOLERANCE = new Decimal('1e-16');
/** Below this distance of v from 1, sums are taken as at v = 1 (the rate is zero to 1e-15). */
const NEAR_ONE = new Decimal('1e-15');
const MAX_NEWTON_STEPS = 200;
const MAX_DOUBLINGS = 200;
/** The Decimal solve starts this far (relatively) above the float seed: beyond the float's own error. */
const SEED_MARGIN = new Decimal('1.000000001');

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

  const one = evaluate(ONE);
  if (one.value.isZero()) return ZERO; // repaid exactly what was received: the rate is exactly 0
  // Newton must start right of the root (g > 0). Just right of it, from the float seed, it needs
  // two steps instead of eight or more from v = 1; the seed is only a guess, checked here in
  // Decimal, and the result is the Decimal solve's.
  const seed = floatSeed(received, runs, payments.length);
  let v = seed === undefined ? ONE : new Decimal(seed).times(SEED_MARGIN);
  let at = seed === undefined ? one : evaluate(v);
  if (!at.value.greaterThan(ZERO)) {
    // No usable seed: from v = 1 or, when less was repaid than received (a negative rate, root
    // above 1), from the first doubling past the root.
    v = ONE;
    at = one;
    for (let i = 0; !at.value.greaterThan(ZERO); i++) {
      if (i >= MAX_DOUBLINGS) return undefined;
      v = v.times(2);
      at = evaluate(v);
    }
  }
  for (let step = 0; step < MAX_NEWTON_STEPS && !at.slope.isZero(); step++) {
    const delta = at.value.dividedBy(at.slope);
    v = v.minus(delta);
    if (delta.abs().lessThan(TOLERANCE)) break;
    at = evaluate(v);
  }
  return ONE.dividedBy(v).minus(ONE);
}

/**
 * The same Newton solve in binary floating point: a seed, never a result (no money is computed
 * in floats). undefined when it does not settle to a finite positive v.
 */
function floatSeed(received: Decimal, runs: ReadonlyArray<Run>, months: number): number | undefined {
  // The payments as floats, the same as converting each one, but converted once per run: a
  // Decimal becomes a float through a string, and a level loan has hundreds of equal payments.
  const p = new Float64Array(months);
  for (const { amount, from, to } of runs) p.fill(amount.toNumber(), from - 1, to);
  const r = received.toNumber();
  let v = 1;
  // g(1) < 0: the root lies above 1; find a point right of it first.
  for (let i = 0; g(v, r, p)[0] <= 0; i++) {
    if (i >= 60) return undefined;
    v *= 2;
  }
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const [value, slope] = g(v, r, p);
    if (!(slope > 0)) return undefined;
    const next = v - value / slope;
    if (!(next > 0) || !Number.isFinite(next)) return undefined;
    if (Math.abs(next - v) <= 1e-15 * v) return next;
    v = next;
  }
  return undefined;
}

function g(v: number, received: number, p: Float64Array): [number, number] {
  let inner = 0;
  let innerSlope = 0;
  for (let k = p.length - 1; k >= 0; k--) {
    innerSlope = innerSlope * v + inner;
    inner = inner * v + p[k]!;
  }
  return [v * inner - received, inner + v * innerSlope];
}

/**
 * The payments as runs of equal amounts. A run is extended in place rather than copied for each
 * month, and amounts are compared by `equal`, which needs no copy of either: for a level loan
 * of 360 months, this pass had cost about as much as the Newton solve itself.
 */
function toRuns(payments: ReadonlyArray<Decimal>): Run[] {
  const runs: Run[] = [];
  let last: { amount: Decimal; from: number; to: number } | undefined;
  for (let i = 0; i < payments.length; i++) {
    const amount = payments[i]!;
    if (last && equal(last.amount, amount)) last.to = i + 1;
    else runs.push((last = { amount, from: i + 1, to: i + 1 }));
  }
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
