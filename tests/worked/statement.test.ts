/**
 * The statement as of T (LAW.md §6): items fallen due, daysOverdue from the oldest unpaid
 * instalment, stage (LAW.md §8), accrued interest, payoff, and the gap to the lender's demand.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, type Json } from './helpers';

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/cases/${name}.json`, import.meta.url), 'utf8'));

const tenK = (asOf: string) => makeCase({
  asOf,
  loan: { principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
});

describe('statement on T = due date', () => {
  it('an instalment due on T has fallen due (counts in totalDue) but is not overdue (no penalty, 0 days, current)', () => {
    // Instalment 1 = 788.49 principal + 100.00 interest, due 2025-02-10 = T.
    // principalNotDue = 10,000 − 788.49 = 9,211.51; the new period has run 0 days → accrued 0.00.
    // payoff = 888.49 + 9,211.51 + 0 − 0 = 10,100.00.
    const r = reportOf(tenK('2025-02-10'));
    expect(r.statement.principalOverdue).toBe('788.49');
    expect(r.statement.interestOverdue).toBe('100.00');
    expect(r.statement.penaltyInterest).toBe('0.00');
    expect(r.statement.totalDue).toBe('888.49');
    expect(r.statement.principalNotDue).toBe('9211.51');
    expect(r.statement.accruedInterest).toBe('0.00');
    expect(r.statement.payoff).toBe('10100.00');
    expect(r.statement.daysOverdue).toBe(0);
    expect(r.stage).toBe('current');
  });
});

describe('accrued interest and payoff', () => {
  it('accrued = the running period’s interest × days elapsed / days in it: 100.00 × 15/31 = 48.39', () => {
    // Period 1 runs 2025-01-10 → 02-10 (31 days); as of 01-25, 15 days have elapsed: 48.387… → 48.39.
    // payoff = 0 + 10,000.00 + 48.39 − 0 = 10,048.39.
    const r = reportOf(tenK('2025-01-25'));
    expect(r.statement.totalDue).toBe('0.00');
    expect(r.statement.accruedInterest).toBe('48.39');
    expect(r.statement.payoff).toBe('10048.39');
  });

  it('payoff = totalDue + principalNotDue + accruedInterest − credit, each item rounded (credit-card-like fixture)', () => {
    // 20,000 at 0.05%/day (18%), 1,833.60 a month from 2025-04-05; 3 paid; instalments 4 (1,603.65 +
    // 229.95, due 07-05) and 5 (1,627.71 + 205.89, due 08-05) unpaid; as of 2025-08-20.
    // Penalty 0.075%/day: 1,603.65 × 46 + 1,627.71 × 15 days = 55.325925 + 18.311738 = 73.64.
    // Compound: 229.95 × 0.00075 × 46 + 205.89 × 0.00075 × 15 = 7.933275 + 2.316263 = 10.25.
    // Late fees 5% × 1,833.60 = 91.68 each → 183.36.
    // totalDue = 3,231.36 + 435.84 + 73.64 + 10.25 + 183.36 = 3,934.45.
    // principalNotDue = 20,000 − 7,901.51 = 12,098.49; accrued = 181.48 × 15/31 = 87.81 (08-05 → 09-05).
    // payoff = 3,934.45 + 12,098.49 + 87.81 = 16,120.75; daysOverdue from 07-05 = 46 (mid).
    const r = reportOf(fixture('credit-card-like'));
    expect(r.statement.principalOverdue).toBe('3231.36');
    expect(r.statement.interestOverdue).toBe('435.84');
    expect(r.statement.penaltyInterest).toBe('73.64');
    expect(r.statement.compoundInterest).toBe('10.25');
    expect(r.statement.lateFees).toBe('183.36');
    expect(r.statement.totalDue).toBe('3934.45');
    expect(r.statement.principalNotDue).toBe('12098.49');
    expect(r.statement.accruedInterest).toBe('87.81');
    expect(r.statement.payoff).toBe('16120.75');
    expect(r.statement.daysOverdue).toBe(46);
    expect(r.stage).toBe('mid');
  });

  it('claimGap = the demand − payoff: 9,500.00 − 8,848.28 = 651.72 (JD fixture)', () => {
    // payoff = totalDue 3,586.59 (2,974.03 + 123.54 + 481.79 + 7.23) + principalNotDue 5,261.69 + 0.
    const r = reportOf(fixture('jd-jintiao-equal-payment'));
    expect(r.statement.totalDue).toBe('3586.59');
    expect(r.statement.payoff).toBe('8848.28');
    expect(r.statement.claimGap).toBe('651.72');
  });
});

describe('daysOverdue and stage boundaries (LAW.md §8)', () => {
  // A 3,000 bullet due 2025-01-31, nothing paid: daysOverdue = T − 2025-01-31.
  const bullet = (asOf: string) => makeCase({
    asOf, dayCount: 360,
    loan: { principal: '3000.00', startDate: '2025-01-01', firstDueDate: '2025-01-31', termMonths: 1, rate: { value: '0.05', per: 'day' }, method: 'bullet' },
  });
  const cases: Array<[string, number, string]> = [
    ['2025-01-31', 0, 'current'],
    ['2025-02-01', 1, 'early'],
    ['2025-03-02', 30, 'early'], // 28 (Feb) + 2
    ['2025-03-03', 31, 'mid'],
    ['2025-07-30', 180, 'mid'], // 28 + 31 + 30 + 31 + 30 + 30
    ['2025-07-31', 181, 'late'],
  ];
  for (const [asOf, days, stage] of cases) {
    it(`${days} days overdue is "${stage}"`, () => {
      const r = reportOf(bullet(asOf));
      expect(r.statement.daysOverdue).toBe(days);
      expect(r.stage).toBe(stage);
    });
  }
});
