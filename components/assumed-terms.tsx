'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { assumedPenaltyTerms } from '@/lib/case/assumed-terms';
import type { Report } from '@/lib/report/types';
import type { CaseDraft } from './case-json';
import { useCaseValue } from './form-fields';
import { useT } from './language';

/**
 * Says when the penalty interest shown rests on the defaults (case-format.md: 1.5 times the
 * contract rate; LAW.md §6: on the missed principal only) because the user left the overdue
 * terms blank. A reviewer found these figures read as the contract's own, though a JD 金条
 * contract, for one, charges penalty on all the unpaid principal and comes out higher.
 */
export function AssumedTerms({ report }: { readonly report: Report }) {
  const t = useT();
  const { control } = useFormContext<CaseDraft>();
  const [penalty, penaltyBase] = useWatch({ control, name: ['overdue.penalty', 'overdue.penaltyBase'] });
  const { rate: rateAssumed, base: baseAssumed } = assumedPenaltyTerms({ penalty, penaltyBase });
  if (report.statement.penaltyInterest === '0.00' || (!rateAssumed && !baseAssumed)) return null;
  const parts = [rateAssumed && t('assumed.rate'), baseAssumed && t('assumed.base')].filter(Boolean).join(t('assumed.and'));
  return (
    <div className="note" data-testid="assumed-terms">
      <p>{t('assumed.text', { parts })}</p>
      {baseAssumed && <JdBase />}
    </div>
  );
}

/** JD 金条's lender names as users type them: the product, the company, in Chinese or English. */
const JD = /京东|金条|\bJD\b|jingdong|jintiao/i;

/**
 * For a JD 金条 loan left on the default base: its contracts charge penalty interest on all the
 * unpaid principal (LAW.md §6, `outstanding-principal`), and the overdue terms are folded away. A
 * Chinese review typed 京东金条, never opened them, and got a payoff ¥617 too low, the lender's
 * demand looking ¥1,544 above the contract and its overcharge a tenth of the real one.
 */
function JdBase() {
  const t = useT();
  const [lender] = useCaseValue<unknown>('lender.name');
  const [, setBase] = useCaseValue<unknown>('overdue.penaltyBase');
  if (typeof lender !== 'string' || !JD.test(lender)) return null;
  return (
    <p>
      {t('assumed.jd')}{' '}
      <button type="button" className="link-button" onClick={() => setBase('outstanding-principal')}>{t('assumed.jd.use')}</button>
    </p>
  );
}
