import { Decimal, HUNDRED, ZERO } from '../decimal';
import { day } from '../calendar';
import { annualRate } from '../finance/annual-rate';
import type { Budget } from '../plans/budget';
import type { PlanBase, PlanSpec } from '../plans/types';
import type { BudgetInput, CaseFile, PlanInput } from './schema';
import type { LateFee, LoanCase } from './types';

const percentToFraction = (s: string | undefined): Decimal => (s === undefined ? ZERO : new Decimal(s).dividedBy(HUNDRED));
const orZero = (s: string | undefined): Decimal => (s === undefined ? ZERO : new Decimal(s));

export function toBudget(b: BudgetInput): Budget {
  return {
    income: new Decimal(b.income),
    ...(b.incomeNow !== undefined && { incomeNow: new Decimal(b.incomeNow) }),
    ...(b.incomeResumes !== undefined && { incomeResumes: day(b.incomeResumes) }),
    essentials: new Decimal(b.essentials),
    otherDebts: orZero(b.otherDebts),
    savings: orZero(b.savings),
    dependants: b.dependants ?? 0,
    items: (b.items ?? []).map((i) => ({ name: i.name, amount: new Decimal(i.amount), kind: i.kind })),
  };
}

function toPlanSpec(p: PlanInput): PlanSpec {
  const base: PlanBase = p.base === 'supported' || p.base === 'claimed' || p.base === 'demanded' ? p.base : new Decimal(p.base);
  if (p.kind === 'settlement') return { kind: 'settlement', base, amount: new Decimal(p.amount), date: day(p.date) };
  const common = { base, months: p.months, firstDate: day(p.firstDate), downPayment: orZero(p.downPayment), annualRate: percentToFraction(p.annualRate) };
  if (p.kind === 'instalments') return { kind: 'instalments', ...common };
  return { kind: 'deferral', ...common, graceMonths: p.graceMonths, graceAnnualRate: percentToFraction(p.graceAnnualRate), graceInterest: p.graceInterest ?? 'capitalise' };
}

/** LAW.md §6: without a stated penalty, the penalty rate is 1.5 × the contract rate. */
const DEFAULT_PENALTY_MULTIPLIER = new Decimal('1.5');

/** The one adapter from a validated case file to the engine's types. */
export function toCase(file: CaseFile): LoanCase {
  const dayCount = file.dayCount ?? 360;
  const loanRate = annualRate(file.loan.rate.value, file.loan.rate.per, dayCount);
  const fees = file.loan.fees ?? [];
  const feeTotal = (when: string) => fees.filter((f) => f.when === when).reduce((s, f) => s.plus(f.amount), ZERO);
  const penalty = file.overdue?.penalty;
  const penaltyAnnualRate =
    penalty && 'rate' in penalty
      ? annualRate(penalty.rate.value, penalty.rate.per, dayCount)
      : loanRate.times(penalty && 'multiplier' in penalty ? penalty.multiplier : DEFAULT_PENALTY_MULTIPLIER);
  const lateFees: LateFee[] = (file.overdue?.lateFees ?? []).map((f) => ({
    name: f.name,
    per: f.per,
    ...(f.amount !== undefined && { amount: new Decimal(f.amount) }),
    ...(f.percent !== undefined && { fraction: new Decimal(f.percent).dividedBy(HUNDRED) }),
    ...(f.date !== undefined && { date: day(f.date) }),
  }));
  // Payments by date; a file may list them in any order, and the sort is stable, so payments on
  // one day keep the file's order. Most payments of a loan are the same few amounts: each amount
  // is made a Decimal once and shared (Decimals are immutable).
  const amounts = new Map<string, Decimal>();
  const amountOf = (s: string): Decimal => {
    let amount = amounts.get(s);
    if (amount === undefined) amounts.set(s, (amount = new Decimal(s)));
    return amount;
  };
  const payments = (file.payments ?? []).map((p) => ({ date: day(p.date), amount: amountOf(p.amount) })).sort((a, b) => a.date - b.date);
  const accelerated = file.overdue?.acceleratedOn;

  return {
    asOf: day(file.asOf),
    filingDate: day(file.filingDate ?? file.asOf),
    dayCount,
    capDayCount: file.capDayCount ?? 365,
    ...(file.lprOverride !== undefined && { lprOverride: new Decimal(file.lprOverride).dividedBy(HUNDRED) }),
    lender: { name: file.lender.name, kind: file.lender.kind, ...(file.lender.contractNo !== undefined && { contractNo: file.lender.contractNo }) },
    loan: {
      principal: new Decimal(file.loan.principal),
      startDate: day(file.loan.startDate),
      contractDate: day(file.loan.contractDate ?? file.loan.startDate),
      termMonths: file.loan.termMonths,
      ...(file.loan.firstDueDate !== undefined && { firstDueDate: day(file.loan.firstDueDate) }),
      annualRate: loanRate,
      method: file.loan.method,
      upfrontFees: feeTotal('upfront'),
      periodicFee: feeTotal('each-instalment'),
    },
    overdue: {
      penaltyAnnualRate,
      penaltyBase: file.overdue?.penaltyBase ?? 'overdue-principal',
      compound: file.overdue?.compound ?? false,
      lateFees,
      ...(accelerated !== undefined && { acceleratedOn: day(accelerated) }),
    },
    payments,
    ...(file.claim !== undefined && {
      claim: {
        amount: new Decimal(file.claim.amount),
        ...(file.claim.date !== undefined && { date: day(file.claim.date) }),
        ...(file.claim.source !== undefined && { source: file.claim.source }),
      },
    }),
    ...(file.budget !== undefined && { budget: toBudget(file.budget) }),
    plans: (file.plans ?? []).map(toPlanSpec),
  };
}
