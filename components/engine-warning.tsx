'use client';

import { useAnalysis } from './analysis-context';
import { useLang } from './language';

/**
 * One of the engine's warnings (lib/law/warnings.ts), shown where the input it is about is typed,
 * as well as in the results: payments left out beside the payments, a rate to check beside the rate.
 */
export function EngineWarning({ id, testId }: { readonly id: string; readonly testId: string }) {
  const lang = useLang();
  const warning = useAnalysis().report?.warnings.find((w) => w.id === id);
  return warning ? <p className="warning-text" data-testid={testId}>{warning.message[lang]}</p> : null;
}
