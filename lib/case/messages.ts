import type { z } from 'zod';
import { labelFor } from './field-labels';
import { MAX_YEAR, MIN_YEAR } from './fields';

/** A field error as every entry point shows it: which field, and what would be valid, in both languages. */
export interface FieldError {
  readonly path: string;
  /** The whole message, for a case file and the CLI: the field's name, its path, what would be valid and how the file writes it. */
  readonly message: { readonly zh: string; readonly en: string };
  /**
   * What is wrong, without the field's name and in words that hold however the value was entered
   * (a date picker as well as a file's text): for a screen that names its fields its own way.
   */
  readonly problem: { readonly zh: string; readonly en: string };
  /**
   * On an error that restates, from this field's side, a conflict reported on another field: that
   * field's path. An as-of date before the start date is the start date's conflict too.
   */
  readonly sameAs?: string;
}

type Words = { zh: string; en: string };
/** What is wrong, and, where a file needs other words (how it writes the value), those. */
type Said = Words & { readonly inFile?: Words };
type Issue = z.core.$ZodIssue;

const PER: Readonly<Record<string, Words>> = { day: { zh: '日', en: 'day' }, month: { zh: '月', en: 'month' }, year: { zh: '年', en: 'year' } };

/** What to say for each message key the schema and cross-checks use. */
const BY_KEY: Readonly<Record<string, (i: Issue) => Said>> = {
  money: (i) => moneyWords(i.input),
  'money-positive': () => ({ zh: '应大于 0', en: 'must be more than 0' }),
  percent: () => ({
    zh: '应为百分比数值，如 0.05 表示 0.05%', en: 'must be a percentage, e.g. 0.05 for 0.05%',
    inFile: { zh: '应为百分比数值文字，如 "0.05" 表示 0.05%', en: 'must be a percentage written as text, e.g. "0.05" for 0.05%' },
  }),
  multiplier: () => ({ zh: '应为倍数，如 "1.5"', en: 'must be a multiplier such as "1.5"' }),
  date: () => ({
    zh: `应为 ${MIN_YEAR}–${MAX_YEAR} 年间的日期`, en: `must be a date between ${MIN_YEAR} and ${MAX_YEAR}`,
    inFile: { zh: `应为 ${MIN_YEAR}–${MAX_YEAR} 年间的日期，格式 yyyy-MM-dd，如 "2025-01-10"`, en: `must be a date between ${MIN_YEAR} and ${MAX_YEAR} written yyyy-MM-dd, e.g. "2025-01-10"` },
  }),
  'text-too-long': (i) => ({ zh: `文字过长（最多 ${'maximum' in i ? String(i.maximum) : ''} 字）`, en: `is too long (at most ${'maximum' in i ? String(i.maximum) : ''} characters)` }),
  'date-time': () => ({
    zh: '应为日期和时间', en: 'must be a date and time',
    inFile: { zh: `应为 ${MIN_YEAR}–${MAX_YEAR} 年间的日期和时间，格式 yyyy-MM-ddTHH:mm，如 "2025-03-01T23:10"`, en: `must be a date and time between ${MIN_YEAR} and ${MAX_YEAR} written yyyy-MM-ddTHH:mm, e.g. "2025-03-01T23:10"` },
  }),

  format: () => ({ zh: '不是本工具支持的格式：应为 "repayment-case/1"', en: 'is not a format this tool reads: it must be "repayment-case/1"' }),
  'day-count': () => ({ zh: '应为 360 或 365', en: 'must be 360 or 365' }),
  'penalty-shape': () => ({ zh: '应为 {"multiplier": "1.5"} 或 {"rate": {"value": "0.075", "per": "day"}}', en: 'must be {"multiplier": "1.5"} or {"rate": {"value": "0.075", "per": "day"}}' }),
  'plan-base': () => ({ zh: '应为 "supported"、"claimed"、"demanded" 或金额文字', en: 'must be "supported", "claimed", "demanded" or an amount written as text' }),
  boolean: () => ({ zh: '应为 true 或 false', en: 'must be true or false' }),
  'too-many': (i) => ({ zh: `条目过多（最多 ${'maximum' in i ? String(i.maximum) : ''} 条）`, en: `has too many entries (at most ${'maximum' in i ? String(i.maximum) : ''})` }),
  'as-of-before-start': () => ({ zh: '不能早于放款日', en: 'cannot be before the loan start date' }),
  'start-after-as-of': (i) => ({ zh: `不能晚于计算截止日（${String(params(i).date)}）`, en: `cannot be after the as-of date (${String(params(i).date)})` }),
  'start-after-payment': (i) => ({ zh: `不能晚于最早一笔还款的日期（${String(params(i).date)}）`, en: `cannot be after the earliest payment (${String(params(i).date)})` }),
  'first-due-after-start': () => ({ zh: '应晚于放款日', en: 'must be after the loan start date' }),
  'rate-too-high': (i) => {
    const { ceiling, per } = params(i);
    const unit = PER[String(per)] ?? { zh: '', en: String(per) };
    return { zh: `高得不合常理（${unit.zh}利率最多 ${String(ceiling)}%），请检查单位是否选对`, en: `is implausibly high (at most ${String(ceiling)}% per ${unit.en}): check the rate period` };
  },
  'lpr-implausible': (i) => ({
    zh: `应大于 0 且不超过 ${String(params(i).ceiling)}%（2019 年 8 月以来一年期LPR在 3.00% 到 4.25% 之间），请检查是否多打了数字`,
    en: `must be more than 0 and at most ${String(params(i).ceiling)}% (the one-year LPR has been 3.00% to 4.25% since August 2019): check for a typing mistake`,
  }),
  'upfront-exceeds-principal': () => ({ zh: '预扣费用合计不能达到或超过本金', en: 'upfront fees together cannot reach or exceed the principal' }),
  'late-fee-amount-or-percent': () => ({
    zh: '应填写金额或比例其中之一', en: 'must give either an amount or a percentage, not both or neither',
    inFile: { zh: '应填写金额（amount）或比例（percent）其中之一', en: 'must give either an amount or a percent, not both or neither' },
  }),
  'late-fee-percent-once': () => ({
    zh: '按比例收取的费用只能“每逾期一期收一次”', en: 'a percentage can only be charged for each missed instalment',
    inFile: { zh: '按比例的违约金只能按每期逾期收取（per 为 "overdue-instalment"）', en: 'a percentage applies only per overdue instalment (per "overdue-instalment")' },
  }),
  'percent-over-100': () => ({ zh: '不能超过 100%', en: 'cannot exceed 100%' }),
  'late-fee-date-once': () => ({
    zh: '只有“只收一次”的费用才有收取日期', en: 'only a fee charged once has a date',
    inFile: { zh: '只有一次性违约金（per 为 "once"）才有日期', en: 'only a one-off fee (per "once") has a date' },
  }),
  'date-after-start': () => ({ zh: '应晚于放款日', en: 'must be after the loan start date' }),
  'payment-before-start': () => ({ zh: '不能早于放款日', en: 'cannot be before the loan start date' }),
  'filing-before-contract': () => ({ zh: '不能早于借款合同成立日（起诉只能在借款之后）', en: 'cannot be before the contract date (a suit comes after the loan)' }),
  'plan-demanded-needs-claim': () => ({
    zh: '按对方要求的金额算时，需先填写对方要求的金额', en: 'uses the amount demanded, so the amount demanded must be filled in',
    inFile: { zh: '选择"对方主张金额"时需先填写对方主张的金额（claim.amount）', en: 'uses the amount demanded, so the demand (claim.amount) must be filled in' },
  }),
  'plan-index': () => ({ zh: '指向的方案不存在', en: 'points to a plan that does not exist' }),
};

/** Fields that hold an amount or a rate as a decimal string: their type error shows how to write one. */
const NUMERIC_TEXT = new Set(['principal', 'amount', 'value', 'percent', 'multiplier', 'income', 'incomeNow', 'essentials', 'otherDebts', 'savings', 'downPayment', 'annualRate', 'graceAnnualRate', 'base', 'lprOverride']);

/**
 * What is wrong with an amount, as precisely as the text typed allows: "12,000" is a common way to
 * write an amount, and "must be an amount" alone would not say what to change.
 */
function moneyWords(input: unknown): Words {
  const general = { zh: '应为金额，如 "12000" 或 "12000.50"（不为负，最多两位小数，最多12位整数）', en: 'must be an amount such as "12000" or "12000.50" (not negative, at most 2 decimals and 12 digits)' };
  if (typeof input !== 'string') return general;
  const text = input.trim();
  if (/^[-−]/.test(text)) return { zh: '不能为负数', en: 'cannot be negative' };
  if (/^[\d,，\s]+(\.\d*)?$/.test(text) && /\d[,，\s]\d/.test(text)) return { zh: '应只写数字，不要加逗号或空格，如 "12000.50"', en: 'must be digits only, without commas or spaces, e.g. "12000.50"' };
  if (/[¥￥元]|RMB|CNY/i.test(text)) return { zh: '应只写数字，不要写“¥”或“元”，如 "12000.50"', en: 'must be digits only, without "¥" or "yuan", e.g. "12000.50"' };
  if (/^\d+\.\d{3,}$/.test(text)) return { zh: '最多两位小数（到分）', en: 'must have at most 2 decimals (to the fen)' };
  if (/^\d{13,}(\.\d*)?$/.test(text)) return { zh: '最多12位整数', en: 'must have at most 12 digits before the decimal point' };
  return general;
}

/** "whole-number:1:360": a whole number in that range (lib/case/fields.ts wholeNumber). */
function wholeNumberWords(key: string): Words | undefined {
  const m = /^whole-number:(\d+):(\d+)$/.exec(key);
  return m ? { zh: `应为 ${m[1]!} 到 ${m[2]!} 之间的整数`, en: `must be a whole number from ${m[1]!} to ${m[2]!}` } : undefined;
}

function params(i: Issue): Record<string, unknown> {
  return ('params' in i && i.params) || {};
}

function describeType(expected: string): Words {
  if (expected === 'object') return { zh: '应为对象 {…}', en: 'must be an object {…}' };
  if (expected === 'array') return { zh: '应为列表 […]', en: 'must be a list […]' };
  if (expected === 'number' || expected === 'int') return { zh: '应为整数', en: 'must be a whole number' };
  if (expected === 'boolean') return { zh: '应为 true 或 false', en: 'must be true or false' };
  return { zh: '应为带引号的文字', en: 'must be text in quotes' };
}

function wordsFor(i: Issue): Said {
  if (i.code === 'invalid_type' && i.input === undefined) return { zh: '必填', en: 'is required' };
  const byKey = BY_KEY[i.message];
  if (byKey) return byKey(i);
  const whole = wholeNumberWords(i.message);
  if (whole) return whole;
  switch (i.code) {
    case 'invalid_type':
      if (i.expected === 'string' && typeof i.input === 'number') {
        return NUMERIC_TEXT.has(String(i.path[i.path.length - 1]))
          ? { zh: '应写成带引号的文字，如 "12000.00"（不要用 JSON 数字，以免精度丢失）', en: 'must be written as text in quotes, e.g. "12000.00" (not a JSON number, which loses precision)' }
          : { zh: '应为带引号的文字', en: 'must be text in quotes' };
      }
      return describeType(i.expected);
    case 'invalid_value': {
      const options = i.values.map((v) => JSON.stringify(v)).join(' | ');
      return { zh: `应为以下之一：${options}`, en: `must be one of ${options}` };
    }
    case 'invalid_union': {
      const options = 'options' in i && Array.isArray(i.options) ? i.options.map((v) => JSON.stringify(v)).join(' | ') : '';
      return options ? { zh: `应为以下之一：${options}`, en: `must be one of ${options}` } : { zh: '格式不正确', en: 'has the wrong shape' };
    }
    case 'unrecognized_keys':
      return { zh: `含有不认识的字段：${i.keys.join(', ')}`, en: `has unknown fields: ${i.keys.join(', ')}` };
    default:
      return { zh: '格式不正确', en: 'is not valid' };
  }
}

function where(path: ReadonlyArray<PropertyKey>): Words {
  const label = labelFor(path);
  const indices = path.filter((p): p is number => typeof p === 'number').map((n) => n + 1);
  const shown = path.map(String).join('.') || '(root)';
  // An offer is headed "方案 N" / "Offer N" where the user edits it: its fields are named so.
  if (path[0] === 'plans' && indices.length === 1) return { zh: `方案 ${indices[0]} 的${label.zh}（${shown}）`, en: `${label.en}, offer ${indices[0]} (${shown})` };
  const zhIndex = indices.length ? `第 ${indices.join('/')} 条 ` : '';
  const enIndex = indices.length ? ` #${indices.join('/')}` : '';
  return { zh: `${zhIndex}${label.zh}（${shown}）`, en: `${label.en}${enIndex} (${shown})` };
}

/** Turns zod issues into field errors a borrower can act on, in Chinese and English. */
export function toFieldErrors(issues: ReadonlyArray<Issue>): FieldError[] {
  return issues.map((i) => {
    const at = where(i.path);
    const { inFile, ...problem } = wordsFor(i);
    const words = inFile ?? problem;
    const sameAs = params(i).sameAs;
    return {
      path: i.path.map(String).join('.'),
      message: { zh: `${at.zh}${words.zh}`, en: `${at.en} ${words.en}` },
      problem,
      ...(typeof sameAs === 'string' && { sameAs }),
    };
  });
}
