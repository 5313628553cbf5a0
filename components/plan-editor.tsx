'use client';

import { memo } from 'react';
import { useFormContext } from 'react-hook-form';
import { absolute, formatMoney, isNegative } from '@/lib/display/format-money';
import { useAnalysis, useLatestReport } from './analysis-context';
import { useEngine } from './engine';
import { optional, wholeNumber, type CaseDraft } from './case-json';
import { GroupError, SelectField, TextField, useCaseValue } from './form-fields';
import { useLang, usePick, useT } from './language';
import { newPlan, type PlanKind } from './plan-defaults';
import { describePlan } from './plan-text';
import { planView } from './plan-view';
import { numberOr, RecommendedBadge } from './plan-specs';
import { Cite } from './cite';

const KINDS: ReadonlyArray<PlanKind> = ['instalments', 'deferral', 'settlement'];
const BASES = ['supported', 'claimed', 'demanded'] as const;

interface PlanEditorProps {
  readonly index: number;
  readonly onReplace: (index: number, plan: Record<string, unknown>) => void;
  readonly onRemove: (index: number) => void;
}

/** One offer, edited in place; its figures (PlanOutcome) update as it changes. */
export const PlanEditor = memo(function PlanEditor({ index, onReplace, onRemove }: PlanEditorProps) {
  const t = useT();
  const { getValues } = useFormContext<CaseDraft>();
  const latest = useLatestReport();
  const engine = useEngine();
  const path = `plans.${index}`;
  const [kind] = useCaseValue<string>(`${path}.kind`);
  const [base, setBase] = useCaseValue<unknown>(`${path}.base`);
  const baseMode = typeof base === 'string' && (BASES as ReadonlyArray<string>).includes(base) ? base : 'custom';
  const months = { setValueAs: wholeNumber, inputMode: 'numeric' as const, unit: t('unit.months') };
  return (
    <fieldset className="plan-editor" id={`plan-${index}`}>
      <legend>
        {t('plan.title', { n: index + 1 })}
        <RecommendedBadge index={index} />
      </legend>
      <GroupError name={path} />
      <div className="row-2">
        <div className="field">
          <label htmlFor={`${path}-kind`}>{t('plan.kind')}</label>
          <select id={`${path}-kind`} value={kind ?? ''} onChange={(e) => onReplace(index, newPlan(e.target.value as PlanKind, base, getValues('asOf') ?? '', latest.current, engine))}>
            {!(KINDS as ReadonlyArray<unknown>).includes(kind) && <option value="">{t('field.choose')}</option>}
            {KINDS.map((k) => <option key={k} value={k}>{t(`plan.kind.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${path}-baseMode`}>{t('plan.base')}</label>
          <select id={`${path}-baseMode`} value={baseMode} onChange={(e) => setBase(e.target.value === 'custom' ? '' : e.target.value)}>
            {BASES.map((b) => <option key={b} value={b}>{t(`plan.base.${b}`)}</option>)}
            <option value="custom">{t('plan.base.custom')}</option>
          </select>
        </div>
      </div>
      {baseMode === 'custom' && <TextField name={`${path}.base`} label={t('plan.base.amount')} money />}
      {kind === 'settlement' ? (
        <div className="row-2">
          <TextField name={`${path}.amount`} label={t('plan.amount')} hint={t('plan.amount.hint')} money />
          <TextField name={`${path}.date`} type="date" label={t('plan.date')} />
        </div>
      ) : (
        <>
          {kind === 'deferral' && (
            <div className="row-2">
              <TextField name={`${path}.graceMonths`} label={t('plan.graceMonths')} hint={t('plan.graceMonths.hint')} {...months} />
              <TextField name={`${path}.graceAnnualRate`} optional label={t('plan.graceAnnualRate')} hint={t('plan.annualRate.hint')} percent />
            </div>
          )}
          <div className="row-2">
            <TextField name={`${path}.months`} label={t('plan.months')} {...months} />
            <TextField name={`${path}.firstDate`} type="date" label={t('plan.firstDate')} />
          </div>
          <div className="row-2">
            <TextField name={`${path}.annualRate`} optional label={t('plan.annualRate')} hint={t('plan.annualRate.hint')} percent />
            <TextField name={`${path}.downPayment`} optional label={t('plan.downPayment')} money setValueAs={optional} />
          </div>
          {kind === 'deferral' && (
            <SelectField
              name={`${path}.graceInterest`}
              optional
              label={t('plan.graceInterest')}
              defaultLabel={t('plan.graceInterest.default')}
              choices={[{ value: 'capitalise', label: t('plan.graceInterest.capitalise') }, { value: 'with-first', label: t('plan.graceInterest.with-first') }]}
            />
          )}
        </>
      )}
      <PlanOutcome index={index} />
      <button type="button" className="link-button" data-remove-plan onClick={() => onRemove(index)}>{t('plan.remove', { n: index + 1 })}</button>
    </fieldset>
  );
});

/** What the plan comes to, as computed: the one part of the editor that follows the analysis. */
function PlanOutcome({ index }: { readonly index: number }) {
  const t = useT();
  const lang = useLang();
  const pick = usePick();
  const computed = useAnalysis().report?.plans[index];
  const [graceMonths] = useCaseValue<unknown>(`plans.${index}.graceMonths`);
  const view = planView(computed);
  return (
    <div className="plan-outcome">
      {view ? (
        <>
          <p><strong>{describePlan(view, numberOr(graceMonths), t, lang)}</strong></p>
          <p>
            {isNegative(view.savings)
              ? t('plan.outcome.more', { total: formatMoney(view.total), amount: formatMoney(absolute(view.savings)) })
              : t('plan.outcome', { total: formatMoney(view.total), savings: formatMoney(view.savings) })}
          </p>
          {view.warnings.map((w) => (
            <p key={w.id} className="warning-text">{pick(w.message)}{w.citation && <> <Cite>{w.citation}</Cite></>}</p>
          ))}
        </>
      ) : (
        computed && <p>{t('plan.uncomputed')}</p>
      )}
    </div>
  );
}
