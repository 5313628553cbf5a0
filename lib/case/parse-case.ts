import { z } from 'zod';
import { CASE_FORMAT, caseSchema, type CaseFile } from './schema';
import { toFieldErrors, type FieldError } from './messages';

/**
 * A file of another format (or another version of this one) is refused on that ground alone:
 * checking its fields against this version's rules would only produce misleading errors.
 */
function wrongFormat(raw: unknown): FieldError | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const message = { zh: '案件文件应为 JSON 对象 {…}', en: 'A case file must be a JSON object {…}' };
    return { path: '', message, problem: message };
  }
  const format = (raw as { format?: unknown }).format;
  if (format === CASE_FORMAT) return undefined;
  const shown = typeof format === 'string' ? `"${format.slice(0, 40)}"` : format === undefined ? '（无）' : String(typeof format);
  const shownEn = typeof format === 'string' ? `"${format.slice(0, 40)}"` : format === undefined ? '(none)' : String(typeof format);
  // About the whole file, wherever it is shown: its message is what is wrong.
  const message = {
    zh: `文件格式（format）为 ${shown}，本工具只读取 "${CASE_FORMAT}"。`,
    en: `File format (format) is ${shownEn}; this tool reads only "${CASE_FORMAT}".`,
  };
  return { path: 'format', message, problem: message };
}

export type ParseResult = { readonly ok: true; readonly file: CaseFile } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

/** A case file checked by a schema: its format first (on that ground alone), then its fields. */
function parseWith<T>(schema: z.ZodType<T>, raw: unknown): { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> } {
  const formatError = wrongFormat(raw);
  if (formatError) return { ok: false, errors: [formatError] };
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues) };
}

/** Validates raw JSON against the one case schema. Never throws for any input. */
export function parseCase(raw: unknown): ParseResult {
  const parsed = parseWith(caseSchema, raw);
  return parsed.ok ? { ok: true, file: parsed.data } : parsed;
}

const shape = caseSchema.shape;

/**
 * The parts of a case a complaint needs (lib/guidance/complaint-letter.ts): whom it is about, who
 * writes, the log, and the letter's language, each read by the case schema's own rules. Someone
 * harassed by collectors should not have to describe the loan before complaining about them.
 * The as-of date is kept only when it is a valid date (the complaint is dated the day it is made).
 */
const complaintPartsSchema = z.object({
  asOf: shape.asOf.optional().catch(undefined),
  lender: shape.lender,
  borrower: shape.borrower,
  evidence: shape.evidence,
  letter: z.object({ language: shape.letter.unwrap().shape.language }).optional().catch(undefined),
});

export type ComplaintParts = z.output<typeof complaintPartsSchema>;
type PartsResult = { readonly ok: true; readonly parts: ComplaintParts } | { readonly ok: false; readonly errors: ReadonlyArray<FieldError> };

/** Validates the parts of a case a complaint needs, whatever the rest of it holds. Never throws. */
export function parseComplaintParts(raw: unknown): PartsResult {
  const parsed = parseWith(complaintPartsSchema, raw);
  return parsed.ok ? { ok: true, parts: parsed.data } : parsed;
}
