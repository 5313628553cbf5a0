/**
 * The letter as data (`repayment-letter/1`): plain and serialisable, every text already final in
 * the letter's language and every amount already formatted, so the PDF template and the HTML
 * preview only display it.
 */

export type LetterLanguage = 'zh' | 'en';

/** The requests a borrower can tick (case.letter.requests), in the order the letter lists them. */
export const LETTER_REQUESTS = ['waive-penalties', 'stop-third-party-contact', 'written-confirmation', 'send-statement'] as const;
export type LetterRequest = (typeof LETTER_REQUESTS)[number];

export interface LabelValue { readonly label: string; readonly value: string }

/** A line of the closing; Chinese letters indent 此致 and put 敬礼！ at the margin. */
export interface ClosingLine { readonly text: string; readonly indent: boolean }

export interface TableColumn { readonly label: string; readonly align: 'left' | 'right' }

export type LetterBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** The borrower's own words, shown as they wrote them. */
  | { readonly kind: 'quote'; readonly text: string }
  /** A statement of law with the source it rests on; `citation` is empty when an earlier point cited every source. */
  | { readonly kind: 'point'; readonly text: string; readonly citation: string }
  | { readonly kind: 'list'; readonly items: ReadonlyArray<string> }
  | { readonly kind: 'table'; readonly caption: string; readonly columns: ReadonlyArray<TableColumn>; readonly rows: ReadonlyArray<ReadonlyArray<string>>; readonly total: ReadonlyArray<string> };

/** Shown before the letter is made: sending it could harm the borrower (LAW.md §8). */
export interface LetterCaution {
  readonly id: 'time-barred';
  readonly message: string;
  readonly citation: string;
}

export interface Letter {
  readonly format: 'repayment-letter/1';
  readonly language: LetterLanguage;
  /** The letter's date, yyyy-MM-dd. */
  readonly date: string;
  /** 协商还款申请-<lender>-<date>.pdf */
  readonly fileName: string;
  /** The document title, also the PDF's title. */
  readonly title: string;
  readonly lender: string;
  /** To, contract number, borrower, contact, date, subject. */
  readonly fields: ReadonlyArray<LabelValue>;
  readonly salutation: string;
  readonly blocks: ReadonlyArray<LetterBlock>;
  /** Closing lines (此致 indented / 敬礼！ flush, or "Yours faithfully,"). */
  readonly closing: ReadonlyArray<ClosingLine>;
  readonly signature: ReadonlyArray<LabelValue>;
  /** "prepared with …; not legal advice" */
  readonly footer: string;
  /** Page label with `{page}` and `{pages}` placeholders, filled in by the renderer. */
  readonly pageLabel: string;
  readonly cautions: ReadonlyArray<LetterCaution>;
}

export interface LetterOptions {
  /** Default: case.letter.language, else zh. */
  readonly language?: LetterLanguage;
  /** The letter's date, yyyy-MM-dd. Default: the case's asOf. */
  readonly date?: string;
  /** Which of report.plans to propose. Default: case.letter.planIndex, else the first plan, else the recommendation. */
  readonly planIndex?: number;
}
