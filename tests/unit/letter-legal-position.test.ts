/** The letter's legal position: the cap that applies, the tests above it, the supported figure, each source cited once. */
import { describe, expect, it } from 'vitest';
import type { Letter, LetterBlock } from '@/lib/letter';
import { fixture, jdCase, letterFor } from '../pdf/letter-cases';

const of = <K extends LetterBlock['kind']>(letter: Letter, kind: K) => letter.blocks.filter((b): b is Extract<LetterBlock, { kind: K }> => b.kind === kind);
const texts = (letter: Letter) => letter.blocks.flatMap((b) => ('text' in b ? [b.text] : []));

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
