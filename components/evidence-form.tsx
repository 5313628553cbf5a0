'use client';

import { useEffect, useRef, useState } from 'react';
import type { Contact } from '@/lib/guidance/evidence-flags';
import { todayIso } from './case-json';
import { useGuideT } from './guide-text';
import type { GuideKey } from './i18n-guide';

export const CHANNELS_LOGGED: ReadonlyArray<Contact['channel']> = ['call', 'sms', 'app', 'wechat', 'visit', 'letter', 'other'];
/** The conduct boxes, in the order a borrower meets them: contacts and threats to tell them, then threats, insults, false legal claims, posing as officials. */
const CONDUCT = ['thirdParty', 'thirdPartyThreats', 'threats', 'insults', 'falseLegalClaims', 'impersonation'] as const;

/** Limits of the case schema's evidenceSchema (lib/case/schema.ts), checked here so a saved row is always valid. */
const MAX_TEXT = 200;
const MAX_SUMMARY = 2000;
const MAX_FILES = 20;
export const MAX_EVIDENCE = 500;
const AT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

interface Values {
  at: string;
  channel: Contact['channel'];
  who: string;
  summary: string;
  files: string;
  thirdParty: boolean;
  threats: boolean;
  insults: boolean;
  impersonation: boolean;
  falseLegalClaims: boolean;
  thirdPartyThreats: boolean;
}

const valuesOf = (c?: Contact): Values => ({
  at: c?.at ?? '',
  channel: c?.channel ?? 'call',
  who: c?.who ?? '',
  summary: c?.summary ?? '',
  files: (c?.attachments ?? []).join('\n'),
  thirdParty: c?.thirdParty ?? false,
  threats: c?.threats ?? false,
  insults: c?.insults ?? false,
  impersonation: c?.impersonation ?? false,
  falseLegalClaims: c?.falseLegalClaims ?? false,
  thirdPartyThreats: c?.thirdPartyThreats ?? false,
});

/** A local date and time to the minute, as a datetime-local input holds it: `yyyy-MM-ddTHH:mm`. */
export const localMinute = (now: Date): string => `${todayIso(now)}T${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;

const fileNames = (text: string) => text.split('\n').map((f) => f.trim()).filter(Boolean);

/** The contact to store: optional fields only when they say something, so the case file stays tidy. */
function contactOf(v: Values): Contact {
  const files = fileNames(v.files);
  return {
    at: v.at,
    channel: v.channel,
    who: v.who.trim(),
    ...(v.summary.trim() && { summary: v.summary.trim() }),
    ...Object.fromEntries(CONDUCT.filter((k) => v[k]).map((k) => [k, true])),
    ...(files.length > 0 && { attachments: files }),
  };
}

/** An error as its message key, translated when shown: a stored text would stay in the language it was found in. */
interface FieldError {
  readonly key: Extract<GuideKey, `log.error.${string}`>;
  readonly max?: number;
}

type Errors = Partial<Record<'at' | 'who' | 'summary' | 'files', FieldError>>;

interface Props {
  /** The contact being edited, or undefined for a new one. */
  readonly contact?: Contact;
  /** 1-based number of the contact edited (for the legend). */
  readonly number?: number;
  readonly onSave: (contact: Contact) => void;
  readonly onCancel: () => void;
}

/** One collection contact, entered or corrected: native inputs, errors tied to their fields, focus on the first field when opened. */
export function EvidenceForm({ contact, number, onSave, onCancel }: Props) {
  const t = useGuideT();
  // A new contact starts at this minute, as most are logged just after they happen (a review
  // found the time empty, and the log's first error was a blank time).
  const [v, setV] = useState<Values>(() => (contact ? valuesOf(contact) : { ...valuesOf(), at: localMinute(new Date()) }));
  const [errors, setErrors] = useState<Errors>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((old) => ({ ...old, [k]: value }));

  const save = () => {
    const files = fileNames(v.files);
    const found: Errors = {
      ...(!AT.test(v.at) && { at: { key: 'log.error.at' } }),
      ...(!v.who.trim() ? { who: { key: 'log.error.who' } } : v.who.trim().length > MAX_TEXT && { who: { key: 'log.error.long', max: MAX_TEXT } }),
      ...(v.summary.trim().length > MAX_SUMMARY && { summary: { key: 'log.error.long', max: MAX_SUMMARY } }),
      ...((files.length > MAX_FILES || files.some((f) => f.length > MAX_TEXT)) && { files: { key: 'log.error.files', max: MAX_FILES } }),
    };
    setErrors(found);
    const firstBad = (['at', 'who', 'summary', 'files'] as const).find((k) => found[k]);
    if (firstBad) document.getElementById(`evidence-${firstBad}`)?.focus();
    else onSave(contactOf(v));
  };

  const err = (k: keyof Errors) => (errors[k] ? { 'aria-invalid': true as const, 'aria-describedby': `evidence-${k}-error` } : {});
  const errorText = (k: keyof Errors) => {
    const e = errors[k];
    return e && <p className="error" id={`evidence-${k}-error`}>{t(e.key, e.max === undefined ? undefined : { max: e.max })}</p>;
  };

  return (
    <fieldset className="evidence-form" data-testid="evidence-form">
      <legend>{number ? t('log.form.edit', { n: number }) : t('log.form.new')}</legend>
      <div className="row-2">
        <div className="field">
          <label htmlFor="evidence-at">{t('log.at')}</label>
          <input ref={first} id="evidence-at" type="datetime-local" value={v.at} onChange={(e) => set('at', e.target.value.slice(0, 16))} {...err('at')} />
          {errorText('at')}
        </div>
        <div className="field">
          <label htmlFor="evidence-channel">{t('log.channel')}</label>
          <select id="evidence-channel" value={v.channel} onChange={(e) => set('channel', e.target.value as Contact['channel'])}>
            {CHANNELS_LOGGED.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="evidence-who">{t('log.who')}</label>
        <p className="hint" id="evidence-who-hint">{t('log.who.hint')}</p>
        <input id="evidence-who" type="text" value={v.who} onChange={(e) => set('who', e.target.value)} aria-describedby={errors.who ? 'evidence-who-error' : 'evidence-who-hint'} {...(errors.who && { 'aria-invalid': true })} />
        {errorText('who')}
      </div>
      <div className="field">
        <label htmlFor="evidence-summary">{t('log.summary')}</label>
        <textarea id="evidence-summary" rows={3} value={v.summary} onChange={(e) => set('summary', e.target.value)} {...err('summary')} />
        {errorText('summary')}
      </div>
      <fieldset className="field checkboxes">
        <legend>{t('log.conduct')}</legend>
        {CONDUCT.map((k) => (
          <div className="checkbox" key={k}>
            <input type="checkbox" id={`evidence-${k}`} checked={v[k]} onChange={(e) => set(k, e.target.checked)} aria-describedby={k === 'falseLegalClaims' ? 'evidence-falseLegalClaims-hint' : undefined} />
            <label htmlFor={`evidence-${k}`}>{t(`log.${k}`)}</label>
            {k === 'falseLegalClaims' && <p className="hint" id="evidence-falseLegalClaims-hint">{t('log.falseLegalClaims.hint')}</p>}
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="evidence-files">{t('log.attachments')}</label>
        <p className="hint" id="evidence-files-hint">{t('log.attachments.hint')}</p>
        <textarea id="evidence-files" rows={2} value={v.files} onChange={(e) => set('files', e.target.value)} aria-describedby={errors.files ? 'evidence-files-error' : 'evidence-files-hint'} {...(errors.files && { 'aria-invalid': true })} />
        {errorText('files')}
        <label className="file-pick">
          <span>{t('log.pick')}</span>
          <input
            type="file"
            multiple
            onChange={(e) => {
              // Only the names are kept: the files are never read.
              const names = [...(e.target.files ?? [])].map((f) => f.name);
              e.target.value = '';
              if (names.length) set('files', [...fileNames(v.files), ...names].join('\n'));
            }}
          />
        </label>
      </div>
      <div className="button-row">
        <button type="button" onClick={save}>{t('log.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('log.cancel')}</button>
      </div>
    </fieldset>
  );
}
