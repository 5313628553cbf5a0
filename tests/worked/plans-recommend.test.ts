/**
 * The budget (monthly surplus) and the recommended offer (issue 3): a settlement when savings cover
 * at least half of what is owed; else the shortest interest-frozen plan (≤ 60 months) whose every
 * payment fits the surplus; else, when income resumes on a known date, a deferral until then; else
 * 60 months, marked unaffordable. The first payment is one month after the as-of date.
 * Figures worked by hand and re-checked with scripts/reference/plans.py (never from lib/).
 *
 * The JD fixture (as of 2025-09-01): claimed payoff 8,848.28, supported payoff 8,781.65 (what the
 * recommendation is sized on), supported principal 8,235.72 (see plans.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, type Json, type Report } from './helpers';

const jdFixture: Json = JSON.parse(readFileSync(new URL('../fixtures/cases/jd-jintiao-equal-payment.json', import.meta.url), 'utf8'));
const jd = (budget: Json): Report => reportOf({ ...jdFixture, budget });
const ids = (ws: ReadonlyArray<{ id: string }>) => ws.map((w) => w.id);
type Row = { payment: string; date: string };

describe('budget', () => {
  it('surplus = income − essentials − other debts; essentials broken down into fixed and flexible items', () => {
    // 8,000 − 5,200 − 1,000 = 1,800.00. Fixed: rent 2,500 + utilities 300 = 2,800.00;
    // flexible: food 1,500 + transport 400 = 1,900.00. No incomeNow: surplusNow = surplus.
    const r = jd({
      income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000', dependants: 1,
      items: [
        { name: '房租', amount: '2500', kind: 'fixed' },
        { name: '水电', amount: '300', kind: 'fixed' },
        { name: '伙食', amount: '1500', kind: 'flexible' },
        { name: '交通', amount: '400', kind: 'flexible' },
      ],
    });
    expect(r.budget).toEqual({ surplus: '1800.00', surplusNow: '1800.00', savings: '3000.00', fixed: '2800.00', flexible: '1900.00' });
  });

  it('with no income now the surplus now is a shortfall: 0 − 5,200 − 1,000 = −6,200.00; other debts default to 0', () => {
    const r = jd({ income: '8000', incomeNow: '0', essentials: '5200', otherDebts: '1000' });
    expect(r.budget).toMatchObject({ surplus: '1800.00', surplusNow: '-6200.00', savings: '0.00', fixed: '0.00', flexible: '0.00' });
    expect(jd({ income: '8000', essentials: '5200' }).budget.surplus).toBe('2800.00');
  });
});

describe('recommendation', () => {
  it('settlement in full when savings cover what is owed: 8,781.65 from savings of 9,000', () => {
    // 9,000 ≥ 8,781.65: offer it all, one month after the as-of date (2025-10-01).
    // Discounts: claimed 8,848.28 − 8,781.65 = 66.63; supported 0.00. 8,781.65 ≥ 8,235.72: no below-principal warning.
    const { recommendation: rec } = jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '9000' });
    expect(rec.spec).toMatchObject({ kind: 'settlement', base: 'supported', amount: '8781.65', date: '2025-10-01' });
    expect(rec.plan).toMatchObject({ kind: 'settlement', amount: '8781.65', total: '8781.65', savings: '66.63', discount: { claimed: '66.63', supported: '0.00' }, affordable: true });
    expect(ids(rec.plan.warnings)).toEqual([]);
  });

  it('partial settlement when savings cover half or more: savings 5,000.80 → offer 5,000.00 (whole yuan)', () => {
    // Half of 8,781.65 = 4,390.825 ≤ 5,000.80: a lump sum is worth offering; the offer is the savings
    // rounded down to the yuan, 5,000.00. Discounts: claimed 8,848.28 − 5,000 = 3,848.28; supported
    // 8,781.65 − 5,000 = 3,781.65. 5,000 < 8,235.72 supported principal: settlement-below-principal.
    const { recommendation: rec } = jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '5000.80' });
    expect(rec.spec).toMatchObject({ kind: 'settlement', amount: '5000.00', date: '2025-10-01' });
    expect(rec.plan).toMatchObject({ amount: '5000.00', discount: { claimed: '3848.28', supported: '3781.65' }, affordable: true });
    expect(ids(rec.plan.warnings)).toContain('settlement-below-principal');
  });

  it('the 50% line: savings 4,390.83 (≥ 4,390.825) settle for 4,390.00; 4,390.82 do not', () => {
    const at = jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '4390.83' }).recommendation;
    expect(at.spec).toMatchObject({ kind: 'settlement', amount: '4390.00' });
    const below = jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '4390.82' }).recommendation;
    expect(below.spec.kind).toBe('instalments');
  });

  it('the shortest interest-frozen plan that fits a surplus of 1,800: 5 months of 1,756.33', () => {
    // Savings 3,000 < 4,390.825. n = 4: 8,781.65 / 4 = 2,195.41 > 1,800; n = 5: 8,781.65 / 5 = 1,756.33
    // exactly (last 8,781.65 − 4 × 1,756.33 = 1,756.33) ≤ 1,800. From 2025-10-01, monthly on the 1st.
    const { recommendation: rec } = jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000' });
    expect(rec.spec).toMatchObject({ kind: 'instalments', base: 'supported', months: 5, firstDate: '2025-10-01' });
    expect(Number(rec.spec.annualRate)).toBe(0);
    expect(rec.plan).toMatchObject({ amount: '8781.65', payment: '1756.33', total: '8781.65', interest: '0.00', affordable: true });
    expect(rec.plan.schedule.map((r: Row) => r.payment)).toEqual(Array(5).fill('1756.33'));
    expect(rec.plan.schedule.map((r: Row) => r.date)).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
  });

  it('a demand below the supported payoff is the base: 8,000 demanded → 5 months of 1,600.00, never more than asked', () => {
    // A reviewer saw the app offer ¥18,430.03 in writing to a lender asking for ¥15,000. Here the
    // lender demands 8,000.00 < supported 8,781.65: the offer starts from the demand. Savings 3,000
    // < half of 8,000 (4,000): instalments. n = 4: 8,000 / 4 = 2,000 > 1,800; n = 5: 1,600.00 ≤ 1,800,
    // last 8,000 − 4 × 1,600 = 1,600.00. Saving against the contract: 8,848.28 − 8,000.00 = 848.28.
    const r = reportOf({ ...jdFixture, claim: { amount: '8000.00', date: '2025-08-28', source: '短信' }, budget: { income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000' } });
    const rec = r.recommendation;
    expect(rec.spec).toMatchObject({ kind: 'instalments', base: 'demanded', months: 5, firstDate: '2025-10-01' });
    expect(rec.plan).toMatchObject({ amount: '8000.00', payment: '1600.00', total: '8000.00', savings: '848.28', affordable: true });
    expect(rec.reason.en).toMatch(/^The lender asks for .*8,000\.00, less than the law supports: the offer starts from their figure\. With /);
    expect(rec.reason.zh).toMatch(/^对方要求还.*8,000\.00.*，少于法律支持的金额，方案按对方的数额计算。/);
    // The fixture's own demand, 9,500.00, is above the supported 8,781.65: the supported amount stays the base.
    expect(jd({ income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000' }).recommendation.spec.base).toBe('supported');
  });

  it('"every payment fits" includes the last: 1,000.04 with 166.68 to spare takes 7 months, not 6', () => {
    // A 0% loan of 1,000.04 as of its start: payoff 1,000.04 (claimed = supported: APR 0, nothing deducted).
    // n = 6: 1,000.04 / 6 = 166.6733 → 166.67 ≤ 166.68, but last = 1,000.04 − 5 × 166.67 = 166.69 > 166.68.
    // n = 7: 142.8629 → 142.86; last = 1,000.04 − 6 × 142.86 = 142.88 ≤ 166.68.
    const r = reportOf({
      ...makeCase({ asOf: '2025-03-01', loan: { principal: '1000.04', startDate: '2025-03-01', termMonths: 12, rate: { value: '0', per: 'year' }, method: 'equal-payment' } }),
      budget: { income: '1166.68', essentials: '1000' },
    });
    expect(r.caps.supported.payoff).toBe('1000.04');
    expect(r.recommendation.spec).toMatchObject({ kind: 'instalments', months: 7, firstDate: '2025-04-01' });
    expect(r.recommendation.plan.schedule[6].payment).toBe('142.88');
  });

  it('"shortest" means the fewest months: 100.00 with 2.38 to spare fits in 43 months (44 does not, yet 43 does)', () => {
    // A 0% loan of 100.00 as of its start (payoff 100.00); surplus 1,002.38 − 1,000 = 2.38; savings 0.
    // n = 41: 100 / 41 = 2.439 → 2.44 > 2.38.  n = 42: 2.38095 → 2.38, last 100 − 41 × 2.38 = 2.42 > 2.38.
    // n = 43: 2.3256 → 2.33, last 100 − 42 × 2.33 = 2.14: every payment ≤ 2.38 → 43 is the shortest.
    // (n = 44: 2.2727 → 2.27, last 100 − 43 × 2.27 = 2.39 > 2.38: the largest payment does not fall
    // steadily as months grow, so a binary search over months can skip past 43.)
    const r = reportOf({
      ...makeCase({ asOf: '2025-03-01', loan: { principal: '100.00', startDate: '2025-03-01', termMonths: 12, rate: { value: '0', per: 'year' }, method: 'equal-payment' } }),
      budget: { income: '1002.38', essentials: '1000' },
    });
    expect(r.recommendation.spec).toMatchObject({ kind: 'instalments', months: 43 });
    expect(r.recommendation.plan).toMatchObject({ payment: '2.33', affordable: true });
    expect(r.recommendation.plan.schedule[42].payment).toBe('2.14');
  });

  it('604.48 with 10.25 to spare: 59 months fit (10.25 × 58, last 9.98), so the offer is not the 60-month fallback', () => {
    // A 0% loan of 604.48 as of its start; surplus 1,010.25 − 1,000 = 10.25.
    // n = 58: 604.48 / 58 = 10.4221 → 10.42 > 10.25. n = 59: 10.2454 → 10.25; last 604.48 − 58 × 10.25
    // = 604.48 − 594.50 = 9.98: fits → shortest 59. (n = 60: 10.0747 → 10.07, last 604.48 − 59 × 10.07
    // = 10.35 > 10.25: a 60-month plan does NOT fit, so it must not be reported affordable either.)
    const r = reportOf({
      ...makeCase({ asOf: '2025-03-01', loan: { principal: '604.48', startDate: '2025-03-01', termMonths: 12, rate: { value: '0', per: 'year' }, method: 'equal-payment' } }),
      budget: { income: '1010.25', essentials: '1000' },
    });
    const rec = r.recommendation;
    expect(rec.spec).toMatchObject({ kind: 'instalments', months: 59 });
    expect(rec.plan).toMatchObject({ payment: '10.25', affordable: true });
    expect(rec.plan.schedule[58].payment).toBe('9.98');
  });

  it('nothing spare now, income resumes 2025-12-15: defer 4 months, then 5 × 1,756.33 from 2026-01-01', () => {
    // Surplus now 0 − 5,200 − 1,000 < 0: no plan fits now. Grace: the fewest whole months from 2025-09-01
    // reaching 2025-12-15: +3 = 2025-12-01 < 12-15, +4 = 2026-01-01 ≥ → 4 months, first instalment 2026-01-01.
    // Then the shortest frozen plan on the usual surplus 1,800: 5 months of 1,756.33 (as above).
    // Grace rate 0: grace interest 0.00, amount 8,781.65.
    // Affordable (case-format.md): payment 1,756.33 ≤ income − essentials − otherDebts = 1,800 → true;
    // the payments fall after income resumes, so the surplus now (−6,200) is not the test.
    const { recommendation: rec } = jd({ income: '8000', incomeNow: '0', incomeResumes: '2025-12-15', essentials: '5200', otherDebts: '1000' });
    expect(rec.spec).toMatchObject({ kind: 'deferral', base: 'supported', graceMonths: 4, months: 5, firstDate: '2026-01-01', graceInterest: 'capitalise' });
    expect(rec.plan).toMatchObject({ kind: 'deferral', amount: '8781.65', graceInterest: '0.00', payment: '1756.33', total: '8781.65' });
    expect(rec.plan.schedule.map((r: Row) => r.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
  });

  it('the recommended deferral is affordable: its 1,756.33 falls due after income resumes and fits the 1,800 then', () => {
    // case-format.md: affordable = payment ≤ income − essentials − otherDebts = 8,000 − 5,200 − 1,000 = 1,800.
    // The recommendation's own reason says every instalment is within the budget once income resumes; a
    // plan-unaffordable warning comparing 1,756.33 with the −6,200.00 spare *now* contradicts it.
    const { recommendation: rec } = jd({ income: '8000', incomeNow: '0', incomeResumes: '2025-12-15', essentials: '5200', otherDebts: '1000' });
    expect(rec.plan.affordable).toBe(true);
    expect(ids(rec.plan.warnings)).not.toContain('plan-unaffordable');
  });

  it('a pause of at most 60 months: income resuming later gives the 60-month plan, never a case the schema refuses', () => {
    // An adversarial review: income resuming on 2100-01-01 gave graceMonths 892, and adding the
    // recommendation to the case made it invalid (graceMonths is 1 to 60, case-format.md).
    // As of 2025-09-01, + 60 months = 2030-09-01: resuming that day is the longest pause (60 months,
    // the 5 payments of 1,756.33 from 2030-09-01 as in the 4-month case above); a day later is too far,
    // and the offer is the 60-month fallback, unaffordable now (0 − 5,200 − 1,000 < 146.36).
    const budget = { income: '8000', incomeNow: '0', essentials: '5200', otherDebts: '1000' };
    const edge = jd({ ...budget, incomeResumes: '2030-09-01' }).recommendation;
    expect(edge.spec).toMatchObject({ kind: 'deferral', graceMonths: 60, months: 5, firstDate: '2030-09-01' });
    for (const resumes of ['2030-09-02', '2100-01-01']) {
      const { recommendation: rec } = jd({ ...budget, incomeResumes: resumes });
      expect(rec.spec).toMatchObject({ kind: 'instalments', months: 60, firstDate: '2025-10-01' });
      expect(rec.plan).toMatchObject({ payment: '146.36', affordable: false });
    }
    // The recommendation added as the user's own offer is a valid case.
    const far = jd({ ...budget, incomeResumes: '2100-01-01' }).recommendation;
    expect(() => reportOf({ ...jdFixture, budget: { ...budget, incomeResumes: '2100-01-01' }, plans: [{ ...far.spec }] })).not.toThrow();
    expect(() => reportOf({ ...jdFixture, budget: { ...budget, incomeResumes: '2030-09-01' }, plans: [{ ...edge.spec }] })).not.toThrow();
  });

  it('nothing fits, even 60 months: the 60-month plan (146.36, last 146.41), marked unaffordable', () => {
    // Surplus 6,300 − 5,200 − 1,000 = 100. 8,781.65 / 60 = 146.3608 → 146.36 > 100;
    // last = 8,781.65 − 59 × 146.36 = 8,781.65 − 8,635.24 = 146.41. 60 is not over 60: no such warning.
    const { recommendation: rec } = jd({ income: '6300', essentials: '5200', otherDebts: '1000' });
    expect(rec.spec).toMatchObject({ kind: 'instalments', months: 60, firstDate: '2025-10-01' });
    expect(rec.plan).toMatchObject({ payment: '146.36', affordable: false });
    expect(rec.plan.schedule[59]).toMatchObject({ date: '2030-09-01', payment: '146.41', balance: '0.00' });
    expect(ids(rec.plan.warnings)).toEqual(['plan-unaffordable']);
  });

  it('the 60-month fallback whose last payment exceeds the surplus is not "affordable": 440,262.61 with 7,337.71 to spare', () => {
    // A 0% loan of 440,262.61 as of its start; surplus 17,337.71 − 10,000 = 7,337.71.
    // n = 59: 440,262.61 / 59 = 7,462.08 > 7,337.71. n = 60: 7,337.710166 → 7,337.71, but the last is
    // 440,262.61 − 59 × 7,337.71 = 440,262.61 − 432,924.89 = 7,337.72 > 7,337.71: nothing ≤ 60 months fits,
    // so the offer is the 60-month fallback, whose reason says even 60 instalments exceed the budget.
    // Its affordable flag must agree (the recommendation promises every payment within the surplus).
    const r = reportOf({
      ...makeCase({ asOf: '2025-03-01', loan: { principal: '440262.61', startDate: '2025-03-01', termMonths: 12, rate: { value: '0', per: 'year' }, method: 'equal-payment' } }),
      budget: { income: '17337.71', essentials: '10000' },
    });
    const rec = r.recommendation;
    expect(rec.spec).toMatchObject({ kind: 'instalments', months: 60 });
    expect(rec.plan.payment).toBe('7337.71');
    expect(rec.plan.schedule[59].payment).toBe('7337.72');
    expect(rec.plan.affordable).toBe(false);
  });

  it('sized on the claimed payoff when the law gives no estimate: 16,418.78 in 10 × 1,641.88, last 1,641.86', () => {
    // The transitional equal-payment loan of plans.test.ts (claimed payoff 16,418.78, no supported figure).
    // Surplus 1,800: n = 9: 1,824.31 > 1,800; n = 10: 1,641.878 → 1,641.88, last 16,418.78 − 9 × 1,641.88
    // = 16,418.78 − 14,776.92 = 1,641.86. From 2020-07-10.
    const r = reportOf({
      ...makeCase({
        asOf: '2020-06-10', lender: { name: '李四', kind: 'private' },
        loan: { principal: '12000.00', startDate: '2019-06-10', termMonths: 12, rate: { value: '30', per: 'year' }, method: 'equal-payment' },
      }),
      budget: { income: '8000', essentials: '5200', otherDebts: '1000' },
    });
    expect(r.recommendation.spec).toMatchObject({ kind: 'instalments', base: 'claimed', months: 10, firstDate: '2020-07-10' });
    expect(r.recommendation.plan).toMatchObject({ amount: '16418.78', payment: '1641.88' });
    expect(r.recommendation.plan.schedule[9].payment).toBe('1641.86');
  });

  it('no budget, no recommendation', () => {
    expect(reportOf(jdFixture)).not.toHaveProperty('recommendation');
  });
});
