'use client';

import { useState } from 'react';
import type { Letter } from '@/lib/letter';
import type { Report } from '@/lib/report/types';
import type { LetterDownloadLabels } from './letter-download-labels';
import { letterOf, useLetter, type LetterSource } from './letter-use-letter';
import { failureText } from './network-error';
import { saveFile as save } from './save-file';
import { useReturnFocus } from './use-return-focus';

// For client components; a server component imports the labels from letter-download-labels.tsx.
export { LETTER_DOWNLOAD_LABELS, type LetterDownloadLabels } from './letter-download-labels';

type Step = { readonly kind: 'idle' } | { readonly kind: 'confirming'; readonly letter: Letter } | { readonly kind: 'loading' } | { readonly kind: 'rendering' } | { readonly kind: 'saved'; readonly ms: number; readonly missing: ReadonlyArray<string> } | { readonly kind: 'failed'; readonly why: string };

interface Props extends LetterSource {
  readonly labels: LetterDownloadLabels;
  /** Where the font files are served from (the app's own public/fonts). */
  readonly fontBase?: string;
  /**
   * The case as it stands at the click, when the source above lags behind it (the planner
   * rebuilds the letter shown once typing pauses): the saved PDF is always of what was typed.
   */
  readonly latest?: () => { readonly caseJson: unknown; readonly report: Report } | undefined;
}


/**
 * Makes the letter PDF on the user's device and saves it as 协商还款申请-<lender>-<date>.pdf.
 * The renderer and the font load only on the first click (a dynamic import); a debt that may be
 * time-barred is confirmed first, because the letter acknowledges it in writing.
 */
export function LetterDownloadButton({ labels, fontBase = '/fonts/', latest, ...source }: Props) {
  const result = useLetter(source);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'loading' || step.kind === 'rendering';
  // The caution replaces the download button: focus goes into it and back (components/use-return-focus.ts).
  const { into: cancelRef, back: downloadRef } = useReturnFocus(step.kind === 'confirming', busy);

  async function make(letter: Letter) {
    const started = performance.now();
    try {
      setStep({ kind: 'loading' });
      const { letterPdf } = await import('./pdf-letter-blob');
      setStep({ kind: 'rendering' });
      const { blob, missing } = await letterPdf(letter, (file) => `${fontBase}${file}`);
      save(blob, letter.fileName);
      setStep({ kind: 'saved', ms: Math.round(performance.now() - started), missing });
    } catch (error) {
      setStep({ kind: 'failed', why: failureText(error, labels.offline) });
    }
  }

  /** The letter of the case as it is now: the one shown, or rebuilt from newer input. */
  function letterNow(): Letter | undefined {
    const now = latest?.();
    if (!now || (now.caseJson === source.caseJson && now.report === source.report)) return result.ok ? result.letter : undefined;
    const fresh = letterOf({ ...source, ...now });
    if (fresh.ok) return fresh.letter;
    setStep({ kind: 'failed', why: fresh.message[source.language] });
    return undefined;
  }

  function start() {
    const letter = letterNow();
    if (!letter) return;
    if (letter.cautions.length) setStep({ kind: 'confirming', letter });
    else void make(letter);
  }

  if (!result.ok) return <p role="alert">{result.message[source.language]}</p>;
  const progress = { loading: 1, rendering: 2, saved: 3 }[step.kind as 'loading' | 'rendering' | 'saved'];

  return (
    <div className="letter-download" data-step={step.kind} data-render-ms={step.kind === 'saved' ? step.ms : undefined}>
      {step.kind === 'confirming' ? (
        <div role="alertdialog" aria-labelledby="letter-caution-title" aria-describedby="letter-caution-text" className="letter-caution">
          <p id="letter-caution-title"><strong>{labels.confirmTitle}</strong></p>
          {step.letter.cautions.map((c) => (
            <div key={c.id} id="letter-caution-text">
              <p>{c.message}</p>
              <p><small>{c.citation}</small></p>
            </div>
          ))}
          <button type="button" onClick={() => void make(step.letter)}>{labels.confirm}</button>{' '}
          <button type="button" ref={cancelRef} onClick={() => setStep({ kind: 'idle' })}>{labels.cancel}</button>
        </div>
      ) : (
        // aria-disabled, not disabled, while the PDF is made: a disabled button drops the focus to
        // <body>, and a keyboard user would be sent back to the top of the page.
        <button type="button" ref={downloadRef} aria-disabled={busy} aria-busy={busy} onClick={() => busy || start()}>
          {labels.download}
        </button>
      )}
      <div role="status" aria-live="polite">
        {progress !== undefined && step.kind !== 'saved' && <progress max={3} value={progress} aria-label={labels.download} />}
        {step.kind === 'loading' && <span> {labels.loading}</span>}
        {step.kind === 'rendering' && <span> {labels.rendering}</span>}
        {step.kind === 'saved' && <span>{labels.saved}</span>}
        {step.kind === 'saved' && step.missing.length > 0 && <span className="warning-text"> {labels.missing}{step.missing.join(' ')}</span>}
        {step.kind === 'failed' && <span>{labels.failed}{step.why}</span>}
      </div>
    </div>
  );
}
