/**
 * True annual cost (LAW.md §5): monthly IRR of +received at month 0 and −each scheduled payment
 * at month k; APR = IRR × 12, effective = (1 + IRR)^12 − 1; bullet loans by the day formula.
 */
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, rate6 } from './helpers';

const flat = (principal: string, monthly: string, termMonths: number, fees?: unknown[]) =>
  makeCase({
    asOf: '2025-01-10',
    loan: { principal, startDate: '2025-01-10', termMonths, rate: { value: monthly, per: 'month' }, method: 'flat', ...(fees ? { fees } : {}) },
  });

describe('APR and effective rate (LAW.md §5 check figures)', () => {
  it('12,000 flat 0.5%/month over 12 (1,060.00 a month): IRR 0.908032%/month, APR 10.8964%, effective 11.4574%', () => {
    // Payment = 12,000/12 + 12,000 × 0.5% = 1,000 + 60 = 1,060.00.
    // Solve 12,000 = Σ_{k=1..12} 1,060 / (1+i)^k → i = 0.00908032 (bisection, reference irr.py).
    // APR = 12 × 0.00908032 = 0.108964; effective = 1.00908032^12 − 1 = 0.114574.
    const r = reportOf(flat('12000.00', '0.5', 12));
    expect(r.schedule[0].payment).toBe('1060.00');
    expect(rate6(r.loan.apr)).toBe('0.108964');
    expect(rate6(r.loan.effectiveRate)).toBe('0.114574');
    expect(rate6(r.loan.annualRate)).toBe('0.060000'); // nominal: flat 0.5% × 12
  });

  it('3,000 flat 0.39%/month over 3: APR 7.0064%, effective 7.2358%', () => {
    // Payment = 1,000 + 3,000 × 0.39% = 1,011.70; 3,000 = Σ_{k=1..3} 1,011.70/(1+i)^k → i = 0.0058387;
    // APR = 0.070064; effective = 1.0058387^12 − 1 = 0.072358.
    const r = reportOf(flat('3000.00', '0.39', 3));
    expect(r.schedule[0].payment).toBe('1011.70');
    expect(rate6(r.loan.apr)).toBe('0.070064');
    expect(rate6(r.loan.effectiveRate)).toBe('0.072358');
  });

  it('3,000 flat 1.13%/month over 3: APR 20.2273%, effective 22.2120%', () => {
    // Payment = 1,000 + 33.90 = 1,033.90; i = 0.0168561; APR = 0.202273; effective = 0.222120.
    const r = reportOf(flat('3000.00', '1.13', 3));
    expect(r.schedule[0].payment).toBe('1033.90');
    expect(rate6(r.loan.apr)).toBe('0.202273');
    expect(rate6(r.loan.effectiveRate)).toBe('0.222120');
  });

  it('fen rounding makes a 12% equal-payment loan cost 0.120001, not 0.120000', () => {
    // Payments 888.49 × 11 + 888.47 on 10,000: i = 0.01000010 → APR = 0.1200011 → "0.120001";
    // effective = 1.0100001^12 − 1 = 0.126826.
    const r = reportOf(makeCase({
      asOf: '2025-01-10',
      loan: { principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
    }));
    expect(rate6(r.loan.apr)).toBe('0.120001');
    expect(rate6(r.loan.effectiveRate)).toBe('0.126826');
  });

  it('an amount deducted at disbursement is not principal: 10,000 face − 800 fee = 9,200 received; APR 48.6435%', () => {
    // Civil Code Art. 670: legal principal = 9,200.00. Payments 983.33 × 11 + 983.37 (flat 1.5%).
    // 9,200 = Σ payment_k/(1+i)^k → i = 0.0405363; APR = 0.486435; effective = 1.0405363^12 − 1 = 0.610967.
    const r = reportOf(flat('10000.00', '1.5', 12, [{ name: '服务费', amount: '800.00', when: 'upfront' }]));
    expect(r.loan.legalPrincipal).toBe('9200.00');
    expect(rate6(r.loan.apr)).toBe('0.486435');
    expect(rate6(r.loan.effectiveRate)).toBe('0.610967');
  });

  it('a periodic fee counts in the APR: 10,000 at 12% + 25.00 a month → APR 17.3035%', () => {
    // Payments 913.49 × 11 + 913.47 against 10,000 received: i = 0.01441958; APR = 0.173035;
    // effective = 1.01441958^12 − 1 = 0.187440.
    const r = reportOf(makeCase({
      asOf: '2025-01-10',
      loan: {
        principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment',
        fees: [{ name: '担保费', amount: '25.00', when: 'each-instalment' }],
      },
    }));
    expect(rate6(r.loan.apr)).toBe('0.173035');
    expect(rate6(r.loan.effectiveRate)).toBe('0.187440');
  });

  it('a bullet loan uses the day formula: (20,900/20,000 − 1) × 360/90 = 18%; effective 1.045^4 − 1 = 19.2519%', () => {
    // 90 days, dayCount 360: APR = 0.045 × 4 = 0.180000; effective = 1.045^(360/90) − 1 = 0.192518600625.
    const r = reportOf(makeCase({
      asOf: '2023-10-12', dayCount: 360,
      loan: { principal: '20000.00', startDate: '2023-10-12', firstDueDate: '2024-01-10', termMonths: 3, rate: { value: '18', per: 'year' }, method: 'bullet' },
    }));
    expect(rate6(r.loan.apr)).toBe('0.180000');
    expect(rate6(r.loan.effectiveRate)).toBe('0.192519');
  });
});

describe('term test: a cap is exceeded only when the APR rounded to 4 decimals is above it', () => {
  const ep = (rate: string) => makeCase({
    asOf: '2025-01-10',
    loan: { principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: rate, per: 'year' }, method: 'equal-payment' },
  });

  it('24% equal-payment: APR 0.240001 rounds to 0.2400, not above the licensed 24% line', () => {
    // A = 945.60 (× 11, last settles); IRR × 12 = 0.2400006 → 4 decimals 0.2400 ≤ 0.24 → not exceeded.
    const r = reportOf(ep('24'));
    expect(rate6(r.caps.termTest.apr)).toBe('0.240001');
    expect(rate6(r.caps.termTest.cap)).toBe('0.240000');
    expect(r.caps.termTest.exceeds).toBe(false);
  });

  it('24.01% equal-payment: APR 0.240100 rounds to 0.2401, above 24%', () => {
    // A = 945.64; IRR × 12 = 0.2401002 → 0.2401 > 0.2400 → exceeded.
    const r = reportOf(ep('24.01'));
    expect(rate6(r.caps.termTest.apr)).toBe('0.240100');
    expect(r.caps.termTest.exceeds).toBe(true);
  });
});
