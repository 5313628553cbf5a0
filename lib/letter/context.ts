import type { CaseFile } from '../case/schema';
import { Decimal } from '../decimal';
import type { Report } from '../report/types';
import { amountInWords } from './amount-in-words';
import { formatDate, formatYuan } from './format';
import type { LetterLanguage } from './types';
import type { LetterWords } from './words';
import { WORDS_EN } from './words-en';
import { WORDS_ZH } from './words-zh';

/** What every part of the letter is built from: the case, the report, and the language's words and formats. */
export interface LetterContext {
  readonly file: CaseFile;
  readonly report: Report;
  readonly language: LetterLanguage;
  readonly words: LetterWords;
  /** An amount with its unit: "12,000.00元" / "CNY 12,000.00". */
  readonly yuan: (amount: string) => string;
  /** An amount with its unit and, after it, in capital Chinese numerals. */
  readonly yuanInWords: (amount: string) => string;
  readonly date: (iso: string) => string;
}

/**
 * Whether the lender demands less than the contract's own settlement figure. The letter then states
 * no figure of the contract's that is higher than the demand (what is due and the charges under the
 * contract, its settlement figure): written by the borrower, such a figure tells the lender it could
 * claim more than it asks (a review: a ¥120,000 demand answered with "settling takes ¥218,950").
 */
export function demandBelowContract(report: Report): boolean {
  const gap = report.statement.claimGap;
  return gap !== undefined && new Decimal(gap).isNegative();
}

export function letterContext(file: CaseFile, report: Report, language: LetterLanguage): LetterContext {
  const words = language === 'zh' ? WORDS_ZH : WORDS_EN;
  const yuan = (amount: string) => formatYuan(amount, language);
  return {
    file,
    report,
    language,
    words,
    yuan,
    yuanInWords: (amount) => words.withWords(yuan(amount), amountInWords(amount)),
    date: (iso) => formatDate(iso, language),
  };
}
