import { Decimal, ZERO, min, toFen } from '../decimal';
import type { Loan } from '../case/types';
import { rebuildOnDates } from '../finance/build-schedule';
import type { Schedule } from '../finance/instalment';
import type { Caps } from './cap-lines';
import type { TermTest } from './term-test';

/**
 * The schedule the law supports (LAW.md §7, term test). The contract schedule when the APR is
 * within the cap and nothing was deducted at disbursement; otherwise the legal principal
 * re-amortised on the same dates, without fees (the cap is all-in), at min(APR, cap), by the
 * same method (a flat loan as equal-payment). Returns undefined where no estimate is made
 * (transitional loans other than bullet and interest-first, LAW.md §7).
 */
export function supportedSchedule(contract: Schedule, loan: Loan, legalPrincipal: Decimal, test: TermTest, caps: Caps, dayCount: number): Schedule | undefined {
  if (!test.exceeds && loan.upfrontFees.isZero()) return contract;
  const apr = test.apr ?? ZERO;
  const transitional = caps.regime === 'private-transitional';
  if (transitional && loan.method !== 'bullet' && loan.method !== 'interest-first') return undefined;
  const terms = {
    principal: legalPrincipal,
    method: loan.method === 'flat' ? ('equal-payment' as const) : loan.method,
    periodicFee: ZERO,
    dayCount,
  };
  if (!transitional) return rebuildOnDates(contract, { ...terms, annualRate: min(apr, caps.termCap) });

  // Transitional: each period's interest at the line in force on each of its days, split by days.
  const { before, from, after } = caps.capByDay;
  const rateBefore = min(apr, before);
  const rateAfter = min(apr, after);
  const base = rebuildOnDates(contract, { ...terms, annualRate: rateAfter });
  return base.map((row) => {
    const days = row.dueDate - row.periodStart;
    const split = Math.min(Math.max(from, row.periodStart), row.dueDate);
    const daysBefore = split - row.periodStart;
    const weighted = rateBefore.times(daysBefore).plus(rateAfter.times(days - daysBefore));
    // bullet: P × rate × days / dayCount; interest-first: P × rate / 12 for the whole month.
    const interest = loan.method === 'bullet'
      ? toFen(legalPrincipal.times(weighted).dividedBy(dayCount))
      : toFen(legalPrincipal.times(weighted).dividedBy(new Decimal(12).times(days)));
    return { ...row, interest, payment: row.principal.plus(interest) };
  });
}
