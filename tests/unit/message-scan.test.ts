/**
 * A pasted message suggests answers to the message check's red-flag questions: the words found,
 * never sent anywhere, each suggestion for the user to confirm.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/guidance/message-check';
import { scanMessage } from '@/lib/guidance/message-scan';

describe('scanning a pasted message', () => {
  it('the reviewer’s text: a claimed case and a threat to tell the employer; a collectors’ visit is not a threat of arrest', () => {
    // "已被立案" claims a case; "通知您的单位" threatens the employer; "上门催收" is a visit, "律师函" is no red flag by itself.
    expect(scanMessage('您已被立案，律师函已发出，将上门催收并通知您的单位')).toEqual([
      { question: 'court-by-text', words: ['已被立案'] },
      { question: 'threatens-contacts', words: ['单位'] },
    ]);
  });

  it('a deadline of hours, a threat of arrest and of telling family and the boss, each word once, in order', () => {
    expect(scanMessage('限你24小时内还款，否则上门抓人，并通知你家人和领导。家人会知道。')).toEqual([
      { question: 'threatens-arrest', words: ['抓人'] },
      { question: 'hours-deadline', words: ['24小时内'] },
      // "通知你家人" is the threat; "领导" after "和" is read with it, but a bare word is no cue.
      { question: 'threatens-contacts', words: ['家人'] },
    ]);
    // "移交法院" (will hand it to a court) is a threat, not a claim that a case is filed.
    expect(scanMessage('今天 18 点前不处理，移交法院')).toEqual([{ question: 'hours-deadline', words: ['今天18点前'] }]);
    expect(scanMessage('两个小时内回电')[0]).toEqual({ question: 'hours-deadline', words: ['两个小时内'] });
  });

  it('a fee to stop a lawsuit, by QR code: the scam question', () => {
    expect(scanMessage('请扫码支付撤诉费')).toEqual([{ question: 'fee-to-personal-account', words: ['撤诉费'] }]);
    expect(scanMessage('请将欠款转到我的个人银行卡')).toEqual([{ question: 'fee-to-personal-account', words: ['转到我的个人银行卡'] }]);
  });

  it('suggests nothing for an ordinary reminder, and only ever a red flag, never a sign of a real letter', () => {
    expect(scanMessage('您本期账单已逾期，请及时还款。')).toEqual([]);
    // A review: a genuine reminder read as a fee to a personal account, a deadline of hours and a
    // threat to tell contacts ("联系人工客服"); a threat to sue as a claim that a case is filed.
    expect(scanMessage('请登录App在个人账户中扫码还款，如有疑问请联系人工客服（24小时）')).toEqual([]);
    expect(scanMessage('将依法向人民法院提起诉讼。金额单位：元')).toEqual([]);
    expect(scanMessage('')).toEqual([]);
    const redFlags = new Set(QUESTIONS.filter((q) => q.kind !== 'genuine').map((q) => q.id));
    const everything = scanMessage('请转账到个人账户 拘留 已立案 3小时内 通知单位 某律师事务所 张律师 合同 本金 利息');
    expect(everything.map((s) => s.question)).toEqual(['fee-to-personal-account', 'threatens-arrest', 'court-by-text', 'hours-deadline', 'threatens-contacts']);
    for (const s of everything) expect(redFlags.has(s.question)).toBe(true);
  });
});
