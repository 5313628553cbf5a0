import { Decimal } from '../decimal';
import type { ClosingLine, LetterRequest } from './types';

/** A plan's rate as the case holds it ("0", "0.00", "3.6"): zero means interest is frozen. Read as a Decimal, never a float. */
export const isZeroRate = (rate: string): boolean => new Decimal(rate).isZero();

/**
 * Everything the letter says, in one language. The builders pass in figures already formatted
 * (amounts with their unit, dates as letters write them), so a translation is one file and the
 * wording of a letter is never decided anywhere else.
 */

export interface LoanFacts {
  readonly start: string;
  readonly principal: string;
  readonly received: string;
  /** Fees deducted at disbursement, each "name amount". */
  readonly deducted: ReadonlyArray<string>;
  readonly method: string;
  readonly months: number;
  readonly rate: string;
  /** The contract's rate as a yearly rate; undefined when the contract states a yearly rate ("年利率18%，折合年利率18.00%" said it twice). */
  readonly annual?: string;
  readonly apr?: string;
}

export interface PlanWords {
  readonly baseKind: 'supported' | 'claimed' | 'demanded' | 'amount';
  readonly amount: string;
  readonly downPayment?: string;
  readonly months: number;
  readonly first: string;
  readonly payment: string;
  readonly total: string;
  /** Percent per year, "0" = frozen. */
  readonly rate: string;
}

export interface DeferralWords extends PlanWords {
  readonly graceMonths: number;
  readonly graceRate: string;
  readonly graceInterest: string;
  readonly graceInterestPaid: 'capitalise' | 'with-first';
}

export interface LetterWords {
  readonly title: string;
  readonly field: { readonly to: string; readonly contractNo: string; readonly from: string; readonly phone: string; readonly address: string; readonly idLast4: string; readonly date: string; readonly subject: string };
  readonly salutation: (lender: string) => string;
  /** Whom the letter is to when the case names no lender (a new case, the name left blank). */
  readonly unnamedLender: string;
  readonly opening: (name: string | undefined, contractNo: string | undefined) => string;
  readonly numbered: (index: number, heading: string) => string;
  readonly heading: { readonly loan: string; readonly hardship: string; readonly law: string; readonly proposal: string; readonly requests: string };
  readonly method: Readonly<Record<'equal-payment' | 'equal-principal' | 'interest-first' | 'bullet' | 'flat', string>>;
  readonly rate: (value: string, per: 'day' | 'month' | 'year') => string;
  readonly deductedFee: (name: string, amount: string) => string;
  readonly loan: (f: LoanFacts) => string;
  readonly payments: (asOf: string, count: number, total: string, last: string | undefined) => string;
  readonly overdue: (since: string, days: number, asOf: string) => string;
  readonly charge: Readonly<Record<'penaltyInterest' | 'compoundInterest' | 'lateFees', (amount: string) => string>>;
  readonly statement: (asOf: string, totalDue: string, charges: ReadonlyArray<string>, payoff: string) => string;
  /** The penalty interest stated rests on the defaults (case-format.md) for the terms the case leaves out. */
  readonly penaltyAssumed: (rate: boolean, base: boolean) => string;
  readonly demand: (amount: string, date: string | undefined, source: string | undefined, gap: string | undefined) => string;
  readonly law: {
    /**
     * The decisive cap line as a sentence to the lender, by the line's id (lib/law/cap-lines.ts);
     * `rate` is the line as a percentage, `lprOn` the date of the LPR it is four times (as the letter
     * writes dates). A line without a sentence of its own is quoted by its label.
     */
    readonly line: (id: string, rate: string, label: string, lprOn: string | undefined) => string;
    readonly deducted: (fees: ReadonlyArray<string>, received: string) => string;
    /** `onRequest`: a licensed lender, whose excess is reduced only when the borrower asks (LAW.md §1): the letter asks. */
    readonly termExceeds: (apr: string, cap: string, onRequest: boolean) => string;
    readonly overdueExceeds: (asOf: string, charged: string, limit: string, excess: string) => string;
    readonly void: (received: string) => string;
    /** `ask`: end by asking to negotiate from the supported amount (not when the offer starts from a lower demand). */
    readonly payoff: (asOf: string, claimed: string, supported: string, excess: string, ask: boolean) => string;
    /** `claimed` is left out when the lender demands less than the contract gives. */
    readonly refund: (asOf: string, claimed: string | undefined, overpaid: string) => string;
    /** A demand below the contract's figure but above the supported one; `ask` as for `payoff`. */
    readonly demandExcess: (demand: string, supported: string, excess: string, ask: boolean) => string;
  };
  readonly withWords: (figure: string, words: string) => string;
  /** Put before a point's sources: 依据： / Source: */
  readonly source: string;
  readonly proposal: {
    readonly instalments: (p: PlanWords) => string;
    readonly deferral: (p: DeferralWords) => string;
    readonly settlement: (amount: string, date: string) => string;
    readonly none: string;
    readonly commitment: string;
  };
  readonly table: { readonly caption: string; readonly n: string; readonly date: string; readonly payment: string; readonly balance: string; readonly down: string; readonly onAgreement: string; readonly total: string };
  /** `reachable`: the letter gives the borrower's phone or address, so it can point at them. */
  /**
   * `included`: the penalty charges the proposal's own amount still contains (its base is the
   * supported or the contract figure); the waiver then asks for the amount to fall by as much.
   */
  readonly request: (id: LetterRequest, charged: string | undefined, asOf: string, reachable: boolean, included?: string) => string;
  readonly closingParagraph: string;
  readonly closing: ReadonlyArray<ClosingLine>;
  readonly signature: { readonly sign: string; readonly name: string; readonly date: string };
  readonly footer: string;
  readonly pageLabel: string;
}
