import { Decimal, ONE, ZERO, toFen } from '../decimal';
import type { Day } from '../calendar';
import type { Method } from '../case/types';
import { dueDates } from './due-dates';
import type { Instalment, Schedule } from './instalment';

export interface ScheduleTerms {
  readonly principal: Decimal;
  readonly startDate: Day;
  readonly firstDueDate?: Day;
  readonly termMonths: number;
  /** Nominal annual rate as a fraction. For a flat loan: the flat monthly rate × 12. */
  readonly annualRate: Decimal;
  readonly method: Method;
  readonly periodicFee: Decimal;
  readonly dayCount: number;
}

export interface Row { readonly principal: Decimal; readonly interest: Decimal }

/**
 * The contract schedule (LAW.md §4). Interest and principal are rounded to the fen per
 * instalment; the last instalment takes whatever principal remains, so the principal
 * column always sums to the principal exactly.
 */
export function buildSchedule(t: ScheduleTerms): Schedule {
  const dates = dueDates(t);
  const rows = t.method === 'bullet' ? bulletRows(t, dates[0]!) : monthlyRows(t, dates.length);
  return onDates(rows, dates, t.startDate, t.periodicFee);
}

/**
 * The same loan re-priced on another schedule's dates (the supported schedule, LAW.md §7): the
 * dates are the contract's, so they are taken from it rather than worked out again.
 */
export function rebuildOnDates(contract: Schedule, t: Omit<ScheduleTerms, 'startDate' | 'firstDueDate' | 'termMonths'>): Schedule {
  const first = contract[0];
  if (!first) return [];
  const dates = contract.map((s) => s.dueDate);
  const rows = t.method === 'bullet' ? bulletRows({ ...t, startDate: first.periodStart }, dates[0]!) : monthlyRows(t, dates.length);
  return onDates(rows, dates, first.periodStart, t.periodicFee);
}

function onDates(rows: ReadonlyArray<Row>, dates: ReadonlyArray<Day>, startDate: Day, fee: Decimal): Schedule {
  const noFee = fee.isZero();
  return rows.map((row, i) => ({
    n: i + 1,
    periodStart: i === 0 ? startDate : dates[i - 1]!,
    dueDate: dates[i]!,
    principal: row.principal,
    interest: row.interest,
    fee,
    payment: noFee ? row.principal.plus(row.interest) : row.principal.plus(row.interest).plus(fee),
  } satisfies Instalment));
}

function bulletRows(t: Pick<ScheduleTerms, 'principal' | 'startDate' | 'annualRate' | 'dayCount'>, maturity: Day): Row[] {
  const days = maturity - t.startDate;
  return [{ principal: t.principal, interest: toFen(t.principal.times(t.annualRate).times(days).dividedBy(t.dayCount)) }];
}

/** The fixed payment of an equal-payment loan: A = P·r(1+r)^n / ((1+r)^n − 1), or P/n at r = 0. */
export function levelPayment(principal: Decimal, monthlyRate: Decimal, n: number): Decimal {
  if (monthlyRate.isZero()) return toFen(principal.dividedBy(n));
  const growth = ONE.plus(monthlyRate).pow(n);
  return toFen(principal.times(monthlyRate).times(growth).dividedBy(growth.minus(ONE)));
}

/**
 * The principal and interest of each of n monthly instalments, without dates: what sizing a plan
 * needs when it tries month counts (lib/plans/shortest-affordable.ts).
 */
export function monthlyRows(t: Pick<ScheduleTerms, 'principal' | 'annualRate' | 'method'>, n: number): Row[] {
  const r = t.annualRate.dividedBy(12);
  const P = t.principal;
  const rows: Row[] = [];
  let balance = P;
  const A = t.method === 'equal-payment' ? levelPayment(P, r, n) : ZERO;
  const evenPrincipal = toFen(P.dividedBy(n));
  for (let k = 1; k <= n; k++) {
    const last = k === n;
    let interest: Decimal;
    let principal: Decimal;
    switch (t.method) {
      case 'equal-payment':
        interest = toFen(balance.times(r));
        principal = last ? balance : A.minus(interest);
        break;
      case 'equal-principal':
        interest = toFen(balance.times(r));
        principal = last ? balance : evenPrincipal;
        break;
      case 'interest-first':
        interest = toFen(P.times(r));
        principal = last ? P : ZERO;
        break;
      case 'flat':
        interest = toFen(P.times(r));
        principal = last ? balance : evenPrincipal;
        break;
      default:
        throw new Error(`monthlyRows: unexpected method ${t.method}`);
    }
    // An instalment can never repay more principal than is left (equal-payment at a high
    // rate with few months cannot reach this; the guard keeps the invariant explicit). A balance
    // gone below zero is that case, found without a comparison of its own.
    let next = balance.minus(principal);
    if (next.isNegative() && !next.isZero()) {
      principal = balance;
      next = ZERO;
    }
    rows.push({ principal, interest });
    balance = next;
  }
  return rows;
}
