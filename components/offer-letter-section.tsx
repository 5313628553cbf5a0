'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useAnalysis } from './analysis-context';
import type { CaseDraft } from './case-json';
import { FieldLink } from './error-summary';
import { formLabel } from './form-labels';
import type { SortedErrors } from './sort-errors';
import { FieldFold } from './fold';
import { GroupError, SelectField, TextAreaField, TextField, useCaseValue } from './form-fields';
import { LetterDateNote } from './letter-date-note';
import { useLang, useT } from './language';
import { describePlan } from './plan-text';
import { numberOr } from './plan-specs';
import { planView } from './plan-view';
import { useSettled } from './settled';

const LetterMount = dynamic(() => import('./offer-letter-mount'), { ssr: false, loading: () => <LetterLoading /> });

const REQUESTS = ['stop-third-party-contact', 'waive-penalties', 'written-confirmation', 'send-statement'] as const;
type Request = (typeof REQUESTS)[number];

/** Step 5: the plan to propose, what else to ask, the hardship to explain; then the letter itself. */
export function LetterSection() {
  const t = useT();
  return (
    <section aria-labelledby="letter-heading" className="card form-card" id="letter">
      <h2 id="letter-heading"><span className="step">5</span> {t('letter.heading')}</h2>
      <p className="hint">{t('letter.intro')}</p>
      <LetterDateNote />
      <PlanPicker />
      <RequestChoices />
      <TextAreaField name="letter.hardship" optional label={t('letter.hardship')} hint={t('letter.hardship.hint')} rows={3} />
      <SelectField name="letter.language" optional label={t('letter.language')} defaultLabel={t('letter.language.default')} choices={[{ value: 'zh', label: '简体中文' }, { value: 'en', label: 'English' }]} />
      <EnglishLetterHint />
      <FieldFold summary={t('borrower.more')} names={['borrower']}>
        <p className="hint">{t('borrower.hint')}</p>
        <div className="row-2">
          <TextField name="borrower.name" optional label={t('borrower.name')} autoComplete="name" />
          <TextField name="borrower.phone" optional label={t('borrower.phone')} autoComplete="tel" inputMode="text" />
        </div>
        <TextField name="borrower.address" optional label={t('borrower.address')} autoComplete="street-address" />
        <TextField name="borrower.idLast4" optional label={t('borrower.idLast4')} inputMode="numeric" className="narrow" />
      </FieldFold>
      <LetterOutput />
    </section>
  );
}

/**
 * An English letter is for the borrower's own reading or an English-speaking lender: lenders and
 * regulators in China expect Chinese (a review: "an English letter to JD's microloan company is
 * likely to be ignored"). Said while the letter would be in English; the choice stays the user's.
 */
function EnglishLetterHint() {
  const t = useT();
  return useLetterLanguage() === 'en' ? <p className="hint" data-testid="english-letter-hint">{t('letter.language.enHint')}</p> : null;
}

/** The letter's language: the one chosen, else the page's. */
function useLetterLanguage(): 'zh' | 'en' {
  const lang = useLang();
  const [letterLang] = useCaseValue<string>('letter.language');
  return letterLang === 'en' || letterLang === 'zh' ? letterLang : lang;
}

/** How long typing must pause before the letter is rebuilt: it is read, not watched key by key. */
const LETTER_SETTLE_MS = 400;

/**
 * The letter itself: preview and PDF download (components/letter-preview.tsx and
 * letter-download-button.tsx, mounted by offer-letter-mount.tsx), for the case as it stands once
 * the typing pauses, and only while the case is valid.
 */
function LetterOutput() {
  const { report, stale, caseText, sorted } = useAnalysis();
  const language = useLetterLanguage();
  const current = useMemo(() => (report && !stale ? { caseText, report } : undefined), [caseText, report, stale]);
  const settled = useSettled(current, LETTER_SETTLE_MS);
  // A download clicked before the typing pauses is made from the case as it is then.
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  }, [current]);
  const readLatest = useCallback(() => latest.current, []);
  return (
    <div className="letter-output">
      {settled && report && !stale ? <LetterMount caseText={settled.caseText} report={settled.report} language={language} latest={readLatest} /> : current ? <LetterLoading /> : <LetterBlocked sorted={sorted} />}
    </div>
  );
}

/**
 * What stands between the case and its letter, starting with the first entry to fix, linked to it.
 * A review left an empty payment row in step 2 and was told to "fill in the loan's details",
 * which were complete.
 */
function LetterBlocked({ sorted }: { readonly sorted: SortedErrors }) {
  const t = useT();
  const lang = useLang();
  const list = sorted.wrong.length > 0 ? sorted.wrong : sorted.missing;
  const first = list[0];
  // Nothing listed: the analysis is catching up with the typing.
  if (!first) return <LetterLoading />;
  return (
    <p className="hint" data-testid="letter-blocked">
      {t(sorted.wrong.length > 0 ? 'letter.needsValidCase' : 'letter.needsDetails', { n: list.length })}
      <FieldLink error={first}>{formLabel(first.path, lang)}</FieldLink>
    </p>
  );
}

function LetterLoading() {
  const t = useT();
  return <p className="hint">{t('letter.loading')}</p>;
}

function PlanPicker() {
  const t = useT();
  const lang = useLang();
  const { control } = useFormContext<CaseDraft>();
  const plans = useWatch({ control, name: 'plans' }) ?? [];
  const [picked, setPicked] = useCaseValue<number>('letter.planIndex');
  const { report } = useAnalysis();
  // What the letter proposes when nothing is picked (lib/letter/choose-plan.ts): the first offer;
  // with no offers, the suggested one; with neither, no figures at all. The picker says so.
  const proposed = typeof picked === 'number' ? picked : 0;
  const recommended = planView(report?.recommendation?.plan);
  // A suggested offer over the budget is not put in the letter (lib/letter/choose-plan.ts).
  const overBudget = recommended?.affordable === false;
  const suggested = overBudget ? undefined : recommended;
  return (
    <fieldset className="field radios" id="f-letter-planIndex">
      <legend>{t('letter.plan')}</legend>
      <GroupError name="letter.planIndex" />
      {plans.length === 0 && suggested && (
        <p className="hint">
          {t('letter.plan.suggested', { plan: describePlan(suggested, numberOr(report?.recommendation?.spec.graceMonths), t, lang) })} <a href="#plans" className="hint-action">{t('letter.plan.other')}</a>
        </p>
      )}
      {plans.length === 0 && overBudget && <p className="hint">{t('letter.plan.overBudget')} <a href="#plans" className="hint-action">{t('letter.plan.none')}</a></p>}
      {plans.length === 0 && !suggested && !overBudget && (
        // Without a result (the case still has errors) no letter can be made yet: only where to add an offer.
        <p className="hint">{report && `${t('letter.plan.nothing')} `}<a href="#plans" className="hint-action">{t('letter.plan.none')}</a></p>
      )}
      {plans.map((p, i) => {
        const view = planView(report?.plans[i]);
        const grace = (p as { graceMonths?: unknown }).graceMonths;
        return (
          <div className="radio" key={i}>
            <input type="radio" id={`letter-plan-${i}`} name="letter-plan" checked={proposed === i} onChange={() => setPicked(i)} />
            <label htmlFor={`letter-plan-${i}`}>
              <span className="choice-label">{t('plan.title', { n: i + 1 })}</span>
              {view && <span className="choice-hint">{describePlan(view, typeof grace === 'number' ? grace : undefined, t, lang)}</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Requests the case itself calls for, marked while unticked (a review found "ask for an itemised
 * statement" advised in the results but unticked here, and a call to a relative in the log with
 * "stop contacting my family" unticked): the demand is above the contract's own figure; the
 * contact log records contact with others, or a threat of it. Suggested, never ticked for the user.
 */
function useSuggestedRequests(): ReadonlySet<Request> {
  const { report } = useAnalysis();
  const [evidence] = useCaseValue<ReadonlyArray<{ readonly thirdParty?: unknown; readonly thirdPartyThreats?: unknown }>>('evidence');
  const out = new Set<Request>();
  // The engine's own finding on a demand above the contract's payoff advises asking for a statement.
  if (report?.caps.findings.some((f) => f.id === 'claim-gap')) out.add('send-statement');
  // Contacting others, or threatening to (the guide's log flags both).
  if (Array.isArray(evidence) && evidence.some((c) => c?.thirdParty === true || c?.thirdPartyThreats === true)) out.add('stop-third-party-contact');
  return out;
}

function RequestChoices() {
  const t = useT();
  const [requests, setRequests] = useCaseValue<Request[]>('letter.requests');
  const suggested = useSuggestedRequests();
  const chosen = Array.isArray(requests) ? requests : [];
  const toggle = (r: Request, on: boolean) => setRequests(REQUESTS.filter((x) => (x === r ? on : chosen.includes(x))));
  return (
    <fieldset className="field checkboxes" id="f-letter-requests">
      <legend>{t('letter.requests')}</legend>
      <GroupError name="letter.requests" />
      {REQUESTS.map((r) => (
        <div className="checkbox" key={r}>
          <input type="checkbox" id={`letter-request-${r}`} checked={chosen.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
          <label htmlFor={`letter-request-${r}`}>
            {t(`letter.request.${r}`)}
            {suggested.has(r) && !chosen.includes(r) && <span className="choice-hint" data-testid={`suggested-${r}`}> {t(`letter.request.why.${r as 'send-statement' | 'stop-third-party-contact'}`)}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
