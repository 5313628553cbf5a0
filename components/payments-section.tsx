'use client';

import { optional } from './case-json';
import { OverdueFields } from './overdue-fields';
import { PaymentsFields } from './payments-fields';
import { TextField } from './form-fields';
import { useT } from './language';

/** Step 2: what has happened since: payments, the date to count to, what the lender demands, default terms. */
export function PaymentsSection() {
  const t = useT();
  return (
    <section aria-labelledby="payments-heading" className="card form-card" id="payments">
      <h2 id="payments-heading"><span className="step">2</span> {t('payments.heading')}</h2>
      <TextField name="asOf" type="date" label={t('asOf')} hint={t('asOf.hint')} />
      <PaymentsFields />
      <fieldset className="field-group">
        <legend>{t('claim')}</legend>
        <p className="hint">{t('claim.hint')}</p>
        <div className="row-2">
          <TextField name="claim.amount" label={t('claim.amount')} money setValueAs={optional} />
          <TextField name="claim.date" type="date" optional label={t('claim.date')} />
        </div>
        <TextField name="claim.source" optional label={t('claim.source')} hint={t('claim.source.hint')} />
      </fieldset>
      <OverdueFields />
    </section>
  );
}
