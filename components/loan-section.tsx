'use client';

import { wholeNumber } from './case-json';
import { FeesFields } from './fees-fields';
import { FieldFold } from './fold';
import { RadioField, SelectField, TextField, useCaseValue } from './form-fields';
import { useT } from './language';
import { EngineWarning } from './engine-warning';

const METHODS = ['equal-payment', 'equal-principal', 'interest-first', 'bullet', 'flat'] as const;
const KINDS = ['licensed', 'private', 'unlicensed-professional'] as const;
const dayCountValue = (v: unknown) => (v === '360' || v === '365' ? Number(v) : v);

/** Step 1: who lent the money and on what terms. The common case needs only the first fields. */
export function LoanSection() {
  const t = useT();
  return (
    <section aria-labelledby="loan-heading" className="card form-card" id="loan">
      <h2 id="loan-heading"><span className="step">1</span> {t('loan.heading')}</h2>
      <TextField name="lender.name" label={t('lender.name')} hint={t('lender.name.hint')} autoComplete="organization" />
      <EngineWarning id="lender-name" testId="lender-name" />
      <RadioField
        name="lender.kind"
        label={t('lender.kind')}
        hint={t('lender.kind.hint')}
        choices={KINDS.map((k) => ({ value: k, label: t(`lender.kind.${k}`), hint: t(`lender.kind.${k}.hint`) }))}
      />
      <TextField name="loan.principal" label={t('loan.principal')} hint={t('loan.principal.hint')} money />
      <div className="row-2">
        <TextField name="loan.startDate" type="date" label={t('loan.startDate')} />
        <TextField name="loan.termMonths" label={t('loan.termMonths')} hint={t('loan.termMonths.hint')} inputMode="numeric" setValueAs={wholeNumber} unit={t('unit.months')} />
      </div>
      <fieldset className="field-group">
        <legend>{t('loan.rate')}</legend>
        <p className="hint">{t('loan.rate.hint')}</p>
        <div className="row-2 rate-row">
          <TextField name="loan.rate.value" label={t('loan.rate.value')} percent />
          <SelectField
            name="loan.rate.per"
            label={t('loan.rate.per')}
            choices={(['day', 'month', 'year'] as const).map((p) => ({ value: p, label: t(`rate.per.${p}`) }))}
          />
        </div>
        <EngineWarning id="rate-check" testId="rate-check" />
      </fieldset>
      <RadioField
        name="loan.method"
        label={t('loan.method')}
        hint={t('loan.method.hint')}
        choices={METHODS.map((m) => ({ value: m, label: t(`method.${m}`), hint: t(`method.${m}.hint`) }))}
      />
      <FieldFold summary={t('loan.more')} names={['loan.firstDueDate', 'loan.contractDate', 'dayCount', 'lender.contractNo', 'loan.fees', 'filingDate']}>
        <FeesFields />
        <div className="row-2">
          <TextField name="loan.firstDueDate" type="date" optional label={t('loan.firstDueDate')} hint={t('loan.firstDueDate.hint')} />
          <TextField name="loan.contractDate" type="date" optional label={t('loan.contractDate')} hint={t('loan.contractDate.hint')} />
        </div>
        <SelectField
          name="dayCount"
          optional
          label={t('dayCount')}
          hint={t('dayCount.hint')}
          setValueAs={dayCountValue}
          defaultLabel={t('dayCount.default')}
          choices={[{ value: '360', label: t('dayCount.360') }, { value: '365', label: t('dayCount.365') }]}
        />
        <TextField name="lender.contractNo" optional label={t('lender.contractNo')} />
        <FilingDateField />
      </FieldFold>
    </section>
  );
}

/**
 * Only a private loan can fall under the transitional rule the filing date matters to (LAW.md §7),
 * so only then is it asked; a date the case already holds is always shown, to be seen and fixed.
 */
function FilingDateField() {
  const t = useT();
  const [kind] = useCaseValue<string>('lender.kind');
  const [filingDate] = useCaseValue<string>('filingDate');
  if (kind !== 'private' && filingDate === undefined) return null;
  return <TextField name="filingDate" type="date" optional label={t('filingDate')} hint={t('filingDate.hint')} />;
}
