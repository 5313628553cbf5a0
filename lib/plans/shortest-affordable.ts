import { Decimal, ZERO, max } from '../decimal';
import type { Day } from '../calendar';
import { repaymentRows } from './repayment-rows';

/**
 * The fewest months (1..maxMonths) over which `amount` can be repaid at `annualRate` with no
 * payment, the last included, above `surplus`; undefined when even maxMonths is too short.
 * Payments fall as months grow, so a binary search suffices.
 */
export function shortestAffordableMonths(amount: Decimal, surplus: Decimal, firstDate: Day, annualRate: Decimal, maxMonths: number): number | undefined {
  if (!amount.greaterThan(ZERO)) return 1;
  if (!surplus.greaterThan(ZERO)) return undefined;
  const fits = (n: number) => largestPayment(amount, n, firstDate, annualRate).lessThanOrEqualTo(surplus);
  if (!fits(maxMonths)) return undefined;
  let lo = 1;
  let hi = maxMonths;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function largestPayment(amount: Decimal, months: number, firstDate: Day, annualRate: Decimal): Decimal {
  return repaymentRows(amount, months, firstDate, annualRate).reduce((m, r) => max(m, r.payment), ZERO);
}
