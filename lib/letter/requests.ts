import { Decimal } from '../decimal';
import type { LetterContext } from './context';
import { LETTER_REQUESTS, type LetterBlock } from './types';

/** The requests the borrower ticked, in a fixed order, as one numbered list. */
export function requests(c: LetterContext): LetterBlock[] {
  const ticked = new Set(c.file.letter?.requests ?? []);
  const charged = c.report.caps.overdueTest.charged;
  const chargedText = new Decimal(charged).greaterThan(0) ? c.yuan(charged) : undefined;
  const reachable = Boolean(c.file.borrower?.phone || c.file.borrower?.address);
  const items = LETTER_REQUESTS.filter((id) => ticked.has(id)).map((id) => c.words.request(id, chargedText, c.date(c.report.asOf), reachable));
  return items.length ? [{ kind: 'list', items }] : [];
}
