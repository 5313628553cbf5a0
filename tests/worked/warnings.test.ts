/**
 * Limitation (Civil Code Arts. 188, 189, 195; LAW.md §8): `time-barred` when the as-of date is
 * more than 3 years (addMonths(…, 36)) after the later of the last due date (or the acceleration
 * date, if earlier) and the last payment.
 */
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf } from './helpers';

const ids = (r: { warnings: Array<{ id: string }> }) => r.warnings.map((w) => w.id);
const bullet = (asOf: string, payments: Array<{ date: string; amount: string }> = []) => makeCase({
  asOf, dayCount: 365,
  loan: { principal: '50000.00', startDate: '2020-03-01', termMonths: 12, rate: { value: '10', per: 'year' }, method: 'bullet' },
  payments,
});

describe('time-barred warning', () => {
  it('runs 3 years from the last due date: 2021-03-01 + 36 months = 2024-03-01 is still in time, 2024-03-02 is not', () => {
    expect(ids(reportOf(bullet('2024-03-01')))).not.toContain('time-barred');
    expect(ids(reportOf(bullet('2024-03-02')))).toContain('time-barred');
  });

  it('a later payment restarts it: paid 2022-01-15 → barred only after 2025-01-15', () => {
    const paid = [{ date: '2022-01-15', amount: '1000.00' }];
    expect(ids(reportOf(bullet('2025-01-15', paid)))).not.toContain('time-barred');
    expect(ids(reportOf(bullet('2025-01-16', paid)))).toContain('time-barred');
  });

  it('runs from the acceleration date when that is earlier than the last due date', () => {
    // 12 monthly instalments from 2021-02-10 (last 2022-01-10); accelerated 2021-06-10; last payment 2021-03-10.
    // 2021-06-10 + 36 months = 2024-06-10.
    const c = (asOf: string) => makeCase({
      asOf,
      loan: { principal: '12000.00', startDate: '2021-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-principal' },
      overdue: { acceleratedOn: '2021-06-10' },
      payments: [{ date: '2021-02-10', amount: '1120.00' }, { date: '2021-03-10', amount: '1110.00' }],
    });
    expect(ids(reportOf(c('2024-06-10')))).not.toContain('time-barred');
    expect(ids(reportOf(c('2024-06-11')))).toContain('time-barred');
  });
});

describe('budget-items-mismatch warning', () => {
  const withBudget = (items: Array<{ name: string; amount: string; kind: 'fixed' | 'flexible' }>) => makeCase({
    asOf: '2021-01-01', dayCount: 365,
    loan: { principal: '50000.00', startDate: '2020-03-01', termMonths: 12, rate: { value: '10', per: 'year' }, method: 'bullet' },
    budget: { income: '8000', essentials: '5200', items },
  });

  it('items adding up to the essentials (2,500 + 1,700.50 + 999.50 = 5,200): no warning; the breakdown is reported', () => {
    const r = reportOf(withBudget([
      { name: '房租', amount: '2500', kind: 'fixed' }, { name: '吃饭', amount: '1700.50', kind: 'flexible' }, { name: '交通', amount: '999.50', kind: 'flexible' },
    ]));
    expect(ids(r)).not.toContain('budget-items-mismatch');
    expect(r.budget).toMatchObject({ fixed: '2500.00', flexible: '2700.00' });
  });

  it('items adding up to 2,500 + 1,500 = 4,000 against essentials of 5,200: said, with both figures and which one the plans use', () => {
    const r = reportOf(withBudget([{ name: '房租', amount: '2500', kind: 'fixed' }, { name: '吃饭', amount: '1500', kind: 'flexible' }]));
    const w = (r.warnings as Array<{ id: string; message: { zh: string; en: string } }>).find((x) => x.id === 'budget-items-mismatch');
    // Amounts written as the screens write them (lib/display/format-money): ¥, thousands grouped.
    expect(w?.message.zh).toBe('开支明细合计¥4,000.00，与填写的每月必要开支¥5,200.00不一致；各方案按¥5,200.00计算。');
    expect(w?.message.en).toBe('Your spending items add up to ¥4,000.00 a month, not the ¥5,200.00 entered as essential spending; the plans use ¥5,200.00.');
  });

  it('no items, no warning', () => {
    expect(ids(reportOf(withBudget([])))).not.toContain('budget-items-mismatch');
  });
});

describe('income-resumes-unused warning', () => {
  // As-of 2021-01-01; a pause may last at most 60 months, so to 2026-01-01 (lib/case/schema.ts MAX_GRACE_MONTHS).
  const resuming = (incomeResumes: string) => makeCase({
    asOf: '2021-01-01', dayCount: 365,
    loan: { principal: '50000.00', startDate: '2020-03-01', termMonths: 12, rate: { value: '10', per: 'year' }, method: 'bullet' },
    budget: { income: '8000', incomeNow: '0', essentials: '5200', incomeResumes },
  });
  const warning = (r: ReturnType<typeof reportOf>) => (r.warnings as Array<{ id: string; message: { zh: string; en: string } }>).find((x) => x.id === 'income-resumes-unused');

  it('a date on or before the as-of date is said to be unused, with what to do if income has resumed', () => {
    for (const d of ['2020-12-31', '2021-01-01']) expect(warning(reportOf(resuming(d))), d).toBeDefined();
    const w = warning(reportOf(resuming('2020-12-01')));
    expect(w?.message.zh).toBe('恢复收入日期（2020年12月1日）不晚于计算截止日，推荐方案没有用到它。如果收入已经恢复，请把“目前每月收入”改为现在的实际收入，或留空。');
    expect(w?.message.en).toBe('The date your income resumes (1 Dec 2020) is not after the as-of date, so the recommended offer does not use it. If your income has resumed, enter what you earn now as "Income now, per month", or leave it empty.');
  });

  it('a date more than 60 months off is said to be unused; 60 months to the day is used (a deferral is recommended)', () => {
    const far = warning(reportOf(resuming('2026-01-02')));
    expect(far?.message.en).toBe('The date your income resumes (2 Jan 2026) is more than 60 months after the as-of date, longer than any pause a plan can ask for, so the recommended offer does not use it.');
    expect(far?.message.zh).toContain('超过60个月');
    const edge = reportOf(resuming('2026-01-01'));
    expect(warning(edge)).toBeUndefined();
    expect((edge.recommendation as { plan: { kind: string } } | undefined)?.plan.kind).toBe('deferral');
  });

  it('a date the recommendation uses, or none, gives no warning', () => {
    expect(warning(reportOf(resuming('2021-06-01')))).toBeUndefined();
    const none = makeCase({
      asOf: '2021-01-01', dayCount: 365,
      loan: { principal: '50000.00', startDate: '2020-03-01', termMonths: 12, rate: { value: '10', per: 'year' }, method: 'bullet' },
      budget: { income: '8000', essentials: '5200' },
    });
    expect(warning(reportOf(none))).toBeUndefined();
  });
});

describe('payments after the as-of date', () => {
  // LAW.md §3: "Payments dated after the as-of date are ignored." A mistyped year then changed the
  // figures with nothing said (review helper-19); the report now says which payments it left out.
  const c = (payments: Array<{ date: string; amount: string }>) => makeCase({
    asOf: '2025-09-01',
    loan: { principal: '12000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-principal' },
    payments,
  });

  it('names each payment left out, and the as-of date; none when all are on or before it', () => {
    expect(ids(reportOf(c([{ date: '2025-09-01', amount: '1120.00' }])))).not.toContain('payments-after-as-of');
    const r = reportOf(c([{ date: '2025-02-10', amount: '1120.00' }, { date: '2026-03-10', amount: '1110.00' }]));
    const w = r.warnings.find((x: { id: string }) => x.id === 'payments-after-as-of');
    expect(w.message.en).toBe('A payment dated 10 Mar 2026 is after 1 Sep 2025, the date the figures are worked out as of, so it is not counted. If a date is mistyped, correct it; if the money is really paid later, move "Calculate as of" past it.');
    expect(w.message.zh).toContain('1笔还款的日期（2026年3月10日）晚于“算到哪一天”（2025年9月1日），没有计入');
  });

  it('counts two', () => {
    const r = reportOf(c([{ date: '2025-10-10', amount: '1.00' }, { date: '2025-11-10', amount: '1.00' }]));
    expect(r.warnings.find((x: { id: string }) => x.id === 'payments-after-as-of').message.en).toMatch(/^2 payments dated 10 Oct 2025, 10 Nov 2025 are after/);
  });
});

describe('rate-check warning', () => {
  // A reviewer typed 5 for "0.05% a day" (万五) and got a ¥831,234 waiver to ask for, with nothing said.
  const rated = (value: string, per: 'day' | 'month' | 'year') => makeCase({
    asOf: '2025-03-01',
    loan: { principal: '20000.00', startDate: '2025-01-15', termMonths: 12, rate: { value, per }, method: 'equal-payment' },
  });
  const warning = (r: { warnings: Array<{ id: string; message: { zh: string; en: string } }> }) => r.warnings.find((w) => w.id === 'rate-check');

  it('asks to check a rate of 100% a year or more: 5% a day is 5 × 360 = 1,800.00% a year', () => {
    const w = warning(reportOf(rated('5', 'day')))!;
    expect(w.message.en).toBe('The contract rate comes to 1800.00% a year, far above usual loans: check it against the contract. For example, "0.05% a day" (万五) is entered as 0.05 with "per day". If the rate really is this high, most of it is above the legal caps.');
    expect(w.message.zh).toContain('折合年利率1800.00%');
  });

  it('from exactly 100% a year; not for usual rates (0.05% a day = 18%) or just under the line', () => {
    expect(warning(reportOf(rated('100', 'year')))).toBeDefined();
    expect(warning(reportOf(rated('0.05', 'day')))).toBeUndefined();
    // 8.33% a month × 12 = 99.96% a year: under the line.
    expect(warning(reportOf(rated('8.33', 'month')))).toBeUndefined();
  });

  it('asks too below 1% a year: 0.05 entered "per year" for 0.05% a day is 0.05% a year', () => {
    const w = warning(reportOf(rated('0.05', 'year')))!;
    expect(w.message.en).toBe('The contract rate comes to 0.05% a year, far below usual loans: check it against the contract. For example, "0.05% a day" (万五) is entered as 0.05 with "per day", not "per year".');
    expect(w.message.zh).toContain('折合年利率0.05%，远低于常见的借款利率');
    // 0.08% a month × 12 = 0.96% a year: under 1%. 0.09% × 12 = 1.08%: not.
    expect(warning(reportOf(rated('0.08', 'month')))).toBeDefined();
    expect(warning(reportOf(rated('0.09', 'month')))).toBeUndefined();
    // An interest-free loan is not a slip.
    expect(warning(reportOf(rated('0', 'year')))).toBeUndefined();
  });
});

describe('lender-name warning', () => {
  // A Chinese review typed 京东金条: the letter opened "致 京东金条", the complaint named a product.
  const named = (name: string, kind = 'licensed') => makeCase({
    asOf: '2025-03-01',
    lender: { name, kind },
    loan: { principal: '20000.00', startDate: '2025-01-15', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
  });
  const warning = (name: string, kind?: string) => reportOf(named(name, kind)).warnings.find((w: { id: string }) => w.id === 'lender-name');

  it('says when a licensed lender is named by its product, with the name typed', () => {
    expect(warning('京东金条')!.message.zh).toBe('出借方名称“京东金条”看起来是产品名，不是公司名。协商信和投诉最好写借款合同上出借方的全称，例如“重庆京东盛际小额贷款有限公司”；可以写成“京东金条（公司全称）”。');
    expect(warning('  借呗 ')!.message.en).toMatch(/^The lender's name "借呗" looks like a product/);
  });

  it('not for a company or a bank in either language, nor for a person', () => {
    for (const name of ['京东金条（重庆京东盛际小额贷款有限公司）', '招商银行信用卡中心', '某消费金融股份公司', '马上消费金融', '度小满小贷', 'JD Jintiao (Chongqing Jingdong Shengji Microcredit Co., Ltd.)', 'Bank of China', 'ACME Lending Limited']) {
      expect(warning(name), name).toBeUndefined();
    }
    expect(warning('李四', 'private')).toBeUndefined();
    // "Co" inside a word is no company: "Eco Cash" is a product name.
    expect(warning('Eco Cash')).toBeDefined();
  });
});

describe('time-barred warning: what it tells the user to check', () => {
  it('a demand restarts the period only while it runs (Civil Code Art. 195), and it says so in both languages', () => {
    // A review: "every demand restarts the period" led a user with a collection text last week to
    // think the defence was gone; a demand after the three years have run does not restart them.
    const warning = reportOf(bullet('2024-03-02')).warnings.find((w: { id: string }) => w.id === 'time-barred')!;
    expect(warning.message.zh).toContain('时效届满后才催收的，不会重新计算');
    expect(warning.message.en).toContain('A demand made after the period has run does not start it again.');
    expect(warning.message.en).not.toContain('every demand by the lender restarts');
    expect(warning.citation).toContain('第一百九十五条');
  });
});
