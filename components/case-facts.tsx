'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { formatDate } from '@/lib/display/format-date';
import { formatMoney } from '@/lib/display/format-money';
import type { Report } from '@/lib/report/types';
import type { CaseDraft } from './case-json';
import { useLang, useT } from './language';

/** Which loan the result is about, in one line: on screen a reminder, on paper the heading. */
export function CaseFacts({ report }: { readonly report: Report }) {
  const t = useT();
  const lang = useLang();
  const { control } = useFormContext<CaseDraft>();
  const [lender, principal, startDate] = useWatch({ control, name: ['lender.name', 'loan.principal', 'loan.startDate'] });
  const parts = [
    typeof lender === 'string' && lender ? lender : undefined,
    typeof principal === 'string' && principal ? t('facts.principal', { amount: formatMoney(principal) }) : undefined,
    typeof startDate === 'string' && startDate ? t('facts.start', { date: formatDate(startDate, lang) }) : undefined,
    t('facts.asOf', { date: formatDate(report.asOf, lang) }),
  ].filter(Boolean);
  return <p className="case-facts">{parts.join(' · ')}</p>;
}
