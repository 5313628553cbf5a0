import type { ClosingLine } from '../letter/types';
import { NIGHT_WINDOW, type Channel, type Contact, type FlagId } from './evidence-flags';

/**
 * Everything the complaint says, in one language (issue 6). The builder passes in figures and
 * dates already formatted, so a translation is one object and the wording is decided nowhere else.
 */
export interface ComplaintWords {
  readonly title: (channel: Channel) => string;
  /** The subject line: what the letter is about, not its title again (a review: 「事由：关于违规催收行为的投诉书」). */
  readonly subject: (channel: Channel) => string;
  /** Who writes and signs: a complainant, or to the police someone reporting a possible offence. */
  readonly party: (channel: Channel) => { readonly from: string; readonly sign: string };
  readonly recipient: (channel: Channel, lender: string) => string;
  /** The recipient is named under "To" above it; English opens as the negotiation letter does, to match "Yours faithfully". */
  readonly salutation: (recipient: string) => string;
  readonly field: { readonly to: string; readonly phone: string; readonly respondent: string; readonly contractNo: string; readonly date: string; readonly subject: string };
  readonly opening: (name: string | undefined, lender: string) => string;
  readonly numbered: (index: number, heading: string) => string;
  readonly heading: { readonly loan: string; readonly conduct: string; readonly requests: string; readonly enclosures: string };
  readonly loan: (start: string, principal: string, months: number, contractNo: string | undefined) => string;
  /** The loan without its figures, when the planner's loan is not complete: a complaint needs only whom it is about. */
  readonly loanUnstated: (contractNo: string | undefined) => string;
  readonly overdue: (asOf: string, days: number) => string;
  readonly notAcknowledged: string;
  readonly conduct: (count: number, first: string, last: string, flagged: number) => string;
  readonly none: string;
  /** The rules broken, as the borrower names them in a letter (the app's flag texts speak to the user). */
  readonly flag: Readonly<Record<FlagId, string>>;
  readonly rule: (rule: string, times: number) => string;
  readonly seeTable: string;
  readonly requests: (channel: Channel) => ReadonlyArray<string>;
  /** For 12363: the right to have wrong credit information corrected. */
  readonly creditDispute: string;
  readonly enclosure: { readonly table: (count: number) => string; readonly files: (names: ReadonlyArray<string>) => string };
  readonly table: { readonly caption: string; readonly time: string; readonly channel: string; readonly who: string; readonly what: string; readonly rules: string; readonly attachments: string; readonly noRule: string };
  readonly channel: Readonly<Record<Contact['channel'], string>>;
  readonly closingParagraph: string;
  readonly closing: ReadonlyArray<ClosingLine>;
  readonly signature: { readonly name: string; readonly date: string };
  readonly footer: string;
  readonly pageLabel: string;
}

const STOP_INVESTIGATE_REPLY_ZH = ['依法调查核实上述催收行为，并责令出借人及其委托的催收机构立即停止违规催收；', '要求其今后只通过合法方式、在合理时间内与本人联系，不再联系与债务无关的第三人；', '将调查和处理结果书面答复本人。'];
const STOP_INVESTIGATE_REPLY_EN = ['investigate the collection conduct described above and require the lender and any agency collecting for it to stop it at once;', 'require them to contact only me, by lawful means and at reasonable hours, and never third parties who have nothing to do with the debt;', 'reply to me in writing with the outcome.'];

export const COMPLAINT_ZH: ComplaintWords = {
  title: (ch) => (ch === '110' ? '关于催收中涉嫌违法行为的报案材料' : '关于违规催收行为的投诉书'),
  subject: (ch) => (ch === '110' ? '催收中涉嫌违法的行为' : '投诉违规催收'),
  party: (ch) => (ch === '110' ? { from: '报案人：', sign: '报案人（签名）：' } : { from: '投诉人：', sign: '投诉人（签名）：' }),
  recipient: (ch, lender) => ({
    '12378': '金融监管部门（12378 金融消费者投诉热线）',
    '12363': '中国人民银行（12363 征信投诉）',
    '12315': '市场监督管理部门（12315 消费者投诉）',
    '110': '公安机关（110）',
    lender: `${lender} 客户投诉部门`,
  })[ch],
  salutation: (r) => `${r}：`,
  field: { to: '致：', phone: '联系电话：', respondent: '被投诉方：', contractNo: '合同编号：', date: '日期：', subject: '事由：' },
  opening: (name, lender) => `${name ? `本人${name}` : '本人'}就${lender}及其委托的催收人员在催收过程中的行为，反映情况如下。`,
  numbered: (i, h) => `${['一', '二', '三', '四', '五'][i] ?? String(i + 1)}、${h}`,
  heading: { loan: '借款基本情况', conduct: '违规催收情况', requests: '请求事项', enclosures: '附件' },
  loan: (start, principal, months, contractNo) => `本人于${start}向被投诉方借款，合同本金${principal}，分${months}期${contractNo ? `（合同编号${contractNo}）` : ''}。`,
  loanUnstated: (contractNo) => `本人在被投诉方处有一笔借款${contractNo ? `（合同编号${contractNo}）` : ''}，被投诉方目前正在向本人催收。`,
  overdue: (asOf, days) => `截至${asOf}，该笔借款已逾期${days}天。`,
  notAcknowledged: '以上反映的仅是催收行为，不构成本人对任何欠款金额的确认。',
  conduct: (count, first, last, flagged) => `${first === last ? `${first}` : `自${first}至${last}`}，本人共记录到${count}次催收，其中${flagged}次涉嫌违规，具体如下：`,
  none: '本人记录的各次催收均未标出违规情形，现将记录一并提交，请予核查。',
  flag: {
    'late-night': `深夜催收（${NIGHT_WINDOW.zh}联系）`,
    'third-party': '联系与债务无关的第三人（通讯录联系人、亲友、同事）或向其透露本人债务',
    threats: '威胁人身安全或以暴力相威胁',
    insults: '辱骂、侮辱',
    impersonation: '冒充公检法等国家机关工作人员',
    'false-legal-claims': '谎称已起诉、已立案，冒充律师或律师事务所，或以欠款将被拘留、坐牢、“上门抓人”相威胁',
    'third-party-threats': '威胁将本人欠款告知本人的工作单位、家人或通讯录联系人',
  },
  rule: (rule, times) => `${rule}，共${times}次`,
  seeTable: '每次催收的时间、方式、对方身份及经过，详见附件《催收记录表》。',
  requests: (ch) => {
    if (ch === '110') return ['依法调查处理上述涉嫌违法的催收行为；', '制止上述行为，保护本人及家人的人身安全；', '将处理结果告知本人。'];
    if (ch === 'lender') return ['立即停止上述违规催收行为，并核查贵方委托的催收机构和人员；', '今后只通过合法方式、在合理时间内与本人联系，不再联系与债务无关的第三人；', '将核查和处理结果书面答复本人。'];
    if (ch === '12363') return ['核查被投诉方报送的本人信用信息是否准确、完整，如有错误依法予以更正；', ...STOP_INVESTIGATE_REPLY_ZH];
    return STOP_INVESTIGATE_REPLY_ZH;
  },
  creditDispute: '信息主体认为信用信息存在错误、遗漏的，有权提出异议，要求更正。',
  enclosure: { table: (n) => `催收记录表（共${n}条）`, files: (names) => `本人保存的证据：${names.join('、')}` },
  table: { caption: '附件：催收记录表', time: '时间', channel: '方式', who: '对方', what: '经过', rules: '涉嫌违反的规定', attachments: '证据：', noRule: '—' },
  channel: { call: '电话', sms: '短信', app: 'App消息', wechat: '微信', visit: '上门', letter: '信件', other: '其他' },
  closingParagraph: '以上情况属实，录音、截图等证据由本人保存，可随时提供。恳请依法处理。',
  closing: [{ text: '此致', indent: true }, { text: '敬礼！', indent: false }],
  signature: { name: '姓名：', date: '日期：' },
  footer: '本材料由“协商还款助手”根据本人的记录生成，不构成法律意见。',
  pageLabel: '第 {page} 页，共 {pages} 页',
};

export const COMPLAINT_EN: ComplaintWords = {
  title: (ch) => (ch === '110' ? 'Report of possibly unlawful conduct in debt collection' : 'Complaint about debt collection conduct'),
  subject: (ch) => (ch === '110' ? 'Possibly unlawful debt collection' : 'Debt collection in breach of the rules'),
  party: () => ({ from: 'From:', sign: 'Signature:' }),
  recipient: (ch, lender) => ({
    '12378': 'The financial regulator (12378 consumer complaint line)',
    '12363': 'The People’s Bank of China (12363, credit reporting)',
    '12315': 'The market regulation authority (12315 consumer complaints)',
    '110': 'The police (110)',
    lender: `Customer complaints, ${lender}`,
  })[ch],
  salutation: () => 'Dear Sir or Madam,',
  field: { to: 'To:', phone: 'Phone:', respondent: 'Complaint about:', contractNo: 'Contract no.:', date: 'Date:', subject: 'Subject:' },
  opening: (name, lender) => `I${name ? `, ${name},` : ''} write about the conduct of ${lender} and the people collecting on its behalf.`,
  numbered: (i, h) => `${i + 1}. ${h}`,
  heading: { loan: 'The loan', conduct: 'What the collectors did', requests: 'What I ask', enclosures: 'Enclosures' },
  loan: (start, principal, months, contractNo) => `On ${start} I borrowed from the lender named above: contract principal ${principal}, in ${months} instalment${months === 1 ? '' : 's'}${contractNo ? ` (contract no. ${contractNo})` : ''}.`,
  loanUnstated: (contractNo) => `I have a loan from the lender named above${contractNo ? ` (contract no. ${contractNo})` : ''}, which it is collecting.`,
  overdue: (asOf, days) => `As of ${asOf} the loan was ${days} day${days === 1 ? '' : 's'} overdue.`,
  notAcknowledged: 'This complaint concerns collection conduct only and does not acknowledge any amount claimed.',
  conduct: (count, first, last, flagged) =>
    `${first === last ? `On ${first}` : `From ${first} to ${last}`} I logged ${count === 1 ? '1 collection contact, which appears' : `${count} collection contacts, of which ${flagged} ${flagged === 1 ? 'appears' : 'appear'}`} to break the rules on debt collection:`,
  none: 'None of the contacts I logged is marked as breaking a rule; I enclose the log for you to review.',
  flag: {
    'late-night': `Collection late at night (contact ${NIGHT_WINDOW.en})`,
    'third-party': 'Contacting people unrelated to the debt (my contacts, family, colleagues) or telling them about my debt',
    threats: 'Threats of violence or to my safety',
    insults: 'Insults or abuse',
    impersonation: 'Impersonating police, prosecutors, courts or other officials',
    'false-legal-claims': 'Falsely claiming that I have been sued or a case is filed, posing as a lawyer or law firm, or threatening arrest, jail or “coming to take me away” over the debt',
    'third-party-threats': 'Threatening to tell my employer, family or contacts about my debt',
  },
  rule: (rule, times) => `${rule} (${times} time${times === 1 ? '' : 's'})`,
  seeTable: 'The time, channel, caller and content of each contact are in the enclosed log.',
  requests: (ch) => {
    if (ch === '110') return ['investigate the conduct described above, which may be unlawful;', 'stop this conduct and protect my and my family’s safety;', 'tell me the outcome.'];
    if (ch === 'lender') return ['stop the collection conduct described above at once, and review the agencies and people collecting for you;', 'contact only me, by lawful means and at reasonable hours, and never third parties who have nothing to do with the debt;', 'reply to me in writing with the outcome.'];
    if (ch === '12363') return ['check that the credit information the lender reports about me is accurate and complete, and have any error corrected;', ...STOP_INVESTIGATE_REPLY_EN];
    return STOP_INVESTIGATE_REPLY_EN;
  },
  creditDispute: 'A person who believes their credit information is wrong or incomplete may object and have it corrected.',
  enclosure: { table: (n) => `Log of collection contacts (${n} entr${n === 1 ? 'y' : 'ies'})`, files: (names) => `Evidence I keep: ${names.join(', ')}` },
  table: { caption: 'Enclosure: log of collection contacts', time: 'Time', channel: 'Channel', who: 'Who', what: 'What happened', rules: 'Rules possibly broken', attachments: 'Evidence: ', noRule: '—' },
  channel: { call: 'Call', sms: 'Text', app: 'App message', wechat: 'WeChat', visit: 'Visit', letter: 'Letter', other: 'Other' },
  closingParagraph: 'The above is true. I keep the recordings, screenshots and other evidence and can provide them at any time. I ask you to deal with this according to law.',
  closing: [{ text: 'Yours faithfully,', indent: false }],
  signature: { name: 'Name:', date: 'Date:' },
  footer: 'Prepared with Repayment Negotiation Planner (协商还款助手) from my own log; not legal advice.',
  pageLabel: 'Page {page} of {pages}',
};
