import { day } from '../calendar';
import type { CaseFile } from '../case/schema';
import { isPossiblyTimeBarred } from '../law/time-barred';
import { timeBarredWarning } from '../law/warnings';
import { Decimal } from '../decimal';
import type { Report } from '../report/types';
import { citeInLetter } from './cite-in-letter';
import type { LetterCaution, LetterLanguage } from './types';

/**
 * LAW.md §8: a debt past the three-year limitation period is revived by acknowledging it in
 * writing (Civil Code Art. 192; SPC Limitation Provisions Art. 19), and this letter acknowledges
 * it. Art. 19 ¶1 also counts agreeing to pay in any form, or paying: the caution says so (a legal
 * review; LAW.md names only the written acknowledgment). Checked on the letter's date, which may be later than the case's as-of date: the period runs
 * from the last due date (or the acceleration) or the last payment, whichever is later.
 */
export function timeBarredCautions(file: CaseFile, report: Report, letterDate: string, language: LetterLanguage): LetterCaution[] {
  if (!new Decimal(report.statement.payoff).greaterThan(0)) return [];
  const on = day(letterDate);
  const lastDue = report.schedule[report.schedule.length - 1];
  const accelerated = file.overdue?.acceleratedOn !== undefined && day(file.overdue.acceleratedOn) <= on ? day(file.overdue.acceleratedOn) : undefined;
  const payments = (file.payments ?? []).map((p) => day(p.date)).filter((d) => d <= on);
  const lastPayment = payments.length ? Math.max(...payments) : undefined;
  const barredNow = lastDue !== undefined && isPossiblyTimeBarred(day(lastDue.dueDate), accelerated, lastPayment, on);
  const barredAtAsOf = report.warnings.some((w) => w.id === 'time-barred');
  if (!barredNow && !barredAtAsOf) return [];
  const w = timeBarredWarning();
  return [{ id: 'time-barred', message: w.message[language], citation: citeInLetter(w.citation ?? '', language) }];
}
