import { Decimal, sum } from './decimal';
import { analyzeCase, type AnalyzeOptions } from './analyze';
import { parseCase } from './case/parse-case';
import { toFieldErrors, type FieldError } from './case/messages';
import { budgetSchema } from './case/schema';
import { toBudget, toCase } from './case/to-case';
import type { LoanCase } from './case/types';
import { buildSchedule } from './finance/build-schedule';
import { summariseBudget } from './plans/budget';
import { splitSurplus } from './plans/split-surplus';
import { money } from './report/format';
import { budgetJson } from './report/plan-json';
import type { BudgetJson, Report } from './report/types';

/** The smallest monthly payment offered to any one lender when a surplus is shared (¥100). */
export const DEFAULT_FLOOR = new Decimal(100);

export interface PortfolioReport {
  readonly format: 'repayment-portfolio/1';
  readonly budget: BudgetJson;
  readonly floor: string;
  readonly shares: ReadonlyArray<{ readonly lender: string; readonly contractualPayment: string; readonly surplus: string; readonly savings: string }>;
  readonly reports: ReadonlyArray<Report>;
}

export type PortfolioResult =
  | { readonly ok: true; readonly report: PortfolioReport }
  | { readonly ok: false; readonly errors: ReadonlyArray<FieldError & { readonly file: number | 'budget' }> };

/**
 * A debt's contractual monthly payment: its scheduled payments spread over its term, so a bullet
 * or interest-first loan weighs by what it really costs a month, not by its first instalment.
 */
export function contractualPayment(c: LoanCase): Decimal {
  const schedule = buildSchedule({ ...c.loan, dayCount: c.dayCount });
  return sum(schedule.map((s) => s.payment)).dividedBy(c.loan.termMonths);
}

/**
 * Several debts sharing one budget (issue 3): the monthly surplus — and the savings — are split
 * pro rata to each debt's contractual payment with a floor per debt (lib/plans/split-surplus.ts),
 * then each case is analysed with its share. The budget inside each case file is ignored.
 */
export function analyzePortfolio(rawCases: ReadonlyArray<unknown>, rawBudget: unknown, floor: Decimal = DEFAULT_FLOOR, options: AnalyzeOptions = {}): PortfolioResult {
  const errors: Array<FieldError & { file: number | 'budget' }> = [];
  const cases: LoanCase[] = [];
  rawCases.forEach((raw, file) => {
    const parsed = parseCase(raw);
    if (parsed.ok) cases.push(toCase(parsed.file));
    else errors.push(...parsed.errors.map((e) => ({ ...e, file })));
  });
  const budget = budgetSchema.safeParse(rawBudget, { reportInput: true });
  // Issues are placed under `budget` before they are worded, so each is named as a case's budget
  // field is ("Essential spending (budget.essentials)", not "Field essentials (essentials)").
  if (!budget.success) errors.push(...toFieldErrors(budget.error.issues.map((i) => ({ ...i, path: ['budget', ...i.path] }))).map((e) => ({ ...e, file: 'budget' as const })));
  if (errors.length || !budget.success) return { ok: false, errors };

  const summary = summariseBudget(toBudget(budget.data));
  const weights = cases.map(contractualPayment);
  const surplus = splitSurplus(summary.surplus, weights, floor);
  const surplusNow = splitSurplus(summary.surplusNow, weights, floor);
  const savings = splitSurplus(summary.savings, weights, new Decimal(0));
  const reports = cases.map((c, i) => analyzeCase({ ...c, budget: toBudget(budget.data) }, { ...options, budgetShare: { surplus: surplus[i]!, surplusNow: surplusNow[i]!, savings: savings[i]! } }));
  return {
    ok: true,
    report: {
      format: 'repayment-portfolio/1',
      budget: budgetJson(summary),
      floor: money(floor),
      shares: cases.map((c, i) => ({ lender: c.lender.name, contractualPayment: money(weights[i]!), surplus: money(surplus[i]!), savings: money(savings[i]!) })),
      reports,
    },
  };
}
