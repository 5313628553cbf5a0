import type { Decimal } from '../decimal';
import type { Day } from '../calendar';
import type { Budget } from '../plans/budget';
import type { PlanSpec } from '../plans/types';

/** The case as the engine sees it: Decimals and calendar days, defaults filled in. */

export type LenderKind = 'licensed' | 'private' | 'unlicensed-professional';
export type Method = 'equal-payment' | 'equal-principal' | 'interest-first' | 'bullet' | 'flat';
export type PenaltyBase = 'overdue-principal' | 'outstanding-principal';
export type DayCount = 360 | 365;

export interface LateFee {
  readonly name: string;
  readonly per: 'overdue-instalment' | 'once';
  readonly amount?: Decimal;
  /** Percent of the instalment's scheduled payment, as a fraction (5% = 0.05). */
  readonly fraction?: Decimal;
  readonly date?: Day;
}

export interface Loan {
  readonly principal: Decimal;
  readonly startDate: Day;
  readonly contractDate: Day;
  readonly termMonths: number;
  readonly firstDueDate?: Day;
  /** Nominal annual rate as a fraction (LAW.md §3): daily × dayCount, monthly × 12. */
  readonly annualRate: Decimal;
  readonly method: Method;
  readonly upfrontFees: Decimal;
  readonly periodicFee: Decimal;
}

export interface OverdueTerms {
  readonly penaltyAnnualRate: Decimal;
  readonly penaltyBase: PenaltyBase;
  readonly compound: boolean;
  readonly lateFees: ReadonlyArray<LateFee>;
  readonly acceleratedOn?: Day;
}

export interface Payment {
  readonly date: Day;
  readonly amount: Decimal;
}

export interface LoanCase {
  readonly asOf: Day;
  readonly filingDate: Day;
  readonly dayCount: DayCount;
  readonly capDayCount: DayCount;
  /** The one-year LPR entered by the user, as a fraction, overriding the table. */
  readonly lprOverride?: Decimal;
  readonly lender: { readonly name: string; readonly kind: LenderKind; readonly contractNo?: string };
  readonly loan: Loan;
  readonly overdue: OverdueTerms;
  /** In date order; a payment after asOf is kept here but ignored by the statement. */
  readonly payments: ReadonlyArray<Payment>;
  readonly claim?: { readonly amount: Decimal; readonly date?: Day; readonly source?: string };
  readonly budget?: Budget;
  readonly plans: ReadonlyArray<PlanSpec>;
}
