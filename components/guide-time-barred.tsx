'use client';

import type { CitationId } from '@/lib/law/citations';
import { nearTimeBar } from '@/lib/guidance/limitation-near';
import type { Report } from '@/lib/report/types';
import { usePick } from './language';
import { useGuideT } from './guide-text';
import { Cite } from './cite';

const LIMITATION_SOURCES: ReadonlyArray<CitationId> = ['civil-188', 'civil-189', 'civil-192', 'civil-195', 'limitation-19'];

interface Props {
  readonly report?: Report;
  /** The case as the planner keeps it (payments, acceleration): whether the three years are near. */
  readonly draft?: unknown;
  readonly always?: boolean;
}

/**
 * Time-barred debts (LAW.md §8), in plain words, before any letter is made: the engine's
 * `time-barred` warning when it applies, and why acknowledging the debt in writing matters.
 * `always`: explain even when the debt is neither time-barred nor near it (the guide); otherwise
 * render nothing then (the planner's letter section). The box is open and prominent only when it
 * concerns the case: the debt may be time-barred (red), or the three years are near (open); else
 * one calm line, the explanation folded under it (a review found it alarming 95 days overdue).
 */
export function GuideTimeBarred({ report, draft, always = false }: Props) {
  const t = useGuideT();
  const pick = usePick();
  const warning = report?.warnings.find((w) => w.id === 'time-barred');
  // Near the three years, a letter agreeing to pay starts them again: said where the letter is made too.
  const near = !warning && report !== undefined && nearTimeBar(draft, report);
  if (!warning && !near && !always) return null;
  const sources = <p className="citation">{warning?.citation ? <Cite>{warning.citation}</Cite> : <Cite ids={LIMITATION_SOURCES} />}</p>;
  if (warning) {
    return (
      <div className="time-barred warn" data-testid="time-barred" data-state="barred" role="note">
        <p><strong>{t('barred.warning')}</strong></p>
        <p>{pick(warning.message)}</p>
        <p>{t('barred.explain')}</p>
        {sources}
      </div>
    );
  }
  if (near) {
    return (
      <div className="time-barred near" data-testid="time-barred" data-state="near">
        <p><strong>{t('barred.near')}</strong></p>
        <p>{t('barred.explain')}</p>
        {sources}
      </div>
    );
  }
  return (
    <details className="fold time-barred" data-testid="time-barred" data-state="calm">
      <summary>{t(report ? 'barred.notBarred' : 'barred.about')}</summary>
      <div className="fold-body">
        <p>{t('barred.explain')}</p>
        {sources}
      </div>
    </details>
  );
}
