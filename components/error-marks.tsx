'use client';

import { useEffect } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { FieldError } from '@/lib/case/messages';
import type { Bilingual } from '@/lib/display/lang';
import { useAnalysis } from './analysis-context';
import type { CaseDraft } from './case-json';
import type { CasePath } from './form-fields';
import { formMessage } from './form-labels';

/** What react-hook-form keeps beside the nested errors of a group; never a field. */
const NOT_FIELDS = new Set(['type', 'message', 'types', 'ref', 'root']);

interface Shown {
  readonly types?: Partial<Bilingual>;
  /** No field inside it has an error of its own (clearing a group's error would clear theirs). */
  readonly leaf: boolean;
}

/** Every error the form shows, by path: react-hook-form's errors are nested as the values are. */
function shownErrors(node: unknown, prefix = '', out = new Map<string, Shown>()): Map<string, Shown> {
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, child] of Object.entries(node)) {
    if (NOT_FIELDS.has(key) || typeof child !== 'object' || child === null) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const before = out.size;
    shownErrors(child, path, out);
    if ('type' in child) out.set(path, { types: (child as { types?: Partial<Bilingual> }).types, leaf: out.size === before });
  }
  return out;
}

const wordsOf = (e: FieldError): Bilingual => ({ zh: formMessage(e, 'zh'), en: formMessage(e, 'en') });

/**
 * Keeps the errors shown at the fields in step with the analysis. react-hook-form validates only
 * the field typed in, but an error can turn on other fields: a start date after the as-of date is
 * an error of both, a rate's ceiling depends on the period chosen. So every field holding a value
 * the analysis finds wrong is marked, whichever field was typed in (a field still empty is left
 * unmarked until it is typed in, as it is everywhere); an error shown that the analysis no longer
 * reports, or words otherwise, is cleared or re-worded.
 */
export function ErrorMarks() {
  const { ready, errors, sorted } = useAnalysis();
  const { control, setError, clearErrors } = useFormContext<CaseDraft>();
  const { errors: shownNow } = useFormState({ control });
  useEffect(() => {
    if (!ready) return;
    const reported = new Map<string, FieldError>();
    for (const e of errors) if (e.path && e.path !== 'format' && !reported.has(e.path)) reported.set(e.path, e);
    const shown = shownErrors(shownNow);
    const mark = (path: string, e: FieldError) => {
      const types = wordsOf(e);
      setError(path as CasePath, { type: 'case', message: types.en, types: { ...types } });
    };
    for (const [path, { types, leaf }] of shown) {
      const e = reported.get(path);
      if (!e) {
        if (leaf) clearErrors(path as CasePath);
      } else {
        const words = wordsOf(e);
        if (types?.zh !== words.zh || types.en !== words.en) mark(path, e);
      }
    }
    const unshown = [...reported].filter(([path]) => !shown.has(path));
    if (unshown.length === 0) return;
    // Fields still empty are listed as what to fill in, not marked (sorted.missing).
    const empty = new Set(sorted.missing.map((e) => e.path));
    for (const [path, e] of unshown) if (!empty.has(path)) mark(path, e);
  }, [ready, errors, sorted, shownNow, setError, clearErrors]);
  return null;
}
