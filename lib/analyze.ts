import { ZERO } from './decimal';
import { parseCase } from './case/parse-case';
import type { FieldError } from './case/messages';
import { toCase } from './case/to-case';
import type { LoanCase } from './case/types';
import { buildSchedule } from './finance/build-schedule';
import { runStatement } from './finance/run-statement';
import { overdueStage } from './finance/stage';
import { trueCost } from './finance/true-cost';
import { assess, statementTerms } from './law/assess';
import { DEFAULT_LPR, type LprTable } from './law/lpr';
import { isPossiblyTimeBarred } from './law/time-barred';
import { lenderNameWarning, paymentsAfterAsOfWarning, rateCheckWarning, timeBarredWarning, type Warning } from './law/warnings';
import { sizePlans, type BudgetShare } from './plans/size-plans';
import { budgetItemsWarning, incomeResumesWarning } from './plans/budget';
import { buildReport } from './report/build-report';
import type { Report } from './report/types';

// Texts shown only beside a report load with the engine, off the planner's first-load JavaScript.
export { stageNote } from './guidance/stage-note';
// The citation table and its on-screen reader, for components/cite.tsx: they load with the engine.
export { cite } from './law/citations';
export { citeOnScreen } from './letter/cite-in-letter';
// For a new plan's months and a new settlement's amount in the form (components/plan-defaults.ts).
export { monthsToFit } from './plans/months-to-fit';
export { savingsOffer } from './plans/settlement-offer';

export type AnalyzeResult = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

export interface AnalyzeOptions {
  /** The LPR table; defaults to the project's dated table (lib/law/lpr.ts). */
  readonly lpr?: LprTable;
  /** This debt's share of a budget shared with other debts (lib/portfolio.ts). */
  readonly budgetShare?: BudgetShare;
}

/**
 * The one entry point: a raw case (parsed JSON) in, the report or the field errors out.
 * Pure and deterministic: the as-of date comes from the case, never from a clock.
 */
export function analyze(raw: unknown, options: AnalyzeOptions = {}): AnalyzeResult {
  const parsed = parseCase(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, report: analyzeCase(toCase(parsed.file), options) };
}

/** The analysis of a validated case. */
export function analyzeCase(c: LoanCase, options: AnalyzeOptions = {}): Report {
  const { loan } = c;
  const legalPrincipal = loan.principal.minus(loan.upfrontFees);
  const contract = buildSchedule({ ...loan, dayCount: c.dayCount });
  const cost = trueCost(legalPrincipal, contract, loan.startDate, loan.method === 'bullet', c.dayCount);
  const claimed = runStatement({ ...statementTerms(c), schedule: contract });
  const assessment = assess({ c, contract, claimed, cost, legalPrincipal, lpr: options.lpr ?? DEFAULT_LPR });

  const paidDates = c.payments.filter((p) => p.date <= c.asOf).map((p) => p.date);
  const lastPayment = paidDates.length ? paidDates[paidDates.length - 1] : undefined;
  const accelerated = c.overdue.acceleratedOn !== undefined && c.overdue.acceleratedOn <= c.asOf ? c.overdue.acceleratedOn : undefined;
  const owesSomething = claimed.statement.payoff.greaterThan(ZERO);
  const warnings: Warning[] = [
    ...(owesSomething && isPossiblyTimeBarred(contract[contract.length - 1]!.dueDate, accelerated, lastPayment, c.asOf) ? [timeBarredWarning()] : []),
    ...assessment.warnings,
  ];
  const rateWarning = rateCheckWarning(loan.annualRate);
  if (rateWarning) warnings.push(rateWarning);
  const nameWarning = lenderNameWarning(c.lender.kind, c.lender.name);
  if (nameWarning) warnings.push(nameWarning);
  const lateWarning = paymentsAfterAsOfWarning(c.payments.filter((p) => p.date > c.asOf).map((p) => p.date), c.asOf);
  if (lateWarning) warnings.push(lateWarning);
  const budgetWarning = c.budget && budgetItemsWarning(c.budget);
  if (budgetWarning) warnings.push(budgetWarning);
  const resumesWarning = c.budget && incomeResumesWarning(c.budget, c.asOf);
  if (resumesWarning) warnings.push(resumesWarning);
  const supported = assessment.supported;
  const sized = sizePlans(c, {
    claimedPayoff: claimed.statement.payoff,
    ...(supported && { supportedPayoff: supported.payoff, supportedPrincipal: supported.principalOverdue.plus(supported.principalNotDue) }),
  }, options.budgetShare);
  return buildReport({
    asOf: c.asOf,
    legalPrincipal,
    annualRate: loan.annualRate,
    cost,
    contract,
    statement: claimed.statement,
    ...(c.claim && { claimAmount: c.claim.amount }),
    assessment,
    stage: overdueStage(claimed.statement.daysOverdue),
    sized,
    warnings,
  });
}
