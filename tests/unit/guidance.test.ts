import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { channelsFor, defaultChannel, flagsFor, isLicensedLender, type Contact } from '@/lib/guidance/evidence-flags';
import { checkMessage, QUESTIONS } from '@/lib/guidance/message-check';
import { CARD_FACTS, CREDIT_FACTS, STAGE_GUIDES, stageGuide } from '@/lib/guidance/stage-guide';

describe('where you are: the stage from the case (LAW.md §8)', () => {
  it('a loan 100 days overdue is in the mid stage', () => {
    // One bullet instalment due 2025-03-01, unpaid; as of 2025-06-09: 30 + 31 + 30 + 9 = 100 days.
    const r = analyze({
      format: 'repayment-case/1', asOf: '2025-06-09',
      lender: { name: '某小贷', kind: 'licensed' },
      loan: { principal: '5000.00', startDate: '2025-02-01', firstDueDate: '2025-03-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.statement.daysOverdue).toBe(100);
    expect(r.report.stage).toBe('mid');
    expect(stageGuide(r.report.stage).days.en).toBe('31–180 days overdue');
  });

  it('the stage boundaries: 0 days current, 1–30 early, 31–180 mid, over 180 late', () => {
    const stageOn = (asOf: string) => {
      const r = analyze({
        format: 'repayment-case/1', asOf,
        lender: { name: '某小贷', kind: 'licensed' },
        loan: { principal: '5000.00', startDate: '2025-02-01', firstDueDate: '2025-03-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
      });
      if (!r.ok) throw new Error('invalid');
      return [r.report.statement.daysOverdue, r.report.stage];
    };
    // Due 2025-03-01: 2025-03-31 is day 30, 2025-04-01 day 31; 2025-08-28 is day 180, 2025-08-29 day 181.
    expect(stageOn('2025-03-01')).toEqual([0, 'current']);
    expect(stageOn('2025-03-31')).toEqual([30, 'early']);
    expect(stageOn('2025-04-01')).toEqual([31, 'mid']);
    expect(stageOn('2025-08-28')).toEqual([180, 'mid']);
    expect(stageOn('2025-08-29')).toEqual([181, 'late']);
  });

  it('every stage has what happens next, what is lawful and not, and a next step, in both languages', () => {
    expect(STAGE_GUIDES.map((g) => g.stage)).toEqual(['current', 'early', 'mid', 'late']);
    for (const g of STAGE_GUIDES) {
      for (const w of [g.days, g.title, g.nextStep, ...g.happensNext, ...g.lawful, ...g.unlawful]) {
        expect(w.zh.length).toBeGreaterThan(0);
        expect(w.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('credit facts cite the credit reporting regulation: 5 years (Art. 16), two free reports (Art. 17)', () => {
    expect(CREDIT_FACTS[0]!.text.en).toContain('5 years');
    expect(CREDIT_FACTS[0]!.citation).toContain('第十六条');
    expect(CREDIT_FACTS[1]!.citation).toContain('第十七条');
    // LAW.md §8: a personalised instalment agreement of up to 60 months (信用卡办法 Art. 70); 停息挂账 is goodwill.
    expect(CARD_FACTS[0]!.text.zh).toContain('最长60个月');
    expect(CARD_FACTS[0]!.citation).toContain('《商业银行信用卡业务监督管理办法》第七十条');
    expect(CARD_FACTS[1]!.text.en).toContain('goodwill, not your right');
  });
});

describe('is this lawyer letter or text real?', () => {
  const all = (answer: 'yes' | 'no') => Object.fromEntries(QUESTIONS.map((q) => [q.id, answer]));

  it('a "lawyer text" demanding a fee to a personal account is likely a scam', () => {
    const r = checkMessage({ 'fee-to-personal-account': 'yes', 'court-by-text': 'yes' });
    expect(r.verdict).toBe('likely-scam');
    expect(r.reasons.map((q) => q.id)).toEqual(['fee-to-personal-account']);
    expect(r.advice.some((a) => a.en.includes('Never pay'))).toBe(true);
  });

  it('a threat of arrest makes even a well-formed letter suspicious, but is not by itself a scam', () => {
    // Inability to pay is civil, so the threat marks abusive collection; but a real bank may warn of
    // malicious overdraft (Criminal Law Art. 196), so it does not show the message is fake (review, session 9).
    const clear = { 'fee-to-personal-account': 'no', 'threatens-arrest': 'no', 'court-by-text': 'no', 'hours-deadline': 'no', 'threatens-contacts': 'no' } as const;
    expect(checkMessage({ ...all('yes'), ...clear }).verdict).toBe('likely-genuine');
    const threat = checkMessage({ ...all('yes'), ...clear, 'threatens-arrest': 'yes' });
    expect(threat.verdict).toBe('suspicious');
    expect(threat.reasons.map((q) => q.id)).toEqual(['threatens-arrest']);
    expect(threat.reasons[0]!.why.en).toContain('Being unable to pay is not a crime');
    // The law that reason states is cited beside it (a legal review found it shown without a source).
    expect(threat.reasons[0]!.citation).toBe('《中华人民共和国刑法》第三百一十三条、第一百九十六条 (Criminal Law of the PRC, Arts. 313, 196)');
  });

  it('a letter naming firm, lawyer, creditor, amount and a way to verify, with no red flags, is likely genuine', () => {
    const r = checkMessage({ ...all('no'), 'names-firm-and-lawyer': 'yes', 'names-creditor': 'yes', 'amount-breakdown': 'yes', 'verify-channel': 'yes' });
    expect(r.verdict).toBe('likely-genuine');
  });

  it('a missing sign of a real letter is suspicious; "unsure" does not count as a sign', () => {
    const clear = { 'fee-to-personal-account': 'no', 'threatens-arrest': 'no', 'court-by-text': 'no', 'hours-deadline': 'no', 'threatens-contacts': 'no' } as const;
    expect(checkMessage({ ...clear, 'names-firm-and-lawyer': 'yes', 'names-creditor': 'yes', 'amount-breakdown': 'yes', 'verify-channel': 'unsure' }).verdict).toBe('suspicious');
    // A reviewer got "likely genuine" for a "lawyer's letter" naming no law firm and no lawyer
    // (three of the four signs were enough): LAW.md §8 names the firm and a lawyer first.
    const noFirm = checkMessage({ ...clear, 'names-firm-and-lawyer': 'no', 'names-creditor': 'yes', 'amount-breakdown': 'yes', 'verify-channel': 'yes' });
    expect(noFirm.verdict).toBe('suspicious');
    expect(noFirm.reasons.map((q) => q.id)).toEqual(['names-firm-and-lawyer']);
  });

  it('is never "likely genuine" before every red flag is answered "no"', () => {
    // The reviewer's other case: every sign shown, the red-flag questions left blank. A fee to a
    // personal account may be in the message; the verdict waits for the user to rule it out.
    const signs = { 'names-firm-and-lawyer': 'yes', 'names-creditor': 'yes', 'amount-breakdown': 'yes', 'verify-channel': 'yes' } as const;
    const blank = checkMessage(signs);
    expect(blank.verdict).toBe('suspicious');
    // The four left blank are counted, not given as reasons (a review was shown "a text message is
    // not a court summons" for a question it had not answered).
    expect(blank.reasons).toEqual([]);
    expect(blank.unanswered).toBe(5);
    const unsure = checkMessage({ ...signs, 'fee-to-personal-account': 'no', 'threatens-arrest': 'no', 'court-by-text': 'no', 'hours-deadline': 'unsure', 'threatens-contacts': 'no' });
    expect(unsure.verdict).toBe('suspicious');
    expect(unsure.reasons.map((q) => q.id)).toEqual(['hours-deadline']);
  });

  it('a warning sign makes even a well-formed letter suspicious', () => {
    const r = checkMessage({ ...all('yes'), 'fee-to-personal-account': 'no', 'threatens-arrest': 'no', 'court-by-text': 'no' });
    expect(r.verdict).toBe('suspicious');
    expect(r.reasons.map((q) => q.id)).toEqual(['hours-deadline', 'threatens-contacts']);
  });

  it('asks one thing per question: a deadline of hours apart from a threat to tell others; “上门抓人”, not “上门催收”', () => {
    // A review found "限几小时内付款，否则…通知单位和家人" asked two things, and an arrest question
    // read as covering a collectors' visit.
    const text = (id: string) => QUESTIONS.find((q) => q.id === id)!.text;
    expect(text('hours-deadline').zh).toBe('要求你在几小时内（如“今天18点前”）付款？');
    expect(text('threatens-contacts').zh).toBe('威胁要通知你的单位、家人或通讯录里的人？');
    expect(text('threatens-arrest').zh).toBe('威胁你会因欠款被拘留、坐牢，或说要“上门抓人”？（只说“上门催收”不算）');
    expect(text('hours-deadline').en).not.toMatch(/employer|family/);
    // The threat to tell others alone makes a message suspicious, with the rule it breaks and its (unconfirmed) sources.
    const threat = checkMessage({ ...all('yes'), 'fee-to-personal-account': 'no', 'threatens-arrest': 'no', 'court-by-text': 'no', 'hours-deadline': 'no' });
    expect(threat.verdict).toBe('suspicious');
    expect(threat.reasons.map((q) => q.id)).toEqual(['threatens-contacts']);
    expect(threat.reasons[0]!.citation).toMatch(/^国家标准《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025年发布）.*\[待核实 \/ to be verified\]; 中国银行业协会/);
  });

  it('every verdict says how to check whether a case was filed (12368, 人民法院在线服务) and the debt (the lender’s official line)', () => {
    // The review: "可疑" never said how to find out. Practical facts, given with each verdict.
    for (const r of [checkMessage({}), checkMessage({ 'fee-to-personal-account': 'yes' }), checkMessage({ ...all('no'), 'names-firm-and-lawyer': 'yes', 'names-creditor': 'yes', 'amount-breakdown': 'yes', 'verify-channel': 'yes' })]) {
      expect(r.verify.map((v) => v.zh)).toEqual([
        '是否真的被起诉、立案：拨打 12368 诉讼服务热线（全国法院统一号码）查询，或在最高人民法院官方的“人民法院在线服务”平台（微信小程序）查询。真正的法院文书由法院通过正式渠道送达，不要用短信里的链接或号码核实。',
        '是否真的欠这笔钱、欠多少：通过出借人App或官网上的官方客服电话核实，不要用信中提供的号码。',
      ]);
    }
    expect(checkMessage({}).verify[0]!.en).toContain('call 12368');
    expect(checkMessage({}).verify[0]!.en).toContain('“人民法院在线服务” (People’s Courts Online Service)');
  });

  it('nothing answered is suspicious, never genuine', () => {
    expect(checkMessage({}).verdict).toBe('suspicious');
  });
});

describe('evidence log: conduct that breaks the collection rules', () => {
  const call = (at: string, extra: Partial<Contact> = {}): Contact => ({ at, channel: 'call', who: '自称催收员', ...extra });

  it('a call at 23:10 to a relative is flagged both late at night and third-party', () => {
    const flags = flagsFor(call('2025-03-01T23:10', { thirdParty: true }));
    expect(flags.map((f) => f.id)).toEqual(['late-night', 'third-party']);
    expect(flags[1]!.citation).toContain('个人信息保护法');
  });

  it('night runs from 22:00 to 08:00: 21:59 and 08:00 are not flagged, 22:00 and 07:59 are', () => {
    expect(flagsFor(call('2025-03-01T21:59'))).toEqual([]);
    expect(flagsFor(call('2025-03-01T08:00'))).toEqual([]);
    expect(flagsFor(call('2025-03-01T22:00')).map((f) => f.id)).toEqual(['late-night']);
    expect(flagsFor(call('2025-03-02T07:59')).map((f) => f.id)).toEqual(['late-night']);
  });

  it('an early-morning call is described as within the night window, not as "after 22:00"', () => {
    // A complaint about a 07:30 call that said "contacted after 22:00" would state a false fact to
    // the regulator or the police (review of session 9).
    const [night] = flagsFor(call('2025-03-02T07:30'));
    expect(night!.message).toEqual({ zh: '深夜催收：22:00至次日08:00之间联系', en: 'Collection late at night: contacted between 22:00 and 08:00' });
  });

  it('threats and impersonating officials send you to the police (110) first', () => {
    const log = [call('2025-03-01T10:00', { threats: true }), call('2025-03-02T10:00', { impersonation: true }), call('2025-03-03T23:30')];
    expect(flagsFor(log[1]!).map((f) => f.id)).toEqual(['impersonation']);
    expect(channelsFor(log)).toEqual(['110', '12378', 'lender']);
  });

  it('a person or an unlicensed lender answers to the police, not to the financial regulators, the industry guideline or the card rules', () => {
    // 12378/12363/12315 hear complaints about institutions and businesses; the 2024 guideline and the
    // credit-card measures bind institutions (evidence-flags.ts, NOT_LICENSED). The same log, by a
    // licensed lender, goes to 110, 12378 and the lender's own line (the test above).
    const log = [call('2025-03-01T10:00', { threats: true }), call('2025-03-02T10:00', { insults: true, thirdParty: true }), call('2025-03-03T23:30')];
    expect(channelsFor(log, false)).toEqual(['110']);
    const flags = log.flatMap((c) => flagsFor(c, false));
    expect(flags.map((f) => f.id)).toEqual(['threats', 'third-party', 'insults', 'late-night']);
    for (const f of flags) {
      expect(f.complainTo).toEqual(['110']);
      expect(f.citation).not.toContain('信用卡');
      expect(f.citation).not.toContain('自律规范');
    }
    // Late at night: harassment under the Public Security law; contacts: PIPL Art. 10 ("任何组织、个人").
    expect(flags[3]!.citation).toContain('治安管理处罚法');
    expect(flags[1]!.citation).toContain('个人信息保护法');
    // The conduct itself reads the same: the facts do not depend on who the lender is.
    expect(flags[3]!.message).toEqual(flagsFor(call('2025-03-03T23:30'))[0]!.message);
  });

  it('with nothing flagged, a complaint about a person goes to the police, about an institution to its own line', () => {
    expect(defaultChannel([call('2025-03-01T14:00')], false)).toBe('110');
    expect(defaultChannel([call('2025-03-01T14:00')])).toBe('lender');
  });

  it('reads the lender kind from a draft that may not validate; anything unknown counts as licensed, the planner’s preset', () => {
    expect(isLicensedLender({ lender: { kind: 'private' } })).toBe(false);
    expect(isLicensedLender({ lender: { kind: 'unlicensed-professional' }, loan: 'broken' })).toBe(false);
    expect(isLicensedLender({ lender: { kind: 'licensed' } })).toBe(true);
    for (const odd of [undefined, null, 'x', {}, { lender: null }, { lender: { kind: 7 } }]) expect(isLicensedLender(odd)).toBe(true);
  });

  it('names each conduct in plain words in both languages', () => {
    // "Threats to your safety or of violence" read as a garbled list.
    const [threat] = flagsFor(call('2025-03-01T10:00', { threats: true }));
    expect(threat!.message).toEqual({ zh: '威胁人身安全或以暴力相威胁', en: 'Threats of violence or to your safety' });
  });

  it('a citation not yet confirmed is shown as such', () => {
    expect(flagsFor(call('2025-03-01T10:00', { threats: true }))[0]!.citation).toContain('to be verified');
  });

  it('the evidence log is part of the case file and is validated with the rest', () => {
    const base = {
      format: 'repayment-case/1', asOf: '2025-06-09',
      lender: { name: '某小贷', kind: 'licensed' },
      loan: { principal: '5000.00', startDate: '2025-02-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
    };
    expect(analyze({ ...base, evidence: [{ at: '2025-03-01T23:10', channel: 'call', who: '催收员', thirdParty: true }] }).ok).toBe(true);
    const bad = analyze({ ...base, evidence: [{ at: '2025-03-01 23:10', channel: 'call', who: '催收员' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.path).toBe('evidence.0.at');
  });

  it('a contact time on a day that does not exist, or outside 1980–2100, is refused by name', () => {
    // An adversarial review: "2025-99-99T23:59" passed the pattern and the English complaint said
    // "On 99 undefined 2025"; 30 February was taken as a day.
    const base = {
      format: 'repayment-case/1', asOf: '2025-06-09',
      lender: { name: '某小贷', kind: 'licensed' },
      loan: { principal: '5000.00', startDate: '2025-02-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
    };
    for (const bad of ['2025-99-99T23:59', '2025-02-30T23:00', '2025-00-10T07:00', '1900-01-01T10:00', '2101-01-01T10:00']) {
      const result = analyze({ ...base, evidence: [{ at: '2025-03-01T10:00', channel: 'call', who: 'a' }, { at: bad, channel: 'call', who: 'b' }] });
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.errors.map((e) => e.path)).toEqual(['evidence.1.at']);
        expect(result.errors[0]!.message.en).toContain('between 1980 and 2100');
      }
    }
    // 29 February of a leap year is a real day.
    expect(analyze({ ...base, evidence: [{ at: '2024-02-29T23:00', channel: 'call', who: 'a' }] }).ok).toBe(true);
  });
});
