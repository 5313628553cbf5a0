/**
 * What the law supports (LAW.md §7): the term test and the supported schedule (re-amortised
 * legal principal at min(APR, cap)), the overdue test and the supported statement, the
 * transitional and void regimes, and excess = claimed − supported.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, rate6, type Json } from './helpers';

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/cases/${name}.json`, import.meta.url), 'utf8'));

describe('LAW.md §7 check: private loan of 50,000 at 24%, 2021-03-01 → 2022-03-01, as of 2022-09-01', () => {
  it('the lender claims 73,573.97 = 50,000 + 12,000 + 9,073.97 + 2,500', () => {
    // Interest 50,000 × 24% × 365/365 = 12,000.00. Penalty 1.5 × 24% = 36% on 50,000 for
    // 2022-03-01 → 2022-09-01 = 184 days: 50,000 × 0.36 × 184/365 = 9,073.9726 → 9,073.97.
    // One-off fees 2,000 + 500 (no date: charged on 2022-03-02). No compound.
    const r = reportOf(fixture('private-2020'));
    expect(r.statement.principalOverdue).toBe('50000.00');
    expect(r.statement.interestOverdue).toBe('12000.00');
    expect(r.statement.penaltyInterest).toBe('9073.97');
    expect(r.statement.lateFees).toBe('2500.00');
    expect(r.statement.totalDue).toBe('73573.97');
    expect(r.statement.payoff).toBe('73573.97');
  });

  it('the law supports 61,581.64 = 50,000 + 7,700 + 3,881.64 (cap 4 × 3.85% = 15.4%)', () => {
    // Term: APR = (62,000/50,000 − 1) × 365/365 = 24% > 15.4% → re-amortised at 15.4%:
    // 50,000 × 0.154 × 365/365 = 7,700.00.
    // Overdue: charged = 9,073.97 + 0 + 2,500.00 = 11,573.97; limit = 50,000 × 0.154 × 184/365
    // = 3,881.6438 → 3,881.64; supported = min = 3,881.64.
    // Excess = 73,573.97 − 61,581.64 = 11,992.33.
    const r = reportOf(fixture('private-2020'));
    expect(r.caps.regime).toBe('private-2020');
    expect(rate6(r.caps.termCap)).toBe('0.154000');
    expect(rate6(r.caps.termTest.apr)).toBe('0.240000');
    expect(r.caps.termTest.exceeds).toBe(true);
    expect(r.caps.overdueTest.charged).toBe('11573.97');
    expect(r.caps.overdueTest.limit).toBe('3881.64');
    expect(r.caps.overdueTest.exceeds).toBe(true);
    expect(r.caps.supported.totalDue).toBe('61581.64');
    expect(r.caps.supported.payoff).toBe('61581.64');
    expect(r.caps.excess.payoff).toBe('11992.33');
  });
});

describe('supported schedule: face 10,000, 800 deducted (9,200 received), flat 1.5%/month × 12', () => {
  // Contract: 983.33 × 11 + 983.37 = 11,800.00; APR 48.6435% (see apr.test.ts).
  // Re-amortised: legal principal 9,200, same dates, no fees, equal-payment (a flat loan as
  // equal-payment) at the cap.
  //   24%:  r = 2%,    A = 9,200 × 0.02 × 1.02^12 / (1.02^12 − 1) = 869.946 → 869.95; 10,439.39 in all.
  //   13.8%: r = 1.15%, A = 9,200 × 0.0115 × 1.0115^12 / (1.0115^12 − 1) = 825.18; 9,902.10 in all.
  const flatCase = (asOf: string, lender: Json, startDate: string, payments: Array<{ date: string; amount: string }> = []) => makeCase({
    asOf, lender,
    loan: {
      principal: '10000.00', startDate, termMonths: 12, rate: { value: '1.5', per: 'month' }, method: 'flat',
      fees: [{ name: '服务费', amount: '800.00', when: 'upfront' }],
    },
    payments,
  });
  const licensed = { name: '某小额贷款有限公司', kind: 'licensed' };
  const privateLender = { name: '李四', kind: 'private' };

  it('at the licensed 24% cap the first instalment is 869.95 instead of 983.33', () => {
    // As of the first due date, nothing paid, nothing overdue yet: claimed totalDue = 983.33,
    // supported totalDue = 869.95 (principal 685.95 + interest 9,200 × 2% = 184.00).
    const r = reportOf(flatCase('2025-02-10', licensed, '2025-01-10'));
    expect(r.caps.termTest.exceeds).toBe(true);
    expect(r.statement.totalDue).toBe('983.33');
    expect(r.caps.supported.totalDue).toBe('869.95');
    expect(r.caps.excess.totalDue).toBe('113.38');
  });

  it('paid per contract to the end, the borrower has overpaid 1,360.61 against the 24% schedule', () => {
    // Fixture flat-upfront-fee-over-36: 983.33 paid on each of the first 11 due dates (10,816.63);
    // as of the last due date (2026-01-10) the contract still wants 983.37.
    // Supported: all 12 instalments due = 10,439.39; paid 10,816.63 → credit 377.24 → payoff −377.24
    // (a refund). Excess payoff = 983.37 − (−377.24) = 1,360.61 = 11,800.00 − 10,439.39.
    const r = reportOf(fixture('flat-upfront-fee-over-36'));
    expect(r.statement.payoff).toBe('983.37');
    expect(r.caps.supported.totalDue).toBe('0.00');
    expect(r.caps.supported.payoff).toBe('-377.24');
    expect(r.caps.excess.payoff).toBe('1360.61');
  });

  it('at a private 13.8% cap (contract 2023-09-01: 4 × 3.45%) the instalment is 825.18; 1,897.90 overpaid over the term', () => {
    // First due date 2023-10-01: supported totalDue 825.18 (principal 719.38 + interest 9,200 × 1.15% = 105.80).
    const first = reportOf(flatCase('2023-10-01', privateLender, '2023-09-01'));
    expect(rate6(first.caps.termCap)).toBe('0.138000');
    expect(first.caps.supported.totalDue).toBe('825.18');
    // Whole term, 983.33 paid on each of the first 11 due dates: supported payoff at the last due date
    // = 9,902.10 − 10,816.63 = −914.53; excess = 983.37 + 914.53 = 1,897.90 = 11,800.00 − 9,902.10.
    const paid = Array.from({ length: 11 }, (_, k) => ({
      date: `${k < 3 ? 2023 : 2024}-${String(((9 + k) % 12) + 1).padStart(2, '0')}-01`, amount: '983.33',
    }));
    const last = reportOf(flatCase('2024-09-01', privateLender, '2023-09-01', paid));
    expect(last.caps.supported.payoff).toBe('-914.53');
    expect(last.caps.excess.payoff).toBe('1897.90');
  });

  it('when the APR is within the cap and nothing was deducted, the supported schedule is the contract’s: excess 0.00', () => {
    // overpayment fixture: 10,000 at 12%, APR 0.120001 ≤ 24%.
    const r = reportOf(fixture('overpayment'));
    expect(r.caps.termTest.exceeds).toBe(false);
    expect(r.caps.supported.payoff).toBe(r.statement.payoff);
    expect(r.caps.excess.payoff).toBe('0.00');
  });
});

describe('overdue test and supported statement', () => {
  it('charged counts penalty, compound and late fees accrued, paid or not; what was paid above the limit is credit', () => {
    // Fixture partial-payments (see payments.test.ts), as of 2025-04-10.
    // Penalty accrued: 5.00 + 5.95 + 1.00 + 4.50 = 16.45; late fees 3 × 30.00 = 90.00 (60.00 paid);
    // charged = 16.45 + 0.00 + 90.00 = 106.45.
    // Limit = 24% / 365 × Σ overdue principal × days = 0.24 × (1,000×10 + 595×20 + 1,000×2 + 1,000×9)/365
    //       = 0.24 × 32,900 / 365 = 21.6329 → 21.63.
    // Paid towards overdue charges: 30 + 5.00 + 5.95 + 30 + 1.00 = 71.95; 71.95 − 21.63 = 50.32 over
    // → applied to what has fallen due unpaid (1,000.00 + 21.95 = 1,021.95): supported totalDue 971.63;
    // supported payoff = 971.63 + 3,000.00 + 9.00 = 3,980.63; excess payoff = 4,065.45 − 3,980.63 = 84.82.
    const r = reportOf(fixture('partial-payments'));
    expect(r.caps.overdueTest.charged).toBe('106.45');
    expect(r.caps.overdueTest.limit).toBe('21.63');
    expect(r.caps.overdueTest.exceeds).toBe(true);
    expect(r.caps.supported.totalDue).toBe('971.63');
    expect(r.caps.supported.payoff).toBe('3980.63');
    expect(r.caps.excess.payoff).toBe('84.82');
  });

  it('JD outstanding-principal penalty is cut to the 24% limit: supported totalDue 3,519.96', () => {
    // Supported = principal 2,974.03 + interest 123.54 + min(489.02, 422.39) = 3,519.96;
    // payoff 3,519.96 + 5,261.69 = 8,781.65; excess 8,848.28 − 8,781.65 = 66.63.
    const r = reportOf(fixture('jd-jintiao-equal-payment'));
    expect(r.caps.regime).toBe('licensed');
    expect(r.caps.termTest.exceeds).toBe(false);
    expect(r.caps.supported.totalDue).toBe('3519.96');
    expect(r.caps.supported.payoff).toBe('8781.65');
    expect(r.caps.excess.payoff).toBe('66.63');
  });
});

describe('transitional regime (contract before 2020-08-20)', () => {
  it('term interest at 24% to 2020-08-19 and 4 × LPR (filing date) from 2020-08-20; overdue at the later cap', () => {
    // Fixture private-transitional: 100,000 bullet at 30%, 2020-02-20 → 2021-02-20 (366 days), dayCount 365,
    // as of (= filing date) 2022-09-01: LPR 3.65% → later cap 14.6%.
    // Claimed: interest 100,000 × 0.30 × 366/365 = 30,082.19; penalty 45% on 100,000 for
    // 2021-02-20 → 2022-09-01 = 558 days: 100,000 × 0.45 × 558/365 = 68,794.52; total 198,876.71.
    // Supported term: 2020-02-20 → 08-20 = 182 days at 24%: 100,000 × 0.24 × 182/365 = 11,967.1233;
    // 2020-08-20 → 2021-02-20 = 184 days at 14.6%: 100,000 × 0.146 × 184/365 = 7,360.00; 19,327.12.
    // Overdue limit: 100,000 × 0.146 × 558/365 = 22,320.00.
    // Supported = 100,000 + 19,327.12 + 22,320.00 = 141,647.12; excess 57,229.59.
    const r = reportOf(fixture('private-transitional'));
    expect(r.caps.regime).toBe('private-transitional');
    expect(rate6(r.caps.termCap)).toBe('0.146000');
    expect(r.caps.lines.map((l: { rate: string }) => rate6(l.rate))).toContain('0.240000');
    expect(r.statement.interestOverdue).toBe('30082.19');
    expect(r.statement.penaltyInterest).toBe('68794.52');
    expect(r.statement.payoff).toBe('198876.71');
    expect(r.caps.overdueTest.limit).toBe('22320.00');
    expect(r.caps.supported.payoff).toBe('141647.12');
    expect(r.caps.excess.payoff).toBe('57229.59');
  });
});

describe('void regime (unlicensed professional lender)', () => {
  it('only the legal principal is owed, all of it now, less every payment: 18,000 − 4 × 2,009.24 = 9,963.04', () => {
    // Fixture void-unlicensed: face 20,000 with 2,000 砍头息 deducted → legal principal 18,000.00;
    // four payments of 2,009.24 = 8,036.96. The contract's own statement (15,235.48) is the claim.
    const r = reportOf(fixture('void-unlicensed'));
    expect(r.caps.regime).toBe('void');
    expect(r.loan.legalPrincipal).toBe('18000.00');
    expect(r.caps.supported.totalDue).toBe('9963.04');
    expect(r.caps.supported.payoff).toBe('9963.04');
    expect(r.statement.payoff).toBe('15235.48');
    expect(r.caps.excess.payoff).toBe('5272.44');
  });

  it('payments beyond the legal principal are a refund: 10 × 2,009.24 = 20,092.40 → −2,092.40', () => {
    const input = fixture('void-unlicensed');
    const payments = Array.from({ length: 10 }, (_, k) => ({ date: `2025-${String(k + 2).padStart(2, '0')}-15`, amount: '2009.24' }));
    const r = reportOf({ ...input, asOf: '2025-11-20', payments });
    expect(r.caps.supported.payoff).toBe('-2092.40');
  });
});

describe('a daily-rate licensed loan within the cap', () => {
  it('keeps its contract schedule as the supported one (0.05%/day = 18% ≤ 24%)', () => {
    const r = reportOf(makeCase({
      asOf: '2025-02-15', dayCount: 360,
      loan: { principal: '12000.00', startDate: '2025-01-15', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
    }));
    // As of the first due date nothing is overdue: claimed = supported = 1,100.16.
    expect(r.statement.totalDue).toBe('1100.16');
    expect(r.caps.supported.totalDue).toBe('1100.16');
    expect(r.caps.excess.totalDue).toBe('0.00');
  });
});

describe('transitional interest-first: a month straddling 2020-08-20 is split by days', () => {
  it('100,000 at 24% (2,000 a month) from 2020-06-10, interest paid monthly: supported 99,364.51 against 102,000.00', () => {
    // Filing date = as-of 2020-12-10 → LPR 3.85% → later cap 15.4%. APR 24% (IRR 2%/month) > 15.4%.
    // Supported interest per period (24% before 2020-08-20, 15.4% from it):
    //   06-10→07-10, 07-10→08-10: 100,000 × 24%/12 = 2,000.00 each;
    //   08-10→09-10 (31 days: 10 before, 21 from 08-20): 100,000 × (0.24 × 10 + 0.154 × 21) / (12 × 31)
    //     = 563,400 / 372 = 1,514.516 → 1,514.52   (reading: the month's interest weighted by days);
    //   09-10→10-10, 10-10→11-10, 11-10→12-10: 100,000 × 15.4%/12 = 1,283.33 each.
    // Paid 2,000.00 on each of the first five due dates (10,000.00); the excess over the supported
    // instalments (0 + 0 + 485.48 + 716.67 + 716.67 = 1,918.82) is credit that pays into instalment 6
    // when it falls due: 100,000 + 1,283.33 − 1,918.82 = 99,364.51 (= 109,364.51 − 10,000.00).
    // Claimed: instalment 6 = 102,000.00 due today (not overdue). Excess 2,635.49.
    const r = reportOf(makeCase({
      asOf: '2020-12-10', dayCount: 365,
      lender: { name: '王五', kind: 'private' },
      loan: { principal: '100000.00', startDate: '2020-06-10', termMonths: 6, rate: { value: '2', per: 'month' }, method: 'interest-first' },
      payments: ['07', '08', '09', '10', '11'].map((m) => ({ date: `2020-${m}-10`, amount: '2000.00' })),
    }));
    expect(r.caps.regime).toBe('private-transitional');
    expect(rate6(r.caps.termCap)).toBe('0.154000');
    expect(r.statement.totalDue).toBe('102000.00');
    expect(r.caps.supported.totalDue).toBe('99364.51');
    expect(r.caps.supported.payoff).toBe('99364.51');
    expect(r.caps.excess.payoff).toBe('2635.49');
  });
});

describe('transitional: interest paid between 24% and 36% before 2020-08-20 stays paid', () => {
  // LAW.md §7 "Transitional regime": "paid interest between 24% and 36% is not refundable, above 36%
  // it is" (法释〔2015〕18号 Art. 26 ¶2, Art. 31). Found missing by an independent audit (helper-18):
  // the engine credited everything paid above 24%.
  const monthly = (principal: string, perMonth: string, paid: string) => makeCase({
    asOf: '2020-01-01', dayCount: 365,
    lender: { name: '王五', kind: 'private' },
    loan: { principal, startDate: '2019-01-01', termMonths: 12, rate: { value: perMonth, per: 'month' }, method: 'interest-first' },
    // Interest paid on each of the first 11 due dates (2019-02-01 … 2019-12-01).
    payments: Array.from({ length: 11 }, (_, i) => ({ date: `2019-${String(i + 2).padStart(2, '0')}-01`, amount: paid })),
  });

  it('at 30% (250.00 a month on 10,000), what was paid stays paid: supported 10,200.00, excess 50.00', () => {
    // Filing = as-of 2020-01-01, before 2020-08-20: the 2015 rules throughout. APR 30% > 24%.
    // Periods 1–11: paid 250.00 each = 10,000 × 30% / 12, within the 36% line (300.00): kept.
    // Period 12 (due 2020-01-01, today, unpaid): enforceable at 24%: 10,000 × 24% / 12 = 200.00.
    // Supported payoff = 10,000 + 200.00 = 10,200.00; claimed 10,000 + 250.00 = 10,250.00; excess 50.00.
    // (Crediting all that was paid above 24%, 11 × 50.00 = 550.00, gave 9,650.00.)
    const r = reportOf(monthly('10000.00', '2.5', '250.00'));
    expect(r.caps.regime).toBe('private-transitional');
    expect(r.statement.payoff).toBe('10250.00');
    expect(r.caps.supported.payoff).toBe('10200.00');
    expect(r.caps.excess.payoff).toBe('50.00');
  });

  it('at 48% (400.00 a month), only what was paid above 36% comes back: supported 9,100.00, excess 1,300.00', () => {
    // Periods 1–11: paid 400.00 each; kept up to the 36% line, 10,000 × 36% / 12 = 300.00; the
    // 100.00 above it each month is credit: 11 × 100.00 = 1,100.00.
    // Period 12 (due today, unpaid): 24% → 200.00. Supported payoff = 10,000 + 200.00 − 1,100.00
    // = 9,100.00; claimed 10,000 + 400.00 = 10,400.00; excess 1,300.00.
    // (At 24% throughout: credit 11 × 200.00 = 2,200.00 and a payoff of 8,000.00.)
    const r = reportOf(monthly('10000.00', '4', '400.00'));
    expect(r.statement.payoff).toBe('10400.00');
    expect(r.caps.supported.payoff).toBe('9100.00');
    expect(r.caps.excess.payoff).toBe('1300.00');
  });

  it('interest paid for days from 2020-08-20 keeps no band: the straddling month keeps only its days before', () => {
    // 100,000 at 30% (2,500.00 a month) from 2020-06-10, three months paid, as of 2020-09-10
    // (filing then: LPR 3.85% → 15.4%). Periods:
    //   06-10→07-10, 07-10→08-10: paid 2,500.00, within 36% (3,000.00): kept, 2,500.00 each;
    //   08-10→09-10 (31 days, 10 before 2020-08-20, 21 from it): its 36%-line figure is
    //     100,000 × (0.30 × 10 + 0.154 × 21) / (12 × 31) = 100,000 × 6.234 / 372 = 1,675.806 → 1,675.81
    //     (30% is the APR, under 36%, for the days before; 15.4% after); paid 2,500.00: kept 1,675.81.
    //   Its enforceable figure is 100,000 × (0.24 × 10 + 0.154 × 21) / 372 = 1,514.52, lower.
    // Paid 7,500.00 against 2,500 + 2,500 + 1,675.81 = 6,675.81 → credit 824.19.
    // Supported payoff = 100,000 (not yet due) − 824.19 = 99,175.81. Claimed: 100,000.00.
    // (Keeping the whole month at 30% would give 97,500.00; at the 24% figure, 99,014.52.)
    const r = reportOf(makeCase({
      asOf: '2020-09-10', dayCount: 365,
      lender: { name: '王五', kind: 'private' },
      loan: { principal: '100000.00', startDate: '2020-06-10', termMonths: 6, rate: { value: '2.5', per: 'month' }, method: 'interest-first' },
      payments: ['07', '08', '09'].map((m) => ({ date: `2020-${m}-10`, amount: '2500.00' })),
    }));
    expect(r.statement.payoff).toBe('100000.00');
    expect(r.caps.supported.payoff).toBe('99175.81');
  });
});
