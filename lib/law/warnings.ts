import type { Day } from '../calendar';
import type { Decimal } from '../decimal';
import type { Caps } from './cap-lines';
import { cite } from './citations';
import { dayText, pct, type Words } from './messages';

export interface Warning {
  readonly id: 'time-barred' | 'lpr-unconfirmed' | 'estimate-unavailable' | 'plan-over-60-months' | string;
  readonly message: Words;
  readonly citation?: string;
}

/**
 * LAW.md §8 says the period "restarts with every demand". Civil Code Art. 195 interrupts a period
 * that is running: a demand made after the three years have run does not start it again (a
 * review). The text says so, so that a user who got a collection text last week does not conclude
 * the defence is gone; what to check is whether each demand came within three years of the last.
 * Once the period has run, the defence is lost by agreeing to pay in any form or by paying
 * (诉讼时效规定 Art. 19 ¶1: "同意履行义务的意思表示或者自愿履行义务后"); a legal review found the
 * text named only a written acknowledgment, while the plans this app proposes are payments.
 */
export const timeBarredWarning = (): Warning => ({
  id: 'time-barred',
  message: {
    zh: '这笔债务可能已过三年诉讼时效。但在时效期间内，出借人每催收一次，时效都会重新计算：请先确认出借人是否在最后一期到期日（或你最后一次还款）后三年内向你催收过，此后每次催收是否都在上次催收后的三年内。时效届满后才催收的，不会重新计算。注意：时效届满后，同意还款（无论书面还是口头）或者实际还款（哪怕只还一部分），都可能使你失去时效抗辩——在发出任何信函或还任何一笔钱之前，请先咨询律师。',
    en: 'This debt may be past the three-year limitation period. But a demand by the lender while the period is running starts it again: check whether the lender demanded payment within three years of the last due date (or your last payment), and each time within three years of the demand before. A demand made after the period has run does not start it again. Beware: once the period has run, agreeing to pay (in writing or not) or paying anything, even part of it, can cost you this defence. Talk to a lawyer before you send any letter or pay anything.',
  },
  citation: cite('civil-188', 'civil-189', 'civil-192', 'civil-195', 'limitation-19'),
});

export function lprUnconfirmedWarning(caps: Caps): Warning | undefined {
  if (!caps.lpr?.unconfirmed) return undefined;
  return {
    id: 'lpr-unconfirmed',
    message: {
      zh: `本工具的LPR数据只核实到2026年3月20日，${dayText(caps.lpr.on, 'zh')}适用的一年期LPR按${pct(caps.lpr.rate)}计算，可能已有调整。请查询当日公布的LPR并填入，以得到准确的上限。`,
      en: `The LPR table is confirmed only through 20 Mar 2026; the one-year LPR on ${dayText(caps.lpr.on, 'en')} is taken as ${pct(caps.lpr.rate)} and may have changed. Look up the rate published then and enter it for an exact cap.`,
    },
  };
}

/**
 * Payments dated after the as-of date are left out of the figures (LAW.md §3 "Applying a
 * payment"). A reviewer typed a payment's year wrong and watched the figures jump and the letter
 * count one payment fewer with nothing said; so it is said, with the dates.
 */
export function paymentsAfterAsOfWarning(dates: ReadonlyArray<Day>, asOf: Day): Warning | undefined {
  if (!dates.length) return undefined;
  const list = (lang: 'zh' | 'en') => dates.map((d) => dayText(d, lang)).join(lang === 'zh' ? '、' : ', ');
  return {
    id: 'payments-after-as-of',
    message: {
      zh: `${dates.length}笔还款的日期（${list('zh')}）晚于“算到哪一天”（${dayText(asOf, 'zh')}），没有计入。如果日期填错了，请改正；如果这笔钱确实是以后才还，请把“算到哪一天”改到那之后。`,
      en: `${dates.length === 1 ? 'A payment dated' : `${dates.length} payments dated`} ${list('en')} ${dates.length === 1 ? 'is' : 'are'} after ${dayText(asOf, 'en')}, the date the figures are worked out as of, so ${dates.length === 1 ? 'it is' : 'they are'} not counted. If a date is mistyped, correct it; if the money is really paid later, move "Calculate as of" past it.`,
    },
  };
}

/** A contract rate at or above this (nominal, a year) is checked with the user: 100%. */
const RATE_CHECK_FROM = 1;

/**
 * A contract rate of 100% a year or more is far above consumer loans and most often a slip (5 for
 * 0.05% a day, 万五): a reviewer typed 5 and got a waiver of ¥831,234 to ask for, with nothing said.
 * Said, not refused: such loans exist (砍头息, 714 loans), and then most of the rate is unenforceable.
 */
export function rateCheckWarning(annualRate: Decimal): Warning | undefined {
  if (annualRate.greaterThan(0) && annualRate.lessThan(RATE_LOW_BELOW)) return lowRateWarning(annualRate);
  if (annualRate.lessThan(RATE_CHECK_FROM)) return undefined;
  return {
    id: 'rate-check',
    message: {
      zh: `合同利率折合年利率${pct(annualRate)}，远高于常见的借款利率，请对照合同核对：例如合同写“日利率0.05%”（万五），应填 0.05 并选“每日”。如果利率确实这么高，其中大部分超过法律上限。`,
      en: `The contract rate comes to ${pct(annualRate)} a year, far above usual loans: check it against the contract. For example, "0.05% a day" (万五) is entered as 0.05 with "per day". If the rate really is this high, most of it is above the legal caps.`,
    },
  };
}

export const estimateUnavailableWarning = (): Warning => ({
  id: 'estimate-unavailable',
  message: {
    zh: '对2020年8月20日以前成立的民间借贷，本工具只对到期一次还本付息和先息后本两种方式估算法律支持的金额；其他还款方式请咨询律师。',
    en: 'For private loans formed before 20 Aug 2020 the app estimates the supported amount only for bullet and interest-first loans; for other repayment methods, ask a lawyer.',
  },
  citation: cite('spl2020-31'),
});

/** A contract rate above nothing but below this (nominal, a year) is checked with the user too: 1%. */
const RATE_LOW_BELOW = 0.01;

/**
 * The other slip: a daily or monthly rate entered as a year's (0.05 with "per year" for 0.05% a
 * day gives 0.05% a year, and the penalty and the caps shrink with it; a review found nothing
 * said). Below 1% a year no consumer loan is priced; an interest-free loan is 0 and says nothing.
 */
function lowRateWarning(annualRate: Decimal): Warning {
  return {
    id: 'rate-check',
    message: {
      zh: `合同利率折合年利率${pct(annualRate)}，远低于常见的借款利率，请对照合同核对：例如合同写“日利率0.05%”（万五），应填 0.05 并选“每日”，而不是“每年”。`,
      en: `The contract rate comes to ${pct(annualRate)} a year, far below usual loans: check it against the contract. For example, "0.05% a day" (万五) is entered as 0.05 with "per day", not "per year".`,
    },
  };
}

/**
 * What a company's or a bank's name has, and a product's (京东金条, 借呗) does not; lenders' own
 * short names count (马上消费金融, 度小满小贷: a review found them told they were products).
 */
const INSTITUTION = /公司|银行|集团|合作社|信用社|信托|有限|股份|消费金融|小额贷款|小贷|金融|\bco\b|company|corporation|\bcorp\b|\bltd\b|limited|\bbank\b|\binc\b|\bplc\b|\bllc\b/i;

/**
 * A licensed lender named by its product: the letter opens "致 京东金条", and a complaint names a
 * product rather than a company (a Chinese review). Said, not refused: the name is the user's, and
 * a letter to the product still reaches customer service. Not for a person, who has no company.
 */
export function lenderNameWarning(kind: string, name: string | undefined): Warning | undefined {
  const typed = name?.trim() ?? '';
  if (kind !== 'licensed' || typed === '' || INSTITUTION.test(typed)) return undefined;
  return {
    id: 'lender-name',
    message: {
      zh: `出借方名称“${typed}”看起来是产品名，不是公司名。协商信和投诉最好写借款合同上出借方的全称，例如“重庆京东盛际小额贷款有限公司”；可以写成“${typed}（公司全称）”。`,
      en: `The lender's name "${typed}" looks like a product, not a company. A letter or a complaint is best addressed to the lender's full name in the loan contract, e.g. "Chongqing Jingdong Shengji Microloan Co., Ltd."; you can write "${typed} (full company name)".`,
    },
  };
}
