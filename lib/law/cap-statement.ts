import { Decimal, ZERO, isPositive, min, toFen } from '../decimal';
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

const hasUnpaid = (d: DebtSnapshot, cs: ReadonlyArray<Component>) => cs.some((c) => d.owed[c].greaterThan(d.paid[c]));
const TERM_ITEMS: ReadonlyArray<Component> = COMPONENTS.filter((c) => !CHARGES.includes(c));

/**
 * A statement with its overdue charges held to what the law supports (LAW.md §7): at most
 * `allowed` of penalty, compound interest and late fees in all. What was already paid counts
 * against that; what was paid above it becomes credit, set first against what has fallen due
 * and is unpaid, oldest debt first, in the Civil Code Art. 561 order.
 */
export function capStatement(run: StatementRun, test: OverdueTest, T: Day): Statement {
  const left = test.allowed.minus(run.chargesPaid);
  let refund = left.isNegative() ? left.negated() : ZERO;
  const budgets = chargeBudgets(run.unpaid, left);
  // What capping takes off each component's unpaid total, so the totals need not be summed again.
  const taken = zeroAmounts();

  const debts: DebtSnapshot[] = run.debts.map((d) => {
    // Most debts of a long loan are settled: pass them through untouched.
    if (d.settled) return d;
    if (!hasUnpaid(d, CHARGES) && !(isPositive(refund) && hasUnpaid(d, TERM_ITEMS))) return d;
    const owed: Amounts = { ...d.owed };
    const paid: Amounts = { ...d.paid };
    for (const c of CHARGES) {
      if (!owed[c].greaterThan(paid[c])) continue;
      const unpaid = owed[c].minus(paid[c]);
      const kept = min(unpaid, budgets[c]);
      budgets[c] = budgets[c].minus(kept);
      if (kept.equals(unpaid)) continue; // within what is left of the allowance: nothing held back
      owed[c] = paid[c].plus(kept);
      taken[c] = taken[c].plus(unpaid.minus(kept));
    }
    for (const c of TERM_ITEMS) {
      if (!refund.greaterThan(ZERO)) break;
      const part = min(refund, Decimal.max(ZERO, owed[c].minus(paid[c])));
      paid[c] = paid[c].plus(part);
      refund = refund.minus(part);
      taken[c] = taken[c].plus(part);
    }
    return { ...d, owed, paid, settled: COMPONENTS.every((c) => !owed[c].greaterThan(paid[c])) };
  });
  const unpaid = zeroAmounts();
  for (const c of COMPONENTS) unpaid[c] = run.unpaid[c].minus(taken[c]);
  return statementFrom(debts, unpaid, T, run.credit.plus(refund), run.principalNotDue, run.accruedInterest);
}
