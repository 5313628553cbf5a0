'use client';

import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FieldError } from '@/lib/case/messages';
import type { Report } from '@/lib/report/types';
import { toCaseJson, type CaseDraft } from './case-json';
import { analyzeText, useEngine } from './engine';
import { NO_ERRORS, sortErrors, type SortedErrors } from './sort-errors';

export interface Analysis {
  /** The engine has loaded. */
  readonly ready: boolean;
  /** The report to show: of the current input, or of the last valid input while it has errors. */
  readonly report?: Report;
  /** The report shown is of earlier input (the current input has errors). */
  readonly stale: boolean;
  /** What is wrong with the current input (empty when it is valid). */
  readonly errors: ReadonlyArray<FieldError>;
  /** The same errors sorted as the form lists them (components/sort-errors.ts), once per analysis. */
  readonly sorted: SortedErrors;
  /** The case file being analysed, as JSON text (for the letter). */
  readonly caseText: string;
  /** The case file of the report shown, as JSON text: the current one, or the last valid one while it is stale. */
  readonly reportCaseText?: string;
}

const AnalysisContext = createContext<Analysis>({ ready: false, stale: false, errors: [], sorted: NO_ERRORS, caseText: '{}' });

export const useAnalysis = (): Analysis => useContext(AnalysisContext);

const LatestReport = createContext<{ readonly current: Report | undefined }>({ current: undefined });

/**
 * The report shown, read when an event needs it (a new offer's default amount) by a component
 * that must not re-render on every change, as `useAnalysis` would make it.
 */
export const useLatestReport = (): { readonly current: Report | undefined } => useContext(LatestReport);

/**
 * Recomputes the analysis on every change of the form, in the same render as the keystroke (the
 * budget is one frame; deferring it would cost a frame of its own). The case file's text is the
 * key and the result is cached, so the form's validation and this share one engine run. Only the
 * components that show figures read this context. `epoch` changes when another case is loaded,
 * so the previous case's report is never shown as "the last valid" one of the new case.
 */
export function AnalysisProvider({ epoch, children }: { readonly epoch: number; readonly children: ReactNode }) {
  const { control } = useFormContext<CaseDraft>();
  const values = useWatch({ control });
  const caseText = useMemo(() => JSON.stringify(toCaseJson(values)), [values]);
  const engine = useEngine();
  const result = useMemo(() => (engine ? analyzeText(engine, caseText) : undefined), [engine, caseText]);
  const [lastValid, setLastValid] = useState<{ readonly epoch: number; readonly report: Report; readonly caseText: string }>();
  if (result?.ok && (lastValid?.report !== result.report || lastValid.epoch !== epoch)) {
    setLastValid({ epoch, report: result.report, caseText });
  }
  const value = useMemo<Analysis>(() => {
    if (!result) return { ready: false, stale: false, errors: [], sorted: NO_ERRORS, caseText };
    if (result.ok) return { ready: true, report: result.report, stale: false, errors: [], sorted: NO_ERRORS, caseText, reportCaseText: caseText };
    const previous = lastValid?.epoch === epoch ? lastValid : undefined;
    return {
      ready: true,
      ...(previous && { report: previous.report, reportCaseText: previous.caseText }),
      stale: previous !== undefined,
      errors: result.errors,
      sorted: sortErrors(result.errors, JSON.parse(caseText) as unknown),
      caseText,
    };
  }, [result, lastValid, epoch, caseText]);
  const latest = useRef<Report | undefined>(undefined);
  useEffect(() => {
    latest.current = value.report;
  }, [value.report]);
  return (
    <LatestReport.Provider value={latest}>
      <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>
    </LatestReport.Provider>
  );
}
