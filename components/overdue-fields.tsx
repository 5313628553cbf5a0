'use client';

import { FieldFold } from './fold';
import { CheckboxField, GroupError, SelectField, TextField, useCaseValue } from './form-fields';
import { useT } from './language';
import { RowItem, RowList } from './row-list';

type Penalty = { multiplier?: string } | { rate?: { value?: string; per?: string } } | undefined;

/** The contract's default terms: penalty interest, its base, compound interest, late fees, acceleration. */
export function OverdueFields() {
  const t = useT();
  return (
    <FieldFold summary={t('overdue.more')} names={['overdue']}>
      <PenaltyFields />
      <SelectField
        name="overdue.penaltyBase"
        optional
        label={t('overdue.penaltyBase')}
        hint={t('overdue.penaltyBase.hint')}
        defaultLabel={t('overdue.penaltyBase.default')}
        choices={[
          { value: 'overdue-principal', label: t('overdue.penaltyBase.overdue-principal') },
          { value: 'outstanding-principal', label: t('overdue.penaltyBase.outstanding-principal') },
        ]}
      />
      <CheckboxField name="overdue.compound" label={t('overdue.compound')} hint={t('overdue.compound.hint')} />
      <LateFeesFields />
      <TextField name="overdue.acceleratedOn" type="date" optional label={t('overdue.acceleratedOn')} hint={t('overdue.acceleratedOn.hint')} />
    </FieldFold>
  );
}

function PenaltyFields() {
  const t = useT();
  const [penalty, setPenalty] = useCaseValue<Penalty>('overdue.penalty');
  const byRate = penalty !== undefined && 'rate' in penalty;
  const name = 'penalty-mode';
  return (
    <fieldset className="field-group">
      <legend>{t('overdue.penalty')}</legend>
      <p className="hint">{t('overdue.penalty.hint')}</p>
      <GroupError name="overdue.penalty" />
      <div className="radio">
        <input type="radio" id="penalty-mode-multiplier" name={name} checked={!byRate} onChange={() => setPenalty({ multiplier: '1.5' })} />
        <label htmlFor="penalty-mode-multiplier">{t('overdue.penalty.byMultiplier')}</label>
      </div>
      <div className="radio">
        <input type="radio" id="penalty-mode-rate" name={name} checked={byRate} onChange={() => setPenalty({ rate: { value: '', per: 'day' } })} />
        <label htmlFor="penalty-mode-rate">{t('overdue.penalty.byRate')}</label>
      </div>
      {byRate ? (
        <div className="row-2 rate-row">
          <TextField name="overdue.penalty.rate.value" label={t('overdue.penalty.rate.value')} percent />
          <SelectField
            name="overdue.penalty.rate.per"
            label={t('loan.rate.per')}
            choices={(['day', 'month', 'year'] as const).map((p) => ({ value: p, label: t(`rate.per.${p}`) }))}
          />
        </div>
      ) : (
        <TextField name="overdue.penalty.multiplier" optional label={t('overdue.penalty.multiplier')} hint={t('overdue.penalty.multiplier.hint')} inputMode="decimal" unit="×" />
      )}
    </fieldset>
  );
}

type LateFeeDraft = { name?: string; amount?: string; percent?: string; per?: string; date?: string };

function LateFeesFields() {
  const t = useT();
  return (
    <RowList
      name="overdue.lateFees"
      legend={t('lateFees')}
      hint={t('lateFees.hint')}
      addLabel={t('lateFees.add')}
      newRow={() => ({ name: t('lateFees.defaultName'), amount: '', per: 'overdue-instalment' })}
      row={(i, remove) => <LateFeeRow index={i} onRemove={remove} />}
    />
  );
}

function LateFeeRow({ index, onRemove }: { readonly index: number; readonly onRemove: () => void }) {
  const t = useT();
  const path = `overdue.lateFees.${index}`;
  const [fee, setFee] = useCaseValue<LateFeeDraft>(path);
  const byPercent = fee?.percent !== undefined;
  const setMode = (percent: boolean) => {
    const rest: LateFeeDraft = { ...fee };
    delete rest.amount;
    delete rest.percent;
    setFee(percent ? { ...rest, percent: '' } : { ...rest, amount: '' });
  };
  return (
    <RowItem title={t('lateFees.row', { n: index + 1 })} removeLabel={t('lateFees.remove', { n: index + 1 })} onRemove={onRemove}>
      <GroupError name={path} />
      <div className="row-2">
        <TextField name={`${path}.name`} label={t('lateFees.name')} />
        <SelectField
          name={`${path}.per`}
          label={t('lateFees.per')}
          choices={[{ value: 'overdue-instalment', label: t('lateFees.per.overdue-instalment') }, { value: 'once', label: t('lateFees.per.once') }]}
        />
      </div>
      <div className="inline-choice" role="group" aria-label={t('lateFees.mode')}>
        <label><input type="radio" name={`${path}-mode`} checked={!byPercent} onChange={() => setMode(false)} /> {t('lateFees.mode.amount')}</label>
        <label><input type="radio" name={`${path}-mode`} checked={byPercent} onChange={() => setMode(true)} /> {t('lateFees.mode.percent')}</label>
      </div>
      <div className="row-2">
        {byPercent ? (
          <TextField name={`${path}.percent`} label={t('lateFees.percent')} percent />
        ) : (
          <TextField name={`${path}.amount`} label={t('lateFees.amount')} money />
        )}
        {(fee?.per === 'once' || fee?.date !== undefined) && <TextField name={`${path}.date`} type="date" optional label={t('lateFees.date')} hint={t('lateFees.date.hint')} />}
      </div>
    </RowItem>
  );
}
