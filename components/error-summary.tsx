'use client';

import type { MouseEvent } from 'react';
import type { FieldError } from '@/lib/case/messages';
import { labelFor } from '@/lib/case/field-labels';
import { fieldId } from './case-json';
import { plainMessage } from './case-resolver';
import { useLang, usePick, useT } from './language';

/** The value at a dotted path of the case JSON. */
function valueAt(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), json);
}

/** One entry per field (the first problem is the one to fix first); empty fields apart from wrong ones. */
export function sortErrors(errors: ReadonlyArray<FieldError>, caseJson: unknown) {
  const seen = new Set<string>();
  const missing: FieldError[] = [];
  const wrong: FieldError[] = [];
  for (const e of errors) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    const value = e.path ? valueAt(caseJson, e.path) : caseJson;
    (value === '' || value === undefined ? missing : wrong).push(e);
  }
  return { missing, wrong };
}

/** Opens the folds around a field (rendering it if it was not yet) and moves the focus there. */
function goTo(e: MouseEvent<HTMLAnchorElement>, path: string) {
  e.preventDefault();
  const target = document.getElementById(fieldId(path));
  if (!target) {
    const folds = [...document.querySelectorAll<HTMLDetailsElement>('details[data-fold-paths]')].filter((d) =>
      (d.dataset.foldPaths ?? '').split(' ').some((p) => path === p || path.startsWith(`${p}.`)));
    if (folds.length === 0) return;
    folds.forEach((d) => (d.open = true));
    setTimeout(() => document.getElementById(fieldId(path)) && goTo(e, path), 50);
    return;
  }
  for (let fold = target.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
  const focusable = target.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target;
  (focusable ?? target).focus();
  target.scrollIntoView?.({ block: 'center' });
}

const pathParts = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * What stops the analysis, each linked to its field. Fields still empty are listed by name, as
 * what is left to fill in; values that are wrong are listed with what would be valid. Not an
 * alert: it changes as the user types, and would interrupt them.
 */
export function ErrorSummary({ errors, caseText, stale }: { readonly errors: ReadonlyArray<FieldError>; readonly caseText: string; readonly stale: boolean }) {
  const t = useT();
  const lang = useLang();
  const pick = usePick();
  const { missing, wrong } = sortErrors(errors, JSON.parse(caseText) as unknown);
  const link = (e: FieldError, text: string) =>
    e.path && e.path !== 'format' ? <a href={`#${fieldId(e.path)}`} onClick={(ev) => goTo(ev, e.path)}>{text}</a> : text;
  return (
    <div className={wrong.length ? 'error-summary' : 'error-summary missing-only'} aria-labelledby="error-summary-heading">
      <h3 id="error-summary-heading">
        {wrong.length ? t('errors.heading', { n: wrong.length }) : t('errors.missing', { n: missing.length })}
      </h3>
      <p>{stale ? t('errors.stale') : t('errors.intro')}</p>
      {wrong.length > 0 && (
        <ul className="errors-wrong">
          {wrong.map((e) => <li key={e.path}>{link(e, plainMessage(pick(e.message), e.path))}</li>)}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          {wrong.length > 0 && <p>{t('errors.missing', { n: missing.length })}</p>}
          <ul className="errors-missing">
            {missing.map((e) => <li key={e.path}>{link(e, labelFor(pathParts(e.path))[lang])}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
