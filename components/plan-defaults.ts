import { addMoney } from '@/lib/display/add-money';
import type { Report } from '@/lib/report/types';
import { addMonthsIso } from './case-json';

export type PlanKind = 'instalments' | 'deferral' | 'settlement';
export type PlanBaseName = 'supported' | 'claimed' | 'demanded';

/**
 * The engine's sizing rules (lib/plans/months-to-fit.ts, settlement-offer.ts), passed in: this file
 * loads with the page, the engine after it.
 */
export type PlanSizing = Pick<typeof import('@/lib/analyze'), 'monthsToFit' | 'savingsOffer'>;

/**
 * A new plan of each kind, as case-file JSON, starting a month after the as-of date. The common
 * ask is the default: interest frozen (停息), on what the law supports when there is an estimate.
 * With a budget and the engine's `sizing`, the months are the fewest the budget carries: instalments on the
 * surplus now, a deferral's on the surplus once its three months' pause is over. Without one, the
 * usual 24 and 12.
 */
export function newPlan(kind: PlanKind, base: unknown, asOf: string, report?: Report, sizing?: PlanSizing): Record<string, unknown> {
  const first = addMonthsIso(asOf, 1);
  if (kind === 'settlement') return { kind, base, amount: settlementAmount(base, report, sizing), date: first };
  const owed = report && baseAmount(base, report);
  const budget = report?.budget;
  const months = (surplus: string | undefined, usual: number) =>
    sizing && owed !== undefined && surplus !== undefined && isPositive(owed) ? sizing.monthsToFit(owed, surplus) : usual;
  if (kind === 'deferral') {
    return { kind, base, graceMonths: 3, graceAnnualRate: '0', graceInterest: 'capitalise', months: months(budget?.surplus, 12), firstDate: addMonthsIso(asOf, 4), downPayment: '0', annualRate: '0' };
  }
  return { kind, base, months: months(budget?.surplusNow, 24), firstDate: first, downPayment: '0', annualRate: '0' };
}

const isPositive = (amount: string) => !amount.startsWith('-') && amount !== '0.00';

/**
 * A new settlement's amount: what the savings offer by the recommendation's own rule (the engine's
 * `savingsOffer`: from half of the base, in whole yuan), else the base itself. A review found a
 * default of ¥2,000 saved against ¥30,653 owed shown as "affordable, saves ¥28,653": an offer of 7%
 * is not a starting point. The base is also the amount when nothing is saved, savings are not
 * known or the engine is not there: an offer with no amount would be an error that blanks every
 * result until it is typed, and the base is the fair starting point: the user edits it down.
 * Empty when there is no report yet.
 */
function settlementAmount(base: unknown, report: Report | undefined, sizing: PlanSizing | undefined): string {
  if (!report) return '';
  const owed = baseAmount(base, report);
  if (owed === undefined || !isPositive(owed)) return '';
  const savings = report.budget?.savings;
  const offer = sizing && savings !== undefined && !savings.startsWith('-') ? sizing.savingsOffer(owed, savings) : undefined;
  // Under a yuan saved is no offer (¥0.00): the base.
  return offer === undefined || offer === '0.00' ? owed : offer;
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
