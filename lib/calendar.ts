/**
 * A calendar date as a whole number of days since 1970-01-01.
 * Day arithmetic is then plain subtraction, which is what LAW.md §3 counts
 * (first day counted, last not: b − a). No time of day, no time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses `yyyy-MM-dd`; returns undefined for anything that is not a real calendar date. */
export function parseDay(iso: string): Day | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  // Checked by arithmetic rather than a round trip through a Date (a case file has hundreds of
  // dates). Date.UTC would read the years 0–99 as 1900–1999, so they are not dates here either.
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return undefined;
  if (d > (mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1]!)) return undefined;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
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
 * (31 Jan + 1 month = 28/29 Feb). Worked out on the calendar parts in UTC, so no time zone
 * can shift the day (and a schedule's hundreds of due dates need no local-time Date each).
 */
export function addMonthsToDay(d: Day, k: number): Day {
  const date = new Date(d * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + k; // Date.UTC carries months past December into the years
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** The year of a day, for range checks. */
export function yearOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCFullYear();
}
