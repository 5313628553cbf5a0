'use client';

import { formatMoney } from '@/lib/display/format-money';
import { useAnalysis } from './analysis-context';
import { useT } from './language';

/** On a phone, the result stays in sight while the loan is typed in: a bar at the bottom of the inputs. */
export function LiveTotal() {
  const t = useT();
  const { report, stale } = useAnalysis();
  return (
    <aside className="live-total no-print" aria-label={t('live.label')}>
      {report ? (
        <p className={stale ? 'stale' : undefined}>
          <span>{t('live.owed')} <strong>{formatMoney(report.statement.payoff)}</strong></span>
          {report.caps.supported && <span>{t('live.supported')} <strong>{formatMoney(report.caps.supported.payoff)}</strong></span>}
          <a href="#results">{t('live.see')}</a>
        </p>
      ) : (
        <p>{t('live.empty')}</p>
      )}
    </aside>
  );
}
