'use client';

import type { Report } from '@/lib/report/types';
import { useEngine } from './engine';
import { usePick, useT } from './language';
import { Cite } from './cite';

/**
 * Where the borrower stands (LAW.md §8): what usually happens at this stage, and their rights.
 * The paragraphs come with the engine (lib/guidance/stage-note.ts), which is loaded whenever a
 * report exists.
 */
export function StageNote({ report }: { readonly report: Report }) {
  const t = useT();
  const pick = usePick();
  const engine = useEngine();
  const { stage } = report;
  const note = engine?.stageNote(stage, report.caps.regime);
  return (
    <div className="stage">
      <p>
        <strong>{t(`stage.${stage}`)}</strong>
        {report.statement.daysOverdue > 0 && ` · ${t('stage.days', { n: report.statement.daysOverdue })}`}
      </p>
      {note && <p>{pick(note.what)}</p>}
      {note?.rights && <p>{pick(note.rights)}</p>}
      {note?.credit && <p>{pick(note.credit)} <Cite ids={['credit-16', 'credit-17']} /></p>}
    </div>
  );
}
