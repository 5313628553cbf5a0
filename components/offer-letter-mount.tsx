'use client';

import { useMemo } from 'react';
import type { Lang } from '@/lib/display/lang';
import type { Report } from '@/lib/report/types';
import { Fold } from './fold';
import { GuideTimeBarred } from './guide-time-barred';
import { LetterDownloadButton } from './letter-download-button';
import { LETTER_DOWNLOAD_LABELS } from './letter-download-labels';
import { LetterPreview } from './letter-preview';
import { useLang, useT } from './language';

/**
 * Where the letter components (issue 5) are mounted: the letter in its own language, the
 * button's labels in the page's. Loaded with a dynamic import by the letter
 * section: the letter data module brings the case schema and Decimal with it, which must stay out
 * of the page's first-load JavaScript.
 */
interface CaseNow { readonly caseText: string; readonly report: Report }

interface Props extends CaseNow {
  readonly language: Lang;
  /** The case as it stands now, which the props lag behind while typing has not paused. */
  readonly latest: () => CaseNow | undefined;
}

export default function LetterMount({ caseText, report, language, latest }: Props) {
  const t = useT();
  const pageLang = useLang();
  const caseJson = useMemo(() => JSON.parse(caseText) as unknown, [caseText]);
  const latestSource = () => {
    const now = latest();
    if (!now || now.caseText === caseText) return undefined; // the letter shown is of the case as it is
    return { caseJson: JSON.parse(now.caseText) as unknown, report: now.report };
  };
  return (
    <div className="letter-mount">
      {/* A debt that may be time-barred, or soon will be, is explained before the letter can be made (issue 6). */}
      <GuideTimeBarred report={report} draft={caseJson} />
      <LetterDownloadButton caseJson={caseJson} report={report} language={language} latest={latestSource} labels={LETTER_DOWNLOAD_LABELS[pageLang]} />
      <Fold summary={t('letter.preview')} lazy>
        <LetterPreview caseJson={caseJson} report={report} language={language} label={t('letter.preview')} />
      </Fold>
    </div>
  );
}
