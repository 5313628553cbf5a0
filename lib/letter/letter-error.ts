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
