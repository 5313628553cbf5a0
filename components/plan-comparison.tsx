'use client';

import { formatMoney, isNegative, absolute } from '@/lib/display/format-money';
import { BalanceChart } from './balance-chart';
import { useLang, useT } from './language';
import { describePlan } from './plan-text';
import { recommendedMark } from './plan-specs';
import type { PlanView } from './plan-view';

export interface ComparedPlan {
  readonly key: string;
  readonly title: string;
  readonly plan: PlanView;
  readonly graceMonths?: number | undefined;
  readonly recommended: boolean;
}

/**
 * The recommended offer first, the others in their order: on a phone the table scrolls sideways,
 * and the offer this tool recommends should be in view beside the row names without scrolling,
 * whether it is the suggestion or one of the user's own offers (added from it).
 */
const recommendedFirst = (plans: ReadonlyArray<ComparedPlan>): ReadonlyArray<ComparedPlan> =>
  [...plans.filter((c) => c.recommended), ...plans.filter((c) => !c.recommended)];

/** The offers side by side: payment, months, total, savings, whether the budget carries it. */
export function PlanComparison({ plans: given, hasBudget }: { readonly plans: ReadonlyArray<ComparedPlan>; readonly hasBudget: boolean }) {
  const t = useT();
  const lang = useLang();
  const plans = recommendedFirst(given);
  const affordable = (p: PlanView) => (!hasBudget || p.affordable === undefined ? '—' : p.affordable ? t('compare.affordable.yes') : t('compare.affordable.no'));
  // A settlement is paid once, not monthly: its row says so rather than "¥3,000.00 a month".
  const paymentCell = (p: PlanView) => (p.kind === 'settlement' ? t('compare.payment.once', { amount: formatMoney(p.payment) }) : formatMoney(p.payment));
  const savings = (s: string) => (isNegative(s) ? t('compare.costsMore', { amount: formatMoney(absolute(s)) }) : formatMoney(s));
  const cautions = plans.flatMap((c) => c.plan.warnings.map((w) => ({ key: `${c.key}-${w.id}`, text: `${c.title}${t('compare.cautionOf')}${w.message[lang]}` })));
  return (
    <div className="comparison">
      <h3>{t('compare.heading')}</h3>
      {/* The caption, outside the box that scrolls sideways: inside it, it was as wide as the
          table and was cut off at the screen's edge on a phone. It still names the table. */}
      <p className="table-caption" id="compare-caption">{t('compare.caption')}</p>
      <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table className="figures-table compare" aria-labelledby="compare-caption" data-testid="plan-comparison">
          <thead>
            <tr>
              <td />
              {plans.map((c) => (
                <th scope="col" key={c.key} className={c.recommended ? 'recommended-col' : undefined}>
                  {c.title}
                  {c.recommended && <span className="badge">{t(recommendedMark(c.plan.affordable))}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr><th scope="row">{t('compare.what')}</th>{plans.map((c) => <td key={c.key}>{describePlan(c.plan, c.graceMonths, t, lang)}</td>)}</tr>
            <tr><th scope="row">{t('compare.payment')}</th>{plans.map((c) => <td key={c.key}>{paymentCell(c.plan)}</td>)}</tr>
            <tr><th scope="row">{t('compare.months')}</th>{plans.map((c) => <td key={c.key}>{c.plan.months}</td>)}</tr>
            <tr><th scope="row">{t('compare.total')}</th>{plans.map((c) => <td key={c.key}>{formatMoney(c.plan.total)}</td>)}</tr>
            <tr><th scope="row">{t('compare.savings')}</th>{plans.map((c) => <td key={c.key}>{savings(c.plan.savings)}</td>)}</tr>
            <tr><th scope="row">{t('compare.affordable')}</th>{plans.map((c) => <td key={c.key}>{affordable(c.plan)}</td>)}</tr>
          </tbody>
        </table>
      </div>
      {/* Each offer's cautions, under the table: side by side, a settlement far below what is
          owed looked like the clear winner, its "lenders rarely accept that" seen only on its card. */}
      {cautions.length > 0 && (
        <ul className="warnings" aria-label={t('compare.cautions')} data-testid="compare-cautions">
          {cautions.map((c) => <li key={c.key} className="warning-text">{c.text}</li>)}
        </ul>
      )}
      <BalanceChart plans={plans} />
    </div>
  );
}
