'use client';

import { formatMoney, isNegative } from '@/lib/display/format-money';
import type { Report, StatementJson } from '@/lib/report/types';
import { useT } from './language';

type Item = keyof Omit<StatementJson, 'daysOverdue' | 'claimGap'>;

const DUE: ReadonlyArray<Item> = ['principalOverdue', 'interestOverdue', 'feesOverdue', 'penaltyInterest', 'compoundInterest', 'lateFees', 'credit'];
const LATER: ReadonlyArray<Item> = ['principalNotDue', 'accruedInterest'];

/**
 * What is owed now, item by item: the contract's figure beside what the law supports, and the
 * difference. Items that are zero on both sides are left out; the totals always show.
 */
export function OwedItems({ report }: { readonly report: Report }) {
  const t = useT();
  const claimed = report.statement;
  const supported = report.caps.supported?.statement;
  const excess = report.caps.excess?.items;
  const shown = (k: Item) => claimed[k] !== '0.00' || (supported !== undefined && supported[k] !== '0.00');
  const row = (k: Item, total = false) => (
    <tr key={k} className={total ? 'total' : undefined}>
      <th scope="row">{t(`item.${k}`)}</th>
      <td>{k === 'credit' ? `−${formatMoney(claimed[k])}` : formatMoney(claimed[k])}</td>
      {supported && <td>{k === 'credit' ? `−${formatMoney(supported[k])}` : formatMoney(supported[k])}</td>}
      {excess && <td>{excess[k] === '0.00' ? '—' : formatMoney(excess[k] ?? '0.00')}</td>}
    </tr>
  );
  // A review read "Interest due … above the cap −¥294.26" as the law allowing more than the
  // contract: a negative item is explained (the credit row has its own sign, and is left out).
  const due = DUE.filter(shown);
  const later = LATER.filter(shown);
  const negative = excess !== undefined && [...due, 'totalDue' as const, ...later].some((k) => k !== 'credit' && isNegative(excess[k] ?? '0.00'));
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="owed-caption" tabIndex={0}>
        <table className="figures-table">
          <caption id="owed-caption">{t('items.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('items.item')}</th>
              <th scope="col">{t('items.contract')}</th>
              {supported && <th scope="col">{t('items.supported')}</th>}
              {excess && <th scope="col">{t('items.excess')}</th>}
            </tr>
          </thead>
          <tbody>
            {due.map((k) => row(k))}
            {row('totalDue', true)}
            {later.map((k) => row(k))}
            {row('payoff', true)}
          </tbody>
        </table>
      </div>
      {negative && <p className="hint" data-testid="negative-excess">{t('items.negative')}</p>}
    </>
  );
}
