/**
 * Several lenders sharing one budget (issue 3, lib/portfolio.ts): the monthly surplus is split pro
 * rata to each debt's contractual payment (its scheduled payments over its term), with a floor per
 * debt (¥100 by default); shares are rounded to the fen and sum exactly to the surplus. Savings are
 * split the same way without a floor. Each debt's plans and recommendation then use its share.
 * Figures worked by hand and re-checked with scripts/reference/plans.py (`split`), never from lib/.
 */
import { describe, it, expect } from 'vitest';
import { Decimal } from '@/lib/decimal';
import { analyzePortfolio } from '@/lib/portfolio';
import { makeCase, sumFen, type Json } from './helpers';

// Three licensed loans, all as of their start date 2025-01-10 (payoff = principal, nothing accrued):
//   A 10,000 at 12% equal-payment over 12: 888.49 × 11 + 888.47 = 10,661.86 → weight 10,661.86 / 12 = 888.48833…
//   B  6,000 at 0% over 12: 500.00 a month → weight 500.00
//   C  1,200 at 0% over 24:  50.00 a month → weight 50.00
const loanCase = (name: string, principal: string, termMonths: number, rate: string): Json => makeCase({
  asOf: '2025-01-10',
  lender: { name, kind: 'licensed' },
  loan: { principal, startDate: '2025-01-10', termMonths, rate: { value: rate, per: 'year' }, method: 'equal-payment' },
});
const CASES = [loanCase('A银行', '10000.00', 12, '12'), loanCase('B消金', '6000.00', 12, '0'), loanCase('C小贷', '1200.00', 24, '0')];
// Surplus 8,000 − 5,300 − 1,000 = 1,700.00; savings 300.00.
const BUDGET = { income: '8000', essentials: '5300', otherDebts: '1000', savings: '300' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const portfolioOf = (cases: ReadonlyArray<Json>, budget: Json, floor?: string): any => {
  const r = floor === undefined ? analyzePortfolio(cases, budget) : analyzePortfolio(cases, budget, new Decimal(floor));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
};
type Share = { lender: string; contractualPayment: string; surplus: string; savings: string };

describe('a surplus shared by three lenders', () => {
  it('pro rata to contractual payments, C lifted to the ¥100 floor: 1,023.83 / 576.17 / 100.00 = 1,700.00', () => {
    // Pro rata on 888.48833 + 500 + 50 = 1,438.48833: C = 1,700 × 50 / 1,438.48833 = 59.09 < 100 → C gets 100.00.
    // The other 1,600.00 again pro rata on 1,388.48833:
    //   A = 1,600 × 888.48833 / 1,388.48833 = 1,023.8328 → 1,023.83
    //   B = 1,600 × 500 / 1,388.48833       =   576.1662 →   576.17   (1,023.83 + 576.17 = 1,600.00: no rounding left over)
    const p = portfolioOf(CASES, BUDGET);
    expect(p.format).toBe('repayment-portfolio/1');
    expect(p.floor).toBe('100.00');
    expect(p.budget.surplus).toBe('1700.00');
    expect(p.shares.map((s: Share) => s.contractualPayment)).toEqual(['888.49', '500.00', '50.00']);
    expect(p.shares.map((s: Share) => s.lender)).toEqual(['A银行', 'B消金', 'C小贷']);
    expect(p.shares.map((s: Share) => s.surplus)).toEqual(['1023.83', '576.17', '100.00']);
    expect(sumFen(p.shares.map((s: Share) => s.surplus))).toBe('1700.00');
  });

  it('savings are split pro rata with no floor, by largest remainder: 185.30 / 104.27 / 10.43 = 300.00', () => {
    // 300 × 888.48833 / 1,438.48833 = 185.2970; 300 × 500 / 1,438.48833 = 104.2761;
    // 300 × 50 / 1,438.48833 = 10.4276. Rounded down: 185.29 + 104.27 + 10.42 = 299.98, 2 fen left,
    // given to the largest remainders: C (0.0076) → 10.43, A (0.0070) → 185.30; B (0.0061) keeps 104.27.
    const p = portfolioOf(CASES, BUDGET);
    expect(p.shares.map((s: Share) => s.savings)).toEqual(['185.30', '104.27', '10.43']);
    expect(sumFen(p.shares.map((s: Share) => s.savings))).toBe('300.00');
  });

  it('each debt is planned on its own share: A 10 × 1,000.00, B 11 × 545.45 (last 545.50), C 12 × 100.00', () => {
    // Savings shares are below half of each debt: no settlement. First payment 2025-02-10.
    // A: 10,000 / 9 = 1,111.11 > 1,023.83; / 10 = 1,000.00 ≤ → 10 months.
    // B: 6,000 / 10 = 600.00 > 576.17; / 11 = 545.4545 → 545.45, last 6,000 − 10 × 545.45 = 545.50 ≤ → 11.
    // C: 1,200 / 11 = 109.09 > 100.00; / 12 = 100.00 ≤ 100.00 → 12 (the floor exactly covers it).
    const p = portfolioOf(CASES, BUDGET);
    const recs = p.reports.map((r: { recommendation: { spec: { kind: string; months: number; firstDate: string }; plan: { payment: string; affordable: boolean; schedule: Array<{ payment: string }> } } }) => r.recommendation);
    expect(recs.map((r: { spec: { months: number } }) => r.spec.months)).toEqual([10, 11, 12]);
    expect(recs.every((r: { spec: { kind: string; firstDate: string } }) => r.spec.kind === 'instalments' && r.spec.firstDate === '2025-02-10')).toBe(true);
    expect(recs.map((r: { plan: { payment: string } }) => r.plan.payment)).toEqual(['1000.00', '545.45', '100.00']);
    expect(recs[1].plan.schedule[10].payment).toBe('545.50');
    expect(recs.every((r: { plan: { affordable: boolean } }) => r.plan.affordable)).toBe(true);
    // Each report's budget carries its share.
    expect(p.reports.map((r: { budget: { surplus: string } }) => r.budget.surplus)).toEqual(['1023.83', '576.17', '100.00']);
  });

  it('with a floor of 0 the split is purely pro rata: 1,050.01 / 590.90 / 59.09', () => {
    // 1,700 × 888.48833 / 1,438.48833 = 1,050.0126 → 1,050.01; × 500 / … = 590.8983 → 590.90;
    // × 50 / … = 59.0898 → 59.09; sum 1,700.00.
    const p = portfolioOf(CASES, BUDGET, '0');
    expect(p.floor).toBe('0.00');
    expect(p.shares.map((s: Share) => s.surplus)).toEqual(['1050.01', '590.90', '59.09']);
  });

  it('a surplus too small for every floor (250 < 3 × 100) is shared equally, to the fen', () => {
    // 250 / 3 = 83.333…: two shares 83.33 and one 83.34 (which one takes the extra fen is a convention), sum 250.00.
    const p = portfolioOf(CASES, { income: '6550', essentials: '5300', otherDebts: '1000' });
    const shares = p.shares.map((s: Share) => s.surplus);
    expect(sumFen(shares)).toBe('250.00');
    expect([...shares].sort()).toEqual(['83.33', '83.33', '83.34']);
  });

  it('a shortfall gives every debt 0.00', () => {
    const p = portfolioOf(CASES, { income: '5000', essentials: '5300' });
    expect(p.budget.surplus).toBe('-300.00');
    expect(p.shares.map((s: Share) => s.surplus)).toEqual(['0.00', '0.00', '0.00']);
  });

  it('a bad budget or a bad case is refused with the field and the file named', () => {
    const r = analyzePortfolio([CASES[0], { ...CASES[1], asOf: '2025-02-30' }], { income: '8,000', essentials: '5300' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'asOf', file: 1 }),
      expect.objectContaining({ path: 'budget.income', file: 'budget' }),
    ]));
  });
});
