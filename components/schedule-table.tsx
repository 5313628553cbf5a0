'use client';

import { formatDate } from '@/lib/display/format-date';
import { formatMoney } from '@/lib/display/format-money';
import type { ScheduleRow } from '@/lib/report/types';
import { useLang, useT } from './language';

/** The contract's schedule, instalment by instalment (the fee column only when there are fees). */
export function ScheduleTable({ rows, caption }: { readonly rows: ReadonlyArray<ScheduleRow>; readonly caption: string }) {
  const t = useT();
  const lang = useLang();
  const fees = rows.some((r) => r.fee !== '0.00');
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="figures-table schedule">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('schedule.n')}</th>
            <th scope="col">{t('schedule.date')}</th>
            <th scope="col">{t('schedule.payment')}</th>
            <th scope="col">{t('schedule.principal')}</th>
            <th scope="col">{t('schedule.interest')}</th>
            {fees && <th scope="col">{t('schedule.fee')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.n}>
              <td>{r.n}</td>
              <td>{formatDate(r.dueDate, lang)}</td>
              <td>{formatMoney(r.payment)}</td>
              <td>{formatMoney(r.principal)}</td>
              <td>{formatMoney(r.interest)}</td>
              {fees && <td>{formatMoney(r.fee)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
