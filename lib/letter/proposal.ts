import { Decimal } from '../decimal';
import type { LetterPlan } from './choose-plan';
import type { LetterContext } from './context';
import { formatMoney } from './format';
import type { LetterBlock } from './types';

const positive = (amount: string) => new Decimal(amount).greaterThan(0);

function proposalText(c: LetterContext, p: LetterPlan): string {
  const { words } = c;
  if (p.kind === 'settlement') return words.proposal.settlement(c.yuanInWords(p.payment), c.date(p.schedule[0]?.date ?? c.report.asOf));
  const terms = {
    baseKind: p.baseKind,
    amount: c.yuanInWords(p.amount),
    ...(positive(p.downPayment) && { downPayment: c.yuanInWords(p.downPayment) }),
    months: p.months,
    first: c.date(p.schedule[0]?.date ?? c.report.asOf),
    payment: c.yuanInWords(p.payment),
    total: c.yuanInWords(p.total),
    rate: p.annualRate,
  };
  if (p.kind === 'instalments') return words.proposal.instalments(terms);
  return words.proposal.deferral({ ...terms, graceMonths: p.graceMonths, graceRate: p.graceAnnualRate, graceInterest: c.yuan(p.graceInterest), graceInterestPaid: p.graceInterestPaid });
}

/**
 * The plan's table: date, amount, balance per row, a down payment first when there is one, and the
 * total. Dates as the letter's sentences write them ("2025年10月1日" / "1 October 2025"); amounts
 * as bare grouped figures, the unit being in the column labels.
 */
function planTable(c: LetterContext, p: LetterPlan): LetterBlock {
  const t = c.words.table;
  const down = positive(p.downPayment) ? [[t.down, t.onAgreement, formatMoney(p.downPayment), formatMoney(p.amount)]] : [];
  return {
    kind: 'table',
    caption: t.caption,
    columns: [
      { label: t.n, align: 'left' },
      { label: t.date, align: 'left' },
      { label: t.payment, align: 'right' },
      { label: t.balance, align: 'right' },
    ],
    rows: [...down, ...p.schedule.map((r) => [String(r.n), c.date(r.date), formatMoney(r.payment), formatMoney(r.balance)])],
    total: [t.total, '', formatMoney(p.total), ''],
  };
}

/** The proposal: the chosen plan in words (amounts also in capital numerals) and its table. */
export function proposal(c: LetterContext, plan: LetterPlan | undefined): LetterBlock[] {
  if (!plan) return [{ kind: 'paragraph', text: c.words.proposal.none }];
  return [
    { kind: 'paragraph', text: proposalText(c, plan) },
    planTable(c, plan),
    { kind: 'paragraph', text: c.words.proposal.commitment },
  ];
}
