import { z } from 'zod';
import { parseDay } from '../calendar';

/**
 * Field builders shared by the case schema. Each failing check carries a message key
 * (see messages.ts) instead of prose, so one place words every error in both languages.
 */

/** Money: a decimal string, at most 12 integer digits and 2 decimals, never a JSON number. */
export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
export const money = () => z.string().regex(MONEY_PATTERN, { error: 'money' });
export const positiveMoney = () =>
  money().refine((s) => /[1-9]/.test(s), { error: 'money-positive' });

/** A rate in percent as a decimal string ("0.05" = 0.05%). */
export const PERCENT_PATTERN = /^\d{1,4}(\.\d{1,10})?$/;
export const percent = () => z.string().regex(PERCENT_PATTERN, { error: 'percent' });

/** A multiplier such as "1.5". */
export const multiplier = () => z.string().regex(/^\d{1,2}(\.\d{1,6})?$/, { error: 'multiplier' });

export const MIN_YEAR = 1980;
export const MAX_YEAR = 2100;
/** A real calendar date `yyyy-MM-dd` between 1980 and 2100 (older or later dates are typing mistakes). */
function isCaseDate(s: string): boolean {
  if (parseDay(s) === undefined) return false;
  // parseDay takes only yyyy-MM-dd, so the year is the first four digits: read there, not from
  // a Date built for it (a case file has hundreds of dates).
  const year = Number(s.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A calendar date `yyyy-MM-dd` between 1980 and 2100. */
export const isoDate = () => z.string().refine(isCaseDate, { error: 'date' });

/**
 * A local date and time to the minute, `yyyy-MM-ddTHH:mm`, on a real day in the same years as
 * every other date: "2025-02-30T23:00" or "2025-99-99T23:59" would reach a complaint as "99
 * undefined 2025" (an adversarial review).
 */
export const isoDateTime = () =>
  z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(s) && isCaseDate(s.slice(0, 10)), { error: 'date-time' });

export const shortText = (max = 200) => z.string().max(max, { error: 'text-too-long' });

/** A whole number in a range; every failing check says the same: which whole numbers are valid. */
export const wholeNumber = (minimum: number, maximum: number) => {
  const error = `whole-number:${minimum}:${maximum}`;
  return z.number({ error }).int({ error }).min(minimum, { error }).max(maximum, { error });
};
