import { Decimal, ZERO, above, minus, toFen } from '../decimal';
import type { Day } from '../calendar';
import { COMPONENTS, zeroAmounts, type Amounts, type Debt } from './debt';
import type { DebtSnapshot, PenaltySegment, Statement, StatementRun } from './statement-types';

interface Tally {
  readonly T: Day;
  readonly due: ReadonlyArray<Debt>;
  readonly credit: Decimal;
  readonly segments: ReadonlyArray<PenaltySegment>;
  readonly principalNotDue: Decimal;
  readonly accruedInterest: Decimal;
}

/** Adds what is unpaid of a debt to the totals, per component, full precision. */
function addUnpaid(totals: Amounts, d: DebtSnapshot): void {
  if (d.settled) return;
  for (const c of COMPONENTS) if (above(d.owed[c], d.paid[c])) totals[c] = totals[c].plus(minus(d.owed[c], d.paid[c]));
}

/** Unpaid amounts of fallen-due debts, per component, full precision. */
export function unpaidTotals(debts: ReadonlyArray<DebtSnapshot>): Amounts {
  const totals = zeroAmounts();
  for (const d of debts) addUnpaid(totals, d);
  return totals;
}

/** Days since the oldest instalment or accelerated balance with anything unpaid (0 if none). */
export function daysOverdue(debts: ReadonlyArray<DebtSnapshot>, T: Day): number {
  const oldest = debts.find((d) => d.kind !== 'once-fee' && !d.settled);
  return oldest ? Math.max(0, T - oldest.dueDate) : 0;
}

/**
 * The statement's items from the debts' unpaid totals (`unpaidTotals(debts)`) and days overdue
 * (`daysOverdue(debts, T)`), each rounded to the fen; totals are sums of the rounded items so the
 * statement adds up visibly (LAW.md §3, §6).
 */
export function statementFrom(days: number, u: Amounts, credit: Decimal, principalNotDue: Decimal, accruedInterest: Decimal): Statement {
  if (credit.isNegative()) throw new RangeError('statementFrom: negative credit');
  const items = {
    principalOverdue: toFen(u.principal),
    interestOverdue: toFen(u.interest),
    feesOverdue: toFen(u.fee),
    penaltyInterest: toFen(u.penalty),
    compoundInterest: toFen(u.compound),
    lateFees: toFen(u.lateFee),
  };
  const totalDue = Object.values(items).reduce((s, x) => s.plus(x), ZERO);
  const roundedCredit = toFen(credit);
  const notDue = toFen(principalNotDue);
  const accrued = toFen(accruedInterest);
  return {
    daysOverdue: days,
    ...items,
    credit: roundedCredit,
    totalDue,
    principalNotDue: notDue,
    accruedInterest: accrued,
    payoff: totalDue.plus(notDue).plus(accrued).minus(roundedCredit),
  };
}

const CHARGES = ['penalty', 'compound', 'lateFee'] as const;

/**
 * The debt as it stands. It shares the debt's amounts rather than copying them: the statement
 * engine has finished with its debts when it summarises them, so nothing changes them after.
 */
export function snapshot(d: Debt): DebtSnapshot {
  const { kind, dueDate, n, owed, paid, settled } = d;
  return n === undefined ? { kind, dueDate, owed, paid, settled } : { kind, dueDate, n, owed, paid, settled };
}

export function summariseStatement(t: Tally): StatementRun {
  const debts: DebtSnapshot[] = [];
  // Every penalty, compound interest and late fee ever charged sits on one of the debts: what was
  // charged is what they owe of it, paid or not. One pass over the debts adds up all the totals.
  let chargesPaid = ZERO;
  const charged = { penalty: ZERO, compound: ZERO, lateFee: ZERO };
  const unpaid = zeroAmounts();
  for (const debt of t.due) {
    const d = snapshot(debt);
    debts.push(d);
    for (const c of CHARGES) {
      if (!d.owed[c].isZero()) charged[c] = charged[c].plus(d.owed[c]);
      if (!d.paid[c].isZero()) chargesPaid = chargesPaid.plus(d.paid[c]);
    }
    addUnpaid(unpaid, d);
  }
  return {
    statement: statementFrom(daysOverdue(debts, t.T), unpaid, t.credit, t.principalNotDue, t.accruedInterest),
    unpaid,
    charged: { penalty: toFen(charged.penalty), compound: toFen(charged.compound), lateFees: toFen(charged.lateFee) },
    chargesPaid,
    segments: t.segments,
    debts,
    principalNotDue: t.principalNotDue,
    accruedInterest: t.accruedInterest,
    credit: t.credit,
  };
}
