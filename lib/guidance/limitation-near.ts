import { addMonthsToDay, parseDay, type Day } from '../calendar';
import { isPossiblyTimeBarred } from '../law/time-barred';
import type { Report } from '../report/types';

/**
 * How close to the three years the guide still shows its time-limit box open: a choice of the
 * app, not a rule of law. Within it, a letter agreeing to pay starts the three years again
 * (Civil Code Art. 195), which a borrower may want to know before writing. The guide's text
 * ('barred.near') says 半年 / six months: change both together.
 */
export const NEAR_MONTHS = 6;

/** What the case file says about the limitation, read from the draft as the planner keeps it. */
interface Facts { readonly payments?: unknown; readonly overdue?: { readonly acceleratedOn?: unknown } }

const dayOf = (iso: unknown): Day | undefined => (typeof iso === 'string' ? parseDay(iso) : undefined);

/**
 * Whether the debt, not possibly time-barred as of the report's date, would be within `months`:
 * the engine's own test (lib/law/time-barred.ts, read as lib/analyze.ts reads the case: payments
 * and acceleration up to the as-of date) a few months on. False when nothing is owed.
 */
export function nearTimeBar(draft: unknown, report: Report, months = NEAR_MONTHS): boolean {
  const owes = !report.statement.payoff.startsWith('-') && /[1-9]/.test(report.statement.payoff);
  const last = report.schedule[report.schedule.length - 1];
  const asOf = parseDay(report.asOf);
  if (!owes || !last || asOf === undefined || report.warnings.some((w) => w.id === 'time-barred')) return false;
  const facts: Facts = typeof draft === 'object' && draft !== null ? draft : {};
  const accelerated = dayOf(facts.overdue?.acceleratedOn);
  const paid = (Array.isArray(facts.payments) ? facts.payments : [])
    .map((p: unknown) => dayOf(typeof p === 'object' && p !== null ? (p as { date?: unknown }).date : undefined))
    .filter((d): d is Day => d !== undefined && d <= asOf);
  const lastDue = parseDay(last.dueDate);
  if (lastDue === undefined) return false;
  return isPossiblyTimeBarred(lastDue, accelerated !== undefined && accelerated <= asOf ? accelerated : undefined, paid.length ? Math.max(...paid) : undefined, addMonthsToDay(asOf, months));
}
