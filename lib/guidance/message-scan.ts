/**
 * A pasted message, searched for the words that suggest "yes" to a red-flag question of the
 * message check (lib/guidance/message-check.ts). Suggestions only: the user confirms each answer.
 * Pure and local: the text goes nowhere. Only red flags are suggested: that a message names a law
 * firm or the creditor needs reading, not a word search, and a word missing proves nothing.
 */

/** The words behind each suggestion, by question id. */
const CUES: ReadonlyArray<{ readonly question: string; readonly words: RegExp }> = [
  { question: 'fee-to-personal-account', words: /个人账户|私人账户|个人银行卡|二维码|扫码|撤诉费|手续费|解冻费|保证金/g },
  // "上门抓人" is a threat of arrest; "上门催收" (a visit) alone is not, so "上门" is no cue.
  { question: 'threatens-arrest', words: /拘留|坐牢|逮捕|抓人|通缉|判刑|刑事责任/g },
  { question: 'court-by-text', words: /立案|起诉|开庭|传票|法院/g },
  { question: 'hours-deadline', words: /\d+\s*个?小时|[一二两三四五六七八九十几半]+个?小时|今[天日晚]\s*\d{1,2}\s*[点时:：]|限时/g },
  { question: 'threatens-contacts', words: /单位|领导|同事|家人|家属|亲友|亲属|父母|通讯录|联系人|学校|村委|居委/g },
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
    const found = [...new Set([...text.matchAll(words)].map((m) => m[0].replace(/\s+/g, '')))];
    return found.length ? [{ question, words: found }] : [];
  });
}
