import type { Decimal } from '../decimal';
import type { LoanCase } from '../case/types';
import { summariseBudget, type BudgetSummary } from './budget';
import { computePlan } from './compute-plan';
import { recommend, type Recommendation } from './recommend';
import type { Plan, PlanContext, UncomputedPlan } from './types';

export interface PlanFigures {
  readonly claimedPayoff: Decimal;
  readonly supportedPayoff?: Decimal;
  readonly supportedPrincipal?: Decimal;
}

/** When several debts share one budget, this debt's share of the surplus and of the savings. */
export interface BudgetShare {
  readonly surplus: Decimal;
  readonly surplusNow: Decimal;
  readonly savings: Decimal;
}

export interface SizedPlans {
  readonly budget?: BudgetSummary;
  readonly plans: ReadonlyArray<Plan | UncomputedPlan>;
  readonly recommendation?: Recommendation;
}

/** The case's proposals computed against its figures and budget, and the recommended offer. */
export function sizePlans(c: LoanCase, figures: PlanFigures, share?: BudgetShare): SizedPlans {
  const budget = c.budget ? summariseBudget(c.budget) : undefined;
  const mine = share ?? budget;
  const ctx: PlanContext = {
    asOf: c.asOf,
    ...figures,
    ...(c.claim && { demanded: c.claim.amount }),
    ...(mine && { surplus: mine.surplusNow, surplusLater: mine.surplus, savings: mine.savings }),
  };
  const plans = c.plans.map((spec) => computePlan(spec, ctx));
  const recommendation = mine
    ? recommend({ ctx, surplusNow: mine.surplusNow, surplus: mine.surplus, savings: mine.savings, ...(c.budget?.incomeResumes !== undefined && { incomeResumes: c.budget.incomeResumes }) })
    : undefined;
  return { ...(budget && { budget: share ? { ...budget, ...share } : budget }), plans, ...(recommendation && { recommendation }) };
}
