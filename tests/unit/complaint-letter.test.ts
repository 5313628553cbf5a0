import { describe, expect, it } from 'vitest';
import { buildComplaint, complaintFromJson, complaintText, defaultChannel } from '@/lib/guidance/complaint-letter';
import type { Contact } from '@/lib/guidance/evidence-flags';
import { complaintCase, EVIDENCE } from '../pdf/complaint-cases';

const { raw, file, report } = complaintCase();
const zh = buildComplaint(file, report);
const en = buildComplaint(file, report, { language: 'en' });
const texts = (blocks: typeof zh.blocks) => blocks.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'list' ? [...b.items] : []));

describe('the complaint is addressed to the right channel', () => {
  const at = (time: string, extra: Partial<Contact> = {}): Contact => ({ at: `2025-08-20T${time}`, channel: 'call', who: '催收员', ...extra });

  it('by default to the most fitting channel for the log: threats go to the police (110) first', () => {
    expect(zh.channel).toBe('110');
    expect(zh.fields[0]).toEqual({ label: '致：', value: '公安机关（110）' });
    // 涉嫌: "possibly"; the police decide what is unlawful (review, session 9).
    expect(zh.title).toBe('关于催收中涉嫌违法行为的报案材料');
  });

  it('late-night calls and third-party contact alone go to the financial regulator (12378); nothing flagged goes to the lender', () => {
    expect(defaultChannel([at('23:10', { thirdParty: true })])).toBe('12378');
    expect(defaultChannel([at('14:00')])).toBe('lender');
    expect(defaultChannel([])).toBe('lender');
  });

  it('a private lender’s collectors are reported to the police, with the general law cited, never the industry guideline', () => {
    // The same three contacts (EVIDENCE), the lender a person: only 110 hears it (evidence-flags.ts, NOT_LICENSED).
    const p = complaintCase({ lender: { name: '王某', kind: 'private' } });
    const c = buildComplaint(p.file, p.report, { date: '2025-09-01' });
    expect(c.channel).toBe('110');
    expect(c.fields[0]).toEqual({ label: '致：', value: '公安机关（110）' });
    // The 23:10 call to the mother: late at night and third-party, cited to the Public Security law and PIPL only.
    const night = c.incidents.rows.find((r) => r[0] === '2025-08-28 23:10')!;
    expect(night[4]).toContain('治安管理处罚法');
    expect(night[4]).toContain('个人信息保护法');
    const all = complaintText(c).join('\n');
    expect(all).not.toContain('自律规范');
    expect(all).not.toContain('信用卡');
    // Nothing flagged: the police, not "王某 客户投诉部门".
    const quiet = complaintCase({ lender: { name: '王某', kind: 'private' }, evidence: [EVIDENCE[1]] });
    expect(buildComplaint(quiet.file, quiet.report).channel).toBe('110');
  });

  it('is not made about a lender with no name: it says to fill the name in first', () => {
    // An adversarial review: a name of spaces gave "I write about the conduct of    and the people…".
    const blank = complaintCase({ lender: { name: '   ', kind: 'licensed' } });
    expect(complaintFromJson(blank.raw, blank.report, { language: 'en' })).toEqual({ ok: false, message: { zh: '请先在还款规划里填写出借人名称：投诉书要写明被投诉方。', en: 'Fill in the lender’s name in the repayment planner first: the complaint must name whom it is about.' } });
  });

  it('to the channel the user chooses, the lender’s own complaint line named after the lender', () => {
    const c = buildComplaint(file, report, { channel: 'lender' });
    expect(c.salutation).toBe(`${file.lender.name} 客户投诉部门：`);
    expect(c.title).toBe('关于违规催收行为的投诉书');
  });

  it('says what it is about in its subject line, not its title again; to the police, it is a report by the one reporting', () => {
    // A review read 「事由：关于违规催收行为的投诉书」 under the same title.
    const subject = (c: typeof zh) => c.fields.find((f) => f.label === '事由：' || f.label === 'Subject:')!.value;
    const toRegulator = buildComplaint(file, report, { channel: '12378' });
    expect(subject(toRegulator)).toBe('投诉违规催收');
    expect(subject(buildComplaint(file, report, { channel: '12378', language: 'en' }))).toBe('Debt collection in breach of the rules');
    expect(toRegulator.fields.map((f) => f.label)).toContain('投诉人：');
    expect(toRegulator.signature[0]!.label).toBe('投诉人（签名）：');
    // 110: a report (报案材料), signed by the one reporting (报案人), not a complainant.
    expect(subject(zh)).toBe('催收中涉嫌违法的行为');
    expect(zh.fields.map((f) => f.label)).toContain('报案人：');
    expect(zh.fields.map((f) => f.label)).not.toContain('投诉人：');
    expect(zh.signature[0]!.label).toBe('报案人（签名）：');
    expect(subject(en)).toBe('Possibly unlawful debt collection');
  });

  it('reads as Chinese written for a Chinese office, in words that fit a complaint and a police report alike', () => {
    // A review of the wording: "目前正被其催收", "记录催收联系…次", "使用…拟写" read as translated.
    const all = complaintText(zh).join('\n');
    for (const stiff of ['正被其催收', '催收联系', '拟写', '本投诉仅', '）（1次）']) expect(all).not.toContain(stiff);
    // A count after a parenthesis read "（…）（1次）": the count follows a comma.
    expect(texts(zh.blocks)).toContain('深夜催收（22:00至次日08:00之间联系），共1次');
    expect(zh.footer).toBe('本材料由“协商还款助手”根据本人的记录生成，不构成法律意见。');
    expect(texts(zh.blocks)).toContain('以上反映的仅是催收行为，不构成本人对任何欠款金额的确认。');
    expect(texts(zh.blocks)).toContain('每次催收的时间、方式、对方身份及经过，详见附件《催收记录表》。');
  });

  it('greets the recipient named under “To”: in Chinese by name, as official letters do; in English “Dear Sir or Madam”, to match “Yours faithfully”', () => {
    // A reviewer found "To The police (110)," under "To: The police (110)".
    for (const channel of ['110', '12378', '12363', '12315', 'lender'] as const) {
      const zhTo = buildComplaint(file, report, { channel });
      expect(zhTo.salutation).toBe(`${zhTo.fields[0]!.value}：`);
      expect(buildComplaint(file, report, { channel, language: 'en' }).salutation).toBe('Dear Sir or Madam,');
    }
    expect(zh.salutation).toBe('公安机关（110）：');
    expect(en.closing.map((l) => l.text)).toEqual(['Yours faithfully,']);
  });

  it('to 12363 (PBOC), it also asks for the credit record to be checked, citing the regulation\'s article on objections', () => {
    // 征信业管理条例 Art. 25: 信息主体认为…信息存在错误、遗漏的，有权…提出异议，要求更正 (confirmed in session 9).
    const c = buildComplaint(file, report, { channel: '12363' });
    expect(texts(c.blocks).some((t) => t.includes('信用信息是否准确'))).toBe(true);
    const dispute = c.blocks.find((b) => 'text' in b && b.text.startsWith('信息主体认为信用信息存在错误'));
    expect(dispute?.kind === 'point' && dispute.citation).toBe('依据：《征信业管理条例》第二十五条');
    expect(JSON.stringify(c)).not.toMatch(/待核实/);
  });
});

describe('what the complaint says', () => {
  it('states the loan from the case and the days overdue from the report, and says it acknowledges no amount', () => {
    const body = texts(zh.blocks).join('\n');
    expect(body).toContain('合同本金12,000.00元，分12期');
    expect(body).toContain(`已逾期${report.statement.daysOverdue}天`);
    expect(body).toContain('不构成本人对任何欠款金额的确认');
    // The lender's payoff figure is not stated: a written statement of the amount could read as acknowledging it.
    expect(body).not.toContain(report.statement.payoff.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  });

  it('lists each rule broken once, most serious first, with how often and its confirmed sources only', () => {
    const rules = zh.blocks.filter((b) => 'text' in b && /，共\d+次$/.test(b.text));
    expect(rules.map((p) => ('text' in p ? p.text : ''))).toEqual([
      '威胁人身安全或以暴力相威胁，共1次',
      '联系与债务无关的第三人（通讯录联系人、亲友、同事）或向其透露本人债务，共1次',
      '深夜催收（22:00至次日08:00之间联系），共1次',
    ]);
    // Confirmed: PIPL Art. 10. To be confirmed (lib/law/citations.ts verify): the article number
    // of the Public Security Administration Punishments Law (renumbered in 2025), cited by its
    // title alone; the bank credit-card rule (this lender is a microloan company) and the 2024
    // guideline (its title unconfirmed) are left out: that rule is stated without a source rather
    // than with a wrong one.
    expect(rules.map((p) => (p.kind === 'point' ? p.citation : p.kind))).toEqual([
      '依据：《中华人民共和国治安管理处罚法》（2025年修订）',
      '依据：《中华人民共和国个人信息保护法》第十条',
      'paragraph',
    ]);
    expect(JSON.stringify(zh)).not.toMatch(/待核实|第五十条|第六十八条/);
    expect(JSON.stringify(en)).not.toMatch(/to be verified|第五十条|第六十八条/);
    expect(texts(en.blocks)).toContain('Threats of violence or to my safety (1 time)');
  });

  it('in English, one day overdue and one contact read in the singular', () => {
    // JD loan: the instalment due 2025-06-15 unpaid; as of 2025-06-16 it is one day overdue.
    const early = complaintCase({ asOf: '2025-06-16', evidence: [{ at: '2025-06-16T09:00', channel: 'call', who: 'Collector', threats: true }] });
    expect(early.report.statement.daysOverdue).toBe(1);
    const body = texts(buildComplaint(early.file, early.report, { language: 'en' }).blocks);
    expect(body).toContain('As of 16 June 2025 the loan was 1 day overdue.');
    expect(body).toContain('On 16 June 2025 I logged 1 collection contact, which appears to break the rules on debt collection:');
  });

  it('asks to stop the conduct, to investigate, and for a reply in writing', () => {
    const c = buildComplaint(file, report, { channel: '12378' });
    const requests = c.blocks.find((b) => b.kind === 'list')!;
    expect(requests.kind === 'list' && requests.items.join('')).toMatch(/调查.*停止.*书面答复/s);
  });

  it('encloses the log as a table in time order: time, channel, who, what happened (with evidence files), rules broken with sources', () => {
    expect(zh.incidents.columns.map((c) => c.label)).toEqual(['时间', '方式', '对方', '经过', '涉嫌违反的规定']);
    expect(zh.incidents.columns.reduce((s, c) => s + c.width, 0)).toBe(100);
    expect(zh.incidents.rows.map((r) => r[0])).toEqual(['2025-08-20 14:05', '2025-08-25 09:30', '2025-08-28 23:10']);
    const night = zh.incidents.rows[2]!;
    expect(night.slice(0, 3)).toEqual(['2025-08-28 23:10', '电话', '催收员致电本人母亲']);
    expect(night[3]).toBe('告知本人欠款，要求母亲代还\n证据：call-0828-2310.m4a');
    expect(night[4]).toContain('深夜催收（22:00至次日08:00之间联系）\n');
    expect(night[4]).toContain('《中华人民共和国个人信息保护法》第十条');
    expect(zh.incidents.rows[0]![4]).toBe('—');
    expect(texts(zh.blocks).some((t) => t === '本人保存的证据：sms-0825.png、call-0828-2310.m4a')).toBe(true);
  });

  it('says on every page that it is not legal advice, in both languages', () => {
    expect(zh.footer).toContain('不构成法律意见');
    expect(en.footer).toContain('not legal advice');
  });

  it('in English: the same facts and rows, sources with their English gloss in the body', () => {
    expect(en.title).toBe('Report of possibly unlawful conduct in debt collection');
    expect(en.incidents.rows[2]!.slice(0, 2)).toEqual(['2025-08-28 23:10', 'Call']);
    expect(en.blocks.some((b) => b.kind === 'point' && b.citation.includes('(Personal Information Protection Law of the PRC, Art. 10)'))).toBe(true);
    expect(texts(en.blocks).join(' ')).toContain('does not acknowledge any amount claimed');
    // As hedged as the Chinese (涉嫌违反的规定), and with its condition: a guarantor may be contacted (card-68: 与债务无关的第三人).
    expect(en.incidents.columns.map((c) => c.label)).toContain('Rules possibly broken');
    expect(texts(en.blocks).join(' ')).toContain('Contacting people unrelated to the debt');
  });

  it('names the file 催收投诉-<lender>-<date>.pdf, with the letter’s safe-name rule', () => {
    expect(zh.fileName).toBe(`催收投诉-${file.lender.name}-2025-09-01.pdf`);
    expect(buildComplaint({ ...file, lender: { ...file.lender, name: 'A/B:C' } }, report).fileName).toBe('催收投诉-A_B_C-2025-09-01.pdf');
    expect(en.fileName).toBe(`collection-complaint-${file.lender.name}-2025-09-01.pdf`);
  });

  it('lists every text it prints (for the font fallback and the PDF tests)', () => {
    const all = complaintText(zh);
    for (const row of zh.incidents.rows) for (const cell of row) expect(all).toContain(cell);
    expect(all).toContain(zh.footer);
  });
});

describe('what stops or cautions the complaint', () => {
  it('says over which days the contacts were logged, or on which one day', () => {
    // EVIDENCE: three contacts from 2025-08-20 to 2025-08-28; the 14:05 demand to pay breaks no rule.
    expect(texts(zh.blocks)).toContain('自2025年8月20日至2025年8月28日，本人共记录到3次催收，其中2次涉嫌违规，具体如下：');
    const oneDay = buildComplaint({ ...file, evidence: [{ ...EVIDENCE[0], attachments: [...EVIDENCE[0].attachments] }] }, report);
    expect(texts(oneDay.blocks)).toContain('2025年8月28日，本人共记录到1次催收，其中1次涉嫌违规，具体如下：');
    const oneDayEn = buildComplaint({ ...file, evidence: [{ ...EVIDENCE[0], attachments: [...EVIDENCE[0].attachments] }] }, report, { language: 'en' });
    expect(texts(oneDayEn.blocks)).toContain('On 28 August 2025 I logged 1 collection contact, which appears to break the rules on debt collection:');
    expect(texts(en.blocks)).toContain('From 20 August 2025 to 28 August 2025 I logged 3 collection contacts, of which 2 appear to break the rules on debt collection:');
  });

  it('nothing logged: a message, not a letter', () => {
    const r = complaintFromJson({ ...raw, evidence: [] }, report);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('Log at least one');
  });

  it('a loan not yet complete in the planner: the complaint is made from the lender and the log, without the loan’s figures', () => {
    // A new case as the planner starts it (principal and start date empty), with the lender's name
    // typed and the log kept: someone harassed need not describe the loan before complaining.
    const draft = { ...raw, loan: { principal: '', startDate: '', termMonths: 12, rate: { value: '', per: 'day' }, method: 'equal-payment' } };
    const r = complaintFromJson(draft, undefined, { date: '2025-09-02' });
    if (!r.ok) throw new Error(r.message.en);
    const body = texts(r.letter.blocks);
    expect(body).toContain('本人在被投诉方处有一笔借款（合同编号JT20250115001），被投诉方目前正在向本人催收。');
    expect(body).toContain('以上反映的仅是催收行为，不构成本人对任何欠款金额的确认。');
    expect(body.join('\n')).not.toMatch(/合同本金|逾期\d+天/);
    // Everything else is the whole complaint's: the same channel, conduct and enclosed log.
    expect(r.letter.channel).toBe(zh.channel);
    expect(r.letter.incidents.rows).toEqual(zh.incidents.rows);
    expect(r.letter.date).toBe('2025-09-02');
    expect(r.letter.cautions).toEqual([]);
    const en = complaintFromJson(draft, undefined, { date: '2025-09-02', language: 'en' });
    if (!en.ok) throw new Error(en.message.en);
    expect(texts(en.letter.blocks)).toContain('I have a loan from the lender named above (contract no. JT20250115001), which it is collecting.');
  });

  it('without a loan, what the complaint needs must still be right: the lender’s name, a valid log, a date', () => {
    const noLoan = { format: 'repayment-case/1', asOf: '', lender: { name: '  ', kind: 'licensed' }, evidence: raw.evidence };
    expect(complaintFromJson(noLoan, undefined, { date: '2025-09-02' })).toEqual({ ok: false, message: expect.objectContaining({ zh: '请先在还款规划里填写出借人名称：投诉书要写明被投诉方。' }) });
    // A logged time that is not a time names the field, as the planner would.
    const badLog = { ...noLoan, lender: { name: '某小贷', kind: 'licensed' }, evidence: [{ ...EVIDENCE[0], at: '2025-08-28 23:10' }] };
    const r = complaintFromJson(badLog, undefined, { date: '2025-09-02' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/^Correct this first: Contact time #1 \(evidence\.0\.at\) must be a date and time/);
    // No date given and no valid as-of date to fall back on.
    const undated = complaintFromJson({ ...noLoan, lender: { name: '某小贷', kind: 'licensed' } }, undefined);
    expect(undated).toEqual({ ok: false, message: { zh: '投诉书需要日期。', en: 'The complaint needs a date.' } });
  });

  it('an invalid case: a message, not a letter', () => {
    const r = complaintFromJson({ ...raw, evidence: [{ ...EVIDENCE[0], at: '2025-08-28 23:10' }] }, report);
    expect(r.ok).toBe(false);
  });

  it('a debt that may be time-barred carries the caution, to be confirmed before the PDF is made', () => {
    // JD loan: last instalment due 2026-01-15, last payment 2025-05-15: three years run out on 2029-01-15.
    const barred = complaintCase({ asOf: '2029-09-01' });
    expect(barred.report.warnings.some((w) => w.id === 'time-barred')).toBe(true);
    expect(buildComplaint(barred.file, barred.report).cautions.map((c) => c.id)).toEqual(['time-barred']);
    expect(zh.cautions).toEqual([]);
  });
});
