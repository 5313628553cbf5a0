import { Decimal, toFen } from '../decimal';

/** Savings that cover at least this share of what is owed make a lump-sum offer worth making. */
export const MEANINGFUL_SHARE = new Decimal('0.5');

/**
 * What savings offer in full and final settlement of `owed`: all of it when they cover it, else
 * the whole yuan saved; undefined when they cover less than MEANINGFUL_SHARE of it. One rule for
 * the recommendation (recommend.ts) and a new settlement in the form (`savingsOffer`): a review
 * found the two apart, the form rounding before comparing.
 */
export function settlementFromSavings(owed: Decimal, savings: Decimal): Decimal | undefined {
  if (savings.lessThan(owed.times(MEANINGFUL_SHARE))) return undefined;
  return savings.greaterThanOrEqualTo(owed) ? owed : toFen(savings.floor());
}

/** `settlementFromSavings` on money as the report writes it ("8781.65"), for the form (components/plan-defaults.ts). */
export function savingsOffer(owed: string, savings: string): string | undefined {
  return settlementFromSavings(new Decimal(owed), new Decimal(savings))?.toFixed(2);
}
