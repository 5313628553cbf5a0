import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FieldError as CaseFieldError } from '@/lib/case/messages';
import type { CaseDraft } from './case-json';
import { toCaseJson } from './case-json';
import { analyzeText, loadEngine } from './engine';

/**
 * The form's resolver: the case file the form holds, checked by the engine's one schema
 * (parseCase, through analyze). Each field error keeps both languages (`types.zh`, `types.en`),
 * so switching language re-words the errors shown without validating again.
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
    const error: EngineError = { ...(existing ?? {}), type: 'case', message: e.message.en, types: { zh: e.message.zh, en: e.message.en } };
    node[leaf] = error;
  }
  return out;
}

/**
 * An engine message without the technical path: "合同本金（loan.principal）应大于 0" →
 * "合同本金应大于 0", "Loan principal (loan.principal) must be…" → "Loan principal must be…".
 */
export function plainMessage(message: string, path: string): string {
  if (!path) return message;
  return message.replace(`（${path}）`, '').replace(` (${path})`, '');
}
