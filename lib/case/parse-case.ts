import { caseSchema, type CaseFile } from './schema';
import { toFieldErrors, type FieldError } from './messages';

export type ParseResult = { readonly ok: true; readonly file: CaseFile } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

/** Validates raw JSON against the one case schema. Never throws for any input. */
export function parseCase(raw: unknown): ParseResult {
  const result = caseSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues) };
}
