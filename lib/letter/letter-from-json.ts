import { parseCase } from '../case/parse-case';
import type { Report, Words } from '../report/types';
import { buildLetter } from './build-letter';
import { LetterError } from './letter-error';
import type { Letter, LetterOptions } from './types';

export type LetterResult = { readonly ok: true; readonly letter: Letter } | { readonly ok: false; readonly message: Words };

/**
 * The letter from a raw case (parsed JSON, as the app and the CLI hold it) and its report; what
 * prevents it (an invalid case, a plan that does not exist) comes back as a message, never thrown.
 */
export function letterFromJson(raw: unknown, report: Report, options: LetterOptions = {}): LetterResult {
  const parsed = parseCase(raw);
  if (!parsed.ok) {
    return { ok: false, message: { zh: '案件数据有误，请先改正表单中标出的问题。', en: 'The case has errors: correct the fields marked in the form first.' } };
  }
  try {
    return { ok: true, letter: buildLetter(parsed.file, report, options) };
  } catch (error) {
    if (error instanceof LetterError) return { ok: false, message: error.words };
    throw error;
  }
}
