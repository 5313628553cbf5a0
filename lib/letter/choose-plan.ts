import type { CaseFile } from '../case/schema';
import type { PlanJson, Report } from '../report/types';
import { noSuchPlan, planDatePast, planNothingToRepay, planNotComputed, planZeroPayments } from './letter-error';

export interface LetterPlanRow { readonly n: number; readonly date: string; readonly payment: string; readonly balance: string }

/** A computed plan from the report, with the terms of its spec that the letter states. */
export interface LetterPlan {
  readonly kind: 'instalments' | 'deferral' | 'settlement';
  readonly base: string;
  readonly baseKind: 'supported' | 'claimed' | 'demanded' | 'amount';
  readonly amount: string;
  readonly downPayment: string;
  readonly months: number;
  readonly payment: string;
  readonly total: string;
  readonly graceInterest: string;
  readonly schedule: ReadonlyArray<LetterPlanRow>;
  /** Percent per year, as in the case file ("0" = interest frozen). */
  readonly annualRate: string;
  readonly graceMonths: number;
  readonly graceAnnualRate: string;
  readonly graceInterestPaid: 'capitalise' | 'with-first';
}

const text = (x: unknown, fallback: string): string => (typeof x === 'string' ? x : fallback);

function letterPlan(p: PlanJson, spec: Readonly<Record<string, unknown>>): LetterPlan | undefined {
  if (typeof p.total !== 'string' || !Array.isArray(p.schedule)) return undefined;
  const base = text(spec.base, 'supported');
  return {
    kind: p.kind as LetterPlan['kind'],
    base: text(p.base, '0.00'),
    baseKind: base === 'supported' || base === 'claimed' || base === 'demanded' ? base : 'amount',
    amount: text(p.amount, '0.00'),
    downPayment: text(p.downPayment, '0.00'),
    months: p.months,
    payment: text(p.payment, '0.00'),
    total: p.total,
    graceInterest: text(p.graceInterest, '0.00'),
    schedule: (p.schedule as ReadonlyArray<LetterPlanRow>).map(({ n, date, payment, balance }) => ({ n, date, payment, balance })),
    annualRate: text(spec.annualRate, '0'),
    graceMonths: typeof spec.graceMonths === 'number' ? spec.graceMonths : 0,
    graceAnnualRate: text(spec.graceAnnualRate, '0'),
    graceInterestPaid: spec.graceInterest === 'with-first' ? 'with-first' : 'capitalise',
  };
}

/**
 * The plan the letter proposes: the one at `index` (the option, else case.letter.planIndex);
 * without an index the first plan, or the report's recommendation when the case has no plans and
 * it fits the budget (even its longest plan may not: a promise the borrower cannot keep is not
 * made for them; the letter then asks to agree affordable terms); undefined when there is nothing
 * to propose. An index that names no computed plan throws.
 */
export function choosePlan(file: CaseFile, report: Report, index?: number): LetterPlan | undefined {
  const chosen = index ?? file.letter?.planIndex;
  if (chosen === undefined && report.plans.length === 0) {
    const r = report.recommendation;
    return r && r.plan.affordable !== false ? letterPlan(r.plan, r.spec) : undefined;
  }
  const i = chosen ?? 0;
  const plan = report.plans[i];
  if (!plan) throw noSuchPlan(i, report.plans.length);
  const computed = letterPlan(plan, (file.plans?.[i] ?? {}) as Readonly<Record<string, unknown>>);
  if (!computed) throw planNotComputed(i);
  if (computed.kind !== 'settlement' && computed.schedule.length === 0) throw planNothingToRepay(i);
  // An adversarial review: a settlement dated 2020 offered "in one payment by 1 January 2020".
  const warned = (id: string) => Array.isArray(plan.warnings) && (plan.warnings as ReadonlyArray<{ readonly id?: unknown }>).some((w) => w.id === id);
  if (warned('plan-date-past')) throw planDatePast(i);
  if (warned('plan-zero-payments')) throw planZeroPayments(i);
  return computed;
}
