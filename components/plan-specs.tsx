'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { useAnalysis } from './analysis-context';
import type { CaseDraft } from './case-json';
import { useT } from './language';
import { samePlanSpec, type PlanSpecDraft } from './plan-view';

/** The plans of the case as the form holds them, and which of them is the recommended offer. */
export function usePlanSpecs() {
  const { control } = useFormContext<CaseDraft>();
  const specs = (useWatch({ control, name: 'plans' }) ?? []) as ReadonlyArray<PlanSpecDraft>;
  const recommendation = useAnalysis().report?.recommendation;
  const recommendedIndex = recommendation ? specs.findIndex((s) => samePlanSpec(s, recommendation.spec as PlanSpecDraft)) : -1;
  return { specs, recommendedIndex };
}

/** Marks a plan that is the recommended offer (it was added from the recommendation). */
export function RecommendedBadge({ index }: { readonly index: number }) {
  const t = useT();
  const { recommendedIndex } = usePlanSpecs();
  return recommendedIndex === index ? <span className="badge">{t('plan.recommended')}</span> : null;
}

export const numberOr = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);
