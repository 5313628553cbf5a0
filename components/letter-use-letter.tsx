'use client';

// First: switches zod's JIT off before lib/letter builds its schemas (see zod-jitless.ts).
import './zod-jitless';
import { useMemo } from 'react';
import { letterFromJson, type LetterLanguage, type LetterResult } from '@/lib/letter';
import type { Report } from '@/lib/report/types';

export interface LetterSource {
  /** The case as JSON (what the form holds or a file gives), `repayment-case/1`. */
  readonly caseJson: unknown;
  /** `analyze(caseJson)`'s report. */
  readonly report: Report;
  readonly language: LetterLanguage;
  /** The letter's date, yyyy-MM-dd; default the case's asOf. */
  readonly date?: string;
  /** Which plan to propose; default case.letter.planIndex, else the first plan or the recommendation. */
  readonly planIndex?: number;
}

/** The letter data for a case. */
export function letterOf({ caseJson, report, language, date, planIndex }: LetterSource): LetterResult {
  return letterFromJson(caseJson, report, { language, ...(date !== undefined && { date }), ...(planIndex !== undefined && { planIndex }) });
}

/** The letter data for a case, rebuilt only when its inputs change (shared by the preview and the download button). */
export function useLetter({ caseJson, report, language, date, planIndex }: LetterSource): LetterResult {
  return useMemo(() => letterOf({ caseJson, report, language, ...(date !== undefined && { date }), ...(planIndex !== undefined && { planIndex }) }), [caseJson, report, language, date, planIndex]);
}
