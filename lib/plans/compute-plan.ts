import { Decimal, ZERO, max, sum, toFen } from '../decimal';
import { resolveBase } from './plan-base';
import { planWarnings } from './plan-warnings';
import { repaymentRows } from './repayment-rows';
import { downPaymentFits, largestMonthly } from './shortest-affordable';
import type { DeferralSpec, InstalmentsSpec, Plan, PlanContext, PlanRow, PlanSpec, SettlementSpec, UncomputedPlan } from './types';

type Draft = Omit<Plan, 'warnings' | 'affordable'>;

/** Computes one proposal (case-format.md "Plans"); a plan whose base does not exist is left uncomputed. */
export function computePlan(spec: PlanSpec, ctx: PlanContext): Plan | UncomputedPlan {
  const base = resolveBase(spec.base, ctx);
  if (base === undefined) return { kind: spec.kind, months: spec.kind === 'settlement' ? 1 : spec.months, computed: false };
  const draft = spec.kind === 'settlement' ? settlement(spec, base, ctx) : instalments(spec, base, ctx);
  const affordable = isAffordable(draft, ctx);
  const plan = { ...draft, ...(affordable !== undefined && { affordable }), warnings: [] };
  return { ...plan, warnings: planWarnings(spec, plan, ctx) };
}

export const isComputed = (p: Plan | UncomputedPlan): p is Plan => !('computed' in p);

function draft(kind: Plan['kind'], parts: { base: Decimal; amount: Decimal; downPayment: Decimal; payment: Decimal; graceInterest: Decimal; rows: PlanRow[] }, ctx: PlanContext): Draft {
  const total = parts.downPayment.plus(sum(parts.rows.map((r) => r.payment)));
  return {
    kind,
    base: parts.base,
    amount: parts.amount,
    downPayment: parts.downPayment,
    months: parts.rows.length,
    payment: parts.payment,
    graceInterest: parts.graceInterest,
    total,
    interest: sum(parts.rows.map((r) => r.interest)),
    savings: ctx.claimedPayoff.minus(total),
    schedule: parts.rows,
  };
}

function instalments(spec: InstalmentsSpec | DeferralSpec, base: Decimal, ctx: PlanContext): Draft {
  const downPayment = spec.downPayment;
  // Nothing left to repay (a base at or below the down payment, or a refund): no instalments.
  const owed = max(ZERO, base.minus(downPayment));
  let graceInterest = ZERO;
  let amount = owed;
  if (spec.kind === 'deferral') {
    // Grace interest = amount × grace rate / 12 × grace months, rounded (case-format.md); divided
    // last, so an exact half fen is not lost to a cut-off /12 (1,234.61 × 6 / 12 = 617.305 → 617.31).
    graceInterest = toFen(owed.times(spec.graceAnnualRate).times(spec.graceMonths).dividedBy(12));
    if (spec.graceInterest === 'capitalise') amount = owed.plus(graceInterest);
  }
  let rows = amount.isZero() ? [] : repaymentRows(amount, spec.months, spec.firstDate, spec.annualRate);
  const payment = rows[0]?.payment ?? ZERO;
  const first = rows[0];
  if (spec.kind === 'deferral' && spec.graceInterest === 'with-first' && first) {
    // The first row carries the grace interest on top; `payment` stays the regular instalment.
    rows = [{ ...first, payment: first.payment.plus(graceInterest), interest: first.interest.plus(graceInterest) }, ...rows.slice(1)];
  }
  return draft(spec.kind, { base, amount, downPayment, payment, graceInterest, rows }, ctx);
}

function settlement(spec: SettlementSpec, base: Decimal, ctx: PlanContext): Draft {
  const row: PlanRow = { n: 1, date: spec.date, payment: spec.amount, principal: spec.amount, interest: ZERO, balance: ZERO };
  return {
    ...draft('settlement', { base, amount: spec.amount, downPayment: ZERO, payment: spec.amount, graceInterest: ZERO, rows: [row] }, ctx),
    discount: {
      claimed: ctx.claimedPayoff.minus(spec.amount),
      ...(ctx.supportedPayoff !== undefined && { supported: ctx.supportedPayoff.minus(spec.amount) }),
    },
  };
}

/**
 * case-format.md: payment ≤ surplus, a settlement's amount ≤ savings. Read strictly, as a promise
 * the borrower can keep: every instalment must fit, the last (which absorbs rounding) included,
 * but not the grace interest a "with-first" deferral adds to its first row (case-format.md
 * compares the regular instalment). A deferral's instalments start once income resumes, so they
 * are held to the usual surplus; others to the surplus now. A down payment must come out of
 * savings, or the plan cannot start.
 */
function isAffordable(plan: Draft, ctx: PlanContext): boolean | undefined {
  if (plan.kind === 'settlement') return ctx.savings === undefined ? undefined : plan.amount.lessThanOrEqualTo(ctx.savings);
  const surplus = plan.kind === 'deferral' ? ctx.surplusLater ?? ctx.surplus : ctx.surplus;
  if (surplus === undefined) return undefined;
  return downPaymentFits(plan.downPayment, ctx.savings) && largestMonthly(plan).lessThanOrEqualTo(surplus);
}
