'use client';

import type { Report } from '@/lib/report/types';
import { useAnalysis } from './analysis-context';
import { CaseFacts } from './case-facts';
import { ErrorSummary } from './error-summary';
import { Fold } from './fold';
import { CapLines, Findings, TrueCost } from './law-section';
import { usePick, useT } from './language';
import { OwedItems } from './owed-items';
import { ScheduleTable } from './schedule-table';
import { StageNote } from './stage-note';
import { VerdictCard } from './verdict-card';
import { AssumedTerms } from './assumed-terms';
import { Cite } from './cite';

/** The result, recomputed as the user types: the verdict first, the details folded beneath. */
export function ResultsSection() {
  const t = useT();
  const { ready, report, stale, errors, sorted } = useAnalysis();
  return (
    <section aria-labelledby="results-heading" className="card results" id="results">
      <h2 id="results-heading">{t('results.heading')}</h2>
      {!ready && <p>{t('results.loading')}</p>}
      {errors.length > 0 && <ErrorSummary sorted={sorted} stale={stale} />}
      {ready && !report && errors.length > 0 && <p className="hint">{t('results.empty')}</p>}
      {report && <ReportView report={report} stale={stale} />}
    </section>
  );
}

/** The engine's warnings, each with its source. */
function WarningList({ warnings }: { readonly warnings: Report['warnings'] }) {
  const t = useT();
  const pick = usePick();
  if (!warnings.length) return null;
  return (
    <ul className="warnings" aria-label={t('results.warnings')}>
      {warnings.map((w, i) => (
        <li key={`${w.id}-${i}`}>
          <p>{pick(w.message)}</p>
          {w.citation && <p className="citation"><Cite>{w.citation}</Cite></p>}
        </li>
      ))}
    </ul>
  );
}

function ReportView({ report, stale }: { readonly report: Report; readonly stale: boolean }) {
  const t = useT();
  // A debt that may be time-barred: read before the offer the verdict suggests, since promising to
  // pay it, or paying any of it, can cost the defence (a review found the offer first, the warning below it).
  const barred = report.warnings.filter((w) => w.id === 'time-barred');
  return (
    <div className={stale ? 'report stale' : 'report'} data-testid="report">
      <CaseFacts report={report} />
      <WarningList warnings={barred} />
      <VerdictCard report={report} />
      <AssumedTerms report={report} />
      <WarningList warnings={report.warnings.filter((w) => w.id !== 'time-barred')} />
      <h3>{t('results.law')}</h3>
      <TrueCost report={report} />
      <CapLines report={report} />
      <Fold summary={t('results.items')} lazy>
        <OwedItems report={report} />
      </Fold>
      <Fold summary={t('results.findings')} lazy>
        <Findings report={report} />
      </Fold>
      <Fold summary={t('results.stage')} lazy>
        <StageNote report={report} />
      </Fold>
      <Fold summary={t('results.schedule', { n: report.schedule.length })} lazy>
        <ScheduleTable rows={report.schedule} caption={t('schedule.caption')} />
      </Fold>
      <p className="not-advice">{t('results.notAdvice')}</p>
      <button type="button" className="secondary no-print" onClick={() => window.print()}>{t('results.print')}</button>
    </div>
  );
}
