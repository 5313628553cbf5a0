'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Contact } from '@/lib/guidance/evidence-flags';
import type { Report } from '@/lib/report/types';
import { newCase, todayIso } from './case-json';
import { CASE_KEY, loadDraft, saveDraft } from './case-storage';
import { analyzeText, loadEngine, useEngine } from './engine';

type Draft = Record<string, unknown>;

export interface GuideCase {
  /** The draft has been read from this browser's storage (false during the server render). */
  readonly loaded: boolean;
  /** The case file JSON, as the planner keeps it; undefined when there is none yet. */
  readonly draft?: Draft;
  /** The case is valid and analysed. */
  readonly report?: Report;
  /** The draft exists but does not validate. */
  readonly invalid: boolean;
  readonly evidence: ReadonlyArray<Contact>;
  /** Saves the log into the draft (a new case when there is none), where the planner exports it from. */
  readonly setEvidence: (contacts: ReadonlyArray<Contact>) => void;
}

const isContact = (x: unknown): x is Contact => typeof x === 'object' && x !== null && typeof (x as Contact).at === 'string' && typeof (x as Contact).who === 'string';

/**
 * The planner's draft, shared by the guide (components/case-storage.ts): read on mount and when
 * another tab changes it, analysed by the engine (loaded after the page starts, as on the planner).
 */
export function useGuideCase(): GuideCase {
  const [state, setState] = useState<{ readonly loaded: boolean; readonly draft?: Draft }>({ loaded: false });
  const engine = useEngine();

  useEffect(() => {
    void loadEngine();
    const read = () => setState({ loaded: true, draft: loadDraft() as Draft | undefined });
    read();
    const onStorage = (e: StorageEvent) => e.key === CASE_KEY && read();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const { draft } = state;
  const caseText = useMemo(() => (draft ? JSON.stringify(draft) : undefined), [draft]);
  const result = engine && caseText ? analyzeText(engine, caseText) : undefined;
  const evidence = useMemo(() => (Array.isArray(draft?.evidence) ? draft.evidence.filter(isContact) : []), [draft]);

  const setEvidence = useCallback((contacts: ReadonlyArray<Contact>) => {
    // The log is written into the draft as stored now, not as this tab last read it: a planner in
    // another tab may have saved an edit whose event has not reached this tab yet.
    const latest = loadDraft() ?? draft ?? (newCase(todayIso(new Date())) as Draft);
    const next: Draft = { ...latest, evidence: contacts };
    if (!contacts.length) delete next.evidence;
    saveDraft(next);
    setState({ loaded: true, draft: next });
  }, [draft]);

  return { loaded: state.loaded, ...(draft && { draft }), ...(result?.ok && { report: result.report }), invalid: result !== undefined && !result.ok, evidence, setEvidence };
}
