import { Decimal } from '../decimal';
import type { StatementJson } from '../report/types';
import type { LetterPlan } from './choose-plan';
import { demandBelowContract, type LetterContext } from './context';
import { LETTER_REQUESTS, type LetterBlock } from './types';

const overdueCharges = (s: StatementJson) => new Decimal(s.penaltyInterest).plus(s.compoundInterest).plus(s.lateFees);

/**
 * The penalty charges inside what the proposal pays: the supported statement's when it repays the
 * supported figure, the contract's for the contract figure; unknown for a demand or an amount
 * typed, whose parts the app cannot see, and for a settlement, a lump sum of its own. Undefined
 * when none.
 */
function chargesInProposal(c: LetterContext, plan: LetterPlan | undefined): Decimal | undefined {
  if (!plan || plan.kind === 'settlement') return undefined;
  const base = plan.baseKind;
  const statement = base === 'supported' ? c.report.caps.supported?.statement : base === 'claimed' ? c.report.statement : undefined;
  const charges = statement && overdueCharges(statement);
  return charges?.greaterThan(0) ? charges : undefined;
}

/**
 * The requests the borrower ticked, in a fixed order, as one numbered list. Asking to waive the
 * penalty charges beside a proposal that pays them would contradict it: the request then says how
 * much of them the proposal holds, and asks for its amount to fall by as much.
 */
export function requests(c: LetterContext, proposal?: LetterPlan): LetterBlock[] {
  const ticked = new Set(c.file.letter?.requests ?? []);
  const charged = c.report.caps.overdueTest.charged;
  // The contract's charges are not named to a lender who asks for less than the contract gives (demandBelowContract).
  const chargedText = new Decimal(charged).greaterThan(0) && !demandBelowContract(c.report) ? c.yuan(charged) : undefined;
  const reachable = Boolean(c.file.borrower?.phone || c.file.borrower?.address);
  const included = chargesInProposal(c, proposal);
  const includedText = included && c.yuan(included.toFixed(2));
  const items = LETTER_REQUESTS.filter((id) => ticked.has(id)).map((id) => c.words.request(id, chargedText, c.date(c.report.asOf), reachable, includedText));
  return items.length ? [{ kind: 'list', items }] : [];
}
