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

describe('the legal position, when the cap check finds an excess', () => {
  it('licensed lender: the 24% line, the overdue charges above it and the supported payoff, each source cited once', () => {
    const points = of(letterFor(jdCase()).letter, 'point');
    expect(points.map((p) => p.text)).toEqual([
      // The rule in the letter's words (LAW.md §1: 24% all-in for licensed lenders, reducible on request), not the screen's label.
      // 法发〔2017〕22号 Art. 2: a request to reduce what is above 24% all-in "应予支持"; no hard cap.
      '贵方作为持牌金融机构，所主张的利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，借款人请求调减的，人民法院应予支持。',
      // 489.02 charged − 422.39 limit = 66.63 (report.caps.overdueTest)
      '截至2025年9月1日，罚息、复利和违约金等合计489.02元，按上述上限计算最多为422.39元，超出66.63元。',
      '综上，按合同计算截至2025年9月1日的结清金额为8,848.28元，依法支持的金额约为8,781.65元，超出66.63元。请贵方核减超出部分，以依法支持的金额为基础与本人协商。',
    ]);
    // The line rests on 法发〔2017〕22号 Art. 2 and 法释〔2020〕27号; the overdue test (Art. 2) and the
    // payoff (both) rest on nothing new, so their sources are not printed again.
    expect(points.map((p) => p.citation)).toEqual([
      '依据：《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条；《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）',
      '',
      '',
    ]);
  });

  it('private loan after 2020: four times the LPR, citing Arts. 25 and 29 of the 2020 Provisions', () => {
    const raw = { ...fixture('private-2020'), borrower: { name: '张珺' } };
    const points = of(letterFor(raw).letter, 'point');
    // private-2020: 4 × the LPR of 3.85% on the contract date = 15.40% (LAW.md §7 check).
    expect(points[0]!.text).toBe('本借款为2020年8月20日以后成立的民间借贷，利率以合同成立时一年期贷款市场报价利率（LPR）的4倍为限，按2021年3月1日的LPR计为年利率15.40%。');
    expect(points[0]!.citation).toBe('依据：《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第二十五条、第二十九条');
    expect(points.at(-1)!.text).toContain('依法支持的金额约为61,581.64元'); // LAW.md §7 check figure
  });

  it('a private loan made before 20 Aug 2020: 24% until then, then four times the LPR at filing, dated (法释〔2020〕17号 Art. 31)', () => {
    // private-transitional, as of (and filed on) 2022-09-01: the one-year LPR from 2022-08-22 is
    // 3.65% (LAW.md's table), × 4 = 14.60%. The LPR's date is stated: a filing date or an LPR
    // the user entered can differ from the letter's date.
    const raw = { ...fixture('private-transitional'), borrower: { name: '张三' } };
    expect(of(letterFor(raw).letter, 'point').slice(0, 2).map((p) => p.text)).toEqual([
      '本借款成立于2020年8月20日之前，2020年8月19日以前的利息以年利率24%为限。',
      '自2020年8月20日起，利率以起诉时一年期贷款市场报价利率（LPR）的4倍为限，按2022年9月1日的LPR计为年利率14.60%。',
    ]);
    expect(of(letterFor(raw, { language: 'en' }).letter, 'point').slice(0, 2).map((p) => p.text)).toEqual([
      'This loan was made before 20 August 2020: interest up to 19 August 2020 is capped at 24% a year.',
      'From 20 August 2020, interest is capped at four times the one-year loan prime rate (LPR) at filing: at the LPR of 1 September 2022, 14.60% a year.',
    ]);
    // A filing date of its own moves the LPR's date with it: 2023-07-01, LPR 3.55% from 2023-06-20, × 4 = 14.20%.
    const filed = of(letterFor({ ...raw, filingDate: '2023-07-01', asOf: '2023-07-01' }).letter, 'point')[1]!.text;
    expect(filed).toBe('自2020年8月20日起，利率以起诉时一年期贷款市场报价利率（LPR）的4倍为限，按2023年7月1日的LPR计为年利率14.20%。');
  });

  it('a fee deducted at disbursement is not principal (Civil Code Art. 670), and the true rate is above the cap', () => {
    const points = of(letterFor(fixture('flat-upfront-fee-over-36')).letter, 'point');
    const deducted = points.find((p) => p.text.startsWith('放款时预先扣除'))!;
    expect(deducted.text).toBe('放款时预先扣除的服务费800.00元不是本金，本金应按实际到手的9,200.00元计算。');
    expect(deducted.citation).toContain('《中华人民共和国民法典》第六百七十条');
    // A licensed lender: the private-lending provisions (法释〔2020〕17号) do not govern it (法释〔2020〕27号).
    expect(deducted.citation).not.toContain('法释〔2020〕17号');
    // LAW.md §7: APR 48.6435%. A licensed lender's 24% line is "reducible on the borrower's request"
    // (LAW.md §1, 法发〔2017〕22号 Art. 2): the letter makes the request rather than calling the excess unenforceable.
    expect(points.find((p) => p.text.includes('实际年化利率为48.64%，超过24.00%的上限'))!.text).toMatch(/上限，本人依法请求对超过部分予以调减。$/);
    const en = of(letterFor(fixture('flat-upfront-fee-over-36'), { language: 'en' }).letter, 'point');
    expect(en.find((p) => p.text.includes('true annual rate is 48.64%'))!.text).toMatch(/above the 24\.00% cap; as the law allows, I ask for the part above the cap to be reduced\.$/);
  });

  it('a private loan above its cap: the excess is not enforceable (法释〔2020〕17号 Art. 25), no request needed', () => {
    // private-2020: APR 24.00% against 4 × LPR 3.85% = 15.40% (LAW.md §7 check).
    const points = of(letterFor(fixture('private-2020')).letter, 'point');
    expect(points.find((p) => p.text.includes('实际年化利率为24.00%'))!.text).toMatch(/超过15\.40%的上限，超过部分不受法律保护。$/);
  });

  it('an unlicensed professional lender: the contract is void and only the principal received is owed', () => {
    const points = of(letterFor(fixture('void-unlicensed')).letter, 'point');
    expect(points[0]!.text).toContain('借款合同无效，本人只需返还实际收到的本金18,000.00元');
    // Art. 13(3) makes the contract void; Civil Code Art. 157 says what a void contract leaves owed (return what was received).
    expect(points[0]!.citation).toBe('依据：《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第十三条第（三）项；《中华人民共和国民法典》第一百五十七条');
  });

  it('says nothing about the law when the figures are within it', () => {
    const { letter, report } = letterFor(fixture('overpayment'));
    expect(report.caps.excess?.payoff).toBe('0.00');
    expect(of(letter, 'point')).toEqual([]);
    expect(texts(letter).some((t) => t.includes('依法支持的金额'))).toBe(false);
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
