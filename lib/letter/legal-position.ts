import { Decimal } from '../decimal';
import type { LetterPlan } from './choose-plan';
import { citedPoint } from './cite-in-letter';
import type { LetterContext } from './context';
import { formatRate } from './format';
import { deductedFees } from './loan-facts';
import type { LetterBlock } from './types';

const positive = (amount: string | undefined) => amount !== undefined && new Decimal(amount).greaterThan(0);

/** Whether the cap check found anything above what the law supports: the letter then states the law. */
export function hasExcess(c: LetterContext): boolean {
  const { caps } = c.report;
  return caps.termTest.exceeds || caps.overdueTest.exceeds || positive(caps.excess?.payoff);
}

/**
 * The legal position, when the cap check finds an excess: the line that applies, what is deducted
 * from principal, the term and overdue tests, and the supported figure against the claimed one,
 * each point with the sources the engine's finding rests on. When the offer starts from the
 * lender's own demand (lower than the supported amount), the letter does not also ask to negotiate
 * from the supported amount: it would name a higher figure than the one offered.
 */
export function legalPosition(c: LetterContext, offerBase?: LetterPlan['baseKind']): LetterBlock[] {
  if (!hasExcess(c)) return [];
  const { report, words } = c;
  const { caps } = report;
  const asOf = c.date(report.asOf);
  const finding = (id: string) => caps.findings.find((f) => f.id === id);
  const point = (text: string, citation: string): LetterBlock => citedPoint(text, words.source, citation, c.language);
  const out: LetterBlock[] = [];

  if (caps.regime === 'void') {
    out.push(point(words.law.void(c.yuan(report.loan.legalPrincipal)), finding('regime-void')?.citation ?? ''));
  } else {
    for (const line of caps.lines.filter((l) => l.decisive)) out.push(point(words.law.line(line.label[c.language]), line.citation));
  }
  const deducted = finding('principal-deducted');
  if (deducted) out.push(point(words.law.deducted(deductedFees(c), c.yuan(report.loan.legalPrincipal)), deducted.citation));
  const term = finding('term-exceeds');
  if (term && caps.termTest.apr !== null) out.push(point(words.law.termExceeds(formatRate(caps.termTest.apr), formatRate(caps.termTest.cap), caps.regime === 'licensed'), term.citation));
  const overdue = finding('overdue-exceeds');
  if (overdue) {
    const { charged, limit } = caps.overdueTest;
    out.push(point(words.law.overdueExceeds(asOf, c.yuan(charged), c.yuan(limit), c.yuan(new Decimal(charged).minus(limit).toFixed(2))), overdue.citation));
  }
  const payoff = finding('payoff-excess');
  if (payoff && caps.supported && caps.excess) {
    const supported = new Decimal(caps.supported.payoff);
    out.push(point(
      supported.isNegative()
        ? words.law.refund(asOf, c.yuan(report.statement.payoff), c.yuan(supported.negated().toFixed(2)))
        : words.law.payoff(asOf, c.yuan(report.statement.payoff), c.yuan(caps.supported.payoff), c.yuan(caps.excess.payoff), offerBase !== 'demanded'),
      payoff.citation,
    ));
  }
  return out;
}
