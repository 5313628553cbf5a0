import { Decimal, ZERO, above, isPositive, min, minus, toFen } from '../decimal';
import type { Day } from '../calendar';
import { COMPONENTS, zeroAmounts, type Amounts, type Component } from '../finance/debt';
import type { DebtSnapshot, Statement, StatementRun } from '../finance/statement-types';
import { statementFrom } from '../finance/summarise-statement';
import type { OverdueTest } from './overdue-test';

const CHARGES: ReadonlyArray<Component> = ['penalty', 'compound', 'lateFee'];

/**
 * What may still be charged of each overdue item, in whole fen: the allowance goes first to
 * penalty interest, then compound interest, then late fees (courts support interest before
 * liquidated damages). Whole fen per item keep the rounded items from adding up past the limit.
 */
function chargeBudgets(unpaid: Amounts, allowance: Decimal): Record<Component, Decimal> {
  let left = allowance.isNegative() ? ZERO : allowance.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const budgets = { fee: ZERO, lateFee: ZERO, penalty: ZERO, compound: ZERO, interest: ZERO, principal: ZERO };
  for (const c of CHARGES) {
    budgets[c] = min(toFen(unpaid[c]), left);
    left = left.minus(budgets[c]);
  }
  return budgets;
}

const hasUnpaid = (d: DebtSnapshot, cs: ReadonlyArray<Component>) => cs.some((c) => above(d.owed[c], d.paid[c]));
const TERM_ITEMS: ReadonlyArray<Component> = COMPONENTS.filter((c) => !CHARGES.includes(c));

/** The capping as it goes through the debts, oldest first. */
interface Capping {
  /** What is left of each charge's budget. */
  readonly budgets: Amounts;
  /** What capping takes off each component's unpaid total, so the totals need not be summed again. */
  readonly taken: Amounts;
  /** What was paid above the allowance and is not yet set against a debt. */
  refund: Decimal;
}

/**
 * Holds one debt's charges to what is left of the budgets and sets the refund against its term
 * items; returns whether anything of the debt is left unpaid. Only the totals and that answer
 * leave capStatement (a statement lists no debts), so the capped debt itself is never built.
 */
function capDebt(d: DebtSnapshot, k: Capping): boolean {
  let unpaidLeft = false;
  for (const c of CHARGES) {
    const paid = d.paid[c];
    if (!above(d.owed[c], paid)) continue;
    const unpaid = minus(d.owed[c], paid);
    if (k.budgets[c].isZero()) {
      // The budget is spent (it is never negative): all of it is taken, and the debt owes what it paid.
      k.taken[c] = k.taken[c].plus(unpaid);
      continue;
    }
    const kept = min(unpaid, k.budgets[c]);
    k.budgets[c] = k.budgets[c].minus(kept);
    if (kept === unpaid || kept.equals(unpaid)) {
      unpaidLeft = true; // within what is left of the allowance: nothing held back
      continue;
    }
    k.taken[c] = k.taken[c].plus(unpaid.minus(kept));
    unpaidLeft ||= above(paid.plus(kept), paid);
  }
  for (const c of TERM_ITEMS) {
    const owed = d.owed[c];
    let paid = d.paid[c];
    if (isPositive(k.refund) && above(owed, paid)) {
      const part = min(k.refund, owed.minus(paid));
      paid = paid.plus(part);
      k.refund = k.refund.minus(part);
      k.taken[c] = k.taken[c].plus(part);
    }
    unpaidLeft ||= above(owed, paid);
  }
  return unpaidLeft;
}

/**
 * A statement with its overdue charges held to what the law supports (LAW.md §7): at most
 * `allowed` of penalty, compound interest and late fees in all. What was already paid counts
 * against that; what was paid above it becomes credit, set first against what has fallen due
 * and is unpaid, oldest debt first, in the Civil Code Art. 561 order.
 */
export function capStatement(run: StatementRun, test: OverdueTest, T: Day): Statement {
  const left = test.allowed.minus(run.chargesPaid);
  const k: Capping = {
    budgets: chargeBudgets(run.unpaid, left),
    taken: zeroAmounts(),
    refund: left.isNegative() ? left.negated() : ZERO,
  };
  // Days overdue: from the oldest instalment or accelerated balance still unpaid once capped.
  let oldestUnpaid: Day | undefined;
  for (const d of run.debts) {
    // Most debts of a long loan are settled: capping leaves them untouched.
    if (d.settled) continue;
    const untouched = !hasUnpaid(d, CHARGES) && !(isPositive(k.refund) && hasUnpaid(d, TERM_ITEMS));
    const unpaidLeft = untouched || capDebt(d, k);
    if (oldestUnpaid === undefined && unpaidLeft && d.kind !== 'once-fee') oldestUnpaid = d.dueDate;
  }
  const unpaid = zeroAmounts();
  for (const c of COMPONENTS) unpaid[c] = run.unpaid[c].minus(k.taken[c]);
  const days = oldestUnpaid === undefined ? 0 : Math.max(0, T - oldestUnpaid);
  return statementFrom(days, unpaid, run.credit.plus(k.refund), run.principalNotDue, run.accruedInterest);
}
