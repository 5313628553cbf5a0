import { addMoney, lesserMoney, wholeYuanBelow } from '@/lib/display/add-money';
import type { Report } from '@/lib/report/types';
import { addMonthsIso } from './case-json';

export type PlanKind = 'instalments' | 'deferral' | 'settlement';
export type PlanBaseName = 'supported' | 'claimed' | 'demanded';

/**
 * A new plan of each kind, as case-file JSON, starting a month after the as-of date. The common
 * ask is the default: interest frozen (停息), on what the law supports when there is an estimate.
 */
export function newPlan(kind: PlanKind, base: unknown, asOf: string, report?: Report): Record<string, unknown> {
  const first = addMonthsIso(asOf, 1);
  if (kind === 'settlement') return { kind, base, amount: settlementAmount(base, report), date: first };
  if (kind === 'deferral') {
    return { kind, base, graceMonths: 3, graceAnnualRate: '0', graceInterest: 'capitalise', months: 12, firstDate: addMonthsIso(asOf, 4), downPayment: '0', annualRate: '0' };
  }
  return { kind, base, months: 24, firstDate: first, downPayment: '0', annualRate: '0' };
}

/**
 * A new settlement's amount: what the user has saved (whole yuan), or the plan's base when the
 * savings would cover it all or are not known. An offer with no amount would be an error that
 * blanks every result until it is typed, and the base (what the law supports, when there is an
 * estimate) is the fair starting point: the user edits it down. Empty when there is no report yet.
 */
function settlementAmount(base: unknown, report: Report | undefined): string {
  if (!report) return '';
  const owed = baseAmount(base, report);
  if (owed === undefined || owed.startsWith('-') || owed === '0.00') return '';
  const savings = report.budget?.savings;
  const saved = savings === undefined || savings.startsWith('-') ? '0.00' : wholeYuanBelow(savings);
  // Under a yuan saved is nothing to offer: the base, as without savings (¥0.00 is no amount).
  return saved === '0.00' ? owed : lesserMoney(saved, owed);
}

/** The amount a plan's base names, as the report has it (a base typed as an amount is that amount). */
function baseAmount(base: unknown, report: Report): string | undefined {
  const { statement, caps } = report;
  if (base === 'supported') return caps.supported?.payoff ?? statement.payoff;
  if (base === 'claimed') return statement.payoff;
  if (base === 'demanded') return statement.claimGap === undefined ? undefined : addMoney(statement.payoff, statement.claimGap);
  return typeof base === 'string' ? twoDecimals(base) : undefined;
}

/** A typed amount with at most two decimals ("5000", "5000.5") as the report writes it ("5000.00"). */
function twoDecimals(amount: string): string | undefined {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  return m ? `${m[1]!.replace(/^0+(?=\d)/, '')}.${(m[2] ?? '').padEnd(2, '0')}` : undefined;
}
