import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASE } from '@/components/example-case';
import { newPlan } from '@/components/plan-defaults';
import { analyze } from '@/lib/analyze';
import type { Report } from '@/lib/report/types';

function reportOf(raw: unknown): Report {
  const result = analyze(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

describe('a new settlement offer starts with an amount', () => {
  // The example: ¥800 saved (its budget), and the law supports about ¥8,781.65 (far more), so the
  // offer starts at the savings, in whole yuan.
  const example = reportOf(EXAMPLE_CASE);

  it('the savings, when they are less than the base', () => {
    expect(newPlan('settlement', 'supported', '2025-09-01', example)).toEqual({ kind: 'settlement', base: 'supported', amount: '800.00', date: '2025-10-01' });
  });

  it('the savings rounded down to whole yuan', () => {
    const report = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings: '1234.56' } });
    expect(newPlan('settlement', 'claimed', '2025-09-01', report)).toMatchObject({ amount: '1234.00' });
  });

  it('the base itself when the savings cover it, or are not given', () => {
    const rich = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings: '50000' } });
    // What the law supports and what the contract gives, as the report itself states them.
    expect(newPlan('settlement', 'supported', '2025-09-01', rich)).toMatchObject({ amount: rich.caps.supported!.payoff });
    expect(newPlan('settlement', 'claimed', '2025-09-01', rich)).toMatchObject({ amount: rich.statement.payoff });
    const noBudget = reportOf({ ...EXAMPLE_CASE, budget: undefined });
    expect(newPlan('settlement', 'claimed', '2025-09-01', noBudget)).toMatchObject({ amount: example.statement.payoff });
  });

  it('the demand, on the demanded base: the payoff and the gap the report gives (9,500.00 in the example)', () => {
    const rich = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings: '50000' } });
    expect(newPlan('settlement', 'demanded', '2025-09-01', rich)).toMatchObject({ amount: '9500.00' });
  });

  it('the base when less than a yuan is saved: ¥0.00 is no offer', () => {
    const report = reportOf({ ...EXAMPLE_CASE, budget: { ...EXAMPLE_CASE.budget, savings: '0.50' } });
    expect(newPlan('settlement', 'claimed', '2025-09-01', report)).toMatchObject({ amount: report.statement.payoff });
  });

  it('a base typed as an amount, in whole yuan or with one decimal, as the report writes amounts', () => {
    // No savings: the base itself. "5000" and "0.5万" (typed-amount gives "5000") → 5000.00.
    const noSavings = reportOf({ ...EXAMPLE_CASE, budget: undefined });
    expect(newPlan('settlement', '5000', '2025-09-01', noSavings)).toMatchObject({ amount: '5000.00' });
    expect(newPlan('settlement', '4999.5', '2025-09-01', noSavings)).toMatchObject({ amount: '4999.50' });
    expect(newPlan('settlement', '05000', '2025-09-01', noSavings)).toMatchObject({ amount: '5000.00' });
    // A base of nothing gives nothing to settle: the field is left for the user.
    expect(newPlan('settlement', '00', '2025-09-01', noSavings)).toMatchObject({ amount: '' });
    // With ¥800 saved: the lesser, 800.00 (a string comparison would take "5000.00").
    expect(newPlan('settlement', '5000', '2025-09-01', example)).toMatchObject({ amount: '800.00' });
  });

  it('empty before there is a result to take it from', () => {
    expect(newPlan('settlement', 'supported', '2025-09-01')).toMatchObject({ amount: '' });
  });
});
