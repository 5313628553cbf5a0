import { formatDate } from '@/lib/display/format-date';
import { formatMoney } from '@/lib/display/format-money';
import type { Lang } from '@/lib/display/lang';
import type { Translate } from './i18n';
import type { PlanView } from './plan-view';

/** One line that says what a plan asks for: "停息分24期，每月¥368.69". */
export function describePlan(plan: PlanView, graceMonths: number | undefined, t: Translate, lang: Lang): string {
  const payment = formatMoney(plan.payment);
  if (plan.kind === 'settlement') {
    const date = plan.schedule[0]?.date;
    return t('plan.describe.settlement', { amount: formatMoney(plan.amount), date: date ? formatDate(date, lang) : '' });
  }
  // Frozen: the instalments carry no interest of their own (grace interest aside).
  const frozen = plan.interest === '0.00' || plan.interest === plan.graceInterest;
  const key = plan.kind === 'deferral'
    ? frozen ? 'plan.describe.deferral.frozen' : 'plan.describe.deferral'
    : frozen ? 'plan.describe.instalments.frozen' : 'plan.describe.instalments';
  // Each count is `n` to its own text, so English says "1 month's pause" and "1 payment".
  const pause = plan.kind === 'deferral' ? t('plan.describe.pause', { n: graceMonths ?? '' }) : '';
  return t(key, { n: plan.months, payment, pause });
}
