'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { useAnalysis } from './analysis-context';
import type { CaseDraft } from './case-json';
import { useT } from './language';
import { planView, samePlanSpec, type PlanSpecDraft } from './plan-view';

/** The plans of the case as the form holds them, and which of them is the recommended offer. */
export function usePlanSpecs() {
  const { control } = useFormContext<CaseDraft>();
  const specs = (useWatch({ control, name: 'plans' }) ?? []) as ReadonlyArray<PlanSpecDraft>;
  const recommendation = useAnalysis().report?.recommendation;
  const recommendedIndex = recommendation ? specs.findIndex((s) => samePlanSpec(s, recommendation.spec as PlanSpecDraft)) : -1;
  return { specs, recommendedIndex };
}

/**
 * How the suggested offer is marked: "Recommended", unless even it does not fit the budget (the
 * 60-month fallback of lib/plans/recommend.ts): a promise the user cannot keep is not recommended.
 */
export const recommendedMark = (affordable: boolean | undefined) => (affordable === false ? 'plan.recommended.overBudget' : 'plan.recommended');

/** Marks a plan that is the recommended offer (it was added from the recommendation). */
export function RecommendedBadge({ index }: { readonly index: number }) {
  const t = useT();
  const { recommendedIndex } = usePlanSpecs();
  const affordable = planView(useAnalysis().report?.recommendation?.plan)?.affordable;
  return recommendedIndex === index ? <span className="badge">{t(recommendedMark(affordable))}</span> : null;
}

export const numberOr = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);
