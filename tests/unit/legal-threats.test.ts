/**
 * A reviewer logged the text "您已被立案，律师函已发出，将上门催收并通知您的单位" and the app said "no
 * violation found", the complaint's table "—". Two kinds of conduct it had no box for: false or
 * misleading legal claims, and threats to tell the borrower's employer, family or contacts.
 */
import { describe, expect, it } from 'vitest';
import { buildComplaint } from '@/lib/guidance/complaint-letter';
import { channelsFor, defaultChannel, flagsFor, type Contact } from '@/lib/guidance/evidence-flags';
import { parseCase } from '@/lib/case/parse-case';
import { complaintCase } from '../pdf/complaint-cases';

const SMS: Contact = {
  at: '2025-08-26T10:15',
  channel: 'sms',
  who: '自称某律师事务所',
  summary: '您已被立案，律师函已发出，将上门催收并通知您的单位',
  falseLegalClaims: true,
  thirdPartyThreats: true,
};

describe('false legal claims and threats to tell others, in the evidence log', () => {
  it('the reviewer’s text is flagged twice, a threat to tell the employer apart from contacting them', () => {
    const flags = flagsFor(SMS);
    // 10:15 is daytime (not 22:00–08:00), and nobody else was contacted: no late-night, no third-party.
    expect(flags.map((f) => f.id)).toEqual(['third-party-threats', 'false-legal-claims']);
    expect(flags[0]!.message.zh).toBe('威胁把欠款的事告诉你的单位、家人或通讯录联系人');
    expect(flags[1]!.message.en).toMatch(/^False or misleading legal claims: saying you have been sued or a case is filed when it is not/);
  });

  it('cites the banking association’s guideline and the 2022 consumer-protection measures, both marked unconfirmed', () => {
    for (const f of flagsFor(SMS)) {
      // Both read in news reports only (lib/law/citations.ts): each carries the mark.
      expect(f.citation).toBe(
        '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年） (China Banking Association, Guidelines on the Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026)) [待核实 / to be verified]; '
        + '《银行保险机构消费者权益保护管理办法》 (Measures for the Administration of Consumer Protection by Banking and Insurance Institutions) [待核实 / to be verified]',
      );
    }
  });

  it('a licensed lender’s text goes to the regulator (12378) and the lender’s own line, not the police', () => {
    // Neither is violence or impersonating an official: 110 is not suggested for them.
    expect(flagsFor(SMS).map((f) => f.complainTo)).toEqual([['12378', 'lender'], ['12378', 'lender']]);
    expect(channelsFor([SMS])).toEqual(['12378', 'lender']);
    expect(defaultChannel([SMS])).toBe('12378');
  });

  it('a person or an unlicensed lender: the police, under the Public Security law', () => {
    const flags = flagsFor(SMS, false);
    expect(flags.map((f) => f.complainTo)).toEqual([['110'], ['110']]);
    for (const f of flags) expect(f.citation).toContain('《中华人民共和国治安管理处罚法》（2025年修订）第五十条');
    expect(flags.map((f) => f.message)).toEqual(flagsFor(SMS).map((f) => f.message));
  });

  it('a contact logged before these boxes existed is flagged as it was', () => {
    // A 2025 file: the same text, threats ticked, no new fields. Nothing new appears.
    const old: Contact = { at: '2025-08-26T10:15', channel: 'sms', who: '某律所', threats: true };
    expect(flagsFor(old).map((f) => f.id)).toEqual(['threats']);
  });
});

describe('the case file holds them', () => {
  const raw = complaintCase({ evidence: [SMS, { at: '2025-08-27T09:00', channel: 'call', who: '催收员' }] }).raw;

  it('reads them, and an old entry without them, exactly as written: export → import gives the same log', () => {
    const parsed = parseCase(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // No key added (not even `falseLegalClaims: undefined`) to the entry that has none.
    expect(parsed.file.evidence).toEqual(raw.evidence);
    expect(JSON.stringify(parsed.file.evidence)).toBe(JSON.stringify(raw.evidence));
  });

  it('refuses anything but true or false, naming the field', () => {
    const bad = parseCase({ ...raw, evidence: [{ ...SMS, falseLegalClaims: 'yes', thirdPartyThreats: 1 }] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.path)).toEqual(['evidence.0.falseLegalClaims', 'evidence.0.thirdPartyThreats']);
    expect(bad.errors[0]!.message.zh).toBe('第 1 条 是否虚假或误导性的法律说法（evidence.0.falseLegalClaims）应为 true 或 false');
    expect(bad.errors[1]!.message.en).toMatch(/^Threats to tell your employer or family #1 \(evidence\.0\.thirdPartyThreats\) must be true or false/);
  });
});

describe('in the complaint', () => {
  const { file, report } = complaintCase({ evidence: [SMS] });
  const zh = buildComplaint(file, report, { channel: '12378' });

  it('the table names both, where it said “—”', () => {
    const [row] = zh.incidents.rows;
    // Neither source is confirmed, so the cell names the conduct without them (cite-in-letter.ts).
    expect(row![4]).toBe('威胁将本人欠款告知本人的工作单位、家人或通讯录联系人\n谎称已起诉、已立案，冒充律师或律师事务所，或以欠款将被拘留、坐牢、“上门抓人”相威胁');
  });

  it('the body lists them, the false claim first, and says one contact of one broke the rules', () => {
    const texts = zh.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
    expect(texts).toContain('2025年8月26日，本人共记录到1次催收，其中1次涉嫌违规，具体如下：');
    expect(texts.filter((t) => /，共\d+次$/.test(t))).toEqual([
      '谎称已起诉、已立案，冒充律师或律师事务所，或以欠款将被拘留、坐牢、“上门抓人”相威胁，共1次',
      '威胁将本人欠款告知本人的工作单位、家人或通讯录联系人，共1次',
    ]);
    expect(JSON.stringify(zh)).not.toMatch(/待核实|银行保险机构消费者权益保护管理办法/);
  });

  it('in English too; and about a person, the Public Security law by its title', () => {
    const en = buildComplaint(file, report, { channel: '12378', language: 'en' });
    expect(en.incidents.rows[0]![4]).toBe('Threatening to tell my employer, family or contacts about my debt\nFalsely claiming that I have been sued or a case is filed, posing as a lawyer or law firm, or threatening arrest, jail or “coming to take me away” over the debt');
    const p = complaintCase({ lender: { name: '王某', kind: 'private' }, evidence: [SMS] });
    const police = buildComplaint(p.file, p.report);
    expect(police.channel).toBe('110');
    expect(police.incidents.rows[0]![4]).toContain('威胁将本人欠款告知本人的工作单位、家人或通讯录联系人（《中华人民共和国治安管理处罚法》（2025年修订））');
  });
});
