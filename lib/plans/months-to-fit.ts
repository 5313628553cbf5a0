import { Decimal, ZERO } from '../decimal';
import { MAX_USUAL_MONTHS } from './plan-warnings';
import { shortestAffordableMonths } from './shortest-affordable';

/**
 * The months a new interest-free plan in the form starts with: the fewest (at most 60) whose every
 * payment fits `surplus`; 60 when none does (the nearest to affordable, marked over budget). Money
 * as the report writes it ("8781.65"). A review found a new deferral's default of 12 months at
 * ¥2,533.78 against a budget of ¥1,500.
 */
export function monthsToFit(amount: string, surplus: string): number {
  return shortestAffordableMonths(new Decimal(amount), new Decimal(surplus), ZERO, MAX_USUAL_MONTHS) ?? MAX_USUAL_MONTHS;
}
