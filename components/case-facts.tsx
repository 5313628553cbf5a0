'use client';

import { useMemo } from 'react';
import { formatDate } from '@/lib/display/format-date';
import { formatMoney } from '@/lib/display/format-money';
import type { Report } from '@/lib/report/types';
import { useAnalysis } from './analysis-context';
import { useLang, useT } from './language';

interface Facts {
  readonly lender?: { readonly name?: unknown };
  readonly loan?: { readonly principal?: unknown; readonly startDate?: unknown };
}

/**
 * Which loan the result is about, in one line: on screen a reminder, on paper the heading. Read
 * from the case the figures were computed for, not from the form: while the input has an error,
 * the figures shown are the last valid case's, and so is this line.
 */
export function CaseFacts({ report }: { readonly report: Report }) {
  const t = useT();
  const lang = useLang();
  const { reportCaseText } = useAnalysis();
  const facts = useMemo(() => (reportCaseText ? (JSON.parse(reportCaseText) as Facts) : {}), [reportCaseText]);
  const lender = facts.lender?.name;
  const principal = facts.loan?.principal;
  const startDate = facts.loan?.startDate;
  const parts = [
    typeof lender === 'string' && lender ? lender : undefined,
    typeof principal === 'string' && principal ? t('facts.principal', { amount: formatMoney(principal) }) : undefined,
    typeof startDate === 'string' && startDate ? t('facts.start', { date: formatDate(startDate, lang) }) : undefined,
    t('facts.asOf', { date: formatDate(report.asOf, lang) }),
  ].filter(Boolean);
  return <p className="case-facts">{parts.join(' · ')}</p>;
}
