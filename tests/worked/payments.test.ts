/**
 * Applying payments (Civil Code Arts. 560, 561; LAW.md §3): oldest debt first; within an
 * instalment fees and late fees → penalty → compound → interest → principal; the excess is a
 * credit applied to debts as they fall due; payments after the as-of date are ignored.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, type Json } from './helpers';

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/cases/${name}.json`, import.meta.url), 'utf8'));

/**
 * Fixture partial-payments: 6,000 at 12% equal-principal over 6 from 2025-01-01 (1,000 + interest
 * 60, 50, 40, …; due on the 1st), penalty 1.5 × 12% = 18% / 360 = 0.05%/day on overdue principal,
 * late fee 30.00 per overdue instalment; paid 500.00 on 2025-02-11 and 1,700.00 on 2025-03-03.
 */
const partial = (asOf: string, payments?: Array<{ date: string; amount: string }>) => ({
  ...fixture('partial-payments'), asOf, ...(payments ? { payments } : {}),
});

describe('order of application', () => {
  it('within an instalment: late fee → penalty → interest → principal (500.00 leaves 595.00 principal)', () => {
    // Instalment 1 (1,000.00 + 60.00) due 2025-02-01, paid 500.00 on 02-11 (10 days late):
    // late fee 30.00 (charged at the end of 02-01) → penalty 1,000 × 0.0005 × 10 = 5.00 → interest 60.00
    // → principal 500 − 95 = 405.00; 1,000 − 405 = 595.00 principal left, all else paid.
    const r = reportOf(partial('2025-02-11', [{ date: '2025-02-11', amount: '500.00' }]));
    expect(r.statement.principalOverdue).toBe('595.00');
    expect(r.statement.interestOverdue).toBe('0.00');
    expect(r.statement.penaltyInterest).toBe('0.00');
    expect(r.statement.lateFees).toBe('0.00');
    expect(r.statement.totalDue).toBe('595.00');
    expect(r.statement.daysOverdue).toBe(10);
  });

  it('oldest instalment first, the excess becomes a credit: 1,700.00 on 03-03 leaves 18.05', () => {
    // Instalment 1: penalty on 595.00 for 20 days (02-11 → 03-03) = 5.95, principal 595.00 → 600.95.
    // Instalment 2 (due 03-01, 1,000 + 50): late fee 30.00, penalty 1,000 × 0.0005 × 2 = 1.00,
    // interest 50.00, principal 1,000.00 → 1,081.00. 1,700.00 − 600.95 − 1,081.00 = 18.05 credit.
    // principalNotDue = 4,000.00; accrued = round(40.00 × 2/31) = 2.58 (period 03-01 → 04-01);
    // payoff = 0 + 4,000.00 + 2.58 − 18.05 = 3,984.53.
    const r = reportOf(partial('2025-03-03'));
    expect(r.statement.totalDue).toBe('0.00');
    expect(r.statement.credit).toBe('18.05');
    expect(r.statement.principalNotDue).toBe('4000.00');
    expect(r.statement.accruedInterest).toBe('2.58');
    expect(r.statement.payoff).toBe('3984.53');
  });

  it('a credit is applied to the next instalment when it falls due (interest first): 1,056.45 due on 04-10', () => {
    // Instalment 3 (1,000 + 40, due 04-01): the 18.05 credit pays 18.05 of its interest → 21.95 left.
    // Unpaid after 04-01: late fee 30.00; penalty 1,000 × 0.0005 × 9 = 4.50 (04-01 → 04-10).
    // totalDue = 1,000.00 + 21.95 + 4.50 + 30.00 = 1,056.45; accrued = 30.00 × 9/30 = 9.00;
    // payoff = 1,056.45 + 3,000.00 + 9.00 = 4,065.45.
    const r = reportOf(partial('2025-04-10'));
    expect(r.statement.principalOverdue).toBe('1000.00');
    expect(r.statement.interestOverdue).toBe('21.95');
    expect(r.statement.penaltyInterest).toBe('4.50');
    expect(r.statement.lateFees).toBe('30.00');
    expect(r.statement.totalDue).toBe('1056.45');
    expect(r.statement.credit).toBe('0.00');
    expect(r.statement.principalNotDue).toBe('3000.00');
    expect(r.statement.accruedInterest).toBe('9.00');
    expect(r.statement.payoff).toBe('4065.45');
    expect(r.statement.daysOverdue).toBe(9);
    expect(r.stage).toBe('early');
  });

  const tenK = (asOf: string, lateFees: unknown[], payments: Array<{ date: string; amount: string }>) => makeCase({
    asOf,
    loan: { principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
    overdue: { penaltyBase: 'overdue-principal', compound: false, lateFees },
    payments,
  });

  it('a one-off fee dated before an instalment is older, so it is paid first', () => {
    // Fee 500.00 dated 2025-02-05; instalment 1 (788.49 + 100.00) due 02-10; 500.00 paid on 02-10
    // goes to the fee; the instalment stays unpaid (due today: no penalty yet).
    const r = reportOf(tenK('2025-02-10', [{ name: '催收费', amount: '500.00', per: 'once', date: '2025-02-05' }],
      [{ date: '2025-02-10', amount: '500.00' }]));
    expect(r.statement.lateFees).toBe('0.00');
    expect(r.statement.principalOverdue).toBe('788.49');
    expect(r.statement.interestOverdue).toBe('100.00');
    expect(r.statement.totalDue).toBe('888.49');
  });

  it('on the same date an instalment comes before a one-off fee', () => {
    // Both dated 2025-02-10; 888.49 paid that day clears the instalment; the 500.00 fee stays unpaid.
    const r = reportOf(tenK('2025-02-10', [{ name: '催收费', amount: '500.00', per: 'once', date: '2025-02-10' }],
      [{ date: '2025-02-10', amount: '888.49' }]));
    expect(r.statement.principalOverdue).toBe('0.00');
    expect(r.statement.lateFees).toBe('500.00');
    expect(r.statement.totalDue).toBe('500.00');
  });

  it('payments dated after the as-of date are ignored', () => {
    const r = reportOf(tenK('2025-02-10', [], [{ date: '2025-02-11', amount: '888.49' }]));
    expect(r.statement.totalDue).toBe('888.49');
    expect(r.statement.credit).toBe('0.00');
  });
});

describe('credit (overpayment)', () => {
  it('paid beyond what has fallen due is a credit; it never reduces interest: payoff 8,132.90', () => {
    // 10,000 at 12% (888.49 a month); 2,000.00 paid on 2025-02-10 against 888.49 due → credit 1,111.51.
    // As of 2025-02-20: principalNotDue = 10,000 − 788.49 = 9,211.51; period 2 (02-10 → 03-10, 28 days)
    // interest round(9,211.51 × 1%) = 92.12, accrued 92.12 × 10/28 = 32.90;
    // payoff = 0 + 9,211.51 + 32.90 − 1,111.51 = 8,132.90 (no early-repayment recalculation).
    const r = reportOf({ ...fixture('overpayment'), asOf: '2025-02-20' });
    expect(r.statement.credit).toBe('1111.51');
    expect(r.statement.totalDue).toBe('0.00');
    expect(r.statement.principalNotDue).toBe('9211.51');
    expect(r.statement.accruedInterest).toBe('32.90');
    expect(r.statement.payoff).toBe('8132.90');
  });

  it('the credit pays the next instalment on its due date, so it is never overdue: credit 223.02 left', () => {
    // On 2025-03-10 instalment 2 (796.37 + 92.12 = 888.49) is paid from the credit: 1,111.51 − 888.49 = 223.02.
    // As of 2025-03-15: principalNotDue 9,211.51 − 796.37 = 8,415.14; period 3 (03-10 → 04-10, 31 days)
    // interest round(84.1514) = 84.15, accrued 84.15 × 5/31 = 13.5726 → 13.57;
    // payoff = 8,415.14 + 13.57 − 223.02 = 8,205.69.
    const r = reportOf(fixture('overpayment'));
    expect(r.statement.credit).toBe('223.02');
    expect(r.statement.totalDue).toBe('0.00');
    expect(r.statement.penaltyInterest).toBe('0.00');
    expect(r.statement.daysOverdue).toBe(0);
    expect(r.statement.principalNotDue).toBe('8415.14');
    expect(r.statement.accruedInterest).toBe('13.57');
    expect(r.statement.payoff).toBe('8205.69');
  });

  it('payoff is negative when the borrower has overpaid everything: 1,100.00 against 1,010.00 → −90.00', () => {
    // 1,000 at 12% over 1 month: 1,000 + 10.00 = 1,010.00 due 2025-02-10; paid 1,100.00 that day.
    const r = reportOf(makeCase({
      asOf: '2025-03-01',
      loan: { principal: '1000.00', startDate: '2025-01-10', termMonths: 1, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
      payments: [{ date: '2025-02-10', amount: '1100.00' }],
    }));
    expect(r.schedule[0].payment).toBe('1010.00');
    expect(r.statement.credit).toBe('90.00');
    expect(r.statement.totalDue).toBe('0.00');
    expect(r.statement.payoff).toBe('-90.00');
  });
});
