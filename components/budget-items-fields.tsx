'use client';

import { formatMoney } from '@/lib/display/format-money';
import { useAnalysis } from './analysis-context';
import { FieldFold } from './fold';
import { SelectField, TextField } from './form-fields';
import { useLang, useT } from './language';
import { RowItem, RowList } from './row-list';

/**
 * The essential spending item by item (case-format.md `budget.items`), optional: fixed costs
 * (rent, school fees) and flexible ones (food, transport), which is where a lender expects cuts.
 * The plans use the essentials total above; the engine says when the items do not add up to it.
 */
export function BudgetItemsFields() {
  const t = useT();
  return (
    <FieldFold summary={t('budget.items.more')} names={['budget.items']}>
      <RowList
        name="budget.items"
        legend={t('budget.items')}
        hint={t('budget.items.hint')}
        addLabel={t('budget.items.add')}
        newRow={() => ({ name: '', amount: '', kind: 'fixed' })}
        row={(i, remove) => (
          <RowItem title={t('budget.items.row', { n: i + 1 })} removeLabel={t('budget.items.remove', { n: i + 1 })} onRemove={remove}>
            <div className="row-3">
              <TextField name={`budget.items.${i}.name`} label={t('budget.items.name')} />
              <TextField name={`budget.items.${i}.amount`} label={t('budget.items.amount')} money />
              <SelectField
                name={`budget.items.${i}.kind`}
                label={t('budget.items.kind')}
                choices={[{ value: 'fixed', label: t('budget.items.kind.fixed') }, { value: 'flexible', label: t('budget.items.kind.flexible') }]}
              />
            </div>
          </RowItem>
        )}
        after={(count) => count > 0 && <ItemsOutcome />}
      />
    </FieldFold>
  );
}

/** The engine's totals of the items, and its word when they differ from the essentials. */
function ItemsOutcome() {
  const t = useT();
  const lang = useLang();
  const { report } = useAnalysis();
  if (!report?.budget) return null;
  const mismatch = report.warnings.find((w) => w.id === 'budget-items-mismatch');
  return (
    <div className="budget-items-outcome" data-testid="budget-items-outcome">
      <p>{t('budget.items.totals', { fixed: formatMoney(report.budget.fixed), flexible: formatMoney(report.budget.flexible) })}</p>
      {mismatch && <p className="warning-text">{mismatch.message[lang]}</p>}
    </div>
  );
}
