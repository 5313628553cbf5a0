'use client';

import { useId, useRef, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { parsePaymentList, type RejectedLine } from '@/lib/display/parse-payment-list';
import type { CaseDraft } from './case-json';
import { FieldFold, Fold } from './fold';
import { focusAfterRemove } from './focus-after-remove';
import { GroupError, TextField } from './form-fields';
import { EngineWarning } from './engine-warning';
import { useT } from './language';

/** What the borrower has paid: rows to add one by one, or a pasted list. */
export function PaymentsFields() {
  const t = useT();
  const { control } = useFormContext<CaseDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'payments' });
  const group = useRef<HTMLFieldSetElement>(null);
  const removeAt = (i: number) => {
    remove(i);
    focusAfterRemove(group.current, i, '.payment-row .icon-button', '[data-add-payment]');
  };
  return (
    <fieldset className="field-group" ref={group}>
      <legend>{t('payments')}</legend>
      <p className="hint">{t('payments.hint')}</p>
      <GroupError name="payments" />
      {fields.length > MANY_PAYMENTS ? (
        <FieldFold summary={t('payments.many', { n: fields.length })} names={['payments']} lazy>
          <PaymentRows fields={fields} onRemove={removeAt} />
        </FieldFold>
      ) : (
        fields.length > 0 && <PaymentRows fields={fields} onRemove={removeAt} />
      )}
      <EngineWarning id="payments-after-as-of" testId="payments-left-out" />
      <button type="button" className="secondary" data-add-payment onClick={() => append({ date: '', amount: '' })}>
        {t('payments.add')}
      </button>
      <Fold summary={t('payments.paste')}>
        <PasteList onRows={(rows) => append(rows.map((r) => ({ ...r })))} />
      </Fold>
    </fieldset>
  );
}

/** More rows than this are folded: a long history is rarely edited, and would slow every keystroke. */
const MANY_PAYMENTS = 24;

function PaymentRows({ fields, onRemove }: { readonly fields: ReadonlyArray<{ readonly id: string }>; readonly onRemove: (i: number) => void }) {
  const t = useT();
  return (
    <ol className="payment-rows">
      {fields.map((f, i) => (
        <li key={f.id} className="payment-row">
          <span className="row-number" aria-hidden="true">{i + 1}</span>
          <TextField name={`payments.${i}.date`} type="date" hideLabel label={t('payments.date', { n: i + 1 })} />
          <TextField name={`payments.${i}.amount`} hideLabel label={t('payments.amount', { n: i + 1 })} money />
          <button type="button" className="icon-button" onClick={() => onRemove(i)} aria-label={t('payments.remove', { n: i + 1 })}>
            ×
          </button>
        </li>
      ))}
    </ol>
  );
}

function PasteList({ onRows }: { readonly onRows: (rows: ReadonlyArray<{ date: string; amount: string }>) => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<{ added: number; rejected: ReadonlyArray<RejectedLine> } | undefined>();
  const read = () => {
    const { rows, rejected } = parsePaymentList(text);
    if (rows.length) onRows(rows);
    setOutcome({ added: rows.length, rejected });
    // Only the lines not read stay in the box, to be corrected and read again: the lines added
    // would be added a second time.
    setText(rejected.map((r) => r.line).join('\n'));
  };
  return (
    <div className="paste">
      <label htmlFor={id}>{t('payments.paste.label')}</label>
      <p className="hint" id={`${id}-hint`}>{t('payments.paste.hint')}</p>
      <textarea id={id} rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} placeholder={'2025-02-15 1100.16\n2025-03-15 1100.16'} />
      <button type="button" className="secondary" onClick={read} disabled={!text.trim()}>
        {t('payments.paste.read')}
      </button>
      <div role="status" className="paste-outcome">
        {outcome && (
          <>
            <p>{t('payments.paste.added', { n: outcome.added })}</p>
            {outcome.rejected.length > 0 && (
              <>
                <p>{t('payments.paste.rejected', { n: outcome.rejected.length })}</p>
                <ul>
                  {outcome.rejected.map((r, i) => (
                    <li key={i}>
                      <code>{r.line}</code> {t(`payments.paste.why.${r.reason}`)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
