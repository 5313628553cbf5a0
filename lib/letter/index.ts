/** lib/letter: the repayment letter as data (issue 5). Pure: no React, no renderer, no clock. */
export { buildLetter } from './build-letter';
export { letterFromJson, type LetterResult } from './letter-from-json';
export { LetterError } from './letter-error';
export { letterFileName } from './file-name';
export { amountInWords } from './amount-in-words';
export { formatMoney } from './format';
export { cjkBreakPoints } from './cjk-break-points';
export { letterText } from './letter-text';
export { PLACEHOLDER, printable, unprintable } from './printable';
export type { Letter, LetterBlock, LetterCaution, LetterLanguage, LetterOptions, LetterRequest, LabelValue, TableColumn, ClosingLine } from './types';
