import type { z } from 'zod';
import { Decimal } from '../decimal';
import { parseDay } from '../calendar';
import { MONEY_PATTERN, PERCENT_PATTERN } from './fields';

/** Rate ceilings per unit, in percent: far above any real loan, so only typing mistakes are refused. */
const RATE_CEILING: Readonly<Record<string, number>> = { day: 10, month: 100, year: 1000 };

/**
 * The plausible range of an entered one-year LPR, in percent: more than 0 and at most 20. The LPR
 * has been 3.00–4.25% since August 2019 (lib/law/lpr.ts) and the old benchmark rate it replaced
 * peaked at 10.98%; an entry of 9999 made the cap 39,996% a year, and 0 made every charge
 * unenforceable.
 */
const LPR_CEILING = 20;

interface RateLike { readonly value: string; readonly per: 'day' | 'month' | 'year' }

// The object is typed loosely on purpose: this runs only after every field passed its own check.
interface Checked {
  readonly asOf: string;
  readonly filingDate?: string | undefined;
  readonly lprOverride?: string | undefined;
  readonly loan: {
    readonly principal: string;
    readonly startDate: string;
    readonly contractDate?: string | undefined;
    readonly firstDueDate?: string | undefined;
    readonly rate: RateLike;
    readonly fees?: ReadonlyArray<{ readonly amount: string; readonly when: string }> | undefined;
  };
  readonly overdue?: {
    readonly penalty?: { readonly rate?: RateLike } | { readonly multiplier: string } | undefined;
    readonly lateFees?: ReadonlyArray<{ readonly amount?: string | undefined; readonly percent?: string | undefined; readonly per: string; readonly date?: string | undefined }> | undefined;
    readonly acceleratedOn?: string | undefined;
  } | undefined;
  readonly payments?: ReadonlyArray<{ readonly date: string }> | undefined;
  readonly claim?: { readonly date?: string | undefined } | undefined;
  readonly plans?: ReadonlyArray<{ readonly base: string }> | undefined;
  readonly letter?: { readonly planIndex?: number | undefined } | undefined;
}

// zod runs this refinement even when some fields failed their own checks (a failed regex does
// not abort), so every value is re-read defensively: a field already in error is skipped here.
const dayOf = (s: unknown) => (typeof s === 'string' ? parseDay(s) : undefined);
const moneyOf = (s: unknown) => (typeof s === 'string' && MONEY_PATTERN.test(s) ? new Decimal(s) : undefined);
const percentOf = (s: unknown) => (typeof s === 'string' && PERCENT_PATTERN.test(s) ? new Decimal(s) : undefined);

function rateTooHigh(rate: RateLike | undefined): boolean {
  const value = percentOf(rate?.value);
  return value !== undefined && value.greaterThan(RATE_CEILING[rate!.per] ?? Infinity);
}

const list = <T>(xs: ReadonlyArray<T> | undefined): ReadonlyArray<T> => (Array.isArray(xs) ? xs : []);
const before = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a < b;
const notAfter = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a <= b;

/**
 * The payments dated before the start date (given only if it is a real date). Two real dates, both
 * yyyy-MM-dd, are in the same order as their strings: only a payment whose date sorts before the
 * start's is parsed, to tell a real date from text the date check refuses (a case file has
 * hundreds of payments, nearly always after the start).
 */
function paymentsBefore(payments: Checked['payments'], startDate: string | undefined): ReadonlyArray<{ readonly index: number; readonly date: string }> {
  if (startDate === undefined) return [];
  return list(payments).flatMap((p, index) => {
    const date = p?.date;
    return typeof date === 'string' && date < startDate && dayOf(date) !== undefined ? [{ index, date }] : [];
  });
}

/** Checks that need more than one field. Each issue names the field to correct. */
export function checkCase(c: Checked, ctx: z.RefinementCtx): void {
  const add = (path: ReadonlyArray<string | number>, key: string, params?: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', path: [...path], message: key, params });
  const start = dayOf(c.loan?.startDate);

  // A start date after the as-of date or a payment: either date may be the one typed wrong, so
  // both are marked. The conflict is reported on the start date (every such date is compared with
  // it); the other dates' errors restate it from their side (`sameAs`), so it is counted once.
  const asOfFirst = before(dayOf(c.asOf), start);
  const earlyPayments = paymentsBefore(c.payments, start === undefined ? undefined : c.loan.startDate);
  if (asOfFirst) add(['loan', 'startDate'], 'start-after-as-of', { date: c.asOf });
  else if (earlyPayments.length) add(['loan', 'startDate'], 'start-after-payment', { date: earlyPayments.map((p) => p.date).sort()[0] });
  if (asOfFirst) add(['asOf'], 'as-of-before-start', { sameAs: 'loan.startDate' });
  if (notAfter(dayOf(c.loan?.firstDueDate), start)) add(['loan', 'firstDueDate'], 'first-due-after-start');
  // A contract formed after the statement date cannot be (an adversarial review: 2099 was taken,
  // and decided the regime and the LPR); the message is the start date's.
  if (before(dayOf(c.asOf), dayOf(c.loan?.contractDate))) add(['loan', 'contractDate'], 'start-after-as-of', { date: c.asOf });
  // A filing date before the contract would put a 2019 loan's suit in 1980, under the old rules
  // for every day (an adversarial review); the contract date is the start date unless given.
  if (before(dayOf(c.filingDate), dayOf(c.loan?.contractDate) ?? start)) add(['filingDate'], 'filing-before-contract');
  const lpr = percentOf(c.lprOverride);
  if (lpr !== undefined && (lpr.isZero() || lpr.greaterThan(LPR_CEILING))) add(['lprOverride'], 'lpr-implausible', { ceiling: LPR_CEILING });
  // A demand dated before the loan was paid out is a typing mistake, which the letter would quote.
  if (before(dayOf(c.claim?.date), start)) add(['claim', 'date'], 'payment-before-start', { sameAs: 'loan.startDate' });
  if (rateTooHigh(c.loan?.rate)) add(['loan', 'rate', 'value'], 'rate-too-high', { ceiling: RATE_CEILING[c.loan.rate.per], per: c.loan.rate.per });

  const principal = moneyOf(c.loan?.principal);
  const upfrontFees = list(c.loan?.fees).filter((f) => f?.when === 'upfront').map((f) => moneyOf(f.amount));
  if (principal && upfrontFees.every((x) => x !== undefined)) {
    const upfront = upfrontFees.reduce((s: Decimal, x) => s.plus(x!), new Decimal(0));
    if (upfront.greaterThanOrEqualTo(principal)) add(['loan', 'fees'], 'upfront-exceeds-principal');
  }

  const penalty = c.overdue?.penalty;
  if (penalty && typeof penalty === 'object' && 'rate' in penalty && penalty.rate && rateTooHigh(penalty.rate)) {
    add(['overdue', 'penalty', 'rate', 'value'], 'rate-too-high', { ceiling: RATE_CEILING[penalty.rate.per], per: penalty.rate.per });
  }
  list(c.overdue?.lateFees).forEach((fee, i) => {
    if (!fee || typeof fee !== 'object') return;
    const path = ['overdue', 'lateFees', i];
    if ((fee.amount === undefined) === (fee.percent === undefined)) add(path, 'late-fee-amount-or-percent');
    if (fee.percent !== undefined && fee.per === 'once') add([...path, 'percent'], 'late-fee-percent-once');
    if (percentOf(fee.percent)?.greaterThan(100)) add([...path, 'percent'], 'percent-over-100');
    if (fee.date !== undefined && fee.per !== 'once') add([...path, 'date'], 'late-fee-date-once');
    if (notAfter(dayOf(fee.date), start)) add([...path, 'date'], 'date-after-start');
  });
  if (notAfter(dayOf(c.overdue?.acceleratedOn), start)) add(['overdue', 'acceleratedOn'], 'date-after-start');

  earlyPayments.forEach((p) => add(['payments', p.index, 'date'], 'payment-before-start', { sameAs: 'loan.startDate' }));
  list(c.plans).forEach((p, i) => {
    if (p?.base === 'demanded' && c.claim === undefined) add(['plans', i, 'base'], 'plan-demanded-needs-claim');
  });
  const planIndex = c.letter?.planIndex;
  if (planIndex !== undefined && planIndex >= (c.plans?.length ?? 0)) add(['letter', 'planIndex'], 'plan-index');
}
