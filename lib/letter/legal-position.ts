import { Decimal } from '../decimal';
import type { LetterPlan } from './choose-plan';
import { citedPoint } from './cite-in-letter';
import { demandBelowContract, type LetterContext } from './context';
import { formatRate } from './format';
import { deductedFees } from './loan-facts';
import type { LetterBlock } from './types';

const positive = (amount: string | undefined) => amount !== undefined && new Decimal(amount).greaterThan(0);

/** What the lender demands, as the case states it (loanFacts quotes the same amount). */
const demandOf = (c: LetterContext) => (c.file.claim ? new Decimal(c.file.claim.amount) : undefined);

/**
 * Whether the lender demands less than the contract gives and no more than the law supports. The
 * letter then argues no law: every figure it could cite (the supported amount, the principal of a
 * void loan) would be higher than the demand, and the offer starts from the demand.
 */
function demandWithinLaw(c: LetterContext): boolean {
  const demand = demandOf(c);
  const supported = c.report.caps.supported;
  return demandBelowContract(c.report) && demand !== undefined && !!supported && demand.lessThanOrEqualTo(supported.payoff);
}

/** Whether the cap check found anything above what the law supports: the letter then states the law. */
export function hasExcess(c: LetterContext): boolean {
  const { caps } = c.report;
  return caps.termTest.exceeds || caps.overdueTest.exceeds || positive(caps.excess?.payoff);
}

/**
 * The legal position, when the cap check finds an excess: the line that applies, what is deducted
 * from principal, the term and overdue tests, and the supported figure against the claimed one,
 * each point with the sources the engine's finding rests on (unless an earlier point cited them all).
 * When the offer starts from the lender's own demand, the letter does not also ask to negotiate from the supported amount. When
 * the demand is below the contract's own figure, the contract's charges and settlement figure are
 * left out and the demand is set against the supported figure instead; when the demand is no more
 * than the supported figure either, there is no legal position (demandWithinLaw).
 */
export function legalPosition(c: LetterContext, offerBase?: LetterPlan['baseKind']): LetterBlock[] {
  if (!hasExcess(c) || demandWithinLaw(c)) return [];
  const { report, words } = c;
  const { caps } = report;
  const asOf = c.date(report.asOf);
  const finding = (id: string) => caps.findings.find((f) => f.id === id);
  const printed = new Set<string>();
  const point = (text: string, citation: string): LetterBlock => citedPoint(text, words.source, citation, c.language, printed);
  const out: LetterBlock[] = [];

  if (caps.regime === 'void') {
    out.push(point(words.law.void(c.yuan(report.loan.legalPrincipal)), finding('regime-void')?.citation ?? ''));
  } else {
    const lprOn = caps.lpr && c.date(caps.lpr.date);
    for (const line of caps.lines.filter((l) => l.decisive)) out.push(point(words.law.line(line.id, formatRate(line.rate), line.label[c.language], lprOn), line.citation));
  }
  const deducted = finding('principal-deducted');
  if (deducted) out.push(point(words.law.deducted(deductedFees(c), c.yuan(report.loan.legalPrincipal)), deducted.citation));
  const term = finding('term-exceeds');
  if (term && caps.termTest.apr !== null) out.push(point(words.law.termExceeds(formatRate(caps.termTest.apr), formatRate(caps.termTest.cap), caps.regime === 'licensed'), term.citation));
  const lowDemand = demandBelowContract(report);
  const overdue = finding('overdue-exceeds');
  if (overdue && !lowDemand) {
    const { charged, limit } = caps.overdueTest;
    out.push(point(words.law.overdueExceeds(asOf, c.yuan(charged), c.yuan(limit), c.yuan(new Decimal(charged).minus(limit).toFixed(2))), overdue.citation));
  }
  const payoff = finding('payoff-excess');
  if (payoff && caps.supported && caps.excess) {
    const supported = new Decimal(caps.supported.payoff);
    const ask = offerBase !== 'demanded';
    if (supported.isNegative()) {
      out.push(point(words.law.refund(asOf, lowDemand ? undefined : c.yuan(report.statement.payoff), c.yuan(supported.negated().toFixed(2))), payoff.citation));
    } else if (!lowDemand) {
      out.push(point(words.law.payoff(asOf, c.yuan(report.statement.payoff), c.yuan(caps.supported.payoff), c.yuan(caps.excess.payoff), ask), payoff.citation));
    } else {
      const demand = demandOf(c)!;
      out.push(point(words.law.demandExcess(c.yuan(demand.toFixed(2)), c.yuan(caps.supported.payoff), c.yuan(demand.minus(supported).toFixed(2)), ask), payoff.citation));
    }
  }
  return out;
}
