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

/** One instalment's principal and interest, and `payment`, their sum. */
export interface Row { readonly principal: Decimal; readonly interest: Decimal; readonly payment: Decimal }

const row = (principal: Decimal, interest: Decimal): Row => ({ principal, interest, payment: principal.plus(interest) });

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
  // Level payments are one Decimal (monthlyRows), so the fee is added once for all of them.
  let before: Decimal | undefined;
  let withFee = ZERO;
  return rows.map((r, i) => {
    if (!noFee && r.payment !== before) {
      before = r.payment;
      withFee = r.payment.plus(fee);
    }
    return {
      n: i + 1,
      periodStart: i === 0 ? startDate : dates[i - 1]!,
      dueDate: dates[i]!,
      principal: r.principal,
      interest: r.interest,
      fee,
      payment: noFee ? r.payment : withFee,
    } satisfies Instalment;
  });
}

function bulletRows(t: Pick<ScheduleTerms, 'principal' | 'startDate' | 'annualRate' | 'dayCount'>, maturity: Day): Row[] {
  const days = maturity - t.startDate;
  return [row(t.principal, toFen(t.principal.times(t.annualRate).times(days).dividedBy(t.dayCount)))];
}

/** The fixed payment of an equal-payment loan: A = P·r(1+r)^n / ((1+r)^n − 1), or P/n at r = 0. */
export function levelPayment(principal: Decimal, monthlyRate: Decimal, n: number): Decimal {
  if (monthlyRate.isZero()) return toFen(principal.dividedBy(n));
  const growth = ONE.plus(monthlyRate).pow(n);
  return toFen(principal.times(monthlyRate).times(growth).dividedBy(growth.minus(ONE)));
}

/**
 * The principal, interest and payment of each of n monthly instalments, without dates: what
 * sizing a plan needs when it tries month counts (lib/plans/shortest-affordable.ts).
 */
export function monthlyRows(t: Pick<ScheduleTerms, 'principal' | 'annualRate' | 'method'>, n: number): Row[] {
  const r = t.annualRate.dividedBy(12);
  // A month's interest is balance × annual / 12, multiplied before dividing: r itself is cut at
  // 40 digits when annual / 12 does not terminate (0.1825 / 12), so balance × r could land a hair
  // under an exact half fen (3,000 × 18.25% / 12 = 45.625 gave 45.62, not 45.63 half-up).
  const monthInterest = (on: Decimal): Decimal => toFen(on.times(t.annualRate).dividedBy(12));
  const P = t.principal;
  const rows: Row[] = [];
  let balance = P;
  const A = t.method === 'equal-payment' ? levelPayment(P, r, n) : ZERO;
  const evenPrincipal = toFen(P.dividedBy(n));
  for (let k = 1; k <= n; k++) {
    const last = k === n;
    let interest: Decimal;
    let principal: Decimal;
    // principal + interest where it is known without adding: a level payment is A itself, as
    // (A − interest) + interest is exact (whole fen, far inside 40 digits).
    let payment: Decimal | undefined;
    switch (t.method) {
      case 'equal-payment':
        interest = monthInterest(balance);
        if (last) principal = balance;
        else {
          principal = A.minus(interest);
          payment = A;
        }
        break;
      case 'equal-principal':
        interest = monthInterest(balance);
        principal = last ? balance : evenPrincipal;
        break;
      case 'interest-first':
        interest = monthInterest(P);
        principal = last ? P : ZERO;
        break;
      case 'flat':
        interest = monthInterest(P);
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
      payment = undefined;
      next = ZERO;
    }
    rows.push(payment ? { principal, interest, payment } : row(principal, interest));
    balance = next;
  }
  return rows;
}
