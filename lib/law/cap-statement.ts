import { Decimal, ZERO, min } from '../decimal';
import type { Day } from '../calendar';
import { COMPONENTS, type Amounts, type Component } from '../finance/debt';
import type { DebtSnapshot, Statement, StatementRun } from '../finance/statement-types';
import { statementFrom } from '../finance/summarise-statement';
import type { OverdueTest } from './overdue-test';

const CHARGES: ReadonlyArray<Component> = ['penalty', 'compound', 'lateFee'];
const TERM_ITEMS: ReadonlyArray<Component> = COMPONENTS.filter((c) => !CHARGES.includes(c));

/**
 * A statement with its overdue charges held to what the law supports (LAW.md §7): at most
 * `allowed` of penalty, compound interest and late fees in all. What was already paid counts
 * against that; what was paid above it becomes credit, set first against what has fallen due
 * and is unpaid, oldest debt first, in the Civil Code Art. 561 order.
 */
export function capStatement(run: StatementRun, test: OverdueTest, T: Day): Statement {
  const paidCharges = run.chargesPaid;
  let allowance = test.allowed.minus(paidCharges);
  let refund = allowance.isNegative() ? allowance.negated() : ZERO;
  if (allowance.isNegative()) allowance = ZERO;

  const debts: DebtSnapshot[] = run.debts.map((d) => {
    const owed: Amounts = { ...d.owed };
    const paid: Amounts = { ...d.paid };
    for (const c of CHARGES) {
      const unpaid = Decimal.max(ZERO, owed[c].minus(paid[c]));
      const kept = min(unpaid, allowance);
      allowance = allowance.minus(kept);
      owed[c] = paid[c].plus(kept);
    }
    for (const c of TERM_ITEMS) {
      if (!refund.greaterThan(ZERO)) break;
      const part = min(refund, Decimal.max(ZERO, owed[c].minus(paid[c])));
      paid[c] = paid[c].plus(part);
      refund = refund.minus(part);
    }
    return { ...d, owed, paid };
  });
  return statementFrom(debts, T, run.credit.plus(refund), run.principalNotDue, run.accruedInterest);
}
