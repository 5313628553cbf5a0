import { Decimal, ZERO, above, isPositive, minus } from '../decimal';
import type { Day } from '../calendar';

/**
 * The components of a debt, in the order a payment is set against them
 * (Civil Code Arts. 560, 561; LAW.md §3): fees and late fees → penalty interest →
 * compound interest → contractual interest → principal.
 */
export const COMPONENTS = ['fee', 'lateFee', 'penalty', 'compound', 'interest', 'principal'] as const;
export type Component = (typeof COMPONENTS)[number];

export type DebtKind = 'instalment' | 'accelerated' | 'once-fee';
/** On the same date: instalment, then the accelerated balance, then a one-off fee (LAW.md §3). */
export const KIND_ORDER: Readonly<Record<DebtKind, number>> = { instalment: 0, accelerated: 1, 'once-fee': 2 };

export type Amounts = Record<Component, Decimal>;
export const zeroAmounts = (): Amounts => ({ fee: ZERO, lateFee: ZERO, penalty: ZERO, compound: ZERO, interest: ZERO, principal: ZERO });

/** Nothing of any component left unpaid. */
function isSettled(owed: Readonly<Amounts>, paid: Readonly<Amounts>): boolean {
  for (const c of COMPONENTS) if (above(owed[c], paid[c])) return false;
  return true;
}

/**
 * One debt fallen due: an instalment, the accelerated balance, or a one-off fee.
 * Mutable only inside the statement engine, until it summarises its debts; what leaves it is a
 * snapshot (which shares the amounts: nothing changes them after).
 */
export class Debt {
  /** Read freely; change only through charge() and pay(), which keep `settled` right. */
  readonly owed: Amounts = zeroAmounts();
  readonly paid: Amounts = zeroAmounts();
  /** Penalty and compound interest are accrued lazily up to this day. */
  accruedTo: Day;
  /** Cached answer of `settled`, cleared whenever an amount is charged or paid. */
  private settledCache: boolean | undefined;
  /**
   * What unpaid() last gave per component, cleared when the component is charged or paid: the
   * statement engine asks for the same unpaid interest at every payment, to accrue on it, and
   * the same Decimal lets it reuse what it worked out on it.
   */
  private readonly unpaidCache: Partial<Amounts> = {};

  constructor(
    readonly kind: DebtKind,
    readonly dueDate: Day,
    readonly n: number | undefined,
    /** The scheduled payment, fees included: the base of a percentage late fee. */
    readonly scheduledPayment: Decimal,
  ) {
    this.accruedTo = dueDate;
  }

  unpaid(c: Component): Decimal {
    return (this.unpaidCache[c] ??= minus(this.owed[c], this.paid[c]));
  }

  get settled(): boolean {
    if (this.settledCache === undefined) this.settledCache = isSettled(this.owed, this.paid);
    return this.settledCache;
  }

  /** Adds to what is owed of a component. */
  charge(c: Component, amount: Decimal): void {
    if (amount.isZero()) return;
    const owed = this.owed[c];
    this.owed[c] = owed.isZero() ? amount : owed.plus(amount); // most components are charged once
    this.unpaidCache[c] = undefined;
    // A positive charge leaves something unpaid (charges are never negative; if one were, look again).
    this.settledCache = amount.isNegative() ? undefined : false;
  }

  /** True for what can be overdue and carries penalty (a one-off fee alone does not, LAW.md §6). */
  get bearsPenalty(): boolean {
    return this.kind !== 'once-fee';
  }

  /** Sets up to `amount` against this debt in the legal order; returns what is left of it. */
  pay(amount: Decimal): Decimal {
    let left = amount;
    for (const c of COMPONENTS) {
      if (!isPositive(left)) break;
      if (this.owed[c] === this.paid[c]) continue; // paid in full, or nothing owed (both ZERO)
      const due = this.unpaid(c);
      if (!isPositive(due)) continue;
      this.unpaidCache[c] = undefined;
      if (left.lessThan(due)) {
        this.paid[c] = this.paid[c].plus(left);
        this.settledCache = false; // part of this component is still unpaid
        return ZERO;
      } else {
        this.paid[c] = this.owed[c]; // paid in full: what was paid is exactly what was owed
        left = left.minus(due);
      }
    }
    // Money left over means every component was paid in full; none left (the last component it
    // reached took exactly what was left), and it may or may not be.
    this.settledCache = isPositive(left) ? true : undefined;
    return left;
  }
}
