import { addMonthsToDay, type Day } from '../calendar';

/**
 * LAW.md §8: the limitation period is 3 years (Civil Code Art. 188) from the last instalment's
 * due date (Art. 189), or the acceleration date if earlier; a later payment restarts it
 * (Art. 195). True when asOf is more than 3 years (addMonths 36) after the later of those.
 * The lender's demands also restart it and the app cannot see them: the warning says so.
 */
export function isPossiblyTimeBarred(lastDueDate: Day, acceleratedOn: Day | undefined, lastPayment: Day | undefined, asOf: Day): boolean {
  const due = acceleratedOn !== undefined && acceleratedOn < lastDueDate ? acceleratedOn : lastDueDate;
  const from = lastPayment !== undefined && lastPayment > due ? lastPayment : due;
  return asOf > addMonthsToDay(from, 36);
}
