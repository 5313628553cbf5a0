import { addMonthsToDay, type Day } from '../calendar';
import type { Loan } from '../case/types';

/**
 * Due dates of a loan (LAW.md §4): each from its anchor, never chained, clamped to the month's end.
 * Without firstDueDate: start + k months; with it: firstDueDate + (k − 1) months.
 * A bullet loan has one: firstDueDate if given, else start + termMonths.
 */
export function dueDates(loan: Pick<Loan, 'startDate' | 'firstDueDate' | 'termMonths' | 'method'>): Day[] {
  if (loan.method === 'bullet') {
    return [loan.firstDueDate ?? addMonthsToDay(loan.startDate, loan.termMonths)];
  }
  const dates: Day[] = [];
  for (let k = 1; k <= loan.termMonths; k++) {
    dates.push(loan.firstDueDate !== undefined ? addMonthsToDay(loan.firstDueDate, k - 1) : addMonthsToDay(loan.startDate, k));
  }
  return dates;
}
