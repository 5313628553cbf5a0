'use client';

import Link from 'next/link';
import { Fragment, useState } from 'react';
import type { Lang } from '@/lib/display/lang';
import { CHANNELS, channelsFor, channelsOpen, defaultChannel, type Channel, type Contact } from '@/lib/guidance/evidence-flags';
import type { Report } from '@/lib/report/types';
import { useLang, usePick } from './language';
import { useGuideT } from './guide-text';
import { saveFile as save } from './save-file';
import { Cite } from './cite';
import { LETTER_DOWNLOAD_LABELS } from './letter-download-labels';
import { failureText } from './network-error';
import { useReturnFocus } from './use-return-focus';
import { todayIso } from './case-json';

/** Saved: with the characters the font cannot print, shown as □ in the PDF (lib/letter/printable.ts). */
type Step = 'idle' | 'confirming' | 'loading' | 'rendering' | { readonly saved: ReadonlyArray<string> } | { readonly failed: string };

interface Props {
  readonly draft?: Record<string, unknown>;
  readonly report?: Report;
  /** The draft was analysed and is not a valid case (the loan not yet complete): the complaint leaves the loan's figures out. */
  readonly invalid?: boolean;
  readonly evidence: ReadonlyArray<Contact>;
  /** The lender is a licensed institution (isLicensedLender): which channels are open. */
  readonly licensed?: boolean;
  /** Where the font files are served from (the app's own public/fonts). */
  readonly fontBase?: string;
}

/**
 * The complaint (issue 6): to the channel chosen (the most fitting for the log first), in either
 * language, made on this device as a PDF with the negotiation letter's renderer and font. The
 * complaint's data module and the renderer load only on the first click; a debt that may be
 * time-barred is confirmed first, as for the letter. It needs only the lender's name and the log:
 * a loan not yet complete in the planner is left out of it, and the user is told so.
 */
export function ComplaintSection({ draft, report, invalid = false, evidence, licensed = true, fontBase = '/fonts/' }: Props) {
  const t = useGuideT();
  const pick = usePick();
  const pageLang = useLang();
  const open = channelsOpen(licensed);
  const suggested = channelsFor(evidence, licensed);
  const [picked, setPicked] = useState<Channel>();
  // A channel picked before the lender's kind changed in another tab may no longer be open.
  const chosen = picked && open.includes(picked) ? picked : undefined;
  const [language, setLanguage] = useState<Lang>();
  const [step, setStep] = useState<Step>('idle');
  const channel = chosen ?? defaultChannel(evidence, licensed);
  const letterLang = language ?? pageLang;
  const barred = report?.warnings.find((w) => w.id === 'time-barred');
  const busy = step === 'loading' || step === 'rendering';
  const { into: cancelRef, back: downloadRef } = useReturnFocus(step === 'confirming', busy);

  async function make() {
    if (!draft || (!report && !invalid)) return;
    try {
      setStep('loading');
      const [{ complaintFromJson }, { complaintPdf }] = await Promise.all([import('@/lib/guidance/complaint-letter'), import('./pdf-complaint-blob')]);
      // Dated the day it is made, not the case's as-of date: a complaint dated before the contacts it
      // reports contradicts itself (a review: dated 2025-09-01 above a contact of 2026-11-20).
      const built = complaintFromJson(draft, report, { channel, language: letterLang, date: todayIso(new Date()) });
      if (!built.ok) return setStep({ failed: built.message[pageLang] });
      setStep('rendering');
      const { blob, missing } = await complaintPdf(built.letter, (file) => `${fontBase}${file}`);
      save(blob, built.letter.fileName);
      setStep({ saved: missing });
    } catch (error) {
      setStep({ failed: failureText(error, t('complaint.offline')) });
    }
  }

  return (
    <section aria-labelledby="complaint-heading" className="card" id="complaint">
      <h2 id="complaint-heading">{t('complaint.heading')}</h2>
      <p className="hint">{t('complaint.intro')}</p>
      <p className="warning-text"><strong>{t('complaint.police')}</strong></p>
      {!licensed && <p className="hint">{t('complaint.notLicensed')}</p>}
      {!evidence.length ? (
        <p className="hint">{t('complaint.needsLog')}</p>
      ) : !draft ? (
        <p className="hint">{t('complaint.needsCase')} <Link href="/" prefetch={false}>{t('stage.fill')}</Link></p>
      ) : !report && !invalid ? (
        <p className="hint">{t('complaint.waiting')}</p>
      ) : (
        <>
          {!report && <p className="hint" data-testid="complaint-no-loan">{t('complaint.noLoan')} <Link href="/" prefetch={false}>{t('stage.fill')}</Link></p>}
          <fieldset className="field radios">
            <legend>{t('complaint.channel')}</legend>
            {[...suggested, ...open.filter((c) => !suggested.includes(c))].map((c) => (
              <Fragment key={c}>
                <div className="radio">
                  <input type="radio" id={`complaint-${c}`} name="complaint-channel" checked={channel === c} onChange={() => setPicked(c)} aria-describedby={c === '12378' ? 'complaint-12378-note' : undefined} />
                  <label htmlFor={`complaint-${c}`}>
                    {pick(CHANNELS[c])}
                    {suggested[0] === c && <span className="choice-hint"> {t('complaint.suggested')}</span>}
                  </label>
                </div>
                {/* Microloan companies answer to the local financial regulator (小额贷款公司监督管理暂行办法). */}
                {c === '12378' && <p className="hint channel-note" id="complaint-12378-note">{t('complaint.microloan')} <Cite ids={['microloan-2024']} /></p>}
              </Fragment>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="complaint-language">{t('complaint.language')}</label>
            <select id="complaint-language" value={letterLang} aria-describedby={letterLang === 'en' ? 'complaint-language-hint' : undefined} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh')}>
              <option value="zh">简体中文</option>
              <option value="en">English</option>
            </select>
            {letterLang === 'en' && <p className="hint" id="complaint-language-hint" data-testid="english-complaint-hint">{t('complaint.enHint')}</p>}
          </div>
          <div className="letter-download" data-step={typeof step === 'string' ? step : 'saved' in step ? 'saved' : 'failed'}>
            {step === 'confirming' && barred ? (
              <div role="alertdialog" aria-labelledby="complaint-caution-title" aria-describedby="complaint-caution-text" className="letter-caution">
                <p id="complaint-caution-title"><strong>{t('complaint.confirmTitle')}</strong></p>
                <p id="complaint-caution-text">{pick(barred.message)}</p>
                {barred.citation && <p><small><Cite>{barred.citation}</Cite></small></p>}
                <button type="button" onClick={() => void make()}>{t('complaint.confirm')}</button>{' '}
                <button type="button" ref={cancelRef} onClick={() => setStep('idle')}>{t('complaint.cancel')}</button>
              </div>
            ) : (
              <button type="button" ref={downloadRef} aria-disabled={busy} aria-busy={busy} onClick={() => busy || (barred ? setStep('confirming') : void make())}>{t('complaint.download')}</button>
            )}
            <div role="status" aria-live="polite">
              {step === 'loading' && t('complaint.loading')}
              {step === 'rendering' && t('complaint.rendering')}
              {typeof step === 'object' && 'saved' in step && t('complaint.saved')}
              {typeof step === 'object' && 'saved' in step && step.saved.length > 0 && <span className="warning-text"> {LETTER_DOWNLOAD_LABELS[pageLang].missing}{step.saved.join(' ')}</span>}
              {typeof step === 'object' && 'failed' in step && `${t('complaint.failed')}${step.failed}`}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
