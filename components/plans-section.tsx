'use client';

import { useCallback, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useAnalysis } from './analysis-context';
import { useEngine } from './engine';
import { focusAfterRemove } from './focus-after-remove';
import { MAX_PLANS, type CaseDraft } from './case-json';
import { PlanComparison, type ComparedPlan } from './plan-comparison';
import { newPlan, type PlanKind } from './plan-defaults';
import { PlanEditor } from './plan-editor';
import { useLang, usePick, useT } from './language';
import { describePlan } from './plan-text';
import { numberOr, recommendedMark, usePlanSpecs } from './plan-specs';
import { planView } from './plan-view';

type Append = (plan: Record<string, unknown>) => void;

/**
 * Step 4: offers to make, built and compared side by side, the recommended one marked. The
 * editors do not follow the analysis (so typing elsewhere does not re-render them); only the
 * outcome lines, the recommendation and the comparison do.
 */
export function PlansSection() {
  const t = useT();
  const { control, getValues, setValue } = useFormContext<CaseDraft>();
  const { fields, append, remove, update } = useFieldArray({ control, name: 'plans' });
  const full = fields.length >= MAX_PLANS;
  const add = useCallback<Append>((plan) => append(plan as never), [append]);
  const replace = useCallback((i: number, plan: Record<string, unknown>) => update(i, plan as never), [update]);
  const section = useRef<HTMLElement>(null);
  const removePlan = useCallback((i: number) => {
    // Keep the letter pointing at the same plan (or at none when that one goes).
    const picked = getValues('letter.planIndex');
    remove(i);
    focusAfterRemove(section.current, i, '[data-remove-plan]', '[data-add-plan]');
    if (typeof picked !== 'number') return;
    if (picked === i) setValue('letter.planIndex', undefined, { shouldValidate: true });
    else if (picked > i) setValue('letter.planIndex', picked - 1, { shouldValidate: true });
  }, [getValues, remove, setValue]);

  return (
    <section aria-labelledby="plans-heading" className="card" id="plans" ref={section}>
      <h2 id="plans-heading"><span className="step">4</span> {t('plans.heading')}</h2>
      <p className="hint">{t('plans.intro')}</p>
      <RecommendedOffer full={full} onAdd={add} />
      {fields.map((f, i) => (
        <PlanEditor key={f.id} index={i} onReplace={replace} onRemove={removePlan} />
      ))}
      <AddPlanButtons full={full} onAdd={add} />
      {full && <p className="hint">{t('plans.full', { n: MAX_PLANS })}</p>}
      <PlansCompared />
    </section>
  );
}

function AddPlanButtons({ full, onAdd }: { readonly full: boolean; readonly onAdd: Append }) {
  const t = useT();
  const { getValues } = useFormContext<CaseDraft>();
  const { report } = useAnalysis();
  const engine = useEngine();
  const supported = report?.caps.supported != null;
  const add = (kind: PlanKind) => onAdd(newPlan(kind, supported ? 'supported' : 'claimed', getValues('asOf') ?? '', report, engine));
  return (
    <div className="button-row">
      <button type="button" className="secondary" data-add-plan disabled={full} onClick={() => add('instalments')}>{t('plans.add.instalments')}</button>
      <button type="button" className="secondary" disabled={full} onClick={() => add('deferral')}>{t('plans.add.deferral')}</button>
      <button type="button" className="secondary" disabled={full} onClick={() => add('settlement')}>{t('plans.add.settlement')}</button>
    </div>
  );
}

function RecommendedOffer({ full, onAdd }: { readonly full: boolean; readonly onAdd: Append }) {
  const t = useT();
  const lang = useLang();
  const pick = usePick();
  const rec = useAnalysis().report?.recommendation;
  const { recommendedIndex } = usePlanSpecs();
  const view = planView(rec?.plan);
  if (!rec || !view || recommendedIndex >= 0) return null;
  return (
    <div className="recommended">
      <p className="verdict-label">{t('plan.suggested')} <span className="badge">{t(recommendedMark(view.affordable))}</span></p>
      <p><strong>{describePlan(view, numberOr(rec.spec.graceMonths), t, lang)}</strong></p>
      <p>{pick(rec.reason)}</p>
      <button type="button" onClick={() => onAdd(rec.spec as Record<string, unknown>)} disabled={full}>{t('plans.addRecommended')}</button>
    </div>
  );
}

function PlansCompared() {
  const t = useT();
  const { report } = useAnalysis();
  const { specs, recommendedIndex } = usePlanSpecs();
  if (!report) return null;
  const compared: ComparedPlan[] = [];
  report.plans.forEach((p, i) => {
    const view = planView(p);
    if (view) compared.push({ key: `p${i}`, title: t('plan.title', { n: i + 1 }), plan: view, graceMonths: numberOr(specs[i]?.graceMonths), recommended: i === recommendedIndex });
  });
  const rec = report.recommendation;
  const recView = planView(rec?.plan);
  if (rec && recView && recommendedIndex < 0) {
    // Shown first (PlanComparison puts the recommended offer beside the row names).
    compared.push({ key: 'recommended', title: t('plan.suggested'), plan: recView, graceMonths: numberOr(rec.spec.graceMonths), recommended: true });
  }
  return compared.length > 0 ? <PlanComparison plans={compared} hasBudget={report.budget !== undefined} /> : null;
}
