import type { FieldError } from '@/lib/case/messages';

/** The errors of a case as the form lists them: fields left empty, wrong values, and restated conflicts by the field they restate. */
export interface SortedErrors {
  readonly missing: ReadonlyArray<FieldError>;
  readonly wrong: ReadonlyArray<FieldError>;
  readonly also: ReadonlyMap<string, ReadonlyArray<FieldError>>;
}

export const NO_ERRORS: SortedErrors = { missing: [], wrong: [], also: new Map() };

/** The value at a dotted path of the case JSON. */
function valueAt(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined), json);
}

/** The field at this path of the case JSON is still to fill in: its error says what is missing, not what is wrong. */
export function leftEmpty(caseJson: unknown, path: string): boolean {
  const value = path ? valueAt(caseJson, path) : caseJson;
  return value === '' || value === undefined;
}

/**
 * One entry per field (the first problem is the one to fix first); empty fields apart from wrong
 * ones. An error that restates another field's conflict (`sameAs`, e.g. the as-of date before a
 * start date marked wrong) is not an entry of its own: it is listed under that field's, in `also`.
 */
export function sortErrors(errors: ReadonlyArray<FieldError>, caseJson: unknown): SortedErrors {
  const seen = new Set<string>();
  const missing: FieldError[] = [];
  const wrong: FieldError[] = [];
  const also = new Map<string, FieldError[]>();
  const paths = new Set(errors.map((e) => e.path));
  for (const e of errors) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    if (e.sameAs !== undefined && paths.has(e.sameAs)) {
      also.set(e.sameAs, [...(also.get(e.sameAs) ?? []), e]);
      continue;
    }
    (leftEmpty(caseJson, e.path) ? missing : wrong).push(e);
  }
  return { missing, wrong, also: also as ReadonlyMap<string, ReadonlyArray<FieldError>> };
}
