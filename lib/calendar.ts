import { addMonths } from 'date-fns';

/**
 * A calendar date as a whole number of days since 1970-01-01.
 * Day arithmetic is then plain subtraction, which is what LAW.md §3 counts
 * (first day counted, last not: b − a). No time of day, no time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `yyyy-MM-dd`; returns undefined for anything that is not a real calendar date. */
export function parseDay(iso: string): Day | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return ms / MS_PER_DAY;
}

/** Like parseDay, for input already validated by the schema: a bad date here is a bug. */
export function day(iso: string): Day {
  const parsed = parseDay(iso);
  if (parsed === undefined) throw new RangeError(`not a calendar date: ${iso}`);
  return parsed;
}

export function formatDay(d: Day): string {
  const date = new Date(d * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const mo = String(date.getUTCMonth() + 1).padStart(2, '0');
  const da = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${da}`;
}

/**
 * d + k months, clamped to the month's last day, as date-fns `addMonths` does
 * (31 Jan + 1 month = 28/29 Feb). Computed on a local-time date built from the
 * calendar parts, so the time zone cannot shift the day.
 */
export function addMonthsToDay(d: Day, k: number): Day {
  const date = new Date(d * MS_PER_DAY);
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const moved = addMonths(local, k);
  return Date.UTC(moved.getFullYear(), moved.getMonth(), moved.getDate()) / MS_PER_DAY;
}

/** The year of a day, for range checks. */
export function yearOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCFullYear();
}
