/**
 * Penalty interest (罚息) on both bases and compound interest (复利), LAW.md §6,
 * with the overdue test's limit (LAW.md §7 test 2) where the example gives it.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf } from './helpers';

/** 3,000 bullet, 30 days at 0.05%/day (dayCount 360): interest 3,000 × 18% × 30/360 = 45.00, due 2025-01-31. */
const daily3000 = (asOf: string, overdue?: Record<string, unknown>) => makeCase({
  asOf, dayCount: 360,
  loan: { principal: '3000.00', startDate: '2025-01-01', firstDueDate: '2025-01-31', termMonths: 1, rate: { value: '0.05', per: 'day' }, method: 'bullet' },
  ...(overdue ? { overdue } : {}),
});

/** 20,000 bullet at 18% for 90 days (interest 900.00), due 2024-01-10, penalty 1.5× = 27%, dayCount 360. */
const bullet20000 = (compound: boolean) => makeCase({
  asOf: '2024-07-08', dayCount: 360,
  loan: { principal: '20000.00', startDate: '2023-10-12', firstDueDate: '2024-01-10', termMonths: 3, rate: { value: '18', per: 'year' }, method: 'bullet' },
  overdue: { penalty: { multiplier: '1.5' }, penaltyBase: 'overdue-principal', compound },
});

describe('penalty on overdue principal', () => {
  it('JD-style daily rate: 3,000 at 0.075%/day (1.5 × 0.05%) for 30 days = 67.50; the 24% line allows 59.18 (LAW.md §7)', () => {
    // Due 2025-01-31, as of 2025-03-02: 28 + 2 = 30 days (T − d).
    // Penalty = 3,000 × 0.05% × 1.5 × 30 = 3,000 × 0.00075 × 30 = 67.50.
    // Limit = 3,000 × 24% × 30 / 365 = 59.178… → 59.18 (capDayCount 365). 67.50 > 59.18: exceeds.
    // totalDue = 3,000 + 45.00 + 67.50 = 3,112.50.
    const r = reportOf(daily3000('2025-03-02', { penalty: { multiplier: '1.5' }, penaltyBase: 'overdue-principal', compound: false }));
    expect(r.statement.penaltyInterest).toBe('67.50');
    expect(r.statement.totalDue).toBe('3112.50');
    expect(r.caps.overdueTest.charged).toBe('67.50');
    expect(r.caps.overdueTest.limit).toBe('59.18');
    expect(r.caps.overdueTest.exceeds).toBe(true);
  });

  it('a penalty rate given outright (0.075%/day) gives the same 67.50', () => {
    // 3,000 × 0.075% × 30 = 67.50.
    const r = reportOf(daily3000('2025-03-02', { penalty: { rate: { value: '0.075', per: 'day' } }, penaltyBase: 'overdue-principal', compound: false }));
    expect(r.statement.penaltyInterest).toBe('67.50');
  });

  it('without overdue terms the penalty is 1.5 × the contract rate on overdue principal: 67.50', () => {
    // Defaults (case-format.md): multiplier 1.5, base overdue-principal. Compound is taken as off
    // when the contract does not say so (reading: LAW.md §6 "if the contract has it").
    const r = reportOf(daily3000('2025-03-02'));
    expect(r.statement.penaltyInterest).toBe('67.50');
    expect(r.statement.compoundInterest).toBe('0.00');
  });

  it('nothing accrues on the due date itself; one day later it is 3,000 × 0.075% = 2.25', () => {
    // LAW.md §3: penalty to T counts T − d days; T = d → 0 days.
    expect(reportOf(daily3000('2025-01-31')).statement.penaltyInterest).toBe('0.00');
    expect(reportOf(daily3000('2025-02-01')).statement.penaltyInterest).toBe('2.25');
  });
});

describe('compound interest', () => {
  it('accrues at the penalty rate on unpaid contractual interest: 900 × 27% × 180/360 = 121.50 (LAW.md §7 example)', () => {
    // Penalty on principal: 20,000 × 27% × 180/360 = 2,700.00 (2024-01-10 → 2024-07-08 = 180 days).
    // Compound on the 900.00 interest fallen due: 900 × 0.27 × 180/360 = 121.50 — on the interest
    // only, never on the penalty (else it would be larger).
    const r = reportOf(bullet20000(true));
    expect(r.statement.penaltyInterest).toBe('2700.00');
    expect(r.statement.compoundInterest).toBe('121.50');
    expect(r.statement.totalDue).toBe('23721.50'); // 20,000 + 900 + 2,700 + 121.50
  });

  it('is zero when the contract has no compound clause', () => {
    const r = reportOf(bullet20000(false));
    expect(r.statement.compoundInterest).toBe('0.00');
    expect(r.statement.penaltyInterest).toBe('2700.00');
  });
});

describe('penalty on outstanding principal (JD 金条 terms)', () => {
  it('accrues on all unpaid principal, due or not, and replaces contractual interest on those days', () => {
    // Fixture jd-jintiao-equal-payment: 12,000, 0.05%/day (18%), 12 × 1,100.16 from 2025-02-15;
    // instalments 1–4 paid on their due dates; unpaid principal after them
    // 12,000 − (920.16 + 933.96 + 947.97 + 962.19) = 8,235.72.
    // Instalment 5 (due 2025-06-15) unpaid; as of 2025-09-01: 15 + 31 + 31 + 1 = 78 days.
    // Penalty = 8,235.72 × 0.00075 × 78 = 481.78962 → 481.79.
    // Periods 6 (06-15→07-15) and 7 (07-15→08-15) are all penalty days: their interest falls due as
    // round(scheduled × 0/30) = 0.00, so interestOverdue is instalment 5's 123.54 alone.
    // Compound = 123.54 × 0.00075 × 78 = 7.22709 → 7.23.
    // Running period 8 (08-15→09-15): all 17 elapsed days are penalty days → accruedInterest 0.00.
    // Limit = 8,235.72 × 24% × 78 / 365 = 422.3909 → 422.39; charged = 481.79 + 7.23 = 489.02.
    const input = JSON.parse(readFileSync(new URL('../fixtures/cases/jd-jintiao-equal-payment.json', import.meta.url), 'utf8'));
    const r = reportOf(input);
    expect(r.statement.penaltyInterest).toBe('481.79');
    expect(r.statement.interestOverdue).toBe('123.54');
    expect(r.statement.compoundInterest).toBe('7.23');
    expect(r.statement.accruedInterest).toBe('0.00');
    expect(r.caps.overdueTest.limit).toBe('422.39');
    expect(r.caps.overdueTest.charged).toBe('489.02');
  });

  it('a late instalment cuts the next period’s interest pro rata: round(166.20 × 25/28) = 148.39', () => {
    // 12,000 at 0.05%/day, equal-payment from 2025-01-15; instalment 1 (920.16 + 180.00) due 02-15,
    // paid 02-18: 3 penalty days (02-15, 16, 17) on all 12,000 outstanding = 12,000 × 0.00075 × 3 = 27.00;
    // the payment 1,127.16 = 27.00 penalty + 180.00 interest + 920.16 principal clears it.
    // Period 2 (02-15 → 03-15, 28 days) had 3 penalty days → interest = round(166.20 × 25/28)
    // = round(148.3929) = 148.39. As of 03-15 (its due date): 933.96 + 148.39 = 1,082.35 due.
    // Overdue test: charged 27.00; limit = 12,000 × 24% × 3/365 = 23.67.
    const r = reportOf(makeCase({
      asOf: '2025-03-15', dayCount: 360,
      loan: { principal: '12000.00', startDate: '2025-01-15', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
      overdue: { penalty: { multiplier: '1.5' }, penaltyBase: 'outstanding-principal', compound: false },
      payments: [{ date: '2025-02-18', amount: '1127.16' }],
    }));
    expect(r.statement.interestOverdue).toBe('148.39');
    expect(r.statement.principalOverdue).toBe('933.96');
    expect(r.statement.penaltyInterest).toBe('0.00');
    expect(r.statement.totalDue).toBe('1082.35');
    expect(r.statement.daysOverdue).toBe(0);
    expect(r.caps.overdueTest.charged).toBe('27.00');
    expect(r.caps.overdueTest.limit).toBe('23.67');
  });
});
