/**
 * A pasted message, searched for the words that suggest "yes" to a red-flag question of the
 * message check (lib/guidance/message-check.ts). Suggestions only: the user confirms each answer.
 * Pure and local: the text goes nowhere. Only red flags are suggested: that a message names a law
 * firm or the creditor needs reading, not a word search, and a word missing proves nothing.
 */

/**
 * The words behind each suggestion, by question id; where a group is named `w`, that part is the
 * word shown. Each cue is a claim or a threat, not a word an ordinary reminder also uses (a review
 * found "请登录App在个人账户中扫码还款，如有疑问请联系人工客服（24小时）" taken for a fee to a
 * personal account, a deadline of hours and a threat to tell contacts, and "将依法向人民法院提起诉讼"
 * for a claim that a case is filed).
 */
const CUES: ReadonlyArray<{ readonly question: string; readonly words: RegExp }> = [
  { question: 'fee-to-personal-account', words: /[转汇打付]\S{0,4}(?:个人|私人)(?:账户|账号|银行卡|卡)|撤诉费|解冻费|销案费|停诉费/g },
  // "上门抓人" is a threat of arrest; "上门催收" (a visit) alone is not, so "上门" is no cue.
  { question: 'threatens-arrest', words: /拘留|坐牢|逮捕|抓人|通缉|判刑|刑事责任/g },
  // That a case is filed or a hearing set, not that one will be: "将起诉" is a threat the lender may carry out.
  { question: 'court-by-text', words: /已(?:被|经)?(?:立案|起诉|提起诉讼)|案号|传票|开庭/g },
  { question: 'hours-deadline', words: /(?:\d+|[一二两三四五六七八九十几半]+)\s*个?小时内|今[天日晚]\s*\d{1,2}\s*[点时:：]\s*(?:\d{1,2}\s*分?\s*)?前|限时/g },
  { question: 'threatens-contacts', words: /(?:通知|告诉|告知|联系|找|曝光给?|发给|打给)\s*(?:你|您)?的?(?:工作)?(?<w>单位|领导|同事|家人|家属|亲友|亲属|父母|通讯录|紧急联系人|学校|村委|居委)/g },
];

export interface Suggestion {
  /** A question of the message check (QUESTIONS id), to be answered "yes". */
  readonly question: string;
  /** The words found, each once, in the order they appear. */
  readonly words: ReadonlyArray<string>;
}

/** The questions the text suggests answering "yes", in the checklist's order, with the words found. */
export function scanMessage(text: string): Suggestion[] {
  return CUES.flatMap(({ question, words }) => {
    const found = [...new Set([...text.matchAll(words)].map((m) => (m.groups?.w ?? m[0]).replace(/\s+/g, '')))];
    return found.length ? [{ question, words: found }] : [];
  });
}
