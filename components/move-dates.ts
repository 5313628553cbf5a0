import { parseDay } from '@/lib/calendar';
import { addMonthsIso } from './case-json';

/** Calendar months from one yyyy-MM-dd to another, by their months alone. */
const monthsFrom = (from: string, to: string): number => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * An offer's date when its case moves from `asOf` to `today` ("改成今天"): a date still ahead of
 * today stays; one not ahead moves on by the whole months that have passed since `asOf`, so an
 * offer keeps its place after the as-of date, and further, by whole months from itself, if that is
 * not yet after today. Each move counts from the date itself, so month ends clamp once, not month
 * by month. A date that is not a calendar date is left as it is (its field shows the error).
 */
export function movedOn(date: string, asOf: string, today: string): string {
  if (parseDay(date) === undefined || parseDay(asOf) === undefined || date > today) return date;
  let passed = Math.max(0, monthsFrom(asOf, today));
  while (passed > 0 && addMonthsIso(asOf, passed) > today) passed--;
  const moved = addMonthsIso(date, passed);
  if (moved > today) return moved;
  const k = monthsFrom(date, today);
  const near = addMonthsIso(date, k);
  return near > today ? near : addMonthsIso(date, k + 1);
}
