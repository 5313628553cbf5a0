import { addMonthsIso } from './case-json';

export type PlanKind = 'instalments' | 'deferral' | 'settlement';
export type PlanBaseName = 'supported' | 'claimed' | 'demanded';

/**
 * A new plan of each kind, as case-file JSON, starting a month after the as-of date. The common
 * ask is the default: interest frozen (停息), on what the law supports when there is an estimate.
 */
export function newPlan(kind: PlanKind, base: unknown, asOf: string): Record<string, unknown> {
  const first = addMonthsIso(asOf, 1);
  if (kind === 'settlement') return { kind, base, amount: '', date: first };
  if (kind === 'deferral') {
    return { kind, base, graceMonths: 3, graceAnnualRate: '0', graceInterest: 'capitalise', months: 12, firstDate: addMonthsIso(asOf, 4), downPayment: '0', annualRate: '0' };
  }
  return { kind, base, months: 24, firstDate: first, downPayment: '0', annualRate: '0' };
}
