import type { Decimal } from '../decimal';
import type { Day } from '../calendar';
import type { Caps } from './cap-lines';

export interface TermTest {
  readonly apr: Decimal | undefined;
  readonly cap: Decimal;
  readonly exceeds: boolean;
}

/**
 * LAW.md §5, §7: the APR against the term cap. Rounding to the fen makes an equal-payment loan's
 * APR differ from its rate in the 6th decimal, so a cap is exceeded only when the APR rounded to
 * 4 decimals (0.01%) is above it. A transitional loan is tested against each line for the days
 * of its term on either side of 2020-08-20.
 */
export function termTest(apr: Decimal | undefined, caps: Caps, start: Day, maturity: Day): TermTest {
  if (apr === undefined) return { apr, cap: caps.termCap, exceeds: false };
  const shown = apr.toDecimalPlaces(4);
  const { before, from, after } = caps.capByDay;
  const hasBefore = start < from;
  const hasAfter = maturity > from;
  const exceeds = (hasBefore && shown.greaterThan(before)) || (hasAfter && shown.greaterThan(after));
  return { apr, cap: hasAfter ? after : before, exceeds };
}
