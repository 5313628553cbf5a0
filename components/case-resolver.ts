import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FieldError as CaseFieldError } from '@/lib/case/messages';
import type { CaseDraft } from './case-json';
import { toCaseJson } from './case-json';
import { analyzeText, loadEngine } from './engine';
import { formMessage } from './form-labels';

/**
 * The form's resolver: the case file the form holds, checked by the engine's one schema
 * (parseCase, through analyze). Each field error keeps both languages (`types.zh`, `types.en`),
 * worded as the form names its fields, so switching language re-words the errors shown without
 * validating again.
 */
export const caseResolver: Resolver<CaseDraft> = async (values) => {
  const engine = await loadEngine();
  const result = analyzeText(engine, JSON.stringify(toCaseJson(values)));
  if (result.ok) return { values, errors: {} };
  return { values: {}, errors: toFormErrors(result.errors) as FieldErrors<CaseDraft> };
};

interface EngineError {
  type: string;
  message: string;
  types: { zh: string; en: string };
  [child: string]: unknown;
}

/** The engine's errors as react-hook-form's nested errors; a whole-file error goes under `root`. */
export function toFormErrors(errors: ReadonlyArray<CaseFieldError>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of errors) {
    const path = e.path === '' || e.path === 'format' ? ['root'] : e.path.split('.');
    let node = out;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      node = (typeof next === 'object' && next !== null ? next : (node[key] = {})) as Record<string, unknown>;
    }
    const leaf = path[path.length - 1]!;
    const existing = node[leaf] as Partial<EngineError> | undefined;
    if (existing?.types) continue; // the first problem with a field is the one to fix first
    const types = { zh: formMessage(e, 'zh'), en: formMessage(e, 'en') };
    const error: EngineError = { ...(existing ?? {}), type: 'case', message: types.en, types };
    node[leaf] = error;
  }
  return out;
}
