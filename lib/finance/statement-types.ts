import type { Decimal } from '../decimal';
import type { Day } from '../calendar';
import type { LateFee, PenaltyBase } from '../case/types';
import type { Amounts, DebtKind } from './debt';
import type { Schedule } from './instalment';

export interface StatementTerms {
  readonly schedule: Schedule;
  readonly asOf: Day;
  readonly dayCount: number;
  readonly penaltyAnnualRate: Decimal;
  readonly penaltyBase: PenaltyBase;
  readonly compound: boolean;
  readonly lateFees: ReadonlyArray<LateFee>;
  readonly acceleratedOn?: Day;
  /** In date order. Those after asOf are ignored. */
  readonly payments: ReadonlyArray<{ readonly date: Day; readonly amount: Decimal }>;
}

/** The statement as of a date, each item rounded to the fen (LAW.md §6). */
export interface Statement {
  readonly daysOverdue: number;
  readonly principalOverdue: Decimal;
  readonly interestOverdue: Decimal;
  readonly feesOverdue: Decimal;
  readonly penaltyInterest: Decimal;
  readonly compoundInterest: Decimal;
  readonly lateFees: Decimal;
  readonly credit: Decimal;
  readonly totalDue: Decimal;
  readonly principalNotDue: Decimal;
  readonly accruedInterest: Decimal;
  readonly payoff: Decimal;
}

/** Principal on which penalty ran from `from` to `to` (to − from days): the base of the overdue cap. */
export interface PenaltySegment {
  readonly from: Day;
  readonly to: Day;
  readonly base: Decimal;
}

export interface DebtSnapshot {
  readonly kind: DebtKind;
  readonly dueDate: Day;
  readonly n?: number;
  readonly owed: Readonly<Amounts>;
  readonly paid: Readonly<Amounts>;
  /** Nothing of any component left unpaid: lets the summaries skip the many settled debts of a long loan. */
  readonly settled: boolean;
}

export interface StatementRun {
  readonly statement: Statement;
  /** Everything accrued or charged up to asOf, paid or not, each rounded (LAW.md §7 overdue test). */
  readonly charged: { readonly penalty: Decimal; readonly compound: Decimal; readonly lateFees: Decimal };
  /** What payments have already settled of penalty, compound and late fees (full precision). */
  readonly chargesPaid: Decimal;
  readonly segments: ReadonlyArray<PenaltySegment>;
  /** The debts fallen due by asOf, oldest first, as they stand at asOf. */
  readonly debts: ReadonlyArray<DebtSnapshot>;
  /** What is unpaid of the debts, per component, full precision: `unpaidTotals(debts)`. */
  readonly unpaid: Readonly<Amounts>;
  /** Unpaid principal not yet due and the accrued interest of the running period (full precision before rounding). */
  readonly principalNotDue: Decimal;
  readonly accruedInterest: Decimal;
  /** Credit left over, full precision. */
  readonly credit: Decimal;
}
