import type { Regime } from '../law/regime';
import type { Stage } from '../finance/stage';

/** The report, `repayment-report/1` (shared/case-format.md): plain, serialisable, strings for money and rates. */

export type Words = { readonly zh: string; readonly en: string };

export interface ScheduleRow { readonly n: number; readonly dueDate: string; readonly principal: string; readonly interest: string; readonly fee: string; readonly payment: string }

export interface StatementJson {
  readonly daysOverdue: number;
  readonly principalOverdue: string;
  readonly interestOverdue: string;
  readonly feesOverdue: string;
  readonly penaltyInterest: string;
  readonly compoundInterest: string;
  readonly lateFees: string;
  readonly credit: string;
  readonly totalDue: string;
  readonly principalNotDue: string;
  readonly accruedInterest: string;
  readonly payoff: string;
  readonly claimGap?: string;
}

export interface CapLineJson { readonly id: string; readonly rate: string; readonly decisive: boolean; readonly label: Words; readonly citation: string }

export interface CapsJson {
  readonly regime: Regime;
  readonly termCap: string;
  readonly overdueCap: string;
  readonly lpr?: { readonly rate: string; readonly date: string; readonly unconfirmed: boolean; readonly entered: boolean };
  readonly lines: ReadonlyArray<CapLineJson>;
  readonly termTest: { readonly apr: string | null; readonly cap: string; readonly exceeds: boolean };
  readonly overdueTest: { readonly charged: string; readonly limit: string; readonly exceeds: boolean };
  /** null when no estimate is made (warning `estimate-unavailable`). */
  readonly supported: { readonly totalDue: string; readonly payoff: string; readonly statement: StatementJson; readonly schedule?: ReadonlyArray<ScheduleRow> } | null;
  readonly excess: { readonly totalDue: string; readonly payoff: string; readonly items: Readonly<Record<string, string>> } | null;
  readonly findings: ReadonlyArray<{ readonly id: string; readonly severity: 'info' | 'warning'; readonly message: Words; readonly citation: string }>;
}

/** A computed plan (see lib/plans/types.ts), or just { kind, months } when its base does not exist. */
export interface PlanJson { readonly kind: string; readonly months: number; readonly [key: string]: unknown }

export interface BudgetJson { readonly surplus: string; readonly surplusNow: string; readonly savings: string; readonly fixed: string; readonly flexible: string }

export interface RecommendationJson { readonly spec: Readonly<Record<string, unknown>>; readonly plan: PlanJson; readonly reason: Words }

export interface Report {
  readonly format: 'repayment-report/1';
  readonly asOf: string;
  readonly loan: { readonly legalPrincipal: string; readonly annualRate: string; readonly apr: string | null; readonly effectiveRate: string | null };
  readonly schedule: ReadonlyArray<ScheduleRow>;
  readonly statement: StatementJson;
  readonly caps: CapsJson;
  readonly stage: Stage;
  readonly plans: ReadonlyArray<PlanJson>;
  readonly budget?: BudgetJson;
  readonly recommendation?: RecommendationJson;
  readonly warnings: ReadonlyArray<{ readonly id: string; readonly message: Words; readonly citation?: string }>;
}
