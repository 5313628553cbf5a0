'use client';

import { formatMoney, isNegative, absolute } from '@/lib/display/format-money';
import { optional, optionalInt } from './case-json';
import { useAnalysis } from './analysis-context';
import { BudgetItemsFields } from './budget-items-fields';
import { EngineWarning } from './engine-warning';
import { FieldFold } from './fold';
import { TextField } from './form-fields';
import { useT } from './language';

/** Step 3: a short monthly budget; it sizes the plans and the recommended offer. */
export function BudgetSection() {
  const t = useT();
  return (
    <section aria-labelledby="budget-heading" className="card form-card" id="budget">
      <h2 id="budget-heading"><span className="step">3</span> {t('budget.heading')}</h2>
      <p className="hint">{t('budget.intro')}</p>
      <div className="row-2">
        <TextField name="budget.income" label={t('budget.income')} hint={t('budget.income.hint')} money setValueAs={optional} />
        <TextField name="budget.essentials" label={t('budget.essentials')} hint={t('budget.essentials.hint')} money setValueAs={optional} />
      </div>
      <div className="row-2">
        <TextField name="budget.otherDebts" optional label={t('budget.otherDebts')} hint={t('budget.otherDebts.hint')} money />
        <TextField name="budget.savings" optional label={t('budget.savings')} hint={t('budget.savings.hint')} money />
      </div>
      <TextField name="budget.dependants" optional label={t('budget.dependants')} inputMode="numeric" setValueAs={optionalInt} className="narrow" />
      <BudgetItemsFields />
      <FieldFold summary={t('budget.more')} names={['budget.incomeNow', 'budget.incomeResumes']}>
        <div className="row-2">
          <TextField name="budget.incomeNow" optional label={t('budget.incomeNow')} hint={t('budget.incomeNow.hint')} money />
          <TextField name="budget.incomeResumes" type="date" optional label={t('budget.incomeResumes')} />
        </div>
      </FieldFold>
      {/* Outside the fold, which stays closed on reload: a date that went unused is said in sight. */}
      <EngineWarning id="income-resumes-unused" testId="income-resumes-unused" />
      <BudgetOutcome />
    </section>
  );
}

/** What the budget leaves each month for this debt (the only part that follows the analysis). */
function BudgetOutcome() {
  const t = useT();
  const budget = useAnalysis().report?.budget;
  if (!budget) return null;
  const short = isNegative(budget.surplusNow);
  return (
    <p className={`budget-outcome${short ? ' shortfall' : ''}`}>
      {short ? t('budget.shortfall', { amount: formatMoney(absolute(budget.surplusNow)) }) : t('budget.surplus', { amount: formatMoney(budget.surplusNow) })}
    </p>
  );
}
