/**
 * The letter's requests (issue 5): the ones the user ticked, in a fixed order, as one list; the
 * waiver says how much of the penalties the offer itself holds. Figures from the JD fixture's
 * expected.json, worked in each test.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, LetterBlock } from '@/lib/letter';
import { jdCase, letterFor } from '../pdf/letter-cases';

const texts = (letter: Letter) => letter.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const lists = (letter: Letter) => letter.blocks.filter((b): b is Extract<LetterBlock, { kind: 'list' }> => b.kind === 'list');

describe('the requests the user ticked', () => {
  it('are listed in a fixed order, the penalties to waive with their amount', () => {
    const [list] = lists(letterFor(jdCase()).letter);
    expect(list!.items).toHaveLength(4);
    // Contract charges (jd-jintiao expected.json): penalty 481.79 + compound 7.23 + late fees 0 =
    // 489.02. The offer (plan 1) repays the supported figure, 66.63 below the contract's, the
    // excess being all in these charges (489.02 − limit 422.39 = 66.63): it still holds 422.39 of
    // them. Asking to waive them beside an offer that pays them read as a contradiction (a review).
    expect(list!.items[0]).toBe('请减免罚息、复利、违约金及其他费用（按合同计算，截至2025年9月1日共计489.02元）。上述方案的金额中仍含这部分费用422.39元；如贵方同意减免，请相应核减方案金额。');
    expect(list!.items[1]).toMatch(/^请停止联系本人通讯录中的亲友、同事等第三方.*依法合规催收。$/);
    expect(list!.items[2]).toMatch(/以书面形式.*予以确认/);
    expect(list!.items[3]).toMatch(/^请提供截至目前的欠款明细/);
  });

  it('says what of the penalties the offer holds only when it is known: not for a settlement or a demand', () => {
    const waiver = (letter: Letter) => lists(letter)[0]!.items[0]!;
    expect(waiver(letterFor(jdCase(), { language: 'en' }).letter)).toBe(
      'Please waive the penalty interest, compound interest, late fees and other charges (CNY 489.02 as of 1 September 2025 under the contract). ' +
      'My proposal above still includes CNY 422.39 of them: if you waive them, please reduce its amount by as much.');
    // Plan 3 is a settlement of 6,000.00: a lump sum of its own, whose parts are not the statement's.
    expect(waiver(letterFor(jdCase(), { planIndex: 2 }).letter)).toBe('请减免罚息、复利、违约金及其他费用（按合同计算，截至2025年9月1日共计489.02元）。');
  });

  it('names no contract charges to a lender who demands less than the contract gives', () => {
    // A demand of 8,800.00 is below the contract payoff 8,848.28: "489.02 under the contract" would
    // tell the lender what else it could claim (a review, session 9). The offer's own share stays.
    const lower = jdCase({ claim: { amount: '8800.00', date: '2025-08-28', source: '短信' } });
    expect(lists(letterFor(lower).letter)[0]!.items[0]).toBe('请减免罚息、复利、违约金及其他费用。上述方案的金额中仍含这部分费用422.39元；如贵方同意减免，请相应核减方案金额。');
  });

  it('points at the contact details above only when the letter gives a phone or an address', () => {
    const stop = (letter: Letter) => lists(letter)[0]!.items.find((t) => /第三方|address book/.test(t))!;
    expect(stop(letterFor(jdCase()).letter)).toContain('请通过本人的上述联系方式与本人沟通');
    expect(stop(letterFor(jdCase(), { language: 'en' }).letter)).toContain('contact me directly at the details above,');
    const nameOnly = jdCase({ borrower: { name: '王堃' } });
    expect(stop(letterFor(nameOnly).letter)).toContain('请直接与本人沟通');
    expect(stop(letterFor(nameOnly, { language: 'en' }).letter)).toContain('contact me directly, and keep');
  });

  it('only those ticked; none, no section', () => {
    const one = letterFor(jdCase({ letter: { requests: ['send-statement'] } })).letter;
    expect(lists(one)[0]!.items).toHaveLength(1);
    const none = letterFor(jdCase({ letter: {} })).letter;
    expect(lists(none)).toEqual([]);
    expect(texts(none).some((t) => t.endsWith('其他请求'))).toBe(false);
  });
});
