'use client';

import { useRef, useState } from 'react';
import { CHANNELS, flagsFor, type Contact } from '@/lib/guidance/evidence-flags';
import { formatDateTime } from '@/lib/display/format-date';
import { useLang, usePick } from './language';
import { EvidenceForm, MAX_EVIDENCE } from './evidence-form';
import { useGuideT } from './guide-text';
import { Cite } from './cite';

interface Props {
  readonly contacts: ReadonlyArray<Contact>;
  readonly onChange: (contacts: ReadonlyArray<Contact>) => void;
  /** The lender is a licensed institution (isLicensedLender): which rules and channels apply. */
  readonly licensed?: boolean;
}

type Editing = { readonly index: number } | 'new' | undefined;

const byTime = (a: Contact, b: Contact) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * The evidence log (issue 6): every collection contact, in time order, with the rules it breaks
 * (lib/guidance/evidence-flags.ts), their sources and where to complain; add, edit, delete. The
 * log is the case file's `evidence`, saved with the draft by the caller. A deleted contact can be
 * put back until the next change to the log: a record of abuse is evidence, and one mistaken tap
 * must not lose it.
 */
export function EvidenceLog({ contacts, onChange, licensed = true }: Props) {
  const t = useGuideT();
  const [editing, setEditing] = useState<Editing>();
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Contact>();
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const flagged = contacts.filter((c) => flagsFor(c, licensed).length > 0).length;

  const focusRow = (contact: Contact, next: ReadonlyArray<Contact>) =>
    requestAnimationFrame(() => (list.current?.children[next.indexOf(contact)] as HTMLElement | undefined)?.focus());

  const save = (contact: Contact) => {
    const kept = editing === 'new' || editing === undefined ? contacts : contacts.filter((_, i) => i !== editing.index);
    const next = [...kept, contact].sort(byTime);
    onChange(next);
    setEditing(undefined);
    setDeleted(undefined);
    setStatus(t('log.saved'));
    focusRow(contact, next);
  };

  const remove = (index: number) => {
    onChange(contacts.filter((_, i) => i !== index));
    setEditing(undefined);
    setDeleted(contacts[index]);
    setStatus(t('log.deleted'));
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const restore = () => {
    if (!deleted) return;
    const next = [...contacts, deleted].sort(byTime);
    onChange(next);
    setDeleted(undefined);
    setStatus(t('log.restored'));
    focusRow(deleted, next);
  };

  const edit = (index: number) => {
    setDeleted(undefined);
    setEditing({ index });
  };

  const cancel = () => {
    const was = editing;
    setEditing(undefined);
    requestAnimationFrame(() => (was === 'new' || was === undefined ? addButton.current?.focus() : (list.current?.children[was.index] as HTMLElement | undefined)?.focus()));
  };

  return (
    <section aria-labelledby="log-heading" className="card" id="log">
      <h2 id="log-heading">{t('log.heading')}</h2>
      <p className="hint">{t('log.intro')}</p>
      <p data-testid="log-count">{contacts.length ? t('log.count', { n: contacts.length, flagged }) : t('log.empty')}</p>
      {contacts.length > 0 && (
        <ol className="evidence-list" ref={list} aria-label={t('log.caption')}>
          {contacts.map((c, i) =>
            editing !== 'new' && editing?.index === i ? (
              <li key={`${c.at}-${i}`} tabIndex={-1}>
                <EvidenceForm contact={c} number={i + 1} onSave={save} onCancel={cancel} />
              </li>
            ) : (
              <EvidenceRow key={`${c.at}-${i}`} contact={c} n={i + 1} licensed={licensed} onEdit={() => edit(i)} onDelete={() => remove(i)} />
            ),
          )}
        </ol>
      )}
      {editing === 'new' ? (
        <EvidenceForm onSave={save} onCancel={cancel} />
      ) : (
        <button type="button" ref={addButton} disabled={contacts.length >= MAX_EVIDENCE} onClick={() => { setStatus(''); setDeleted(undefined); setEditing('new'); }}>{t('log.add')}</button>
      )}
      {contacts.length >= MAX_EVIDENCE && <p className="hint">{t('log.full', { max: MAX_EVIDENCE })}</p>}
      <p role="status" className="saved-note">{status}</p>
      {deleted && <button type="button" className="secondary" onClick={restore}>{t('log.undo')}</button>}
    </section>
  );
}

function EvidenceRow({ contact: c, n, licensed, onEdit, onDelete }: { readonly contact: Contact; readonly n: number; readonly licensed: boolean; readonly onEdit: () => void; readonly onDelete: () => void }) {
  const t = useGuideT();
  const pick = usePick();
  const lang = useLang();
  const flags = flagsFor(c, licensed);
  return (
    <li tabIndex={-1} className={flags.length ? 'evidence-row flagged' : 'evidence-row'} data-testid="evidence-row">
      <p className="evidence-head">
        <strong>{t('log.entry', { n })}</strong> · <time dateTime={c.at}>{formatDateTime(c.at, lang)}</time> · {t(`channel.${c.channel}`)} · {c.who}
      </p>
      {c.summary && <p className="evidence-summary">{c.summary}</p>}
      {c.attachments && c.attachments.length > 0 && <p className="hint">{t('log.evidence')}{c.attachments.join(', ')}</p>}
      {flags.length ? (
        <ul className="evidence-flags" aria-label={t('log.flags')}>
          {flags.map((f) => (
            <li key={f.id} data-flag={f.id}>
              <strong>{pick(f.message)}</strong>
              <br /><Cite>{f.citation}</Cite>
              <br /><span className="hint">{t('log.complainTo')}{f.complainTo.map((ch) => pick(CHANNELS[ch])).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('log.noFlags')}</p>
      )}
      <div className="button-row">
        <button type="button" className="secondary" onClick={onEdit} aria-label={t('log.edit.label', { n })}>{t('log.edit')}</button>
        <button type="button" className="secondary" onClick={onDelete} aria-label={t('log.delete.label', { n })}>{t('log.delete')}</button>
      </div>
    </li>
  );
}
