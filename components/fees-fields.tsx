'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import type { CaseDraft } from './case-json';
import { GroupError, SelectField, TextField } from './form-fields';
import { useT } from './language';

/** Fees in the contract: deducted when the money was paid out, or added to every instalment. */
export function FeesFields() {
  const t = useT();
  const { control } = useFormContext<CaseDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'loan.fees' });
  return (
    <fieldset className="field-group">
      <legend>{t('fees')}</legend>
      <p className="hint">{t('fees.hint')}</p>
      <GroupError name="loan.fees" />
      {fields.map((f, i) => (
        <div className="row-item" key={f.id}>
          <p className="row-title">{t('fees.row', { n: i + 1 })}</p>
          <div className="row-3">
            <TextField name={`loan.fees.${i}.name`} label={t('fees.name')} />
            <TextField name={`loan.fees.${i}.amount`} label={t('fees.amount')} inputMode="decimal" unit={t('unit.yuan')} />
            <SelectField
              name={`loan.fees.${i}.when`}
              label={t('fees.when')}
              choices={[{ value: 'upfront', label: t('fees.when.upfront') }, { value: 'each-instalment', label: t('fees.when.each-instalment') }]}
            />
          </div>
          <button type="button" className="link-button" onClick={() => remove(i)}>
            {t('fees.remove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => append({ name: t('fees.defaultName'), amount: '', when: 'upfront' })}>
        {t('fees.add')}
      </button>
    </fieldset>
  );
}
