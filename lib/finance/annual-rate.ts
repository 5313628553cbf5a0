import { Decimal, HUNDRED } from '../decimal';
import type { DayCount } from '../case/types';

export type RatePeriod = 'day' | 'month' | 'year';

/**
 * A quoted rate (percent per day, month or year) as a nominal annual fraction.
 * LAW.md §3: annual = monthly × 12 = daily × dayCount (JD's 0.05%/day on 360 days = 18%).
 */
export function annualRate(value: Decimal | string, per: RatePeriod, dayCount: DayCount): Decimal {
  const fraction = new Decimal(value).dividedBy(HUNDRED);
  if (per === 'day') return fraction.times(dayCount);
  if (per === 'month') return fraction.times(12);
  return fraction;
}
