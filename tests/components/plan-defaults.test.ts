import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASE } from '@/components/example-case';
import { newPlan } from '@/components/plan-defaults';
import { analyze, monthsToFit, savingsOffer } from '@/lib/analyze';
import { MEANINGFUL_SHARE } from '@/lib/plans/recommend';
import type { Report } from '@/lib/report/types';

/** The engine's sizing rules, as the form passes them once the engine has loaded. */
const sizing = { monthsToFit, savingsOffer };

function reportOf(raw: unknown): Report {
  const result = analyze(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

describe('a new settlement offer starts with an amount', () => {
  // The example: ¥800 saved (its budget), and the law supports about ¥8,781.65, half of which is
  // 4,390.825. Savings under half are no settlement to offer (a review found ¥2,000 against ¥30,653
  // shown as "affordable, saves ¥28,653"): the offer starts at the base, for the user to edit down.
  const example = reportOf(EXAMPLE_CASE);
  const saving = (savings: string) => reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings } });

  it('the base, when the savings are less than half of it', () => {
    expect(newPlan('settlement', 'supported', '2025-09-01', example, sizing)).toEqual({ kind: 'settlement', base: 'supported', amount: '8781.65', date: '2025-10-01' });
    // 2 × 4,390.82 = 8,781.64 < 8,781.65.
    expect(newPlan('settlement', 'supported', '2025-09-01', saving('4390.82'), sizing)).toMatchObject({ amount: '8781.65' });
  });

  it('the savings, in whole yuan, from half of the base up', () => {
    // 2 × 4,391 = 8,782 ≥ 8,781.65.
    expect(newPlan('settlement', 'supported', '2025-09-01', saving('4391.00'), sizing)).toMatchObject({ amount: '4391.00' });
    // On the contract's figure (8,848.28): 4,500.56 saved → 4,500.00, and 9,000 ≥ 8,848.28.
    expect(newPlan('settlement', 'claimed', '2025-09-01', saving('4500.56'), sizing)).toMatchObject({ amount: '4500.00' });
  });

  it('starts from savings exactly where the recommendation makes a settlement, and at its amount', () => {
    // MEANINGFUL_SHARE (0.5) of 8,781.65 is 4,390.825: 4,390.83 saved is over it, 4,390.82 under,
    // compared before rounding to whole yuan (4,390.00 either way).
    expect(MEANINGFUL_SHARE.toString()).toBe('0.5');
    const over = saving('4390.83');
    expect(over.recommendation?.spec).toMatchObject({ kind: 'settlement', amount: '4390.00' });
    expect(newPlan('settlement', 'supported', '2025-09-01', over, sizing)).toMatchObject({ amount: '4390.00' });
    const under = saving('4390.82');
    expect(under.recommendation?.spec.kind).toBe('instalments');
    expect(newPlan('settlement', 'supported', '2025-09-01', under, sizing)).toMatchObject({ amount: '8781.65' });
    // Savings that cover the base offer the base, not the savings rounded down (8,781.00).
    expect(newPlan('settlement', 'supported', '2025-09-01', saving('8781.99'), sizing)).toMatchObject({ amount: '8781.65' });
  });

  it('the base itself when the savings cover it, or are not given', () => {
    const rich = saving('50000');
    // What the law supports and what the contract gives, as the report itself states them.
    expect(newPlan('settlement', 'supported', '2025-09-01', rich, sizing)).toMatchObject({ amount: rich.caps.supported!.payoff });
    expect(newPlan('settlement', 'claimed', '2025-09-01', rich, sizing)).toMatchObject({ amount: rich.statement.payoff });
    const noBudget = reportOf({ ...EXAMPLE_CASE, budget: undefined });
    expect(newPlan('settlement', 'claimed', '2025-09-01', noBudget, sizing)).toMatchObject({ amount: example.statement.payoff });
  });

  it('the demand, on the demanded base: the payoff and the gap the report gives (9,500.00 in the example)', () => {
    const rich = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings: '50000' } });
    expect(newPlan('settlement', 'demanded', '2025-09-01', rich, sizing)).toMatchObject({ amount: '9500.00' });
  });

  it('the base when less than a yuan is saved: ¥0.00 is no offer', () => {
    const report = saving('0.50');
    expect(newPlan('settlement', 'claimed', '2025-09-01', report, sizing)).toMatchObject({ amount: report.statement.payoff });
  });

  it('a base typed as an amount, in whole yuan or with one decimal, as the report writes amounts', () => {
    // No savings: the base itself. "5000" and "0.5万" (typed-amount gives "5000") → 5000.00.
    const noSavings = reportOf({ ...EXAMPLE_CASE, budget: undefined });
    expect(newPlan('settlement', '5000', '2025-09-01', noSavings, sizing)).toMatchObject({ amount: '5000.00' });
    expect(newPlan('settlement', '4999.5', '2025-09-01', noSavings, sizing)).toMatchObject({ amount: '4999.50' });
    expect(newPlan('settlement', '05000', '2025-09-01', noSavings, sizing)).toMatchObject({ amount: '5000.00' });
    // A base of nothing gives nothing to settle: the field is left for the user.
    expect(newPlan('settlement', '00', '2025-09-01', noSavings, sizing)).toMatchObject({ amount: '' });
    // With ¥800 saved, under half of 5,000: the base. With 3,000, over half: the savings.
    expect(newPlan('settlement', '5000', '2025-09-01', example, sizing)).toMatchObject({ amount: '5000.00' });
    expect(newPlan('settlement', '5000', '2025-09-01', saving('3000'), sizing)).toMatchObject({ amount: '3000.00' });
  });

  it('empty before there is a result to take it from', () => {
    expect(newPlan('settlement', 'supported', '2025-09-01')).toMatchObject({ amount: '' });
  });
});

describe("a new plan's months fit the budget", () => {
  // The example: income 6,000 − essentials 4,300 − other debts 1,200 = 500 a month, and the law
  // supports 8,781.65. 17 × 500 = 8,500 falls short, so 18 months: 8,781.65 / 18 = 487.87 a month
  // (the last 487.86), each within 500. The recommendation in the report says 18 too.
  const example = reportOf(EXAMPLE_CASE);

  it('instalments and a deferral take the fewest months the surplus carries', () => {
    expect(example.recommendation?.spec).toMatchObject({ kind: 'instalments', months: 18 });
    expect(newPlan('instalments', 'supported', '2025-09-01', example, sizing)).toMatchObject({ months: 18, firstDate: '2025-10-01' });
    // After three months' pause at 0%, the same 8,781.65 over the same 500 a month.
    expect(newPlan('deferral', 'supported', '2025-09-01', example, sizing)).toMatchObject({ graceMonths: 3, months: 18, firstDate: '2026-01-01' });
  });

  it("a deferral sizes on the surplus once income resumes, instalments on today's", () => {
    // Income 4,500 until resumed: 4,500 − 4,300 − 1,200 = −1,000 now; 500 later (the budget's `surplus`).
    const tight = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, income: '6000', incomeNow: '4500', incomeResumes: '2025-12-01' } });
    expect(tight.budget).toMatchObject({ surplusNow: '-1000.00', surplus: '500.00' });
    expect(newPlan('deferral', 'supported', '2025-09-01', tight, sizing)).toMatchObject({ months: 18 });
    // Nothing fits now: 60 months, the longest usual term, marked over budget by the comparison.
    expect(newPlan('instalments', 'supported', '2025-09-01', tight, sizing)).toMatchObject({ months: 60 });
  });

  it('the usual 24 and 12 months without a budget, or before the engine has loaded', () => {
    const noBudget = reportOf({ ...EXAMPLE_CASE, budget: undefined });
    expect(newPlan('instalments', 'supported', '2025-09-01', noBudget, sizing)).toMatchObject({ months: 24 });
    expect(newPlan('deferral', 'supported', '2025-09-01', noBudget, sizing)).toMatchObject({ months: 12 });
    expect(newPlan('instalments', 'supported', '2025-09-01', example)).toMatchObject({ months: 24 });
  });
});
