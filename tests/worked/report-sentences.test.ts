/**
 * The report's own sentences (findings, warnings, the recommendation's reason) write money and
 * dates as the screens write the figures beside them (lib/display): "¥8,848.28" in both
 * languages, "2025年10月1日" / "1 Oct 2025". The figures are the worked ones of cap-checks,
 * plans and plans-recommend; only their writing is tested here.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { day } from '@/lib/calendar';
import { Decimal } from '@/lib/decimal';
import { dayText, yuan } from '@/lib/law/messages';
import { makeCase, reportOf, type Json, type Report } from './helpers';

const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`../fixtures/cases/${name}.json`, import.meta.url), 'utf8'));
type Said = { id: string; message: { zh: string; en: string } };
const said = (list: ReadonlyArray<Said>, id: string) => list.find((x) => x.id === id)?.message;
const finding = (r: Report, id: string) => said(r.caps.findings, id);
const JD_BUDGET = { income: '8000', essentials: '5200', otherDebts: '1000' }; // surplus 1,800.00
const jd = (extra: Json): Report => reportOf({ ...fixture('jd-jintiao-equal-payment'), ...extra });

describe('how a sentence writes an amount and a date', () => {
  it('money: rounded half-up to the fen, grouped, with ¥ before it; a shortfall with a minus sign', () => {
    expect(yuan(new Decimal('1234.5'))).toBe('¥1,234.50');
    expect(yuan(new Decimal('0.005'))).toBe('¥0.01');
    expect(yuan(new Decimal('-6200'))).toBe('−¥6,200.00');
  });

  it('dates: 2025-10-01 is 2025年10月1日 and 1 Oct 2025', () => {
    expect(dayText(day('2025-10-01'), 'zh')).toBe('2025年10月1日');
    expect(dayText(day('2025-10-01'), 'en')).toBe('1 Oct 2025');
  });
});

describe('findings', () => {
  it('LAW.md §7 check (private-2020): overdue 11,573.97 against 3,881.64; payoff 73,573.97 against 61,581.64', () => {
    // Overdue excess 11,573.97 − 3,881.64 = 7,692.33; payoff excess 73,573.97 − 61,581.64 = 11,992.33 (cap-checks.test.ts).
    const r = reportOf(fixture('private-2020'));
    expect(finding(r, 'overdue-exceeds')).toEqual({
      zh: '罚息、复利和违约金合计¥11,573.97，超过按上限计算的¥3,881.64，超出部分¥7,692.33，法律不予支持。',
      en: 'Penalty interest, compound interest and late fees come to ¥11,573.97, above the ¥3,881.64 the cap allows: the ¥7,692.33 above it is not supported.',
    });
    expect(finding(r, 'payoff-excess')).toEqual({
      zh: '按合同今天结清需¥73,573.97，法律支持的约为¥61,581.64，多出¥11,992.33。',
      en: 'Settling today under the contract takes ¥73,573.97; the law supports about ¥61,581.64, ¥11,992.33 less.',
    });
    expect(finding(r, 'regime-private-2020')?.en).toMatch(/^Private loan formed on or after 20 Aug 2020: .* 15\.40% a year;/);
  });

  it('a void loan: principal only in the figures, and the words say a court may add compensation for the use of the money (Civil Code Art. 157)', () => {
    const r = reportOf(fixture('void-unlicensed'));
    expect(finding(r, 'regime-void')?.zh).toContain('但法院可能另判借款人赔偿占用资金期间的损失（资金占用费，常按一年期LPR计算），本工具的金额未计入。');
    expect(finding(r, 'regime-void')?.en).toContain('a court may also order the borrower to compensate for the time the money was used (often at the one-year LPR), which these figures leave out.');
    const cited = (r.caps.findings as ReadonlyArray<{ id: string; citation?: string }>).find((f) => f.id === 'regime-void')?.citation;
    expect(cited).toContain('《中华人民共和国民法典》第一百五十七条');
  });

  it('a licensed lender: the part above 24% is reducible at the borrower\'s request, not "not supported" (LAW.md §1)', () => {
    // flat-upfront-fee-over-36: APR 48.6435% (LAW.md §7) against the licensed 24% line.
    expect(finding(reportOf(fixture('flat-upfront-fee-over-36')), 'term-exceeds')).toEqual({
      zh: '按实际到手金额计算的年化利率（IRR）为48.64%，超过24.00%的上限，超过部分经借款人请求应予调减。',
      en: 'The true annual cost (the APR, on the amount received) is 48.64%, above the 24.00% cap: the borrower may ask for the part above it to be reduced (the borrower must raise it).',
    });
    // JD (licensed): penalty 481.79 + compound 7.23 = 489.02 charged against 422.39 allowed: 66.63 above (cap-checks.test.ts).
    expect(finding(jd({}), 'overdue-exceeds')?.zh).toBe('罚息、复利和违约金合计¥489.02，超过按上限计算的¥422.39，超出部分¥66.63，经借款人请求应予调减。');
    // Within the cap, the English says what the Chinese says (按实际到手金额): JD's IRR 0.180004 against 24%.
    expect(finding(jd({}), 'term-within')?.en).toBe('The true annual cost (the APR, on the amount received) is 18.00%, within the 24.00% cap.');
    // A private loan's cap is not a matter of asking: private-2020's APR 24.00% against 15.40%.
    expect(finding(reportOf(fixture('private-2020')), 'term-exceeds')?.zh).toBe('按实际到手金额计算的年化利率（IRR）为24.00%，超过15.40%的上限，超过部分法律不予支持。');
  });

  it('a fee deducted at disbursement: 10,000 face − 800 = 9,200 received', () => {
    expect(finding(reportOf(fixture('flat-upfront-fee-over-36')), 'principal-deducted')).toEqual({
      zh: '放款时预先扣除的¥800.00不是本金，本金应按实际收到的¥9,200.00计算。',
      en: 'The ¥800.00 deducted at disbursement is not principal: the principal is the ¥9,200.00 actually received.',
    });
  });

  it('the JD demand of 9,500.00 is 9,500.00 − 8,848.28 = 651.72 more than the contract payoff', () => {
    expect(finding(jd({}), 'claim-gap')).toEqual({
      zh: '对方要求的金额比按合同计算的结清金额多¥651.72，可要求对方提供逐项明细。',
      en: 'The demand is ¥651.72 more than the contract\'s own payoff: ask the lender for an itemised statement.',
    });
  });

  it('the transitional regime names its change dates in each language', () => {
    const en = finding(reportOf(fixture('private-transitional')), 'regime-private-transitional')?.en;
    // Art. 31: the 2015 line for the earlier interest applies when a party asks for it (the lender, assumed).
    expect(en).toContain('Private loan formed before 20 Aug 2020: interest up to 19 Aug 2020 is protected up to 24% a year (above 36% void) if a party asks for the rules of the time, as these figures assume the lender will; from 20 Aug 2020 the cap');
  });
});

describe('warnings', () => {
  it('lpr-unconfirmed names the contract date 2026-05-01 as 2026年5月1日 / 1 May 2026', () => {
    const r = reportOf(makeCase({
      asOf: '2026-06-01', dayCount: 365, lender: { name: '李四', kind: 'private' },
      loan: { principal: '50000.00', startDate: '2026-05-01', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'bullet' },
    }));
    const w = said(r.warnings, 'lpr-unconfirmed')!;
    expect(w.zh).toContain('本工具的LPR数据只核实到2026年3月20日，2026年5月1日适用的一年期LPR按');
    expect(w.en).toContain('The LPR table is confirmed only through 20 Mar 2026; the one-year LPR on 1 May 2026 is taken as');
  });

  it('plan-date-past: a first date of 2025-08-31 against an as-of date of 2025-09-01', () => {
    const r = jd({ plans: [{ kind: 'instalments', base: 'supported', months: 12, firstDate: '2025-08-31' }] });
    expect(said(r.plans[0].warnings, 'plan-date-past')).toEqual({
      zh: '首次还款日2025年8月31日早于计算日2025年9月1日，请改为今后的日期。',
      en: 'The first payment date 31 Aug 2025 is before the as-of date 1 Sep 2025: choose a date ahead.',
    });
  });
});

describe('the recommendation and its plan', () => {
  it('5 frozen instalments on a surplus of 8,000 − 5,200 − 1,000 = 1,800', () => {
    expect(jd({ budget: { ...JD_BUDGET, savings: '3000' } }).recommendation.reason).toEqual({
      zh: '每月可用于还款¥1,800.00，按停息分期，最短5个月可以还清，每期都在预算之内。',
      en: 'With ¥1,800.00 a month to spare, an interest-frozen plan repays it in 5 months at the shortest, every payment within your budget.',
    });
  });

  it('a partial settlement: savings 5,000.80 → 5,000.00 offered, 8,781.65 − 5,000.00 = 3,781.65 off, below the 8,235.72 principal', () => {
    const rec = jd({ budget: { ...JD_BUDGET, savings: '5000.80' } }).recommendation;
    expect(rec.reason).toEqual({
      zh: '你的存款¥5,000.80已达应还¥8,781.65的一半以上，可提出一次性结清¥5,000.00（减免¥3,781.65）；对方可能还价。',
      en: 'Your savings of ¥5,000.80 cover more than half of the ¥8,781.65 owed: offer ¥5,000.00 in full and final settlement (¥3,781.65 off); the lender may counter.',
    });
    expect(said(rec.plan.warnings, 'settlement-below-principal')?.zh).toBe('一次性还款¥5,000.00低于法律支持的未还本金¥8,235.72，出借人很少接受，但可以尝试。');
  });

  it('a deferral until income resumes on 2025-12-15', () => {
    expect(jd({ budget: { ...JD_BUDGET, incomeNow: '0', incomeResumes: '2025-12-15' } }).recommendation.reason).toEqual({
      zh: '目前没有余钱还款，收入预计2025年12月15日恢复：申请延期4个月，之后停息分5期，每期都在恢复收入后的预算之内。',
      en: 'You have nothing to spare now and expect income again on 15 Dec 2025: ask for 4 months\' deferral, then 5 interest-frozen instalments, each within the budget once income resumes.',
    });
  });

  it('the 60-month fallback from 2025-10-01: 146.36 a month against 6,300 − 5,200 − 1,000 = 100 spare', () => {
    const rec = jd({ budget: { income: '6300', essentials: '5200', otherDebts: '1000' } }).recommendation;
    expect(rec.reason.zh).toMatch(/^即使停息分60期（从2025年10月1日起），每期也超过你的预算。/);
    expect(rec.reason.en).toMatch(/^Even 60 interest-frozen instalments \(from 1 Oct 2025\) exceed your budget\./);
    expect(said(rec.plan.warnings, 'plan-unaffordable')).toEqual({
      zh: '每月¥146.36超过你每月可用于还这笔债的¥100.00。承诺做不到的方案只会再次逾期。',
      en: '¥146.36 a month is more than the ¥100.00 a month you can put towards this debt. A promise you cannot keep only leads to another default.',
    });
  });

  it('with income below the essentials and other debts, the warning states the shortfall, not a negative "spare": 5,000 − 5,200 − 1,000 = −1,200', () => {
    // Same 60-month fallback (146.36 a month; the plan does not depend on the budget's size).
    const rec = jd({ budget: { income: '5000', essentials: '5200', otherDebts: '1000' } }).recommendation;
    expect(said(rec.plan.warnings, 'plan-unaffordable')).toEqual({
      zh: '你每月的收入扣除必要开支和其他债务后每月还差¥1,200.00，每月¥146.36没有来源。承诺做不到的方案只会再次逾期。',
      en: 'After essential spending and other debts you are ¥1,200.00 a month short, so ¥146.36 a month has nothing to come from. A promise you cannot keep only leads to another default.',
    });
    // 7,400 − 5,200 − 2,200 = 0: nothing left, nothing short.
    const none = jd({ budget: { income: '7400', essentials: '5200', otherDebts: '2200' } }).recommendation;
    expect(said(none.plan.warnings, 'plan-unaffordable')?.zh).toBe('你每月的收入扣除必要开支和其他债务后没有余钱，每月¥146.36没有来源。承诺做不到的方案只会再次逾期。');
  });

  it('a deferral whose instalments start inside its own pause says so; one starting as the pause ends does not', () => {
    // As of 2025-09-01, a 3-month pause runs to 2025-12-01 (addMonths). First payment 2025-10-01 is inside it.
    const deferral = (firstDate: string) => ({ kind: 'deferral', base: 'supported', graceMonths: 3, months: 12, firstDate });
    const r = jd({ plans: [deferral('2025-10-01'), deferral('2025-12-01')] });
    expect(said(r.plans[0]!.warnings, 'deferral-starts-in-pause')).toEqual({
      zh: '暂停3个月要到2025年12月1日才结束，但首次还款日是2025年10月1日：请把首次还款日改到暂停结束之后，或缩短暂停期。',
      en: 'A 3-month pause runs to 1 Dec 2025, but the first payment is on 1 Oct 2025: move the first payment after the pause, or shorten the pause.',
    });
    expect(said(r.plans[1]!.warnings, 'deferral-starts-in-pause')).toBeUndefined();
  });

  it('names the part that does not fit: a last row of 333.34 against 333.33 spare, or a down payment above savings', () => {
    // A review: 1,000.00 over 3 months at 0% is 333.33, 333.33 and 333.34 (the last absorbs the
    // rounding: 1,000 − 2 × 333.33). Surplus 6,533.33 − 5,200 − 1,000 = 333.33: the last row does not
    // fit, and the warning said "¥333.33 a month is more than the ¥333.33 a month you can put towards this debt".
    const plan = { kind: 'instalments', base: '1000.00', months: 3, firstDate: '2025-10-01', annualRate: '0' };
    const tight = jd({ budget: { income: '6533.33', essentials: '5200', otherDebts: '1000' }, plans: [plan] }).plans[0]!;
    expect(tight.affordable).toBe(false);
    expect(said(tight.warnings, 'plan-unaffordable')).toEqual({
      zh: '最后一期¥333.34超过你每月可用于还这笔债的¥333.33。承诺做不到的方案只会再次逾期。',
      en: 'The last payment of ¥333.34 is more than the ¥333.33 a month you can put towards this debt. A promise you cannot keep only leads to another default.',
    });
    // Down payment 500.00 with savings 300.00; the rows (500.00 / 3: 166.67, 166.67, 166.66) fit the 1,800
    // spare: only the down payment is named, not the monthly payment.
    const down = jd({ budget: { ...JD_BUDGET, savings: '300' }, plans: [{ ...plan, downPayment: '500' }] }).plans[0]!;
    expect(down.affordable).toBe(false);
    expect(said(down.warnings, 'plan-unaffordable')).toEqual({
      zh: '首付¥500.00超过你的存款¥300.00。承诺做不到的方案只会再次逾期。',
      en: 'The down payment of ¥500.00 is more than your savings of ¥300.00. A promise you cannot keep only leads to another default.',
    });
  });
});
