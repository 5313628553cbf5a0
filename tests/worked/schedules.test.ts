/**
 * Contract schedules per repayment method (LAW.md §4), with fen rounding and last-instalment
 * settlement (LAW.md §3 "Rounding"), and due dates clamped to the month end.
 */
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, rate6, sumFen } from './helpers';

const loan = (over: Record<string, unknown>) => ({
  principal: '10000.00', startDate: '2025-01-10', termMonths: 12,
  rate: { value: '12', per: 'year' }, method: 'equal-payment', ...over,
});
const payments = (r: { schedule: Array<{ payment: string }> }) => r.schedule.map((x) => x.payment);

describe('equal-payment (等额本息)', () => {
  it('10,000 at 12% over 12 months pays 888.49 × 11 and 888.47 last, 661.86 interest (LAW.md §4 check)', () => {
    // r = 12% / 12 = 1%; A = 10,000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 888.4879 → 888.49.
    // Row 1: interest = 10,000 × 1% = 100.00, principal = 888.49 − 100.00 = 788.49.
    // Each later interest = round(balance × 1%); the 12th row settles the remaining balance
    // (balance before row 12 is 879.67, interest 8.80 → 888.47).
    // Interest in all = 11 × 888.49 + 888.47 − 10,000 = 10,661.86 − 10,000 = 661.86.
    const r = reportOf(makeCase({ asOf: '2025-01-10', loan: loan({}) }));
    expect(r.schedule).toHaveLength(12);
    expect(payments(r).slice(0, 11)).toEqual(Array(11).fill('888.49'));
    expect(r.schedule[11].payment).toBe('888.47');
    expect(r.schedule[0].interest).toBe('100.00');
    expect(r.schedule[0].principal).toBe('788.49');
    expect(sumFen(r.schedule.map((x: { interest: string }) => x.interest))).toBe('661.86');
    expect(sumFen(r.schedule.map((x: { principal: string }) => x.principal))).toBe('10000.00');
  });

  it('the last instalment settles the balance: 879.67 principal + 8.80 interest = 888.47', () => {
    // Balance before row 12 = 10,000 − Σ principal of rows 1–11 = 879.67;
    // interest = round(879.67 × 1%) = round(8.7967) = 8.80; payment = 879.67 + 8.80 = 888.47.
    const r = reportOf(makeCase({ asOf: '2025-01-10', loan: loan({}) }));
    expect(r.schedule[11].principal).toBe('879.67');
    expect(r.schedule[11].interest).toBe('8.80');
  });

  it('a periodic fee is added to each instalment: 888.49 + 25.00 = 913.49', () => {
    // LAW.md §4: "Periodic fees are added to each instalment's payment"; interest is unchanged.
    const r = reportOf(makeCase({
      asOf: '2025-01-10',
      loan: loan({ fees: [{ name: '担保费', amount: '25.00', when: 'each-instalment' }] }),
    }));
    expect(r.schedule[0].fee).toBe('25.00');
    expect(r.schedule[0].payment).toBe('913.49');
    expect(r.schedule[11].payment).toBe('913.47'); // 888.47 + 25.00
  });

  it('at a zero rate the payment is P / n rounded, and the last settles: 333.33, 333.33, 333.34', () => {
    // A = 1,000 / 3 = 333.333… → 333.33; last = 1,000 − 666.66 = 333.34.
    const r = reportOf(makeCase({
      asOf: '2025-01-10',
      loan: loan({ principal: '1000.00', termMonths: 3, rate: { value: '0', per: 'year' } }),
    }));
    expect(payments(r)).toEqual(['333.33', '333.33', '333.34']);
  });

  it('a daily rate is annualised on the contract day basis: 0.05%/day × 365 = 18.25%', () => {
    // annual = 0.0005 × 365 = 0.1825; r = 0.1825 / 12; row 1 interest = 12,000 × 0.1825 / 12 = 182.50.
    const r = reportOf(makeCase({
      asOf: '2025-01-10', dayCount: 365,
      loan: loan({ principal: '12000.00', rate: { value: '0.05', per: 'day' } }),
    }));
    expect(rate6(r.loan.annualRate)).toBe('0.182500');
    expect(r.schedule[0].interest).toBe('182.50');
  });
});

describe('equal-principal (等额本金)', () => {
  it('12,000 at 12% over 12: first 1,120.00, last 1,010.00, interest 780.00 (LAW.md §4 check)', () => {
    // Principal 12,000 / 12 = 1,000.00 a month; interest k = (12,000 − 1,000(k−1)) × 1%:
    // 120.00, 110.00, …, 10.00; first 1,000 + 120 = 1,120.00; last 1,000 + 10 = 1,010.00;
    // interest in all = 10 × (12 + 11 + … + 1) = 10 × 78 = 780.00.
    const r = reportOf(makeCase({
      asOf: '2025-01-10', loan: loan({ principal: '12000.00', method: 'equal-principal' }),
    }));
    expect(r.schedule[0].payment).toBe('1120.00');
    expect(r.schedule[11].payment).toBe('1010.00');
    expect(sumFen(r.schedule.map((x: { interest: string }) => x.interest))).toBe('780.00');
  });
});

describe('interest-first (先息后本)', () => {
  it('20,000 at 0.05%/day (dayCount 360): 300.00 × 11, then 20,300.00', () => {
    // annual = 0.05% × 360 = 18%; monthly interest = 20,000 × 18% / 12 = 300.00; last adds P.
    const r = reportOf(makeCase({
      asOf: '2025-01-10', dayCount: 360,
      loan: loan({ principal: '20000.00', method: 'interest-first', rate: { value: '0.05', per: 'day' } }),
    }));
    expect(payments(r).slice(0, 11)).toEqual(Array(11).fill('300.00'));
    expect(r.schedule[11].payment).toBe('20300.00');
    expect(r.schedule[11].principal).toBe('20000.00');
  });

  it('an exact half fen rounds up: 3,000 at 0.05%/day (dayCount 365) → 45.63 a month, not 45.62', () => {
    // annual = 0.05% × 365 = 18.25%; monthly interest = 3,000 × 18.25% / 12 = 547.5 / 12 = 45.625
    // exactly, half-up → 45.63 (LAW.md §3). Dividing the rate first (0.1825 / 12 = 0.01520833…,
    // cut at 40 digits) gave 45.6249…9 and 45.62 (found by an independent audit).
    const r = reportOf(makeCase({
      asOf: '2024-01-10', dayCount: 365,
      loan: loan({ principal: '3000.00', startDate: '2024-01-10', termMonths: 2, method: 'interest-first', rate: { value: '0.05', per: 'day' } }),
    }));
    expect(payments(r)).toEqual(['45.63', '3045.63']);
  });
});

describe('bullet (到期一次还本付息)', () => {
  it('matures at start + termMonths; interest = P × annual × days / dayCount: 50,000 × 24% × 365/365 = 12,000.00', () => {
    // 2021-03-01 + 12 months = 2022-03-01; 365 days.
    const r = reportOf(makeCase({
      asOf: '2021-03-01', dayCount: 365,
      loan: { principal: '50000.00', startDate: '2021-03-01', termMonths: 12, rate: { value: '24', per: 'year' }, method: 'bullet' },
    }));
    expect(r.schedule).toHaveLength(1);
    expect(r.schedule[0].dueDate).toBe('2022-03-01');
    expect(r.schedule[0].interest).toBe('12000.00');
    expect(r.schedule[0].payment).toBe('62000.00');
  });

  it('matures on firstDueDate when given: 20,000 × 18% × 90/360 = 900.00', () => {
    // 2023-10-12 → 11-01: 20 days, → 12-01: 30, → 2024-01-01: 31, → 01-10: 9; 20 + 30 + 31 + 9 = 90 days.
    const r = reportOf(makeCase({
      asOf: '2023-10-12', dayCount: 360,
      loan: { principal: '20000.00', startDate: '2023-10-12', firstDueDate: '2024-01-10', termMonths: 3, rate: { value: '18', per: 'year' }, method: 'bullet' },
    }));
    expect(r.schedule[0].dueDate).toBe('2024-01-10');
    expect(r.schedule[0].interest).toBe('900.00');
  });
});

describe('flat (等本等息)', () => {
  it('10,000 at 1.5%/month over 12: 983.33 × 11, last 983.37; interest on the original principal', () => {
    // Principal 10,000 / 12 = 833.333… → 833.33; interest 10,000 × 1.5% = 150.00 every month.
    // Last principal = 10,000 − 11 × 833.33 = 833.37 → 983.37. Total 11,800.00.
    // The report's annualRate for a flat loan is the flat monthly rate × 12 = 18%.
    const r = reportOf(makeCase({
      asOf: '2025-01-10', loan: loan({ method: 'flat', rate: { value: '1.5', per: 'month' } }),
    }));
    expect(payments(r).slice(0, 11)).toEqual(Array(11).fill('983.33'));
    expect(r.schedule[11].principal).toBe('833.37');
    expect(r.schedule[11].payment).toBe('983.37');
    expect(r.schedule.every((x: { interest: string }) => x.interest === '150.00')).toBe(true);
    expect(sumFen(payments(r))).toBe('11800.00');
    expect(rate6(r.loan.annualRate)).toBe('0.180000');
  });
});

describe('due dates', () => {
  it('each due date is start + k months, clamped to month end, not chained (31 Jan → 29 Feb, 31 Mar, 30 Apr, 31 May)', () => {
    // date-fns addMonths from the anchor 2024-01-31: +1 → 2024-02-29 (leap year), +2 → 2024-03-31
    // (not 03-29, which chaining from 02-29 would give), +3 → 2024-04-30, +4 → 2024-05-31.
    const r = reportOf(makeCase({
      asOf: '2024-01-31',
      loan: loan({ startDate: '2024-01-31', termMonths: 4, method: 'equal-principal' }),
    }));
    expect(r.schedule.map((x: { dueDate: string }) => x.dueDate)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
  });

  it('with firstDueDate, due date k = firstDueDate + (k − 1) months; each period is a whole month of interest', () => {
    // Anchor 2025-02-28 keeps day 28: 2025-02-28, 2025-03-28, 2025-04-28 (28 is not clamped to month end).
    // The first period runs 39 days (2025-01-20 → 02-28), but its interest is a whole month's:
    // 3,000 × 12% / 12 = 30.00 (LAW.md §4: "whatever the number of days in it").
    const r = reportOf(makeCase({
      asOf: '2025-01-20',
      loan: loan({ principal: '3000.00', startDate: '2025-01-20', firstDueDate: '2025-02-28', termMonths: 3, method: 'equal-principal' }),
    }));
    expect(r.schedule.map((x: { dueDate: string }) => x.dueDate)).toEqual(['2025-02-28', '2025-03-28', '2025-04-28']);
    expect(r.schedule[0].interest).toBe('30.00');
  });
});
