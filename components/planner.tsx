'use client';

import { memo, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { htmlLang, type Lang } from '@/lib/display/lang';
import { AnalysisProvider } from './analysis-context';
import { BudgetSection } from './budget-section';
import { blankCase, hasOwnWork, newCase, todayIso, toCaseJson, type CaseDraft } from './case-json';
import { caseResolver } from './case-resolver';
import { CASE_KEY, downloadCase, draftFromText, downloadSetAside, readCaseFile, readDraft, readDraftText, saveDraft } from './case-storage';
import { CaseToolbar, type Notice, type Replacing } from './case-toolbar';
import { draftSync } from './draft-sync';
import { loadEngine } from './engine';
import { ErrorMarks } from './error-marks';
import { exampleCase } from './example-case';
import { PrintingContext } from './fold';
import { translate } from './i18n';
import { LangProvider } from './language';
import { LetterSection } from './offer-letter-section';
import { LiveTotal } from './live-total';
import { LoanSection } from './loan-section';
import { sameJson } from './merge-edits';
import { PaymentsSection } from './payments-section';
import { PlansSection } from './plans-section';
import { usePrintExpansion } from './print-expansion';
import { ResultsSection } from './results-section';
import { presentPaths } from './present-paths';
import { setUiState, subscribeUi, uiServerSnapshot, uiSnapshot } from './ui-state';

const SAVE_DELAY_MS = 250;
/** Parts of the case file the planner has no inputs for: the guide's contact log. */
const NO_INPUTS: ReadonlySet<string> = new Set(['evidence']);

/** The top-level keys whose values differ between two case files. */
function changedKeys(a: Record<string, unknown>, b: unknown): string[] {
  const other = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(other)])].filter((key) => !sameJson(a[key], other[key]));
}

/**
 * The planner: the case form (react-hook-form over the case file itself), the live analysis, the
 * plans and the letter. The draft is kept in this browser only; "today" is read here, never in lib/.
 */
export function Planner() {
  const { lang } = useSyncExternalStore(subscribeUi, uiSnapshot, uiServerSnapshot);
  const form = useForm<CaseDraft>({ mode: 'onChange', resolver: caseResolver, defaultValues: blankCase() });
  const { reset, trigger, getValues, setValue, subscribe } = form;
  // The form's methods, fixed once: they are bound to one control and never change, but the
  // object useForm returns carries `formState`, which changes whenever the form state does (it
  // turns "ready" right after the first render, for one), and FormProvider would hand every
  // field a new context value with it: a second render of the whole planner while the page
  // loads. Components read form state through useFormState or useWatch, never from this context.
  const [methods] = useState(() => ({ ...form }));
  const [epoch, setEpoch] = useState(0);
  const [notice, setNotice] = useState<Notice>();
  const printing = usePrintExpansion();
  const loaded = useRef(false);
  const [sync] = useState(draftSync);
  /** The user has typed or chosen something since a case was last loaded (see `settling`). */
  const edited = useRef(false);

  useEffect(() => {
    // The engine (zod, decimal.js, the law tables) is a long task to evaluate on a slow phone: a
    // returning user's draft needs it at once (the draft effect below analyses it), a first visit
    // only once the user starts: the first touch, click, key or focus anywhere on the page.
    const start = () => void loadEngine();
    const events = ['pointerdown', 'keydown', 'focusin'] as const;
    events.forEach((e) => document.addEventListener(e, start, { once: true, passive: true }));
    return () => events.forEach((e) => document.removeEventListener(e, start));
  }, []);

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  /** Saves the form's values as the draft. */
  const save = useCallback(() => {
    const json = toCaseJson(getValues());
    sync.wrote(json);
    saveDraft(json);
    return json;
  }, [getValues, sync]);

  /** Puts a case in the form, shows the errors of what it holds, and keeps it as the draft. */
  const load = useCallback((json: unknown) => {
    reset(json as CaseDraft);
    const paths = presentPaths(json);
    if (paths.length) void trigger(paths as never);
    return save();
  }, [reset, trigger, save]);

  /**
   * Loads another case: a new key remounts the inputs (see the grid below), so no field keeps the
   * previous case's text; the case is put in the form before they mount, so that they show it, and
   * again once they have (the field arrays' mount effects put `[]` in lists the case does not
   * have: the second reset drops them, so the case is kept exactly as given). Unless the user has
   * typed in the meantime (a busy phone can take an input between the two): their edit is kept.
   */
  const settling = useRef<unknown>(undefined);
  const loadAnother = useCallback((json: unknown) => {
    setEpoch((n) => n + 1);
    edited.current = false;
    settling.current = json;
    return load(json);
  }, [load]);
  useEffect(() => {
    if (settling.current === undefined) return;
    const json = settling.current;
    settling.current = undefined;
    if (!edited.current) load(json);
  }, [epoch, load]);

  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const draft = readDraft();
    if (draft.kind === 'draft') {
      void loadEngine();
      sync.agree(load(draft.json));
    } else {
      // reset, not setValue('asOf'): it also drops the empty lists the mounted field arrays put in
      // the values, so a new case is saved as exactly what the user entered.
      reset(newCase(todayIso(new Date())));
      sync.agree(toCaseJson(getValues()));
    }
    // A damaged draft is kept, never dropped in silence: say so, and offer it as a file. Storage is
    // read once, after hydration (the server render has none), so its outcome is set here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draft.kind === 'set-aside') setNotice({ kind: 'set-aside', key: draft.key, paused: draft.paused });
  }, [load, reset, getValues, sync]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      save();
    };
    const later = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    };
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: later,
    });
    // Another tab saved the draft (the guide logging a contact, or this planner open twice): take
    // its edits along with this tab's own (components/draft-sync.ts), so that neither tab's next
    // save writes an older copy over the other's.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== CASE_KEY || e.newValue === null) return;
      const theirs = draftFromText(e.newValue);
      if (!theirs) return;
      const ours = toCaseJson(getValues());
      const stale = readDraftText() !== e.newValue;
      const merged = sync.received(theirs, ours, stale);
      if (sameJson(merged, ours)) {
        // Nothing new for this tab; storage is put right if it lacks this tab's edits.
        if (stale || !sameJson(ours, theirs)) later();
        return;
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const changed = changedKeys(ours, merged);
      if (changed.every((key) => NO_INPUTS.has(key))) {
        // Only what the planner has no inputs for changed (the guide's contact log): set in place,
        // so that the inputs are not remounted, and the focus not lost, under a user typing here.
        for (const key of changed) setValue(key as never, (merged as Record<string, unknown>)[key] as never);
        save();
        return;
      }
      loadAnother(merged); // a new epoch too: another case's figures are never shown as this one's
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      unsubscribe();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [subscribe, getValues, setValue, loadAnother, save, sync]);

  const replace = (json: unknown, next?: Notice) => {
    setNotice(next);
    sync.agree(loadAnother(json));
  };
  const current = () => toCaseJson(getValues());
  const replaceWith = (kind: Replacing) =>
    replace(kind === 'example' ? exampleCase(lang) : newCase(todayIso(new Date())), { kind, undo: current() });
  // A case with the user's own work is replaced only on their yes: the Undo that follows is gone
  // once the page is left (a review lost a contact log to "Try an example").
  const [confirming, setConfirming] = useState<Replacing>();
  const ask = (kind: Replacing) => (hasOwnWork(current()) ? setConfirming(kind) : replaceWith(kind));

  const onImport = async (file: File) => {
    const outcome = await readCaseFile(file);
    if (!outcome.ok) {
      setNotice({ kind: 'refused', reason: outcome.reason, ...(outcome.detail && { detail: outcome.detail }) });
      return;
    }
    replace(outcome.json, { kind: 'imported', undo: current(), name: file.name });
  };

  const onExport = () => {
    const json = current();
    const asOf = typeof json.asOf === 'string' && json.asOf ? json.asOf : 'draft';
    const name = `repayment-case-${asOf}.json`;
    downloadCase(json, name);
    setNotice({ kind: 'exported', name });
  };

  return (
    <LangProvider value={lang}>
      <PrintingContext.Provider value={printing}>
        <FormProvider {...methods}>
          <div className="planner" lang={htmlLang(lang)}>
            <CaseToolbar
              lang={lang}
              notice={notice}
              onLanguage={(l: Lang) => setUiState({ lang: l })}
              confirming={confirming}
              onConfirm={(yes) => {
                setConfirming(undefined);
                if (yes && confirming) replaceWith(confirming);
              }}
              onExample={() => ask('example')}
              onNew={() => ask('new')}
              onImport={(file) => void onImport(file)}
              onExport={onExport}
              onUndo={(previous) => replace(previous)}
              onDownloadSetAside={downloadSetAside}
            />
            <form
              noValidate
              onSubmit={(e) => e.preventDefault()}
              onChange={() => {
                edited.current = true;
              }}
              aria-label={translate(lang, 'form.label')}
            >
              <PlannerSections epoch={epoch} />
            </form>
          </div>
        </FormProvider>
      </PrintingContext.Provider>
    </LangProvider>
  );
}

/**
 * The planner's sections: they read the case through the form's context and the figures through
 * the analysis context, so the planner re-rendering (a notice shown, the language toolbar) need
 * not re-render them. Keyed by the case loaded: the inputs are uncontrolled, and a field the new
 * case leaves empty would otherwise keep (and autosave) the previous case's text.
 */
const PlannerSections = memo(function PlannerSections({ epoch }: { readonly epoch: number }) {
  return (
    <AnalysisProvider epoch={epoch}>
      <ErrorMarks />
      <div className="planner-grid" key={epoch}>
        <div className="inputs">
          <LoanSection />
          <PaymentsSection />
          <LiveTotal />
        </div>
        <div className="outputs">
          <ResultsSection />
        </div>
        <BudgetSection />
        <PlansSection />
        <LetterSection />
      </div>
    </AnalysisProvider>
  );
});
