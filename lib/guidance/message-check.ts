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
  // "上门抓人" (coming to take you away) is a threat of arrest; "上门催收" (a collectors' visit) is not,
  // and a reviewer answering about a text that said only the latter found the question mismatched.
  { id: 'threatens-arrest', kind: 'warning',
    text: { zh: '威胁你会因欠款被拘留、坐牢，或说要“上门抓人”？（只说“上门催收”不算）', en: 'Does it threaten arrest, jail or detention for not paying, or say they will “come and take you away”? (Saying only that collectors will visit does not count.)' },
    why: { zh: '还不上钱本身不是犯罪，普通借款纠纷是民事纠纷；只有拒不执行法院判决、恶意透支信用卡等情形才可能被拘留或追究刑事责任。', en: 'Being unable to pay is not a crime: a loan dispute is a civil matter. Detention or prosecution comes only with conduct such as defying a court judgment or malicious credit-card overdraft.' },
    // A legal review found this claim about the law shown without its source.
    citation: cite('criminal-313', 'criminal-196') },
  { id: 'court-by-text', kind: 'warning',
    text: { zh: '仅凭短信或链接声称“已起诉”“已立案”或“即将开庭”？', en: 'Does a text or link alone claim you have been sued, a case is filed or a hearing is set?' },
    why: { zh: '法院通过正式渠道送达文书；短信不是法院传票。', en: 'Courts serve papers through official channels; a text message is not a court summons.' } },
  // One thing per question (a review): the deadline of hours and the threat to tell others were one.
  { id: 'hours-deadline', kind: 'warning',
    text: { zh: '要求你在几小时内（如“今天18点前”）付款？', en: 'Does it demand payment within hours (such as “by 6 pm today”)?' },
    why: { zh: '用几小时的期限制造恐慌，是违规催收和诈骗的常见手法：先核实，不要在压力下付款。', en: 'A deadline of hours is meant to panic you, a common mark of abusive collection and of scams: verify first, and do not pay under pressure.' } },
  { id: 'threatens-contacts', kind: 'warning',
    text: { zh: '威胁要通知你的单位、家人或通讯录里的人？', en: 'Does it threaten to tell your employer, family or contacts?' },
    why: { zh: '以告知单位、家人相要挟是违规催收的常见手法；行业规范要求只向借款人本人催收，不得向与债务无关的第三人催收。', en: 'Threatening to tell your employer or family is a common mark of abusive collection; the industry rules say to collect from the borrower only, never from third parties unrelated to the debt.' },
    citation: cite('collection-standard-2025', 'cba-collection-2026') },
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
  /** How to check the message: whether a case was really filed, and the debt itself. */
  readonly verify: ReadonlyArray<Words>;
  /** Questions not answered yet: the verdict waits for them, and they are not given as reasons. */
  readonly unanswered: number;
}

const ALWAYS: ReadonlyArray<Words> = [
  { zh: '任何情况下都不要为“撤诉”“停止起诉”交费。', en: 'Never pay a “fee” to stop or withdraw a lawsuit.' },
];

/**
 * How to check, given with every verdict (a review: "suspicious" never said how to find out
 * whether a case was filed). Practical facts, not law: 12368 is the courts' one litigation
 * service number, 人民法院在线服务 the Supreme People's Court's own platform; LAW.md §8 for the rest.
 */
export const VERIFY: ReadonlyArray<Words> = [
  { zh: '是否真的被起诉、立案：拨打 12368 诉讼服务热线（全国法院统一号码）查询，或在最高人民法院官方的“人民法院在线服务”平台（微信小程序）查询。真正的法院文书由法院通过正式渠道送达，不要用短信里的链接或号码核实。', en: 'Whether you have really been sued or a case filed: call 12368, the courts’ litigation service line (one number nationwide), or look it up on “人民法院在线服务” (People’s Courts Online Service), the Supreme People’s Court’s official platform (a WeChat mini-program). Real court papers are served by the court through official channels: never use a link or number in the message to check.' },
  { zh: '是否真的欠这笔钱、欠多少：通过出借人App或官网上的官方客服电话核实，不要用信中提供的号码。', en: 'Whether you owe it, and how much: ask the lender’s official customer service, at the number in its own app or website, not a number in the message.' },
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
    return { verdict: 'likely-scam', reasons: scam, unanswered, verify: VERIFY, advice: [{ zh: '不要付款，不要提供验证码或个人信息；涉及诈骗可报警（110）。', en: 'Do not pay and do not give codes or personal details; report fraud to the police (110).' }, ...ALWAYS] };
  }
  const warnings = QUESTIONS.filter((q) => q.kind === 'warning' && yes(q));
  const missing = QUESTIONS.filter((q) => q.kind === 'genuine' && !yes(q));
  const uncleared = QUESTIONS.filter((q) => q.kind !== 'genuine' && !yes(q) && answers[q.id] !== 'no');
  if (warnings.length || missing.length || uncleared.length) {
    return { verdict: 'suspicious', reasons: [...warnings, ...missing, ...uncleared].filter(answered), unanswered, verify: VERIFY, advice: [{ zh: '先核实再回应；记录收到的时间和内容。', en: 'Verify before you respond; note when it came and what it said.' }, ...ALWAYS] };
  }
  return { verdict: 'likely-genuine', reasons: QUESTIONS.filter((q) => q.kind === 'genuine' && yes(q)), unanswered, verify: VERIFY, advice: [{ zh: '认真对待：核对金额，书面回复并提出协商方案。', en: 'Take it seriously: check the amount, reply in writing and make your offer.' }, ...ALWAYS] };
}
