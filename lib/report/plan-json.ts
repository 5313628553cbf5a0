import { formatDay } from '../calendar';
import type { BudgetSummary } from '../plans/budget';
import { isComputed } from '../plans/compute-plan';
import type { Recommendation } from '../plans/recommend';
import type { Plan, PlanSpec, UncomputedPlan } from '../plans/types';
import { money } from './format';
import type { BudgetJson, PlanJson, RecommendationJson } from './types';

export function planJson(p: Plan | UncomputedPlan): PlanJson {
  if (!isComputed(p)) return { kind: p.kind, months: p.months };
  return {
    kind: p.kind,
    base: money(p.base),
    amount: money(p.amount),
    downPayment: money(p.downPayment),
    months: p.months,
    payment: money(p.payment),
    total: money(p.total),
    interest: money(p.interest),
    graceInterest: money(p.graceInterest),
    savings: money(p.savings),
    ...(p.discount && { discount: { claimed: money(p.discount.claimed), ...(p.discount.supported && { supported: money(p.discount.supported) }) } }),
    ...(p.affordable !== undefined && { affordable: p.affordable }),
    schedule: p.schedule.map((r) => ({ n: r.n, date: formatDay(r.date), payment: money(r.payment), principal: money(r.principal), interest: money(r.interest), balance: money(r.balance) })),
    warnings: p.warnings,
  };
}

/** A plan spec back in case-file form, so a recommended plan can be added to the case as it is. */
export function specJson(s: PlanSpec): Record<string, unknown> {
  const base = typeof s.base === 'string' ? s.base : money(s.base);
  if (s.kind === 'settlement') return { kind: s.kind, base, amount: money(s.amount), date: formatDay(s.date) };
  const percent = (x: { times(n: number): { toString(): string } }) => x.times(100).toString();
  const common = { base, months: s.months, firstDate: formatDay(s.firstDate), downPayment: money(s.downPayment), annualRate: percent(s.annualRate) };
  if (s.kind === 'instalments') return { kind: s.kind, ...common };
  return { kind: s.kind, ...common, graceMonths: s.graceMonths, graceAnnualRate: percent(s.graceAnnualRate), graceInterest: s.graceInterest };
}

export const budgetJson = (b: BudgetSummary): BudgetJson => ({
  surplus: money(b.surplus), surplusNow: money(b.surplusNow), savings: money(b.savings), fixed: money(b.fixed), flexible: money(b.flexible),
});

export const recommendationJson = (r: Recommendation): RecommendationJson => ({ spec: specJson(r.spec), plan: planJson(r.plan), reason: r.reason });
