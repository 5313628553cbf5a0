'use client';

import { Fragment, type MouseEvent } from 'react';
import type { FieldError } from '@/lib/case/messages';
import { fieldId } from './case-json';
import { formLabel, formMessage } from './form-labels';
import { useLang, useT } from './language';
import type { SortedErrors } from './sort-errors';

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

/** An error's field, linked (opening its folds, moving the focus there); a whole-file error as plain text. */
export function FieldLink({ error, children }: { readonly error: FieldError; readonly children: string }) {
  return error.path && error.path !== 'format' ? <a href={`#${fieldId(error.path)}`} onClick={(ev) => goTo(ev, error.path)}>{children}</a> : children;
}

/** At most this many other fields are named under a conflict; the rest are counted. */
const ALSO_SHOWN = 5;

/**
 * What stops the analysis, each linked to its field and named as the form names it. Fields still
 * empty are listed by name, as what is left to fill in; values that are wrong are listed with what
 * would be valid. Not an alert: it changes as the user types, and would interrupt them.
 */
export function ErrorSummary({ sorted, stale }: { readonly sorted: SortedErrors; readonly stale: boolean }) {
  const t = useT();
  const lang = useLang();
  const { missing, wrong, also } = sorted;
  const link = (e: FieldError, text: string) => <FieldLink error={e}>{text}</FieldLink>;
  const alsoMarked = (others: ReadonlyArray<FieldError> | undefined) => {
    if (!others?.length) return null;
    const [before, after] = t('errors.also').split('{fields}');
    const more = others.length - ALSO_SHOWN;
    return (
      <>
        {before}
        {others.slice(0, ALSO_SHOWN).map((o, i) => <Fragment key={o.path}>{i > 0 && t('errors.separator')}{link(o, formLabel(o.path, lang))}</Fragment>)}
        {more > 0 && t('errors.also.more', { n: more })}
        {after}
      </>
    );
  };
  return (
    <div className={wrong.length ? 'error-summary' : 'error-summary missing-only'} aria-labelledby="error-summary-heading">
      <h3 id="error-summary-heading">
        {wrong.length ? t('errors.heading', { n: wrong.length }) : t('errors.missing', { n: missing.length })}
      </h3>
      <p>{stale ? t('errors.stale') : t('errors.intro')}</p>
      {wrong.length > 0 && (
        <ul className="errors-wrong">
          {wrong.map((e) => <li key={e.path}>{link(e, formMessage(e, lang))}{alsoMarked(also.get(e.path))}</li>)}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          {wrong.length > 0 && <p>{t('errors.missing', { n: missing.length })}</p>}
          <ul className="errors-missing">
            {missing.map((e) => <li key={e.path}>{link(e, formLabel(e.path, lang))}{alsoMarked(also.get(e.path))}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}
