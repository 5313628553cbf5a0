import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '@/lib/analyze';
import { parseCase } from '@/lib/case/parse-case';
import { buildLetter, type Letter, type LetterOptions } from '@/lib/letter';
import type { Report } from '@/lib/report/types';

/** Cases for the letter tests: the engine's fixtures with a borrower, plans and letter choices added. */

const FIXTURES = join(__dirname, '..', 'fixtures', 'cases');
export const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));

export { HARDSHIP, jdCase, REQUESTS } from './demo-case';

export interface Built {
  readonly raw: Record<string, unknown>;
  readonly report: Report;
  readonly letter: Letter;
}

/** The case analysed and its letter built, as the app does. */
export function letterFor(raw: Record<string, unknown>, options: LetterOptions = {}): Built {
  const analysed = analyze(raw);
  const parsed = parseCase(raw);
  if (!analysed.ok || !parsed.ok) throw new Error(`invalid test case: ${JSON.stringify(analysed.ok ? [] : analysed.errors)}`);
  return { raw, report: analysed.report, letter: buildLetter(parsed.file, analysed.report, options) };
}

/** Every text of the letter as one string, for "the letter says …" checks. */
export const allText = (letter: Letter): string => JSON.stringify(letter);
