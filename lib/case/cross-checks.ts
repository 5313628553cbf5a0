import type { z } from 'zod';
import { Decimal } from '../decimal';
import { day } from '../calendar';

/** Rate ceilings per unit, in percent: far above any real loan, so only typing mistakes are refused. */
const RATE_CEILING: Readonly<Record<string, number>> = { day: 10, month: 100, year: 1000 };

interface RateLike { readonly value: string; readonly per: 'day' | 'month' | 'year' }

// The object is typed loosely on purpose: this runs only after every field passed its own check.
interface Checked {
  readonly asOf: string;
  readonly loan: {
    readonly principal: string;
    readonly startDate: string;
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
  readonly claim?: unknown;
  readonly plans?: ReadonlyArray<{ readonly base: string }> | undefined;
  readonly letter?: { readonly planIndex?: number | undefined } | undefined;
}

function rateTooHigh(rate: RateLike): boolean {
  return new Decimal(rate.value).greaterThan(RATE_CEILING[rate.per] ?? 0);
}

/** Checks that need more than one field. Each issue names the field to correct. */
export function checkCase(c: Checked, ctx: z.RefinementCtx): void {
  const add = (path: ReadonlyArray<string | number>, key: string, params?: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', path: [...path], message: key, params });
  const start = day(c.loan.startDate);

  if (day(c.asOf) < start) add(['asOf'], 'as-of-before-start');
  if (c.loan.firstDueDate !== undefined && day(c.loan.firstDueDate) <= start) add(['loan', 'firstDueDate'], 'first-due-after-start');
  if (rateTooHigh(c.loan.rate)) add(['loan', 'rate', 'value'], 'rate-too-high', { ceiling: RATE_CEILING[c.loan.rate.per] });

  const upfront = (c.loan.fees ?? []).filter((f) => f.when === 'upfront').reduce((s, f) => s.plus(f.amount), new Decimal(0));
  if (upfront.greaterThanOrEqualTo(c.loan.principal)) add(['loan', 'fees'], 'upfront-exceeds-principal');

  const penalty = c.overdue?.penalty;
  if (penalty && 'rate' in penalty && penalty.rate && rateTooHigh(penalty.rate)) {
    add(['overdue', 'penalty', 'rate', 'value'], 'rate-too-high', { ceiling: RATE_CEILING[penalty.rate.per] });
  }
  (c.overdue?.lateFees ?? []).forEach((fee, i) => {
    const path = ['overdue', 'lateFees', i];
    if ((fee.amount === undefined) === (fee.percent === undefined)) add(path, 'late-fee-amount-or-percent');
    if (fee.percent !== undefined && fee.per === 'once') add([...path, 'percent'], 'late-fee-percent-once');
    if (fee.percent !== undefined && new Decimal(fee.percent).greaterThan(100)) add([...path, 'percent'], 'percent-over-100');
    if (fee.date !== undefined && fee.per !== 'once') add([...path, 'date'], 'late-fee-date-once');
    if (fee.date !== undefined && day(fee.date) <= start) add([...path, 'date'], 'date-after-start');
  });
  const accelerated = c.overdue?.acceleratedOn;
  if (accelerated !== undefined && day(accelerated) <= start) add(['overdue', 'acceleratedOn'], 'date-after-start');

  (c.payments ?? []).forEach((p, i) => {
    if (day(p.date) < start) add(['payments', i, 'date'], 'payment-before-start');
  });
  (c.plans ?? []).forEach((p, i) => {
    if (p.base === 'demanded' && c.claim === undefined) add(['plans', i, 'base'], 'plan-demanded-needs-claim');
  });
  const planIndex = c.letter?.planIndex;
  if (planIndex !== undefined && planIndex >= (c.plans?.length ?? 0)) add(['letter', 'planIndex'], 'plan-index');
}
