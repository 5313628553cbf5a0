import { Decimal, ONE } from '../decimal';
import type { Schedule } from './instalment';
import { monthlyIrr } from './monthly-irr';

export interface TrueCost {
  /** Headline APR: monthly IRR × 12 (how lenders disclose it, PBOC Announcement 〔2021〕 No. 3). */
  readonly apr: Decimal;
  /** (1 + monthly IRR)^12 − 1. */
  readonly effectiveRate: Decimal;
}

/**
 * The loan's true annual cost on all scheduled payments (principal, interest, fees) against the
 * amount actually received (LAW.md §5). A bullet loan over D days uses the simple formula.
 * undefined when no rate exists.
 */
export function trueCost(received: Decimal, schedule: Schedule, startDate: number, bullet: boolean, dayCount: number): TrueCost | undefined {
  if (bullet) {
    const only = schedule[0];
    if (!only) return undefined;
    const days = only.dueDate - startDate;
    const ratio = only.payment.dividedBy(received);
    return { apr: ratio.minus(ONE).times(dayCount).dividedBy(days), effectiveRate: ratio.pow(new Decimal(dayCount).dividedBy(days)).minus(ONE) };
  }
  const irr = monthlyIrr(received, schedule.map((s) => s.payment));
  if (irr === undefined) return undefined;
  return { apr: irr.times(12), effectiveRate: ONE.plus(irr).pow(12).minus(ONE) };
}
