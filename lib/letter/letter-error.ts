import type { Words } from '../report/types';

/** What the user asked of the letter cannot be done; the message says why, in both languages. */
export class LetterError extends Error {
  readonly words: Words;
  constructor(words: Words) {
    super(words.en);
    this.name = 'LetterError';
    this.words = words;
  }
}

export const noSuchPlan = (index: number, count: number): LetterError =>
  new LetterError({
    zh: `信中要提出的方案（第${index + 1}个）不存在：本案共有${count}个方案。`,
    en: `The letter is to propose plan ${index + 1}, but the case has ${count} plan(s).`,
  });

export const planNotComputed = (index: number): LetterError =>
  new LetterError({
    zh: `第${index + 1}个方案无法计算（没有法律支持金额的估算），请改用其他基数或其他方案。`,
    en: `Plan ${index + 1} could not be computed (there is no estimate of the supported amount): choose another base or plan.`,
  });

/** A monthly plan with no payments (nothing owed on its base after the down payment): no offer to make. */
export const planNothingToRepay = (index: number): LetterError =>
  new LetterError({
    zh: `第${index + 1}个方案没有需要分期偿还的金额，不能作为还款提议：请改用其他基数或一次性结清。`,
    en: `Plan ${index + 1} leaves nothing to repay in instalments, so it is no offer to make: choose another base or a settlement.`,
  });

/** A plan whose first payment falls before the as-of date (warning plan-date-past): a letter cannot offer to pay in the past. */
export const planDatePast = (index: number): LetterError =>
  new LetterError({
    zh: `第${index + 1}个方案的首次还款日早于计算日，不能写进信里：请把日期改为今后。`,
    en: `Plan ${index + 1} starts paying before the as-of date, so the letter cannot offer it: move its date ahead.`,
  });

/** A monthly plan with payments of ¥0.00 (warning plan-zero-payments): an offer to pay nothing in some months is no offer. */
export const planZeroPayments = (index: number): LetterError =>
  new LetterError({
    zh: `第${index + 1}个方案中有还款额为¥0.00的期次，不能作为还款提议：请减少期数，或改为一次性结清。`,
    en: `Plan ${index + 1} has payments of ¥0.00, so it is no offer to make: choose fewer months, or a settlement.`,
  });
