'use client';

import { cite } from '@/lib/law/citations';
import type { Report } from '@/lib/report/types';
import { useT } from './language';
import { Cite } from './cite';

/** Where the borrower stands (LAW.md §8): what usually happens at this stage, and their rights. */
export function StageNote({ report }: { readonly report: Report }) {
  const t = useT();
  const { stage } = report;
  return (
    <div className="stage">
      <p>
        <strong>{t(`stage.${stage}`)}</strong>
        {report.statement.daysOverdue > 0 && ` · ${t('stage.days', { n: report.statement.daysOverdue })}`}
      </p>
      <p>{t(`stage.${stage}.what`)}</p>
      {stage !== 'current' && (
        <>
          <p>{t('stage.rights')}</p>
          <p>{t('stage.credit')} <Cite>{cite('credit-16', 'credit-17')}</Cite></p>
        </>
      )}
    </div>
  );
}
