import { Decimal, ZERO, max, min, toFen } from '../decimal';
import type { Loan } from '../case/types';
import { rebuildOnDates } from '../finance/build-schedule';
import type { Schedule } from '../finance/instalment';
import type { DebtSnapshot } from '../finance/statement-types';
import { OLD_REFUND_LINE, type Caps } from './cap-lines';
import type { TermTest } from './term-test';

/**
 * The schedule the law supports (LAW.md §7, term test). The contract schedule when the APR is
 * within the cap and nothing was deducted at disbursement; otherwise the legal principal
 * re-amortised on the same dates, without fees (the cap is all-in), at min(APR, cap), by the
 * same method (a flat loan as equal-payment). Returns undefined where no estimate is made
 * (transitional loans other than bullet and interest-first, LAW.md §7).
 *
 * `interestPaid` is what the contract's own statement shows paid of each instalment's interest
 * (by instalment number): a transitional loan's interest paid for days before 2020-08-20 is kept up
 * to the 36% line (below).
 */
export function supportedSchedule(contract: Schedule, loan: Loan, legalPrincipal: Decimal, test: TermTest, caps: Caps, dayCount: number, interestPaid: ReadonlyMap<number, Decimal> = new Map()): Schedule | undefined {
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
  const rateAfter = min(apr, after);
  const base = rebuildOnDates(contract, { ...terms, annualRate: rateAfter });
  return base.map((row) => {
    const days = row.dueDate - row.periodStart;
    const split = Math.min(Math.max(from, row.periodStart), row.dueDate);
    const daysBefore = split - row.periodStart;
    const interestWith = (lineBefore: Decimal): Decimal => {
      const weighted = min(apr, lineBefore).times(daysBefore).plus(rateAfter.times(days - daysBefore));
      // bullet: P × rate × days / dayCount; interest-first: P × rate / 12 for the whole month.
      return loan.method === 'bullet'
        ? toFen(legalPrincipal.times(weighted).dividedBy(dayCount))
        : toFen(legalPrincipal.times(weighted).dividedBy(new Decimal(12).times(days)));
    };
    // The 2015 rules (LAW.md §7 "Transitional regime"; 法释〔2015〕18号 Art. 26 ¶2, Art. 31): of the
    // days before 2020-08-20, interest is enforceable to 24%, but interest already paid between
    // 24% and 36% is not refundable. So a period's supported interest is its 24% figure, raised by
    // what was actually paid of it, up to its 36% figure; only what was paid above that becomes
    // credit. Days from 2020-08-20 are under the 2020 rules, with no such band. (A case filed before
    // 2020-08-20 is under the 2015 rules throughout; its later days are rarely paid, and are held
    // to 24% here.)
    const enforceable = interestWith(before);
    const kept = daysBefore > 0 ? min(toFen(interestPaid.get(row.n) ?? ZERO), interestWith(OLD_REFUND_LINE)) : ZERO;
    const interest = max(enforceable, kept);
    return { ...row, interest, payment: row.principal.plus(interest) };
  });
}

/** What the contract's statement shows paid of each instalment's interest, by instalment number. */
export function interestPaidByInstalment(debts: ReadonlyArray<DebtSnapshot>): Map<number, Decimal> {
  const paid = new Map<number, Decimal>();
  for (const d of debts) if (d.kind === 'instalment' && d.n !== undefined && !d.paid.interest.isZero()) paid.set(d.n, d.paid.interest);
  return paid;
}
