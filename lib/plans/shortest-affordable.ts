import { Decimal, ZERO, max } from '../decimal';
import { levelPayment, monthlyRows } from '../finance/build-schedule';

/**
 * The fewest months (1..maxMonths) over which `amount` can be repaid at `annualRate` with no
 * payment, the last included, above `surplus`; undefined when none fits.
 *
 * The regular payment falls as months grow, so a binary search finds the first month count
 * whose regular payment fits; the last payment absorbs rounding and does not fall monotonically
 * (100.00 over 44 months ends with 2.39, over 43 with 2.14), so from there each count is tried.
 */
export function shortestAffordableMonths(amount: Decimal, surplus: Decimal, annualRate: Decimal, maxMonths: number): number | undefined {
  if (!amount.greaterThan(ZERO)) return 1;
  if (!surplus.greaterThan(ZERO)) return undefined;
  // The same amounts as repaymentRows (lib/plans/repayment-rows.ts), without building dates.
  const rowsFor = (n: number) => monthlyRows({ principal: amount, annualRate, method: 'equal-payment' }, n);
  const regularFits = (n: number) => levelPayment(amount, annualRate.dividedBy(12), n).lessThanOrEqualTo(surplus);
  if (!regularFits(maxMonths)) return undefined;
  let lo = 1;
  let hi = maxMonths;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (regularFits(mid)) hi = mid;
    else lo = mid + 1;
  }
  for (let n = lo; n <= maxMonths; n++) if (largestPayment(rowsFor(n)).lessThanOrEqualTo(surplus)) return n;
  return undefined;
}

function largestPayment(rows: ReadonlyArray<{ readonly payment: Decimal }>): Decimal {
  return rows.reduce((m, r) => max(m, r.payment), ZERO);
}

/**
 * The largest monthly payment a plan's budget must carry: the regular payment, or a later row
 * that is larger (the last row absorbs rounding). The first row's grace interest paid with it is
 * not counted, as the affordability test has it (compute-plan.ts).
 */
export function largestMonthly(plan: { readonly payment: Decimal; readonly schedule: ReadonlyArray<{ readonly payment: Decimal }> }): Decimal {
  return largestPayment([{ payment: plan.payment }, ...plan.schedule.slice(1)]);
}

/** A down payment is carried by savings: none needs none; savings not given carry nothing. */
export const downPaymentFits = (downPayment: Decimal, savings: Decimal | undefined): boolean =>
  downPayment.isZero() || (savings !== undefined && downPayment.lessThanOrEqualTo(savings));
