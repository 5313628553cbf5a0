import { assumedPenaltyTerms } from '../case/assumed-terms';
import { day, formatDay } from '../calendar';
import { Decimal, sum } from '../decimal';
import { formatRate } from './format';
import { demandBelowContract, type LetterContext } from './context';
import type { LetterBlock } from './types';

const isPositive = (amount: string) => new Decimal(amount).greaterThan(0);

/** Fees deducted at disbursement, as the letter names them ("服务费800.00元"). */
export function deductedFees(c: LetterContext): string[] {
  return (c.file.loan.fees ?? []).filter((f) => f.when === 'upfront' && isPositive(f.amount)).map((f) => c.words.deductedFee(f.name, c.yuan(f.amount)));
}

/**
 * The facts in order (issue 5): the loan, what has been paid, since when it is overdue, what the
 * contract gives and what the lender claims. Figures are the case's own and the report's; the
 * payments are summed as the statement counts them (those dated up to the as-of date). What the
 * contract gives is left out when the lender demands less (demandBelowContract).
 */
export function loanFacts(c: LetterContext): LetterBlock[] {
  const { file, report, words } = c;
  const { loan } = file;
  const paid = (file.payments ?? []).filter((p) => p.date <= report.asOf);
  const total = sum(paid.map((p) => new Decimal(p.amount))).toFixed(2);
  const s = report.statement;
  const paragraphs = [
    words.loan({
      start: c.date(loan.startDate),
      principal: c.yuan(loan.principal),
      received: c.yuan(report.loan.legalPrincipal),
      deducted: deductedFees(c),
      method: words.method[loan.method],
      months: loan.termMonths,
      rate: words.rate(loan.rate.value, loan.rate.per),
      ...(loan.rate.per !== 'year' && { annual: formatRate(report.loan.annualRate) }),
      ...(report.loan.apr !== null && { apr: formatRate(report.loan.apr) }),
    }),
    words.payments(c.date(report.asOf), paid.length, c.yuan(total), paid.length ? c.date(paid[paid.length - 1]!.date) : undefined),
  ];
  if (s.daysOverdue > 0) paragraphs.push(words.overdue(c.date(formatDay(day(report.asOf) - s.daysOverdue)), s.daysOverdue, c.date(report.asOf)));
  const charges = (['penaltyInterest', 'compoundInterest', 'lateFees'] as const).filter((k) => isPositive(s[k])).map((k) => words.charge[k](c.yuan(s[k])));
  const statesContract = isPositive(s.payoff) && !demandBelowContract(report);
  if (statesContract) paragraphs.push(words.statement(c.date(report.asOf), c.yuan(s.totalDue), charges, c.yuan(s.payoff)));
  // Figures stated to the lender as the contract's must not hide that the borrower assumed its terms.
  const assumed = assumedPenaltyTerms(file.overdue);
  if (statesContract && isPositive(s.penaltyInterest) && (assumed.rate || assumed.base)) paragraphs.push(words.penaltyAssumed(assumed.rate, assumed.base));
  const claim = file.claim;
  if (claim) {
    const gap = s.claimGap !== undefined && isPositive(s.claimGap) ? c.yuan(s.claimGap) : undefined;
    paragraphs.push(words.demand(c.yuan(claim.amount), claim.date ? c.date(claim.date) : undefined, claim.source || undefined, gap));
  }
  return paragraphs.map((text) => ({ kind: 'paragraph', text }));
}
