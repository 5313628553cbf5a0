/**
 * Acceleration (提前到期), LAW.md §6, and the LAW.md §7 accelerated consumer-finance example:
 * 2,700.00 + 121.50 + 1,000 + 600 = 4,421.50 charged against 20,000 × 24% × 180/365 = 2,367.12.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf } from './helpers';

const fees = [
  { name: '违约金', amount: '1000.00', per: 'once', date: '2024-01-11' },
  { name: '催收费', amount: '600.00', per: 'once', date: '2024-02-01' },
];
const overdue = { penalty: { multiplier: '1.5' }, penaltyBase: 'overdue-principal', compound: true, lateFees: fees };

describe('LAW.md §7 example: 20,000 fallen due on 2024-01-10, 18% contract, 27% penalty, 180 days', () => {
  // Shared working: 2024-01-10 → 2024-07-08 = 31+29+31+30+31+30 − 2 = 180 days.
  // Penalty = 20,000 × 27% × 180/360 = 2,700.00; compound = 900 × 27% × 180/360 = 121.50;
  // late fees 1,000 + 600; charged = 2,700.00 + 121.50 + 1,600.00 = 4,421.50.
  // Limit (licensed 24%, capDayCount 365) = 20,000 × 0.24 × 180/365 = 2,367.123… → 2,367.12.

  it('as a bullet loan matured on 2024-01-10 (interest 20,000 × 18% × 90/360 = 900.00)', () => {
    const r = reportOf(makeCase({
      asOf: '2024-07-08', dayCount: 360,
      loan: { principal: '20000.00', startDate: '2023-10-12', firstDueDate: '2024-01-10', termMonths: 3, rate: { value: '18', per: 'year' }, method: 'bullet' },
      overdue,
    }));
    expect(r.statement.penaltyInterest).toBe('2700.00');
    expect(r.statement.compoundInterest).toBe('121.50');
    expect(r.statement.lateFees).toBe('1600.00');
    expect(r.caps.overdueTest.charged).toBe('4421.50');
    expect(r.caps.overdueTest.limit).toBe('2367.12');
    expect(r.caps.overdueTest.exceeds).toBe(true);
    expect(r.statement.daysOverdue).toBe(180);
    expect(r.stage).toBe('mid');
  });

  it('as a 6-month bullet accelerated on 2024-01-10: interest pro rata 1,830.00 × 90/183 = 900.00', () => {
    // Matures 2023-10-12 + 6 months = 2024-04-12; period 183 days; scheduled interest
    // 20,000 × 18% × 183/360 = 1,830.00. Acceleration on 2024-01-10, 90 days into the period:
    // round(1,830.00 × 90/183) = 900.00 falls due with the 20,000 principal on that date.
    // (Reading: a bullet's single term is "the running period" for the pro rata.)
    const r = reportOf(makeCase({
      asOf: '2024-07-08', dayCount: 360,
      loan: { principal: '20000.00', startDate: '2023-10-12', termMonths: 6, rate: { value: '18', per: 'year' }, method: 'bullet' },
      overdue: { ...overdue, acceleratedOn: '2024-01-10' },
    }));
    expect(r.statement.principalOverdue).toBe('20000.00');
    expect(r.statement.interestOverdue).toBe('900.00');
    expect(r.statement.penaltyInterest).toBe('2700.00');
    expect(r.statement.compoundInterest).toBe('121.50');
    expect(r.caps.overdueTest.charged).toBe('4421.50');
    expect(r.caps.overdueTest.limit).toBe('2367.12');
    expect(r.statement.principalNotDue).toBe('0.00');
  });
});

describe('acceleration of an instalment loan', () => {
  it('brings all principal not yet due and the running period’s interest pro rata due on the acceleration date', () => {
    // Fixture accelerated: 12,000 at 18% equal-payment (1,100.16) from 2025-01-10; instalments 1, 2 paid;
    // instalment 3 (947.97 + 152.19, due 04-10) unpaid; accelerated 2025-04-25; as of 2025-06-01.
    // Accelerated principal = 12,000 − 920.16 − 933.96 − 947.97 = 9,197.91.
    // Period 4 (04-10 → 05-10, 30 days) interest 137.97 × 15/30 = 68.985 → 68.99; later interest dropped.
    // principalOverdue = 947.97 + 9,197.91 = 10,145.88; interestOverdue = 152.19 + 68.99 = 221.18.
    // Penalty 0.075%/day: 947.97 × 52 days (04-10 → 06-01) + 9,197.91 × 37 days (04-25 → 06-01)
    //   = 0.00075 × (49,294.44 + 340,322.67) = 292.2128 → 292.21.
    // Compound: 0.00075 × (152.19 × 52 + 68.99 × 37) = 5.93541 + 1.91447 = 7.84988 → 7.85.
    // Late fee: 50.00 for instalment 3 only — none for the accelerated balance.
    // totalDue = 10,145.88 + 221.18 + 292.21 + 7.85 + 50.00 = 10,717.12; nothing is left not due.
    // Limit = 24% × (49,294.44 + 340,322.67) / 365 = 256.1866 → 256.19; charged 292.21 + 7.85 + 50 = 350.06.
    const input = JSON.parse(readFileSync(new URL('../fixtures/cases/accelerated.json', import.meta.url), 'utf8'));
    const r = reportOf(input);
    expect(r.statement.principalOverdue).toBe('10145.88');
    expect(r.statement.interestOverdue).toBe('221.18');
    expect(r.statement.penaltyInterest).toBe('292.21');
    expect(r.statement.compoundInterest).toBe('7.85');
    expect(r.statement.lateFees).toBe('50.00');
    expect(r.statement.totalDue).toBe('10717.12');
    expect(r.statement.principalNotDue).toBe('0.00');
    expect(r.statement.accruedInterest).toBe('0.00');
    expect(r.statement.payoff).toBe('10717.12');
    expect(r.statement.daysOverdue).toBe(52);
    expect(r.caps.overdueTest.charged).toBe('350.06');
    expect(r.caps.overdueTest.limit).toBe('256.19');
  });

  it('on a due date: that instalment falls due normally and the new period contributes no interest', () => {
    // Same loan accelerated on 2025-04-10, as of 2025-04-10: instalment 3 (947.97 + 152.19) is due
    // that day; the accelerated balance is 9,197.91 with round(137.97 × 0/30) = 0.00 interest.
    // Nothing is overdue yet on its own due date: no penalty, daysOverdue 0.
    const r = reportOf(makeCase({
      asOf: '2025-04-10', dayCount: 360,
      loan: { principal: '12000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '18', per: 'year' }, method: 'equal-payment' },
      overdue: { penaltyBase: 'overdue-principal', compound: true, acceleratedOn: '2025-04-10' },
      payments: [{ date: '2025-02-10', amount: '1100.16' }, { date: '2025-03-10', amount: '1100.16' }],
    }));
    expect(r.statement.principalOverdue).toBe('10145.88');
    expect(r.statement.interestOverdue).toBe('152.19');
    expect(r.statement.penaltyInterest).toBe('0.00');
    expect(r.statement.totalDue).toBe('10298.07');
    expect(r.statement.principalNotDue).toBe('0.00');
    expect(r.statement.daysOverdue).toBe(0);
    expect(r.stage).toBe('current');
  });
});

describe('acceleration under JD’s outstanding-principal terms', () => {
  it('moves principal into "due" but leaves the payoff unchanged: 8,848.28 either way', () => {
    // JD fixture + acceleratedOn 2025-08-01. Running period 7 (07-15 → 08-15) has 17 elapsed days,
    // all penalty days → pro rata interest round(94.02 × 0/31) = 0.00.
    // Accelerated principal = 8,235.72 − 976.62 (inst 5) − 991.27 (inst 6) = 6,267.83;
    // principalOverdue = 976.62 + 991.27 + 6,267.83 = 8,235.72; principalNotDue 0.00.
    // Penalty was already on all 8,235.72 every day: 8,235.72 × 0.00075 × 78 = 481.79; compound 7.23.
    // totalDue = 8,235.72 + 123.54 + 481.79 + 7.23 = 8,848.28 = payoff (as without acceleration).
    const input = JSON.parse(readFileSync(new URL('../fixtures/cases/jd-jintiao-equal-payment.json', import.meta.url), 'utf8'));
    const r = reportOf({ ...input, overdue: { ...input.overdue, acceleratedOn: '2025-08-01' } });
    expect(r.statement.principalOverdue).toBe('8235.72');
    expect(r.statement.interestOverdue).toBe('123.54');
    expect(r.statement.penaltyInterest).toBe('481.79');
    expect(r.statement.compoundInterest).toBe('7.23');
    expect(r.statement.principalNotDue).toBe('0.00');
    expect(r.statement.totalDue).toBe('8848.28');
    expect(r.statement.payoff).toBe('8848.28');
    expect(r.statement.daysOverdue).toBe(78);
  });
});
