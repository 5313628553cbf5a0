/**
 * Repayment proposals (case-format.md "Plans", issue 3): instalments, deferral, settlement, their
 * bases and their warnings. Every figure was worked by hand from LAW.md §4 (equal payments rounded
 * to the fen, the last settling; due dates from firstDate clamped to the month end) and re-checked
 * with scripts/reference/plans.py (python3 scripts/reference/plans.py prints them), never from lib/.
 *
 * Most cases start from the JD fixture (tests/fixtures/cases/jd-jintiao-equal-payment.json, as of
 * 2025-09-01), whose figures were derived independently in cap-checks.test.ts and its expected file:
 * claimed payoff 8,848.28, supported payoff 8,781.65, demand 9,500.00, supported principal still
 * unpaid 2,974.03 overdue + 5,261.69 not yet due = 8,235.72 (the supported schedule is the
 * contract's: APR 18.0004% ≤ 24%, nothing deducted).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, sumFen, type Json, type Report } from './helpers';

const jdFixture: Json = JSON.parse(readFileSync(new URL('../fixtures/cases/jd-jintiao-equal-payment.json', import.meta.url), 'utf8'));
/** The JD case with the given plans (and budget, if any). */
const jd = (plans: ReadonlyArray<Json>, budget?: Json): Json => ({ ...jdFixture, plans, ...(budget && { budget }) });
const BUDGET = { income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000' }; // surplus 1,800.00

type Row = { n: number; date: string; payment: string; principal: string; interest: string; balance: string };
const col = (p: { schedule: Row[] }, k: Exclude<keyof Row, 'n'>): string[] => p.schedule.map((r) => r[k]);
const ids = (ws: ReadonlyArray<{ id: string }>) => ws.map((w) => w.id);
const planOf = (input: Json, i = 0): Report => reportOf(input).plans[i];

describe('instalments', () => {
  it('interest frozen (停息挂账), 24 months on the supported 8,781.65: 365.90 × 23 and 365.95 last, month-end dates clamped', () => {
    // 8,781.65 / 24 = 365.902083… → 365.90 (r = 0: A = P / n rounded, LAW.md §4).
    // 23 × 365.90 = 8,415.70; last = 8,781.65 − 8,415.70 = 365.95. Interest 0.00; total 8,781.65.
    // Savings vs the claimed payoff: 8,848.28 − 8,781.65 = 66.63.
    // Dates: 2025-10-31 + (k − 1) months, each from the anchor, clamped: 11-30, 12-31, 2026-01-31,
    // 2026-02-28, …, 2027-09-30. Balance after row 23: 8,781.65 − 8,415.70 = 365.95; after 24: 0.00.
    const p = planOf(jd([{ kind: 'instalments', base: 'supported', months: 24, firstDate: '2025-10-31', annualRate: '0' }]));
    expect(p).toMatchObject({ kind: 'instalments', base: '8781.65', amount: '8781.65', months: 24, payment: '365.90', total: '8781.65', interest: '0.00', savings: '66.63' });
    expect(col(p, 'payment')).toEqual([...Array(23).fill('365.90'), '365.95']);
    expect(col(p, 'interest').every((x: string) => x === '0.00')).toBe(true);
    expect(col(p, 'date').slice(0, 5)).toEqual(['2025-10-31', '2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28']);
    expect(p.schedule[23].date).toBe('2027-09-30');
    expect(p.schedule[0].balance).toBe('8415.75');
    expect(p.schedule[22].balance).toBe('365.95');
    expect(p.schedule[23].balance).toBe('0.00');
  });

  it('at 6% a year on the claimed 8,848.28 over 12 months: level payment 761.54, interest 290.20', () => {
    // r = 0.06 / 12 = 0.005; (1.005)^12 = 1.0616778; A = 8,848.28 × 0.005 × 1.0616778 / 0.0616778
    //   = 44.2414 × 17.21336 = 761.54.
    // Row 1: interest = round(8,848.28 × 0.005 = 44.2414) = 44.24; principal 761.54 − 44.24 = 717.30;
    //   balance 8,130.98. Row 2: interest round(40.6549) = 40.65, principal 720.89, balance 7,410.09.
    // Balance before row 12 = 757.75; interest round(3.78875) = 3.79; last = 757.75 + 3.79 = 761.54.
    // Interest in all = 11 × 761.54 + 761.54 − 8,848.28 = 9,138.48 − 8,848.28 = 290.20; total 9,138.48;
    // savings 8,848.28 − 9,138.48 = −290.20 (paying interest costs more than the claim).
    const p = planOf(jd([{ kind: 'instalments', base: 'claimed', months: 12, firstDate: '2025-10-15', annualRate: '6' }]));
    expect(p).toMatchObject({ amount: '8848.28', payment: '761.54', total: '9138.48', interest: '290.20', savings: '-290.20' });
    expect(p.schedule[0]).toMatchObject({ n: 1, date: '2025-10-15', payment: '761.54', principal: '717.30', interest: '44.24', balance: '8130.98' });
    expect(p.schedule[1]).toMatchObject({ principal: '720.89', interest: '40.65', balance: '7410.09' });
    expect(p.schedule[11]).toMatchObject({ date: '2026-09-15', payment: '761.54', principal: '757.75', interest: '3.79', balance: '0.00' });
    expect(sumFen(col(p, 'payment'))).toBe('9138.48');
  });

  it('a literal base of 10,000.00 at 6% over 12 months: the textbook 860.66 and 860.70 last', () => {
    // A = 10,000 × 0.005 × 1.0616778 / 0.0616778 = 860.664 → 860.66. Row 1 interest 50.00, principal 810.66.
    // Balance before row 12 = 856.42; interest round(4.2821) = 4.28; last = 860.70.
    // Interest = 11 × 860.66 + 860.70 − 10,000 = 327.96; savings 8,848.28 − 10,327.96 = −1,479.68.
    const p = planOf(jd([{ kind: 'instalments', base: '10000.00', months: 12, firstDate: '2025-10-15', annualRate: '6' }]));
    expect(p).toMatchObject({ base: '10000.00', amount: '10000.00', payment: '860.66', total: '10327.96', interest: '327.96', savings: '-1479.68' });
    expect(p.schedule[0]).toMatchObject({ principal: '810.66', interest: '50.00', balance: '9189.34' });
    expect(p.schedule[11]).toMatchObject({ payment: '860.70', principal: '856.42', interest: '4.28', balance: '0.00' });
  });

  it('a literal base of 5,000 at 3.6% over 10 months: 508.29 × 9 and 508.27 last', () => {
    // r = 0.003; (1.003)^10 = 1.0304080; A = 15 × 1.0304080 / 0.0304080 = 15 × 33.8860 = 508.29.
    // Row 1: interest 15.00, principal 493.29, balance 4,506.71. Balance before row 10 = 506.75;
    // interest round(1.52025) = 1.52; last = 508.27. Interest = 9 × 508.29 + 508.27 − 5,000 = 82.88.
    const p = planOf(jd([{ kind: 'instalments', base: '5000', months: 10, firstDate: '2025-10-15', annualRate: '3.6' }]));
    expect(p).toMatchObject({ amount: '5000.00', payment: '508.29', total: '5082.88', interest: '82.88', savings: '3765.40' });
    expect(p.schedule[0]).toMatchObject({ principal: '493.29', interest: '15.00', balance: '4506.71' });
    expect(p.schedule[9]).toMatchObject({ payment: '508.27', principal: '506.75', interest: '1.52', balance: '0.00' });
  });

  it('base "demanded" is the collector\'s 9,500.00: 791.67 × 11 and 791.63 last', () => {
    // 9,500 / 12 = 791.6667 → 791.67; last = 9,500 − 11 × 791.67 = 9,500 − 8,708.37 = 791.63.
    // Savings vs the claimed payoff: 8,848.28 − 9,500.00 = −651.72 (the demand exceeds the contract's own figure).
    const p = planOf(jd([{ kind: 'instalments', base: 'demanded', months: 12, firstDate: '2025-10-15' }]));
    expect(p).toMatchObject({ base: '9500.00', amount: '9500.00', payment: '791.67', total: '9500.00', interest: '0.00', savings: '-651.72' });
    expect(p.schedule[11].payment).toBe('791.63');
  });

  it('a down payment comes off the base: 10,000 − 1,000 = 9,000 in 12 × 750.00; total counts the down payment', () => {
    // amount = base − downPayment = 9,000.00; 9,000 / 12 = 750.00 exactly, no remainder.
    // total = downPayment + Σ payments = 1,000 + 9,000 = 10,000.00; savings 8,848.28 − 10,000 = −1,151.72.
    // Budget surplus 8,000 − 5,200 − 1,000 = 1,800 ≥ 750 and savings 3,000 ≥ the down payment: affordable.
    const p = planOf(jd([{ kind: 'instalments', base: '10000.00', months: 12, firstDate: '2025-10-15', downPayment: '1000.00' }], BUDGET));
    expect(p).toMatchObject({ base: '10000.00', downPayment: '1000.00', amount: '9000.00', payment: '750.00', total: '10000.00', interest: '0.00', savings: '-1151.72', affordable: true });
    expect(col(p, 'payment')).toEqual(Array(12).fill('750.00'));
    expect(p.schedule[0].balance).toBe('8250.00');
  });
});

describe('deferral', () => {
  it('grace interest capitalised: 9,000 with 3 months at 6% → 135.00 added, then 12 × 761.25', () => {
    // Grace interest = 9,000 × 0.06 / 12 × 3 = 135.00 (rounded: already whole fen).
    // "capitalise": amount = 9,000 + 135 = 9,135.00; 9,135 / 12 = 761.25 exactly.
    // interest (the instalments' own) 0.00; total 9,135.00; savings 8,848.28 − 9,135.00 = −286.72.
    const p = planOf(jd([{ kind: 'deferral', base: '9000.00', graceMonths: 3, graceAnnualRate: '6', graceInterest: 'capitalise', months: 12, firstDate: '2026-04-10', annualRate: '0' }]));
    expect(p).toMatchObject({ kind: 'deferral', amount: '9135.00', graceInterest: '135.00', payment: '761.25', total: '9135.00', interest: '0.00', savings: '-286.72', months: 12 });
    expect(col(p, 'payment')).toEqual(Array(12).fill('761.25'));
    expect(p.schedule[0]).toMatchObject({ date: '2026-04-10', balance: '8373.75' });
    expect(p.schedule[11]).toMatchObject({ date: '2027-03-10', balance: '0.00' });
  });

  it('grace interest on an exact half fen rounds up: 9,004.00 at 18.25% for 6 months → 821.62', () => {
    // 9,004 × 0.1825 = 1,643.23; × 6 = 9,859.38; / 12 = 821.615 exactly, half-up → 821.62. Dividing by 12 first (1,643.23 / 12 = 136.935833…, cut
    // at 40 digits) then × 6 gave 821.6149…9 and 821.61.
    const p = planOf(jd([{ kind: 'deferral', base: '9004.00', graceMonths: 6, graceAnnualRate: '18.25', graceInterest: 'capitalise', months: 3, firstDate: '2026-06-10', annualRate: '0' }]));
    expect(p.graceInterest).toBe('821.62');
  });

  it('grace interest with the first instalment: 750.00 + 135.00 = 885.00 first, 750.00 after; payment stays 750.00', () => {
    // Grace interest 135.00 as above; amount stays 9,000.00; 9,000 / 12 = 750.00.
    // Row 1 payment 885.00 (interest 135.00, principal 750.00, balance 8,250.00); rows 2–12 750.00.
    // total = 885 + 11 × 750 = 9,135.00 = amount 9,000 + interest 135.00; payment (regular) 750.00.
    const p = planOf(jd([{ kind: 'deferral', base: '9000.00', graceMonths: 3, graceAnnualRate: '6', graceInterest: 'with-first', months: 12, firstDate: '2026-04-10' }], BUDGET));
    expect(p).toMatchObject({ amount: '9000.00', graceInterest: '135.00', payment: '750.00', total: '9135.00', interest: '135.00', affordable: true });
    expect(p.schedule[0]).toMatchObject({ payment: '885.00', principal: '750.00', interest: '135.00', balance: '8250.00' });
    expect(col(p, 'payment').slice(1)).toEqual(Array(11).fill('750.00'));
    expect(sumFen(col(p, 'payment'))).toBe('9135.00');
  });

  it('grace at 12% capitalised, then 6 months at 12%: 180.00 grace, 1,583.99 a month', () => {
    // Grace = 9,000 × 0.12 / 12 × 2 = 180.00; amount 9,180.00.
    // r = 0.01; (1.01)^6 = 1.0615202; A = 91.80 × 1.0615202 / 0.0615202 = 91.80 × 17.25484 = 1,583.99.
    // Row 1: interest 91.80, principal 1,492.19, balance 7,687.81. Before row 6: 1,568.34;
    // interest round(15.6834) = 15.68; last 1,584.02. Interest = 5 × 1,583.99 + 1,584.02 − 9,180 = 323.97.
    const p = planOf(jd([{ kind: 'deferral', base: '9000.00', graceMonths: 2, graceAnnualRate: '12', months: 6, firstDate: '2025-12-10', annualRate: '12' }]));
    expect(p).toMatchObject({ amount: '9180.00', graceInterest: '180.00', payment: '1583.99', total: '9503.97', interest: '323.97' });
    expect(p.schedule[0]).toMatchObject({ interest: '91.80', principal: '1492.19', balance: '7687.81' });
    expect(p.schedule[5]).toMatchObject({ payment: '1584.02', principal: '1568.34', interest: '15.68', balance: '0.00' });
  });
});

describe('settlement', () => {
  // Face 10,000, 800 service fee deducted (9,200 received), flat 1.5%/month over 12 (APR 48.6435% > 24%),
  // as of the start date: the claimed payoff is the face principal not yet due, 10,000.00; the law
  // supports the 9,200.00 received (re-amortised at 24%, nothing accrued yet); supported principal 9,200.00.
  const flat = (plans: ReadonlyArray<Json>, budget?: Json) => ({
    ...makeCase({
      asOf: '2026-01-10',
      lender: { name: '某小贷', kind: 'licensed' },
      loan: { principal: '10000.00', startDate: '2026-01-10', termMonths: 12, rate: { value: '1.5', per: 'month' }, method: 'flat', fees: [{ name: '服务费', amount: '800.00', when: 'upfront' }] },
    }),
    plans,
    ...(budget && { budget }),
  });

  it('7,000 in full and final settlement: 3,000.00 off the claimed 10,000 and 2,200.00 off the supported 9,200', () => {
    // discount.claimed = 10,000.00 − 7,000.00 = 3,000.00; discount.supported = 9,200.00 − 7,000.00 = 2,200.00.
    // months 1, interest 0.00, total 7,000.00, savings (vs claimed) 3,000.00; one row, balance 0.00.
    // 7,000 < 9,200 of supported principal: settlement-below-principal.
    // Savings 6,000 < 7,000: not affordable (plan-unaffordable).
    const r = reportOf(flat([{ kind: 'settlement', base: 'supported', amount: '7000.00', date: '2026-02-10' }], { income: '6000', essentials: '4000', savings: '6000' }));
    expect(r.statement.payoff).toBe('10000.00');
    expect(r.caps.supported.payoff).toBe('9200.00');
    const p = r.plans[0];
    expect(p).toMatchObject({ kind: 'settlement', amount: '7000.00', months: 1, payment: '7000.00', total: '7000.00', interest: '0.00', savings: '3000.00', discount: { claimed: '3000.00', supported: '2200.00' }, affordable: false });
    expect(p.schedule).toEqual([{ n: 1, date: '2026-02-10', payment: '7000.00', principal: '7000.00', interest: '0.00', balance: '0.00' }]);
    expect(ids(p.warnings)).toEqual(expect.arrayContaining(['settlement-below-principal', 'plan-unaffordable']));
  });

  it('a settlement the savings cover is affordable: 7,000 ≤ 7,000', () => {
    const p = reportOf(flat([{ kind: 'settlement', base: 'supported', amount: '7000.00', date: '2026-02-10' }], { income: '6000', essentials: '4000', savings: '7000' })).plans[0];
    expect(p.affordable).toBe(true);
    expect(ids(p.warnings)).not.toContain('plan-unaffordable');
  });

  it('settlement-below-principal compares with the supported principal still unpaid (8,235.72 on the JD case)', () => {
    // Supported principal = 2,974.03 overdue + 5,261.69 not due = 8,235.72.
    // 8,235.71 is below it (warning); 8,235.72 is not. Discounts for 8,235.72: claimed 8,848.28 − 8,235.72 = 612.56,
    // supported 8,781.65 − 8,235.72 = 545.93.
    const r = reportOf(jd([
      { kind: 'settlement', base: 'supported', amount: '8235.71', date: '2025-09-30' },
      { kind: 'settlement', base: 'claimed', amount: '8235.72', date: '2025-09-30' },
    ]));
    expect(ids(r.plans[0].warnings)).toContain('settlement-below-principal');
    expect(ids(r.plans[1].warnings)).not.toContain('settlement-below-principal');
    expect(r.plans[1].discount).toEqual({ claimed: '612.56', supported: '545.93' });
  });
});

describe('plan warnings', () => {
  it('72 months warns plan-over-60-months, on the plan and in report.warnings with its index; 60 does not', () => {
    // 8,781.65 / 72 = 121.967… → 121.97; last = 8,781.65 − 71 × 121.97 = 8,781.65 − 8,659.87 = 121.78.
    const r = reportOf(jd([
      { kind: 'instalments', base: 'supported', months: 60, firstDate: '2025-10-15' },
      { kind: 'instalments', base: 'supported', months: 72, firstDate: '2025-10-15' },
    ]));
    expect(ids(r.plans[0].warnings)).not.toContain('plan-over-60-months');
    expect(r.plans[1]).toMatchObject({ months: 72, payment: '121.97' });
    expect(r.plans[1].schedule[71].payment).toBe('121.78');
    expect(ids(r.plans[1].warnings)).toContain('plan-over-60-months');
    const inReport = r.warnings.filter((w: { id: string }) => w.id === 'plan-over-60-months');
    expect(inReport).toHaveLength(1);
    expect(inReport[0].plan).toBe(1);
  });

  it('a first date before the as-of date warns plan-date-past; on the as-of date itself it does not', () => {
    // as of 2025-09-01: 2025-08-31 is in the past; 2025-09-01 is not (strictly before).
    const r = reportOf(jd([
      { kind: 'instalments', base: 'supported', months: 12, firstDate: '2025-08-31' },
      { kind: 'instalments', base: 'supported', months: 12, firstDate: '2025-09-01' },
      { kind: 'settlement', base: 'supported', amount: '8781.65', date: '2025-08-15' },
      { kind: 'deferral', base: 'supported', graceMonths: 1, months: 12, firstDate: '2025-07-10' },
    ]));
    expect(r.plans.map((p: Report) => ids(p.warnings).includes('plan-date-past'))).toEqual([true, false, true, true]);
  });

  it('affordable compares the payment with income − essentials − other debts: 1,756.33 fits 1,800, 2,195.41 does not', () => {
    // 8,781.65 / 5 = 1,756.33 exactly (≤ 1,800: affordable). 8,781.65 / 4 = 2,195.4125 → 2,195.41 (> 1,800).
    const r = reportOf(jd([
      { kind: 'instalments', base: 'supported', months: 5, firstDate: '2025-10-01' },
      { kind: 'instalments', base: 'supported', months: 4, firstDate: '2025-10-01' },
    ], BUDGET));
    expect(r.plans[0]).toMatchObject({ payment: '1756.33', affordable: true });
    expect(ids(r.plans[0].warnings)).not.toContain('plan-unaffordable');
    expect(r.plans[1]).toMatchObject({ payment: '2195.41', affordable: false });
    expect(ids(r.plans[1].warnings)).toContain('plan-unaffordable');
  });

  it('without a budget a plan has no affordable field', () => {
    const p = planOf(jd([{ kind: 'instalments', base: 'supported', months: 5, firstDate: '2025-10-01' }]));
    expect(p).not.toHaveProperty('affordable');
  });
});

describe('a plan on the supported base when the law gives no estimate', () => {
  // Private loan formed 2019-06-10 (before 2020-08-20), equal-payment at 30% (APR 29.9999% above the
  // later 4 × LPR line of 15.4%): LAW.md §7 estimates transitional loans only for bullet and
  // interest-first loans, so warning estimate-unavailable and no supported figures.
  // Claimed payoff as of 2020-06-10, all 12 instalments fallen due and unpaid: 12,000.00 principal
  // + 2,038.13 interest (A = 12,000 × 0.025 × 1.025^12 / (1.025^12 − 1) = 1,169.85; 11 × 1,169.85
  // + 1,169.78 − 12,000) + penalty at 1.5 × 30% = 45% / 360 a day on each instalment's principal
  // from its due date: Σ principal × days = 869.85 × 336 + 891.60 × 305 + … + 1,113.48 × 31
  // + 1,141.25 × 0 = 1,904,519.67; × 0.45 / 360 = 2,380.65. Payoff 16,418.78 (also the reference
  // analyze.py's figure).
  const transitional = makeCase({
    asOf: '2020-06-10',
    lender: { name: '李四', kind: 'private' },
    loan: { principal: '12000.00', startDate: '2019-06-10', termMonths: 12, rate: { value: '30', per: 'year' }, method: 'equal-payment' },
  });

  it('carries only kind and months; a plan on the claimed base is computed: 16,418.78 in 12 → 1,368.23, last 1,368.25', () => {
    // 16,418.78 / 12 = 1,368.2317 → 1,368.23; last = 16,418.78 − 11 × 1,368.23 = 16,418.78 − 15,050.53 = 1,368.25.
    const r = reportOf({ ...transitional, plans: [
      { kind: 'instalments', base: 'supported', months: 12, firstDate: '2020-07-10' },
      { kind: 'instalments', base: 'claimed', months: 12, firstDate: '2020-07-10' },
      { kind: 'settlement', base: 'supported', amount: '10000.00', date: '2020-07-10' },
      { kind: 'deferral', base: 'supported', graceMonths: 2, months: 6, firstDate: '2020-09-10' },
    ] });
    expect(ids(r.warnings)).toContain('estimate-unavailable');
    expect(r.caps.supported).toBeNull();
    expect(r.statement.payoff).toBe('16418.78');
    expect(r.plans[0]).toEqual({ kind: 'instalments', months: 12 });
    expect(r.plans[2]).toEqual({ kind: 'settlement', months: 1 });
    expect(r.plans[3]).toEqual({ kind: 'deferral', months: 6 });
    expect(r.plans[1]).toMatchObject({ amount: '16418.78', payment: '1368.23', total: '16418.78', savings: '0.00' });
    expect(r.plans[1].schedule[11].payment).toBe('1368.25');
  });
});
