'use client';

import { SelectField, TextField } from './form-fields';
import { useT } from './language';
import { RowItem, RowList } from './row-list';

/** Fees in the contract: deducted when the money was paid out, or added to every instalment. */
export function FeesFields() {
  const t = useT();
  return (
    <RowList
      name="loan.fees"
      legend={t('fees')}
      hint={t('fees.hint')}
      addLabel={t('fees.add')}
      newRow={() => ({ name: t('fees.defaultName'), amount: '', when: 'upfront' })}
      row={(i, remove) => (
        <RowItem title={t('fees.row', { n: i + 1 })} removeLabel={t('fees.remove', { n: i + 1 })} onRemove={remove}>
          <div className="row-3">
            <TextField name={`loan.fees.${i}.name`} label={t('fees.name')} />
            <TextField name={`loan.fees.${i}.amount`} label={t('fees.amount')} money />
            <SelectField
              name={`loan.fees.${i}.when`}
              label={t('fees.when')}
              choices={[{ value: 'upfront', label: t('fees.when.upfront') }, { value: 'each-instalment', label: t('fees.when.each-instalment') }]}
            />
          </div>
        </RowItem>
      )}
    />
  );
}
