/**
 * A letter answering a demand lower than the contract's own figure (a review, session 9): it names
 * no figure higher than the demand, neither the contract's nor, when the demand is within it, the
 * law's. Figures from the JD fixture (jd-jintiao-equal-payment.expected.json): contract payoff
 * 8,848.28, supported 8,781.65, due 3,586.59, penalty 481.79, charges 489.02.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, LetterBlock } from '@/lib/letter';
import { allText, fixture, letterFor } from '../pdf/letter-cases';

const of = <K extends LetterBlock['kind']>(letter: Letter, kind: K) => letter.blocks.filter((b): b is Extract<LetterBlock, { kind: K }> => b.kind === kind);

describe('a demand below the contract figure', () => {
  it('offering the lender\'s own lower demand, names no higher figure: no contract figures, no law section', () => {
    // Demand 8,000.00 below the supported 8,781.65 and the contract's 8,848.28: the recommendation
    // starts from the demand (see plans-recommend.test.ts). Each of those figures would tell the
    // lender it could claim more than it asks, so the letter states neither (a review, session 9).
    const raw = { ...fixture('jd-jintiao-equal-payment'), claim: { amount: '8000.00', date: '2025-08-28', source: '短信' }, budget: { income: '8000', essentials: '5200', otherDebts: '1000', savings: '3000' } };
    const zh = allText(letterFor(raw).letter);
    expect(zh).toContain('贵方主张的欠款');
    expect(zh).not.toMatch(/8,781\.65|8,848\.28|3,586\.59|481\.79/); // supported, contract payoff, due, penalty
    expect(zh).not.toContain('依法支持的金额');
    expect(zh).not.toContain('以依法支持的金额为基础与本人协商');
    const en = allText(letterFor(raw, { language: 'en' }).letter);
    expect(en).toContain('I propose to repay the amount you demand, CNY 8,000.00 (人民币捌仟元整), in 5 monthly instalments of CNY 1,600.00');
    expect(en).not.toContain('on the basis of the supported amount');
    // Without the lower demand, the request stays.
    expect(allText(letterFor({ ...raw, claim: undefined }).letter)).toContain('以依法支持的金额为基础与本人协商');
  });

  it('a demand below the contract figure but above the law: the demand against the supported figure, no contract figures', () => {
    // JD: contract payoff 8,848.28, supported 8,781.65. A demand of 8,800.00 is below the first and
    // 8,800.00 − 8,781.65 = 18.35 above the second. The letter must not write "settling takes
    // 8,848.28" (more than asked) nor the contract's penalty 481.79; it sets the demand against the law.
    const raw = { ...fixture('jd-jintiao-equal-payment'), claim: { amount: '8800.00', date: '2025-08-28', source: '短信' } };
    const zh = letterFor(raw).letter;
    expect(allText(zh)).not.toMatch(/8,848\.28|3,586\.59|481\.79|489\.02/);
    const points = of(zh, 'point');
    expect(points.at(-1)!.text).toBe('贵方要求还款8,800.00元，依法支持的金额约为8,781.65元，超出18.35元。请贵方核减超出部分，以依法支持的金额为基础与本人协商。');
    const en = of(letterFor(raw, { language: 'en' }).letter, 'point');
    expect(en.at(-1)!.text).toBe('You ask me to pay CNY 8,800.00; the amount the law supports is about CNY 8,781.65, CNY 18.35 less. Please remove the excess and negotiate with me on the basis of the supported amount.');
    // The facts keep the loan, the payments, the overdue days and the demand.
    expect(allText(zh)).toContain('贵方于2025年8月28日通过短信要求本人还款8,800.00元。');
    expect(allText(zh)).toContain('已逾期78天');
  });
});
