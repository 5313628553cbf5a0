import { cite } from '../law/citations';
import type { Words } from '../law/messages';

/**
 * "Is this lawyer's letter or text real?" A checklist the user answers about a message, with a
 * verdict and what to do (LAW.md §8). Pure rules: the answers in, the verdict and reasons out.
 */
export type Answer = 'yes' | 'no' | 'unsure';

export interface Question {
  readonly id: string;
  readonly text: Words;
  /** scam: a "yes" marks a scam; warning: a "yes" is suspicious; genuine: a "yes" is a sign of a real letter. */
  readonly kind: 'scam' | 'warning' | 'genuine';
  readonly why: Words;
  /** The law the reason states, where it states one (shown beside it). */
  readonly citation?: string;
}

export const QUESTIONS: ReadonlyArray<Question> = [
  { id: 'fee-to-personal-account', kind: 'scam',
    text: { zh: '要求向个人账户、二维码转账，或交“手续费”“撤诉费”以免被起诉？', en: 'Does it ask you to pay a personal account or QR code, or a “fee” to stop a lawsuit?' },
    why: { zh: '出借人和律所不会要求向个人账户付款，也不存在交费撤诉。', en: 'Lenders and law firms never ask for payment to a personal account, and no fee stops a lawsuit.' } },
  // A warning, not a scam mark: a genuine lender may warn of what is a crime (malicious credit-card
  // overdraft, Criminal Law Art. 196; defying a judgment, Art. 313), so the threat alone does not
  // show a message is fake; being unable to pay is civil, so it is a mark of abusive collection.
  { id: 'threatens-arrest', kind: 'warning',
    text: { zh: '威胁因欠款会被拘留、坐牢或上门抓人？', en: 'Does it threaten arrest, jail or detention for not paying?' },
    why: { zh: '还不上钱本身不是犯罪，普通借款纠纷是民事纠纷；只有拒不执行法院判决、恶意透支信用卡等情形才可能被拘留或追究刑事责任。', en: 'Being unable to pay is not a crime: a loan dispute is a civil matter. Detention or prosecution comes only with conduct such as defying a court judgment or malicious credit-card overdraft.' },
    // A legal review found this claim about the law shown without its source.
    citation: cite('criminal-313', 'criminal-196') },
  { id: 'court-by-text', kind: 'warning',
    text: { zh: '仅凭短信或链接声称“已立案”“即将开庭”？', en: 'Does a text or link alone claim a case is filed or a hearing is set?' },
    why: { zh: '法院通过正式渠道送达文书；短信不是法院传票。', en: 'Courts serve papers through official channels; a text message is not a court summons.' } },
  { id: 'hours-deadline', kind: 'warning',
    text: { zh: '限几小时内付款，否则“立即起诉”“通知单位和家人”？', en: 'Does it demand payment within hours or it will “sue at once” or “tell your employer and family”?' },
    why: { zh: '制造恐慌、威胁告知第三人是违规催收的常见手法。', en: 'Manufactured panic and threats to tell others are common marks of abusive collection.' } },
  { id: 'names-firm-and-lawyer', kind: 'genuine',
    text: { zh: '写明律师事务所全称和承办律师姓名？', en: 'Does it name the law firm in full and the lawyer in charge?' },
    why: { zh: '真实律师函会写明律所和律师，可在司法行政机关的律师名录中核实。', en: 'A real lawyer’s letter names the firm and the lawyer, who can be checked in the official lawyer directory.' } },
  { id: 'names-creditor', kind: 'genuine',
    text: { zh: '写明债权人（出借人）名称和合同？', en: 'Does it name the creditor (the lender) and the contract?' },
    why: { zh: '律师函应说明代表谁、依据哪份合同。', en: 'A lawyer’s letter says whom it acts for and under which contract.' } },
  { id: 'amount-breakdown', kind: 'genuine',
    text: { zh: '列明欠款金额及本金、利息、罚息、费用的构成？', en: 'Does it give the amount with its breakdown (principal, interest, penalty, fees)?' },
    why: { zh: '金额及构成可与本工具的计算核对。', en: 'The amount and its parts can be checked against this app’s figures.' } },
  { id: 'verify-channel', kind: 'genuine',
    text: { zh: '提供可核实的方式（律所座机、出借人官方客服）？', en: 'Does it give a way to verify it (the firm’s landline, the lender’s official customer service)?' },
    why: { zh: '请通过出借人官方客服核实，而不是信中留的手机号。', en: 'Verify through the lender’s official customer service, not a mobile number given in the message.' } },
];

export type Verdict = 'likely-genuine' | 'suspicious' | 'likely-scam';

export interface CheckResult {
  readonly verdict: Verdict;
  /** The questions that decided it, with why each matters. */
  readonly reasons: ReadonlyArray<Question>;
  readonly advice: ReadonlyArray<Words>;
  /** Questions not answered yet: the verdict waits for them, and they are not given as reasons. */
  readonly unanswered: number;
}

const ALWAYS: ReadonlyArray<Words> = [
  { zh: '通过出借人App或官网上的官方客服电话核实，不要用信中提供的号码。', en: 'Verify through the customer service number in the lender’s own app or website, not a number in the message.' },
  { zh: '任何情况下都不要为“撤诉”“停止起诉”交费。', en: 'Never pay a “fee” to stop or withdraw a lawsuit.' },
  { zh: '真正的法院文书通过法院的正式渠道送达，可向法院核实案号。', en: 'Real court papers come through the court’s official channels; a case number can be checked with the court.' },
];

/**
 * The verdict: any scam mark → likely a scam. "Likely genuine" only when the message shows every
 * sign LAW.md §8 gives a real lawyer's letter (the firm and a lawyer, the creditor, the amount and
 * its breakdown, a way to verify) and every red flag has been answered "no"; anything less is
 * suspicious. "Unsure" counts as not shown for a sign and as not cleared for a red flag.
 *
 * Reading of LAW.md §8, chosen here: the section lists what a real letter has, not how many of
 * those things are enough. Calling a message genuine when it names no firm or lawyer, or before
 * the user has ruled out a demand for a fee, is the mistake that helps the fake "lawyer letters"
 * this check exists to expose; calling a real letter suspicious only costs a check with the lender.
 */
export function checkMessage(answers: Readonly<Record<string, Answer | undefined>>): CheckResult {
  const yes = (q: Question) => answers[q.id] === 'yes';
  // A reason is given only for a question answered: a review answered 2 of 8 and was shown 7
  // reasons, among them "a text message is not a court summons" for a question left blank.
  const answered = (q: Question) => answers[q.id] !== undefined;
  const unanswered = QUESTIONS.filter((q) => !answered(q)).length;
  const scam = QUESTIONS.filter((q) => q.kind === 'scam' && yes(q));
  if (scam.length) {
    return { verdict: 'likely-scam', reasons: scam, unanswered, advice: [{ zh: '不要付款，不要提供验证码或个人信息；涉及诈骗可报警（110）。', en: 'Do not pay and do not give codes or personal details; report fraud to the police (110).' }, ...ALWAYS] };
  }
  const warnings = QUESTIONS.filter((q) => q.kind === 'warning' && yes(q));
  const missing = QUESTIONS.filter((q) => q.kind === 'genuine' && !yes(q));
  const uncleared = QUESTIONS.filter((q) => q.kind !== 'genuine' && !yes(q) && answers[q.id] !== 'no');
  if (warnings.length || missing.length || uncleared.length) {
    return { verdict: 'suspicious', reasons: [...warnings, ...missing, ...uncleared].filter(answered), unanswered, advice: [{ zh: '先核实再回应；记录收到的时间和内容。', en: 'Verify before you respond; note when it came and what it said.' }, ...ALWAYS] };
  }
  return { verdict: 'likely-genuine', reasons: QUESTIONS.filter((q) => q.kind === 'genuine' && yes(q)), unanswered, advice: [{ zh: '认真对待：核对金额，书面回复并提出协商方案。', en: 'Take it seriously: check the amount, reply in writing and make your offer.' }, ...ALWAYS] };
}
