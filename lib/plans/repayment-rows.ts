import { ZERO, type Decimal } from '../decimal';
import { addMonthsToDay, type Day } from '../calendar';
import { buildSchedule } from '../finance/build-schedule';
import type { PlanRow } from './types';

/**
 * `months` equal monthly payments of `amount` from `firstDate` at a simple annual rate on the
 * declining balance (balance × rate / 12), rounded to the fen, the last settling exactly: the
 * equal-payment schedule of LAW.md §4, with dates as loan due dates from firstDate.
 */
export function repaymentRows(amount: Decimal, months: number, firstDate: Day, annualRate: Decimal): PlanRow[] {
  const schedule = buildSchedule({
    principal: amount,
    startDate: addMonthsToDay(firstDate, -1),
    firstDueDate: firstDate,
    termMonths: months,
    annualRate,
    method: 'equal-payment',
    periodicFee: ZERO,
    dayCount: 360,
  });
  let balance = amount;
  return schedule.map((s) => {
    balance = balance.minus(s.principal);
    return { n: s.n, date: s.dueDate, payment: s.payment, principal: s.principal, interest: s.interest, balance };
  });
}
