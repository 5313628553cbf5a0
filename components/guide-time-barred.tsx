'use client';

import type { CitationId } from '@/lib/law/citations';
import type { Report } from '@/lib/report/types';
import { usePick } from './language';
import { useGuideT } from './guide-text';
import { Cite } from './cite';

const LIMITATION_SOURCES: ReadonlyArray<CitationId> = ['civil-188', 'civil-189', 'civil-192', 'civil-195', 'limitation-19'];

/**
 * Time-barred debts (LAW.md §8), in plain words, before any letter is made: the engine's
 * `time-barred` warning when it applies, and why acknowledging the debt in writing matters.
 * `always`: explain even when the debt is not time-barred (the guide); otherwise render nothing
 * then (the planner's letter section).
 */
export function GuideTimeBarred({ report, always = false }: { readonly report?: Report; readonly always?: boolean }) {
  const t = useGuideT();
  const pick = usePick();
  const warning = report?.warnings.find((w) => w.id === 'time-barred');
  if (!warning && !always) return null;
  return (
    <div className={warning ? 'time-barred warn' : 'time-barred'} data-testid="time-barred" role={warning ? 'note' : undefined}>
      {warning ? (
        <>
          <p><strong>{t('barred.warning')}</strong></p>
          <p>{pick(warning.message)}</p>
        </>
      ) : (
        report && <p>{t('barred.notBarred')}</p>
      )}
      <p>{t('barred.explain')}</p>
      <p className="citation">{warning?.citation ? <Cite>{warning.citation}</Cite> : <Cite ids={LIMITATION_SOURCES} />}</p>
    </div>
  );
}
