import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { LetterError, letterFromJson, type Letter, type LetterBlock } from '@/lib/letter';
import { allText, fixture, HARDSHIP, jdCase, letterFor, REQUESTS } from '../pdf/letter-cases';

const of = <K extends LetterBlock['kind']>(letter: Letter, kind: K) => letter.blocks.filter((b): b is Extract<LetterBlock, { kind: K }> => b.kind === kind);
const texts = (letter: Letter) => letter.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const table = (letter: Letter) => of(letter, 'table')[0];

describe('the letter is addressed and dated (Chinese)', () => {
  const { letter } = letterFor(jdCase());

  it('is addressed to the lender by name, with the contract number, borrower, contact, date and subject', () => {
    expect(letter.fields).toEqual([
      { label: '致', value: '京东金条（重庆京东盛际小额贷款有限公司）' },
      { label: '合同编号', value: 'JT20250115001' },
      { label: '申请人', value: '王堃' },
      { label: '联系电话', value: '138 0000 0000' },
      { label: '通讯地址', value: '北京市朝阳区某路1号' },
      { label: '日期', value: '2025年9月1日' },
      { label: '事由', value: '协商还款申请' },
    ]);
    expect(letter.title).toBe('协商还款申请');
    expect(letter.salutation).toBe('京东金条（重庆京东盛际小额贷款有限公司）：');
  });

  it('without a lender named (a new case), is still addressed: 致 贵方, "贵方：", "To the lender"', () => {
    const raw = jdCase();
    const unnamed = { ...raw, lender: { ...(raw.lender as Record<string, unknown>), name: '' } };
    const zh = letterFor(unnamed).letter;
    expect(zh.fields[0]).toEqual({ label: '致', value: '贵方' });
    expect(zh.salutation).toBe('贵方：');
    expect(zh.fileName).toBe('协商还款申请-2025-09-01.pdf');
    const en = letterFor(unnamed, { language: 'en' }).letter;
    expect(en.fields[0]!.value).toBe('the lender');
    expect(en.fileName).toBe('repayment-request-2025-09-01.pdf');
  });

  it("is dated the case's as-of date unless another date is given, and the file is named after the lender and date", () => {
    expect(letter.date).toBe('2025-09-01');
    expect(letter.fileName).toBe('协商还款申请-京东金条（重庆京东盛际小额贷款有限公司）-2025-09-01.pdf');
    const later = letterFor(jdCase(), { date: '2025-09-10' }).letter;
    expect(later.fields).toContainEqual({ label: '日期', value: '2025年9月10日' });
    expect(later.fileName).toMatch(/-2025-09-10\.pdf$/);
  });

  it('closes with 此致 敬礼, a signature line with the name and date, and says it is not legal advice', () => {
    expect(letter.closing).toEqual([{ text: '此致', indent: true }, { text: '敬礼！', indent: false }]);
    expect(letter.signature).toEqual([{ label: '申请人（签名）：', value: '' }, { label: '姓名：', value: '王堃' }, { label: '日期：', value: '2025年9月1日' }]);
    expect(letter.footer).toContain('不构成法律意见');
  });
});

describe('the facts, in order, with the engine figures', () => {
  const { letter } = letterFor(jdCase());
  const facts = texts(letter).slice(texts(letter).indexOf('一、借款与还款情况') + 1, texts(letter).indexOf('二、本人目前的困难'));

  it('the loan: date, principal, method, rate and its true annual cost', () => {
    // 0.05%/day × 360 = 18% nominal; IRR 0.180004 → 18.00% (report.loan). No fee deducted was
    // entered, so the letter does not say what was received: "实际到手12,000.00元", written for
    // the user, would admit that nothing was deducted, which they never said (a review).
    expect(facts[0]).toBe('2025年1月15日，本人向贵方借款，合同本金12,000.00元；还款方式为等额本息，借款期限12个月；合同约定日利率0.05%，折合年利率18.00%；按本金和全部应还款项计算，实际年化利率（IRR）为18.00%。');
  });

  it('a yearly contract rate is stated once, not again "as a yearly rate"', () => {
    // private-2020: 24% a year. "年利率24%，折合年利率24.00%" said it twice (a review).
    const zh = texts(letterFor(fixture('private-2020')).letter).find((t) => t.includes('本人向贵方借款'))!;
    expect(zh).toContain('合同约定年利率24%；');
    expect(zh).not.toContain('折合年利率');
    const en = texts(letterFor(fixture('private-2020'), { language: 'en' }).letter).find((t) => t.includes('I borrowed'))!;
    expect(en).toContain('at a contract rate of 24% a year;');
    expect(en).not.toContain('(24.00% a year)');
  });

  it('says what was received when a fee deducted at payout was entered', () => {
    // flat-upfront-fee-over-36: principal 10,000.00 less the 服务费 800.00 deducted = 9,200.00 received.
    const zh = letterFor(fixture('flat-upfront-fee-over-36')).letter;
    expect(texts(zh).find((t) => t.includes('本人向贵方借款'))).toMatch(/合同本金10,000\.00元，放款时扣除服务费800\.00元，实际到手9,200\.00元；.*按实际到手金额和全部应还款项计算/);
    const en = letterFor(fixture('flat-upfront-fee-over-36'), { language: 'en' }).letter;
    expect(texts(en).find((t) => t.includes('I borrowed'))).toMatch(/\(the contract principal\); CNY 800\.00 \(服务费\) was deducted when the loan was paid out, so I actually received CNY 9,200\.00\. .*measured against the amount received/);
    expect(texts(letterFor(jdCase(), { language: 'en' }).letter).find((t) => t.includes('I borrowed'))).toMatch(/^On 15 January 2025 I borrowed CNY 12,000\.00 from you \(the contract principal\)\. The loan runs for 12 months/);
  });

  it('then what has been paid (4 × 1,100.16), since when it is overdue, and what the lender claims', () => {
    expect(facts[1]).toBe('截至2025年9月1日，本人已还款4次，共计4,400.64元，最近一次还款日为2025年5月15日。');
    // daysOverdue 78: instalment 5 fell due on 2025-06-15
    expect(facts[2]).toBe('本人自2025年6月15日起未能按期还款，截至2025年9月1日已逾期78天。');
    expect(facts[3]).toBe('按合同计算，截至2025年9月1日已到期未还3,586.59元（其中罚息481.79元、复利7.23元），一次结清全部欠款需8,848.28元。');
    // claimGap 651.72 = 9,500.00 − 8,848.28
    expect(facts[4]).toBe('贵方于2025年8月28日通过短信要求本人还款9,500.00元，比按合同计算的结清金额多651.72元，请说明差额的构成。');
  });

  it('says when the penalty interest stated rests on assumed terms, and which', () => {
    // The JD case states its terms (1.5 times, on all unpaid principal): nothing to say.
    expect(allText(letterFor(jdCase()).letter)).not.toContain('估算');
    const blank = letterFor(jdCase({ overdue: { compound: true } })).letter;
    expect(texts(blank)).toContain('以上罚息是本人按合同利率的1.5倍、仅对已逾期的本金估算的；如合同约定不同，请告知并提供计算明细。');
    const rateOnly = letterFor(jdCase({ overdue: { penaltyBase: 'outstanding-principal' } }), { language: 'en' }).letter;
    expect(texts(rateOnly)).toContain('The penalty interest above is my estimate, at 1.5 times the contract rate; if the contract provides otherwise, please say so and show the calculation.');
  });

  it("quotes the hardship in the borrower's own words", () => {
    expect(of(letter, 'quote')).toEqual([{ kind: 'quote', text: HARDSHIP }]);
  });

  it('leaves the hardship section out when the borrower wrote none', () => {
    const without = letterFor(jdCase({ letter: { requests: REQUESTS } })).letter;
    expect(of(without, 'quote')).toEqual([]);
    expect(texts(without)).toContain('二、依法支持的金额');
  });
});

describe('the proposal: the chosen plan in words and in a table', () => {
  it('instalments with a down payment: amounts in figures and 大写, the table starting with the down payment', () => {
    const { letter, report } = letterFor(jdCase());
    const plan = report.plans[0] as unknown as { total: string; schedule: ReadonlyArray<unknown> };
    expect(texts(letter)).toContain(
      '本人提议在双方达成协议后先支付500.00元（人民币伍佰元整），余下的8,281.65元（人民币捌仟贰佰捌拾壹元陆角伍分）自2025年10月1日起分12期按月偿还，' +
        '每期690.14元（人民币陆佰玖拾元壹角肆分），期间停止计息，合计还款8,781.65元（人民币捌仟柒佰捌拾壹元陆角伍分）。',
    );
    const t = table(letter)!;
    expect(t.columns.map((c) => c.label)).toEqual(['期数', '还款日期', '还款金额（元）', '剩余金额（元）']);
    expect(t.rows[0]).toEqual(['首付', '达成协议时', '500.00', '8,281.65']);
    expect(t.rows[1]).toEqual(['1', '2025年10月1日', '690.14', '7,591.51']);
    expect(t.rows.at(-1)).toEqual(['12', '2026年9月1日', '690.11', '0.00']); // the last settles
    expect(t.rows).toHaveLength(plan.schedule.length + 1);
    expect(t.total).toEqual(['合计', '', '8,781.65', '']);
    expect(plan.total).toBe('8781.65');
  });

  it('a deferral: the pause, its interest paid with the first instalment, then the instalments', () => {
    const { letter } = letterFor(jdCase(), { planIndex: 1 });
    const text = texts(letter).find((t) => t.startsWith('本人提议'))!;
    expect(text).toContain('暂停还款3个月，暂停期间按年利率6%计息，利息131.72元随第一期支付');
    expect(text).toContain('自2025年12月1日起将8,781.65元（人民币捌仟柒佰捌拾壹元陆角伍分）分6期按月偿还，每期1,476.44元');
    expect(text).toContain('期间按年利率3%计息，合计还款8,990.36元（人民币捌仟玖佰玖拾元叁角陆分）');
    expect(table(letter)!.rows[0]).toEqual(['1', '2025年12月1日', '1,608.16', '7,327.16']); // 1,476.44 + 131.72 grace interest
  });

  it('a settlement: one payment in full and final settlement, a one-row table', () => {
    const { letter } = letterFor(jdCase(), { planIndex: 2 });
    expect(texts(letter)).toContain('本人提议于2025年9月30日前一次性支付6,000.00元（人民币陆仟元整），作为该笔借款的全部还款；贵方收到后，双方就该笔借款的债权债务全部结清，贵方不再向本人主张任何款项。');
    expect(table(letter)!.rows).toEqual([['1', '2025年9月30日', '6,000.00', '0.00']]);
  });

  it('proposes case.letter.planIndex, else the first plan', () => {
    expect(table(letterFor(jdCase({ letter: { planIndex: 2 } })).letter)!.rows).toHaveLength(1);
    expect(table(letterFor(jdCase({ letter: {} })).letter)!.rows).toHaveLength(13);
  });

  it("proposes the report's recommendation when the case has no plans", () => {
    const raw = { ...fixture('jd-jintiao-equal-payment'), budget: { income: '6000', essentials: '4000' } };
    const { letter, report } = letterFor(raw);
    expect(report.recommendation?.plan.kind).toBe('instalments');
    expect(table(letter)!.rows).toHaveLength(report.recommendation!.plan.months);
  });

  it('does not make the suggested offer for the borrower when even it is over the budget', () => {
    // Income 3,000 against essentials 3,500: nothing to spare, no savings, so the suggestion is
    // the 60-month fallback, over the budget. The letter asks to agree affordable terms instead.
    const raw = { ...fixture('jd-jintiao-equal-payment'), budget: { income: '3000', essentials: '3500' } };
    const { letter, report } = letterFor(raw);
    expect(report.recommendation?.plan).toMatchObject({ months: 60, affordable: false });
    expect(table(letter)).toBeUndefined();
    expect(texts(letter)).toContain('本人希望与贵方协商分期或延期还款，具体金额和期限可根据本人的还款能力共同商定。');
  });

  it('asks to agree a plan, without a table, when there is nothing to propose', () => {
    const { letter } = letterFor(fixture('jd-jintiao-equal-payment'));
    expect(table(letter)).toBeUndefined();
    expect(texts(letter)).toContain('本人希望与贵方协商分期或延期还款，具体金额和期限可根据本人的还款能力共同商定。');
  });

  it('refuses a plan that does not exist, or that could not be computed, in both languages', () => {
    expect(() => letterFor(jdCase(), { planIndex: 7 })).toThrow(LetterError);
    const result = letterFromJson(jdCase(), letterFor(jdCase()).report, { planIndex: 7 });
    expect(result).toEqual({ ok: false, message: { zh: '信中要提出的方案（第8个）不存在：本案共有4个方案。', en: 'The letter is to propose plan 8, but the case has 4 plan(s).' } });
    // a transitional private loan repaid by equal payments has no supported estimate (estimate-unavailable)
    const base = fixture('private-transitional');
    const raw = { ...base, loan: { ...(base.loan as object), method: 'equal-payment' }, plans: [{ kind: 'instalments', base: 'supported', months: 12, firstDate: '2022-10-01' }] };
    const analysed = analyze(raw);
    if (!analysed.ok) throw new Error('invalid case');
    expect(analysed.report.plans[0]).toEqual({ kind: 'instalments', months: 12 });
    expect(letterFromJson(raw, analysed.report)).toEqual({ ok: false, message: expect.objectContaining({ zh: expect.stringContaining('第1个方案无法计算') }) });
  });

  it('refuses a plan that pays before the as-of date (2025-09-01), rather than offer to pay in the past', () => {
    const raw = { ...jdCase(), plans: [{ kind: 'settlement', base: 'supported', amount: '5000.00', date: '2020-01-01' }] };
    const analysed = analyze(raw);
    if (!analysed.ok) throw new Error('invalid case');
    expect(letterFromJson(raw, analysed.report)).toEqual({ ok: false, message: {
      zh: '第1个方案的首次还款日早于计算日，不能写进信里：请把日期改为今后。',
      en: 'Plan 1 starts paying before the as-of date, so the letter cannot offer it: move its date ahead.',
    } });
  });

  it('refuses an instalment plan with nothing to repay, rather than offer "0 monthly instalments of CNY 0.00"', () => {
    // Base 1,000.00 with a down payment of 5,000.00: 1,000 − 5,000 < 0, so no instalments (an
    // adversarial review got a letter offering 0 instalments of 0.00, with no warning).
    const raw = { ...jdCase(), plans: [{ kind: 'instalments', base: '1000.00', months: 12, firstDate: '2025-10-01', downPayment: '5000' }] };
    const analysed = analyze(raw);
    if (!analysed.ok) throw new Error('invalid case');
    const plan = analysed.report.plans[0] as unknown as { schedule: unknown[]; warnings: { id: string; message: { en: string } }[] };
    expect(plan.schedule).toEqual([]);
    // 5,000 − 1,000 = 4,000 above the base.
    expect(plan.warnings.map((w) => [w.id, w.message.en])).toEqual([
      ['down-payment-above-base', 'The down payment of ¥5,000.00 is more than the plan\'s base of ¥1,000.00, by ¥4,000.00.'],
      ['plan-nothing-to-repay', 'This plan leaves nothing to repay in instalments (the base is no more than the down payment, or nothing is owed on the chosen base): choose another base, or a settlement.'],
    ]);
    expect(letterFromJson(raw, analysed.report)).toEqual({ ok: false, message: {
      zh: '第1个方案没有需要分期偿还的金额，不能作为还款提议：请改用其他基数或一次性结清。',
      en: 'Plan 1 leaves nothing to repay in instalments, so it is no offer to make: choose another base or a settlement.',
    } });
  });

  it('refuses a plan too small for its months, rather than offer payments of CNY 0.00', () => {
    // Base 0.50 over 60 months, interest frozen: 0.50 / 60 = 0.0083 → 0.01 a month, so 50 payments
    // of 0.01 repay it and the last 10 are 0.00. Base 0.01 over 360 months: 0.01 / 360 → 0.00,
    // so 359 payments of 0.00 and the last of 0.01.
    for (const [base, months, zero] of [['0.50', 60, 10], ['0.01', 360, 359]] as const) {
      const raw = { ...jdCase(), plans: [{ kind: 'instalments', base, months, firstDate: '2025-10-01', annualRate: '0' }] };
      const analysed = analyze(raw);
      if (!analysed.ok) throw new Error('invalid case');
      const plan = analysed.report.plans[0] as unknown as { schedule: { payment: string }[]; warnings: { id: string; message: { zh: string; en: string } }[] };
      expect(plan.schedule.filter((r) => r.payment === '0.00')).toHaveLength(zero);
      const warning = plan.warnings.find((w) => w.id === 'plan-zero-payments');
      expect(warning?.message.en).toBe(`¥${base} is too little to spread over ${months} months: ${zero} of the payments are ¥0.00. Choose fewer months, or a settlement.`);
      expect(warning?.message.zh).toBe(`¥${base}分${months}期太少：其中${zero}期的还款额是¥0.00。请减少期数，或改为一次性结清。`);
      expect(letterFromJson(raw, analysed.report)).toEqual({ ok: false, message: {
        zh: '第1个方案中有还款额为¥0.00的期次，不能作为还款提议：请减少期数，或改为一次性结清。',
        en: 'Plan 1 has payments of ¥0.00, so it is no offer to make: choose fewer months, or a settlement.',
      } });
    }
    // 1.00 over 12 months: 0.08 a month, the last 0.12; no payment is 0.00, and the letter is made.
    const fits = { ...jdCase(), plans: [{ kind: 'instalments', base: '1.00', months: 12, firstDate: '2025-10-01', annualRate: '0' }] };
    const ok = analyze(fits);
    if (!ok.ok) throw new Error('invalid case');
    expect((ok.report.plans[0] as unknown as { warnings: { id: string }[] }).warnings.map((w) => w.id)).not.toContain('plan-zero-payments');
    expect(letterFromJson(fits, ok.report).ok).toBe(true);
  });
});

describe('an English letter says the same things', () => {
  const zh = letterFor(jdCase()).letter;
  const { letter } = letterFor(jdCase(), { language: 'en' });

  it('with English labels and the same figures', () => {
    expect(letter.title).toBe('Request for a repayment arrangement');
    expect(letter.fields[0]).toEqual({ label: 'To', value: '京东金条（重庆京东盛际小额贷款有限公司）' });
    expect(texts(letter)).toContain('1. The loan and what I have paid');
    expect(allText(letter)).toContain('settling the whole loan would take CNY 8,848.28');
    expect(allText(letter)).toContain('CNY 8,281.65 (人民币捌仟贰佰捌拾壹元陆角伍分)');
    expect(letter.footer).toBe('Prepared with Repayment Negotiation Planner (协商还款助手); not legal advice.');
  });

  it('has the same structure: blocks of the same kinds, the same figures in the table, its dates in English', () => {
    expect(letter.blocks.map((b) => b.kind)).toEqual(zh.blocks.map((b) => b.kind));
    const figures = (rows: ReadonlyArray<ReadonlyArray<string>>) => rows.slice(1).map(([n, , payment, balance]) => [n, payment, balance]);
    expect(figures(table(letter)!.rows)).toEqual(figures(table(zh)!.rows));
    // The first instalment falls due on 2025-10-01 (zh row: 2025年10月1日), written as the letter's sentences write dates.
    expect(table(letter)!.rows[1]).toEqual(['1', '1 October 2025', '690.14', '7,591.51']);
  });

  it('lists the charges with "and", and says when and how the lender asked', () => {
    // The JD case: penalty 481.79 and compound 7.23 (the zh letter's 489.02 in all); the demand of
    // 9,500.00 by text on 28 August is 651.72 above the payoff of 8,848.28.
    const text = texts(letter);
    expect(text).toContain(
      'Under the contract, CNY 3,586.59 had fallen due and was unpaid as of 1 September 2025 (including penalty interest of CNY 481.79 and compound interest of CNY 7.23), and settling the whole loan would take CNY 8,848.28.',
    );
    expect(text.find((t) => t.includes('asked me'))).toMatch(/^On 28 August 2025, you asked me \(by 短信\) to pay CNY 9,500\.00, CNY 651\.72 more than/);
  });

  it('cites the Chinese titles with their English gloss', () => {
    expect(of(letter, 'point')[0]!.citation).toBe(
      'Source: 《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条 (SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22), Art. 2); ' +
        '《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号） (SPC Reply on the Scope of the New Private Lending Interpretation (Fa Shi [2020] No. 27))',
    );
  });

  it('is named in English: repayment-request-<lender>-<date>.pdf', () => {
    expect(letter.fileName).toBe('repayment-request-京东金条（重庆京东盛际小额贷款有限公司）-2025-09-01.pdf');
  });

  it('takes its language from case.letter.language when no option is given', () => {
    expect(letterFor(jdCase({ letter: { language: 'en' } })).letter.language).toBe('en');
  });
});

describe('a debt that may be time-barred (LAW.md §8)', () => {
  it('carries a caution when the letter is dated more than 3 years after the last due date', () => {
    // last instalment due 2026-01-15; + 36 months = 2029-01-15
    expect(letterFor(jdCase(), { date: '2029-01-15' }).letter.cautions).toEqual([]);
    const [caution] = letterFor(jdCase(), { date: '2029-01-16' }).letter.cautions;
    expect(caution!.id).toBe('time-barred');
    // Agreeing to pay in any form, or paying even part, can lose the defence (诉讼时效规定 Art. 19 ¶1).
    expect(caution!.message).toContain('同意还款（无论书面还是口头）或者实际还款（哪怕只还一部分），都可能使你失去时效抗辩');
    expect(caution!.citation).toContain('《中华人民共和国民法典》第一百八十八条、第一百八十九条、第一百九十二条、第一百九十五条');
  });

  it('counts from a later payment, which restarts the period', () => {
    const paidLate = jdCase({ payments: [...(jdCase().payments as object[]), { date: '2026-06-01', amount: '100.00' }] });
    expect(letterFor(paidLate, { date: '2029-03-01' }).letter.cautions).toEqual([]);
  });
});

describe('every figure is the engine’s', () => {
  it('each amount in the letter is in the case, the report, or the sum or difference the letter states', () => {
    const { raw, report, letter } = letterFor(jdCase());
    const known = new Set(`${JSON.stringify(raw)}${JSON.stringify(report)}`.match(/\d+\.\d{2}/g));
    known.add('4400.64'); // 4 × 1,100.16 paid, as the statement counts them
    known.add('66.63'); // 489.02 − 422.39, the two figures it is stated against
    const amounts = allText(letter).match(/\d{1,3}(,\d{3})*\.\d{2}/g)!.map((a) => a.replaceAll(',', ''));
    expect(amounts.length).toBeGreaterThan(40);
    expect(amounts.filter((a) => !known.has(a))).toEqual([]);
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    const { letter } = letterFor(jdCase());
    expect(JSON.parse(JSON.stringify(letter))).toEqual(letter);
  });
});
