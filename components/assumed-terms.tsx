'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { assumedPenaltyTerms } from '@/lib/case/assumed-terms';
import type { Report } from '@/lib/report/types';
import type { CaseDraft } from './case-json';
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
    <p className="note" data-testid="assumed-terms">
      {t('assumed.text', { parts })}
    </p>
  );
}
