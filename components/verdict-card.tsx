'use client';

import { addMoney, subtractMoney } from '@/lib/display/add-money';
import { absolute, formatMoney, isNegative } from '@/lib/display/format-money';
import type { Report } from '@/lib/report/types';
import { useLang, usePick, useT } from './language';
import { describePlan } from './plan-text';
import { planView } from './plan-view';
import { Cite } from './cite';

/**
 * The answer first, in three figures: what the contract says is owed now, what the law
 * supports, and what to offer. Everything else is detail, below.
 */
export function VerdictCard({ report }: { readonly report: Report }) {
  const t = useT();
  const lang = useLang();
  const pick = usePick();
  const s = report.statement;
  const supported = report.caps.supported;
  const excess = report.caps.excess;
  const decisive = report.caps.lines.filter((l) => l.decisive);
  const recommended = planView(report.recommendation?.plan);
  const graceMonths = report.recommendation?.spec.graceMonths;
  const demand = s.claimGap === undefined ? undefined : addMoney(s.payoff, s.claimGap);
  // A demand within the contract can still be above what the law supports (a review: ¥120,000
  // demanded against ¥81,208.22 supported read only "no more than the contract gives").
  const demandAboveLaw = demand !== undefined && supported ? subtractMoney(demand, supported.payoff) : undefined;
  return (
    <div className="verdict" aria-labelledby="verdict-heading">
      <h3 id="verdict-heading" className="visually-hidden">{t('verdict.heading')}</h3>
      <div className="verdict-item owed">
        <p className="verdict-label">{t('verdict.owed')}</p>
        <p className="figure" data-testid="payoff">
          {isNegative(s.payoff) ? t('verdict.overpaid', { amount: formatMoney(absolute(s.payoff)) }) : formatMoney(s.payoff)}
        </p>
        <p className="verdict-note">
          {s.daysOverdue > 0
            ? t('verdict.owed.overdue', { due: formatMoney(s.totalDue), n: s.daysOverdue, stage: t(`stage.${report.stage}`) })
            : t('verdict.owed.current', { due: formatMoney(s.totalDue) })}
        </p>
      </div>

      <div className="verdict-item supported">
        <p className="verdict-label">{t('verdict.supported')}</p>
        {supported && excess ? (
          <>
            <p className="figure" data-testid="supported-payoff">
              {isNegative(supported.payoff) ? t('verdict.refund', { amount: formatMoney(absolute(supported.payoff)) }) : formatMoney(supported.payoff)}
            </p>
            <p className="verdict-note">
              {isNegative(excess.payoff) || excess.payoff === '0.00'
                ? t('verdict.noExcess')
                : t(report.caps.regime === 'void' ? 'verdict.excess.void' : 'verdict.excess', { amount: formatMoney(excess.payoff) })}
            </p>
            {decisive.map((l) => (
              <p className="verdict-note small" key={l.id}>
                {t('verdict.decidedBy', { line: pick(l.label) })} <Cite>{l.citation}</Cite>
              </p>
            ))}
          </>
        ) : (
          <p className="verdict-note">{t('verdict.noEstimate')}</p>
        )}
      </div>

      {s.claimGap !== undefined && demand !== undefined && (
        <div className="verdict-item demand">
          <p className="verdict-label">{t('verdict.demand')}</p>
          <p className="figure small-figure">{formatMoney(demand)}</p>
          <p className="verdict-note">
            {!isNegative(s.claimGap) && s.claimGap !== '0.00'
              ? t('verdict.demand.more', { amount: formatMoney(s.claimGap) })
              : demandAboveLaw && !isNegative(demandAboveLaw) && demandAboveLaw !== '0.00'
                ? t('verdict.demand.aboveLaw', { amount: formatMoney(demandAboveLaw) })
                : t('verdict.demand.within')}
          </p>
        </div>
      )}

      <div className="verdict-item offer">
        <p className="verdict-label">{t('verdict.offer')}</p>
        {recommended ? (
          <>
            <p className="figure small-figure">{describePlan(recommended, typeof graceMonths === 'number' ? graceMonths : undefined, t, lang)}</p>
            <p className="verdict-note">{pick(report.recommendation!.reason)}</p>
            <p className="verdict-note no-print"><a href="#plans">{t('verdict.offer.compare')}</a></p>
          </>
        ) : (
          <p className="verdict-note">
            {report.budget ? t('verdict.offer.nothingOwed') : <a href="#budget">{t('verdict.offer.needBudget')}</a>}
          </p>
        )}
      </div>
    </div>
  );
}
