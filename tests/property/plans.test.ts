/**
 * Invariants of the repayment proposals (case-format.md "Plans", issue 3), on the engine's own
 * functions in exact Decimal arithmetic: schedules add up to amount + interest, balances run down
 * to exactly 0.00 and never below, the recommended plan keeps within the surplus whenever it says
 * it is affordable, more months never raise the payment, and a shared surplus is split exactly.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Decimal, ZERO, sum, toFen } from '@/lib/decimal';
import { addMonthsToDay, parseDay } from '@/lib/calendar';
import { computePlan, isComputed } from '@/lib/plans/compute-plan';
import { recommend } from '@/lib/plans/recommend';
import { shortestAffordableMonths } from '@/lib/plans/shortest-affordable';
import { splitSurplus } from '@/lib/plans/split-surplus';
import type { DeferralSpec, InstalmentsSpec, Plan, PlanBase, PlanContext, PlanSpec } from '@/lib/plans/types';

const RUNS = Number(process.env.FC_RUNS ?? 10000);
const TIMEOUT = 600_000;

// ───────────────────────────── arbitraries ─────────────────────────────

const D = (x: string | number) => new Decimal(x);
const fen = (n: number) => D(n).dividedBy(100);
/** Money in fen: mostly everyday sums, sometimes tiny, sometimes near the schema's 12 digits. */
const moneyArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) }, // 0.01 .. 100,000
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10_000 }) }, // 0.01 .. 100
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99_999_999_999_999 }) },
).map(fen);
/** Signed money (a payoff can be a refund). */
const signedMoneyArb = fc.tuple(moneyArb, fc.integer({ min: 0, max: 9 })).map(([m, s]) => (s === 0 ? m.negated() : m));
/** An annual fraction: 0 (interest frozen) often, everyday rates, and the schema's extremes (up to 9,999%). */
const rateArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(ZERO) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 36_000_000 }).map((m) => D(m).dividedBy(1e8)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9_999_000_000 }).map((m) => D(m).dividedBy(1e8)) },
);
const monthsArb = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 360 }) });
const DAY_MIN = parseDay('1990-01-01')!;
const DAY_MAX = parseDay('2090-12-31')!;
/** Any day, with month ends (28–31) well represented. */
const dayArb = fc.oneof(
  fc.integer({ min: DAY_MIN, max: DAY_MAX }),
  fc.tuple(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }))
    .map(([y, m, d]) => parseDay(`${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())).padStart(2, '0')}`)!),
);

const ctxArb: fc.Arbitrary<PlanContext> = fc.record({
  asOf: dayArb,
  claimedPayoff: signedMoneyArb,
  supportedPayoff: fc.option(signedMoneyArb, { nil: undefined }),
  supportedPrincipal: fc.option(moneyArb, { nil: undefined }),
  demanded: fc.option(moneyArb, { nil: undefined }),
  surplus: fc.option(signedMoneyArb, { nil: undefined }),
  savings: fc.option(moneyArb, { nil: undefined }),
}).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as PlanContext);

const baseArb: fc.Arbitrary<PlanBase> = fc.oneof(fc.constantFrom<PlanBase>('supported', 'claimed', 'demanded'), moneyArb);
const downArb = fc.oneof({ weight: 3, arbitrary: fc.constant(ZERO) }, { weight: 1, arbitrary: moneyArb });

const instalmentsArb: fc.Arbitrary<InstalmentsSpec> = fc.record({
  kind: fc.constant('instalments' as const), base: baseArb, months: monthsArb, firstDate: dayArb, downPayment: downArb, annualRate: rateArb,
});
const deferralArb: fc.Arbitrary<DeferralSpec> = fc.record({
  kind: fc.constant('deferral' as const), base: baseArb, months: monthsArb, firstDate: dayArb, downPayment: downArb, annualRate: rateArb,
  graceMonths: fc.integer({ min: 1, max: 60 }), graceAnnualRate: rateArb, graceInterest: fc.constantFrom('capitalise' as const, 'with-first' as const),
});
const settlementArb = fc.record({ kind: fc.constant('settlement' as const), base: baseArb, amount: moneyArb, date: dayArb });
const specArb: fc.Arbitrary<PlanSpec> = fc.oneof({ weight: 2, arbitrary: instalmentsArb }, { weight: 2, arbitrary: deferralArb }, { weight: 1, arbitrary: settlementArb });

/** The plan for a spec and context, or undefined when its base does not exist there. */
function planFor(spec: PlanSpec, ctx: PlanContext): Plan | undefined {
  const p = computePlan(spec, ctx);
  return isComputed(p) ? p : undefined;
}
const baseOf = (b: PlanBase, ctx: PlanContext): Decimal | undefined =>
  b === 'supported' ? ctx.supportedPayoff : b === 'claimed' ? ctx.claimedPayoff : b === 'demanded' ? ctx.demanded : b;
const maxOf = (xs: ReadonlyArray<Decimal>) => xs.reduce((m, x) => (x.greaterThan(m) ? x : m), ZERO);
const isFen = (x: Decimal) => x.equals(toFen(x));

// ───────────────────────────── schedules ─────────────────────────────

describe('plan schedules', () => {
  it('Σ payments = amount + interest exactly; Σ principal = amount; each row pays principal + interest; total = down payment + Σ payments', () => {
    fc.assert(fc.property(specArb, ctxArb, (spec, ctx) => {
      const p = planFor(spec, ctx);
      const base = baseOf(spec.base, ctx);
      if (base === undefined) { expect(p).toBeUndefined(); return; }
      expect(p).toBeDefined();
      const plan = p!;
      const rows = plan.schedule;
      const paid = sum(rows.map((r) => r.payment));
      expect(paid.equals(plan.amount.plus(plan.interest)), `Σ ${paid} vs ${plan.amount} + ${plan.interest}`).toBe(true);
      expect(sum(rows.map((r) => r.principal)).equals(plan.amount)).toBe(true);
      expect(rows.every((r) => r.payment.equals(r.principal.plus(r.interest)))).toBe(true);
      expect(plan.total.equals(plan.downPayment.plus(paid))).toBe(true);
      expect(plan.savings.equals(ctx.claimedPayoff.minus(plan.total))).toBe(true);
      expect(rows.every((r) => isFen(r.payment) && isFen(r.principal) && isFen(r.interest))).toBe(true);
      expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => i + 1));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('deferral: grace interest = round(owed × grace rate / 12 × grace months); capitalised into the amount, or carried by the first row', () => {
    fc.assert(fc.property(deferralArb, ctxArb, (spec, ctx) => {
      const plan = planFor(spec, ctx);
      const base = baseOf(spec.base, ctx);
      if (!plan || base === undefined) return;
      const owed = Decimal.max(ZERO, base.minus(spec.downPayment));
      // Multiplied before dividing by 12, so an exact half fen rounds up (tests/worked/plans.test.ts).
      const grace = toFen(owed.times(spec.graceAnnualRate).times(spec.graceMonths).dividedBy(12));
      expect(plan.graceInterest.equals(grace)).toBe(true);
      const levelInterest = sum(plan.schedule.map((r) => r.interest));
      if (spec.graceInterest === 'capitalise') {
        // amount includes the grace interest; `interest` is the instalments' own.
        expect(plan.amount.equals(owed.plus(grace))).toBe(true);
        expect(plan.interest.equals(levelInterest)).toBe(true);
        expect(plan.total.minus(plan.downPayment).equals(owed.plus(grace).plus(plan.interest))).toBe(true);
      } else {
        // amount stays the owed sum; `interest` includes the grace interest (first row), `payment` stays regular.
        expect(plan.amount.equals(owed)).toBe(true);
        if (plan.schedule.length > 0) {
          const first = plan.schedule[0]!;
          expect(first.payment.minus(grace).equals(plan.payment) || plan.schedule.length === 1).toBe(true);
          expect(plan.total.minus(plan.downPayment).equals(owed.plus(plan.interest))).toBe(true);
        }
      }
      // Whatever the mode, what is paid beyond the owed sum is the instalments' interest plus the grace interest.
      if (plan.schedule.length > 0) {
        const beyond = plan.total.minus(plan.downPayment).minus(owed);
        const ownInterest = spec.graceInterest === 'capitalise' ? plan.interest : plan.interest.minus(grace);
        expect(beyond.equals(ownInterest.plus(grace))).toBe(true);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('balance after the last payment is exactly 0.00; balances never go negative and never rise; dates move forward', () => {
    fc.assert(fc.property(specArb, ctxArb, (spec, ctx) => {
      const plan = planFor(spec, ctx);
      if (!plan || plan.schedule.length === 0) return;
      const rows = plan.schedule;
      expect(rows[rows.length - 1]!.balance.toFixed(2)).toBe('0.00');
      expect(rows[rows.length - 1]!.balance.isZero()).toBe(true);
      let previous = plan.amount;
      for (const r of rows) {
        expect(r.balance.isNegative() && !r.balance.isZero(), `balance ${r.balance} in row ${r.n}`).toBe(false);
        expect(r.balance.lessThanOrEqualTo(previous)).toBe(true);
        expect(r.payment.isNegative() && !r.payment.isZero(), `payment ${r.payment} in row ${r.n}`).toBe(false);
        previous = r.balance;
      }
      expect(rows.every((r, i) => i === 0 || r.date > rows[i - 1]!.date)).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('instalments are due monthly from the first date, clamped to the month end (LAW.md §4), one row per month', () => {
    fc.assert(fc.property(instalmentsArb, ctxArb, (spec, ctx) => {
      const plan = planFor(spec, ctx);
      if (!plan || plan.amount.isZero()) return;
      expect(plan.months).toBe(spec.months);
      expect(plan.schedule.map((r) => r.date)).toEqual(plan.schedule.map((_, i) => addMonthsToDay(spec.firstDate, i)));
    }), { numRuns: Math.ceil(RUNS / 5) });
  }, TIMEOUT);

  it('a settlement is one payment of its amount, no interest; discount and savings are payoff − amount', () => {
    fc.assert(fc.property(settlementArb, ctxArb, (spec, ctx) => {
      const plan = planFor(spec, ctx);
      if (!plan) return;
      expect(plan.months).toBe(1);
      expect(plan.schedule).toHaveLength(1);
      expect(plan.total.equals(spec.amount) && plan.interest.isZero() && plan.schedule[0]!.balance.isZero()).toBe(true);
      expect(plan.discount!.claimed.equals(ctx.claimedPayoff.minus(spec.amount))).toBe(true);
      if (ctx.supportedPayoff !== undefined) expect(plan.discount!.supported!.equals(ctx.supportedPayoff.minus(spec.amount))).toBe(true);
      if (ctx.savings !== undefined) expect(plan.affordable).toBe(spec.amount.lessThanOrEqualTo(ctx.savings));
    }), { numRuns: Math.ceil(RUNS / 5) });
  }, TIMEOUT);

  it('more months never mean a higher payment, for the same amount and rate', () => {
    const arb = fc.record({ amount: moneyArb, months: fc.integer({ min: 1, max: 359 }), rate: rateArb, first: dayArb });
    fc.assert(fc.property(arb, ({ amount, months, rate, first }) => {
      const ctx: PlanContext = { asOf: first, claimedPayoff: amount };
      const spec = (m: number): PlanSpec => ({ kind: 'instalments', base: amount, months: m, firstDate: first, downPayment: ZERO, annualRate: rate });
      const shorter = planFor(spec(months), ctx)!;
      const longer = planFor(spec(months + 1), ctx)!;
      expect(longer.payment.lessThanOrEqualTo(shorter.payment), `${months + 1} months: ${longer.payment} > ${months}: ${shorter.payment}`).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

// ───────────────────────────── affordability and the recommendation ─────────────────────────────

/** Largest payment of an interest-frozen plan of n months, worked directly: max(P/n rounded, the last). */
function frozenLargest(amount: Decimal, n: number): Decimal {
  const a = toFen(amount.dividedBy(n));
  const last = amount.minus(a.times(n - 1));
  return last.greaterThan(a) ? last : a;
}
/** The fewest months (≤ 60) whose every frozen payment fits, by trying each in turn. */
function fewestFrozenMonths(amount: Decimal, spare: Decimal): number | undefined {
  for (let n = 1; n <= 60; n++) if (frozenLargest(amount, n).lessThanOrEqualTo(spare)) return n;
  return undefined;
}

/**
 * Owed (100 to 1,000,000 yuan: real debts, so a failure is not an artefact of a few fen) and a surplus
 * near one of its frozen payments (where "the last included" matters), or anywhere.
 */
const owedArb = fc.integer({ min: 10_000, max: 100_000_000 }).map(fen);
const owedAndSpare = fc.tuple(owedArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: -40, max: 40 }), fc.boolean(), signedMoneyArb)
  .map(([owed, n, delta, near, anywhere]) => ({ owed, spare: near ? toFen(owed.dividedBy(n)).plus(fen(delta)) : anywhere }));

describe('affordability and the recommendation', () => {
  it('a plan that says it is affordable has its payment within the surplus (a settlement: within the savings)', () => {
    fc.assert(fc.property(specArb, ctxArb, (spec, ctx) => {
      const plan = planFor(spec, ctx);
      if (!plan) return;
      if (plan.affordable === true) {
        if (plan.kind === 'settlement') expect(plan.amount.lessThanOrEqualTo(ctx.savings!)).toBe(true);
        else expect(plan.payment.lessThanOrEqualTo(ctx.surplus!)).toBe(true);
      }
      if (plan.affordable === false) expect(plan.warnings.map((w) => w.id)).toContain('plan-unaffordable');
      if (plan.affordable === undefined) expect(plan.kind === 'settlement' ? ctx.savings : ctx.surplus).toBeUndefined();
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('the recommended plan: when affordable, its payment — and for instalments every payment, the last included — is within the surplus', () => {
    const arb = fc.record({
      asOf: dayArb,
      pair: owedAndSpare,
      claimedOver: fc.integer({ min: 0, max: 100_000 }).map(fen),
      useSupported: fc.boolean(),
      savings: fc.oneof({ weight: 3, arbitrary: fc.constant(ZERO) }, { weight: 1, arbitrary: moneyArb }),
    });
    fc.assert(fc.property(arb, ({ asOf, pair, claimedOver, useSupported, savings }) => {
      const { owed, spare } = pair;
      const ctx: PlanContext = {
        asOf, claimedPayoff: useSupported ? owed.plus(claimedOver) : owed,
        ...(useSupported && { supportedPayoff: owed }), surplus: spare, savings,
      };
      const rec = recommend({ ctx, surplusNow: spare, surplus: spare, savings });
      if (!rec) { expect(owed.greaterThan(0)).toBe(false); return; }
      const { plan } = rec;
      if (plan.affordable !== true) return;
      if (plan.kind === 'settlement') { expect(plan.amount.lessThanOrEqualTo(savings)).toBe(true); return; }
      expect(plan.payment.lessThanOrEqualTo(spare)).toBe(true);
      const largest = maxOf(plan.schedule.map((r) => r.payment));
      expect(largest.lessThanOrEqualTo(spare), `${plan.months} months of ${plan.payment}: largest ${largest} > surplus ${spare} (owed ${owed})`).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('the shortest affordable plan is the shortest: the fewest months (≤ 60) whose every frozen payment fits', () => {
    fc.assert(fc.property(owedAndSpare, ({ owed, spare }) => {
      const got = shortestAffordableMonths(owed, spare, ZERO, 60);
      const want = spare.greaterThan(0) ? fewestFrozenMonths(owed, spare) : undefined;
      expect(got, `owed ${owed}, surplus ${spare}`).toBe(want);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

// ───────────────────────────── sharing one surplus ─────────────────────────────

describe('splitting one surplus among several debts', () => {
  const weightArb = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }).map((m) => D(m).dividedBy(1000)) }, // contractual payments, not fen-rounded
    { weight: 1, arbitrary: fc.constant(ZERO) },
    { weight: 1, arbitrary: moneyArb },
  );
  const weightsArb = fc.array(weightArb, { minLength: 1, maxLength: 12 });
  const floorArb = fc.oneof(fc.constant(D(100)), fc.constant(ZERO), fc.integer({ min: 0, max: 200_000 }).map(fen));
  /** A budget surplus: whole fen, a yuan or more, or a shortfall. */
  const arb = fc.record({
    surplus: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 100, max: 5_000_000 }).map(fen) }, { weight: 1, arbitrary: signedMoneyArb.map((x) => (x.greaterThan(0) ? x.plus(1) : x)) }),
    weights: weightsArb,
    floor: floorArb,
  });

  const checkShares = (surplus: Decimal, weights: ReadonlyArray<Decimal>, floor: Decimal) => {
    const shares = splitSurplus(surplus, weights, floor);
    expect(shares).toHaveLength(weights.length);
    expect(shares.every((s) => !s.isNegative() || s.isZero()), `negative share: ${shares.join(', ')} of ${surplus}`).toBe(true);
    expect(shares.every(isFen)).toBe(true);
    if (surplus.greaterThan(0)) expect(sum(shares).equals(surplus), `Σ ${sum(shares)} vs ${surplus}`).toBe(true);
    else expect(shares.every((s) => s.isZero())).toBe(true);
    if (surplus.greaterThanOrEqualTo(floor.times(weights.length))) {
      expect(shares.every((s) => s.greaterThanOrEqualTo(floor)), `${shares.join(', ')} vs floor ${floor}`).toBe(true);
    }
  };

  it('shares sum exactly to the surplus (all 0.00 on a shortfall), are whole fen, never negative, and each at least the floor when the surplus covers every floor', () => {
    fc.assert(fc.property(arb, ({ surplus, weights, floor }) => checkShares(surplus, weights, floor)), { numRuns: RUNS });
  }, TIMEOUT);

  it('the same for a surplus of a few fen shared among many debts (never a negative share)', () => {
    const tiny = fc.record({ surplus: fc.integer({ min: 1, max: 100 }).map(fen), weights: weightsArb, floor: floorArb });
    fc.assert(fc.property(tiny, ({ surplus, weights, floor }) => checkShares(surplus, weights, floor)), { numRuns: Math.ceil(RUNS / 5) });
  }, TIMEOUT);

  it('pro rata: above the floor, a larger contractual payment never gets a smaller share (to within the fen of rounding per debt)', () => {
    fc.assert(fc.property(arb, ({ surplus, weights, floor }) => {
      if (!surplus.greaterThanOrEqualTo(floor.times(weights.length))) return;
      const shares = splitSurplus(surplus, weights, floor);
      const slack = fen(weights.length);
      for (let i = 0; i < weights.length; i++) {
        for (let j = 0; j < weights.length; j++) {
          if (weights[i]!.greaterThan(weights[j]!)) expect(shares[i]!.plus(slack).greaterThanOrEqualTo(shares[j]!)).toBe(true);
        }
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
