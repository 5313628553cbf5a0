/**
 * A pasted message suggests answers to the message check's red-flag questions: the words found,
 * never sent anywhere, each suggestion for the user to confirm.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/guidance/message-check';
import { scanMessage } from '@/lib/guidance/message-scan';

describe('scanning a pasted message', () => {
  it('the reviewer’s text: a claimed case and a threat to tell the employer; a collectors’ visit is not a threat of arrest', () => {
    // "立案" claims a case; "单位" is the employer; "上门催收" is a visit, "律师函" is no red flag by itself.
    expect(scanMessage('您已被立案，律师函已发出，将上门催收并通知您的单位')).toEqual([
      { question: 'court-by-text', words: ['立案'] },
      { question: 'threatens-contacts', words: ['单位'] },
    ]);
  });

  it('a deadline of hours, a threat of arrest and of telling family and the boss, each word once, in order', () => {
    expect(scanMessage('限你24小时内还款，否则上门抓人，并通知你家人和领导。家人会知道。')).toEqual([
      { question: 'threatens-arrest', words: ['抓人'] },
      { question: 'hours-deadline', words: ['24小时'] },
      { question: 'threatens-contacts', words: ['家人', '领导'] },
    ]);
    expect(scanMessage('今天 18 点前不处理，移交法院')).toEqual([
      { question: 'court-by-text', words: ['法院'] },
      { question: 'hours-deadline', words: ['今天18点'] },
    ]);
    expect(scanMessage('两个小时内回电')[0]).toEqual({ question: 'hours-deadline', words: ['两个小时'] });
  });

  it('a fee to stop a lawsuit, by QR code: the scam question', () => {
    expect(scanMessage('请扫码支付撤诉费')).toEqual([{ question: 'fee-to-personal-account', words: ['扫码', '撤诉费'] }]);
  });

  it('suggests nothing for an ordinary reminder, and only ever a red flag, never a sign of a real letter', () => {
    expect(scanMessage('您本期账单已逾期，请及时还款。')).toEqual([]);
    expect(scanMessage('')).toEqual([]);
    const redFlags = new Set(QUESTIONS.filter((q) => q.kind !== 'genuine').map((q) => q.id));
    const everything = scanMessage('个人账户 拘留 立案 3小时 单位 某律师事务所 张律师 合同 本金 利息');
    expect(everything.map((s) => s.question)).toEqual(['fee-to-personal-account', 'threatens-arrest', 'court-by-text', 'hours-deadline', 'threatens-contacts']);
    for (const s of everything) expect(redFlags.has(s.question)).toBe(true);
  });
});
