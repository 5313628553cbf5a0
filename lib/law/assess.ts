import { Decimal, ZERO, max, min, sum, toFen } from '../decimal';
import type { LoanCase } from '../case/types';
import type { Schedule } from '../finance/instalment';
import { runStatement } from '../finance/run-statement';
import type { Statement, StatementRun } from '../finance/statement-types';
import type { TrueCost } from '../finance/true-cost';
import { capsFor, type Caps } from './cap-lines';
import { capStatement } from './cap-statement';
import { holdToContractDue } from './hold-to-contract';
import { findingsFor, type Finding } from './findings';
import type { LprTable } from './lpr';
import { overdueTest, type OverdueTest } from './overdue-test';
import { regimeFor } from './regime';
import { interestPaidByInstalment, supportedSchedule } from './supported-schedule';
import { termTest, type TermTest } from './term-test';
import { estimateUnavailableWarning, lprUnconfirmedWarning, type Warning } from './warnings';

export interface Assessment {
  readonly caps: Caps;
  readonly term: TermTest;
  readonly overdue: OverdueTest;
  readonly supportedSchedule?: Schedule;
  readonly supported?: Statement;
  readonly findings: ReadonlyArray<Finding>;
  readonly warnings: ReadonlyArray<Warning>;
}

export interface AssessInput {
  readonly c: LoanCase;
  readonly contract: Schedule;
  readonly claimed: StatementRun;
  readonly cost: TrueCost | undefined;
  readonly legalPrincipal: Decimal;
  readonly lpr: LprTable;
}

/** What the law supports (LAW.md §7): the regime, both tests, the supported statement, findings. */
export function assess({ c, contract, claimed, cost, legalPrincipal, lpr }: AssessInput): Assessment {
  const regime = regimeFor(c.lender.kind, c.loan.contractDate);
  const caps = capsFor(regime, c.loan.contractDate, c.filingDate, lpr, c.lprOverride);
  const maturity = contract[contract.length - 1]!.dueDate;
  const term = termTest(cost?.apr, caps, c.loan.startDate, maturity);
  const overdue = overdueTest(claimed, caps, c.capDayCount);
  const warnings: Warning[] = [];
  const lprWarning = lprUnconfirmedWarning(caps);
  if (lprWarning) warnings.push(lprWarning);

  let schedule: Schedule | undefined;
  let supported: Statement | undefined;
  if (regime === 'void') {
    supported = voidStatement(legalPrincipal, c, claimed.statement.daysOverdue);
  } else {
    const paid = regime === 'private-transitional' ? interestPaidByInstalment(claimed.debts) : undefined;
    schedule = supportedSchedule(contract, c.loan, legalPrincipal, term, caps, c.dayCount, paid);
    if (schedule) {
      const chosen = supportedOn(schedule, { c, contract, claimed, caps, overdue });
      supported = chosen.statement;
      schedule = chosen.schedule;
    } else {
      warnings.push(estimateUnavailableWarning());
    }
  }
  const claimedPayoff = claimed.statement.payoff;
  const findings = findingsFor({
    caps, term, overdue, upfrontFees: c.loan.upfrontFees, legalPrincipal, claimedPayoff,
    ...(supported && { supportedPayoff: supported.payoff }),
    ...(c.claim && { claimGap: c.claim.amount.minus(claimedPayoff) }),
  });
  return { caps, term, overdue, ...(schedule && { supportedSchedule: schedule }), ...(supported && { supported }), findings, warnings };
}

interface SupportedInput {
  readonly c: LoanCase;
  readonly contract: Schedule;
  readonly claimed: StatementRun;
  readonly caps: Caps;
  readonly overdue: OverdueTest;
}

/**
 * The supported statement on a supported schedule, never above the contract's own: the
 * contract's statement with its overdue charges held to the cap, or, when the schedule was
 * re-amortised and comes out lower, that recomputed statement.
 */
function supportedOn(schedule: Schedule, { c, contract, claimed, caps, overdue }: SupportedInput): { statement: Statement; schedule: Schedule } {
  const contractCapped = capStatement(claimed, overdue, c.asOf);
  if (schedule === contract) return { statement: contractCapped, schedule };
  const run = runStatement({ ...statementTerms(c), schedule });
  // Nor more overdue charges than the lender's own, in all or still unpaid (a fee folded into
  // interest would otherwise draw more compound interest on the supported schedule).
  const own = overdueTest(run, caps, c.capDayCount);
  const s = claimed.statement;
  const claimedUnpaid = s.penaltyInterest.plus(s.compoundInterest).plus(s.lateFees);
  const allowed = min(min(own.allowed, overdue.charged), run.chargesPaid.plus(claimedUnpaid));
  const recomputed = capStatement(run, { ...own, allowed }, c.asOf);
  // Re-amortising at the cap moves principal and interest between periods: early in a flat loan
  // (interest on the original principal) the recomputed payoff can exceed the contract's own.
  // The cap only ever lowers what a lender may charge, and a court does not award more than the
  // contract gives, so the lesser of the two is what the law supports.
  if (recomputed.payoff.greaterThan(contractCapped.payoff)) return { statement: contractCapped, schedule: contract };
  return { statement: holdToContractDue(recomputed, contractCapped.totalDue), schedule };
}

/** The statement terms shared by the contract and the supported statements: the contract's penalty terms. */
export function statementTerms(c: LoanCase) {
  return {
    asOf: c.asOf,
    dayCount: c.dayCount,
    penaltyAnnualRate: c.overdue.penaltyAnnualRate,
    penaltyBase: c.overdue.penaltyBase,
    compound: c.overdue.compound,
    lateFees: c.overdue.lateFees,
    ...(c.overdue.acceleratedOn !== undefined && { acceleratedOn: c.overdue.acceleratedOn }),
    payments: c.payments,
  };
}

/**
 * A void contract (法释〔2020〕17号 Art. 13(3)): only the legal principal is owed, all of it now;
 * every payment reduces it. LAW.md §7 has payoff = legal principal − payments, negative being a
 * refund; totalDue keeps the statement rule (never negative) and the refund shows as credit.
 */
function voidStatement(legalPrincipal: Decimal, c: LoanCase, daysOverdue: number): Statement {
  const paid = sum(c.payments.filter((p) => p.date <= c.asOf).map((p) => p.amount));
  const owed = toFen(legalPrincipal.minus(paid));
  const principalOverdue = max(ZERO, owed);
  return {
    daysOverdue: principalOverdue.greaterThan(ZERO) ? daysOverdue : 0,
    principalOverdue, interestOverdue: ZERO, feesOverdue: ZERO, penaltyInterest: ZERO, compoundInterest: ZERO, lateFees: ZERO,
    credit: max(ZERO, owed.negated()),
    totalDue: principalOverdue,
    principalNotDue: ZERO, accruedInterest: ZERO,
    payoff: owed,
  };
}
