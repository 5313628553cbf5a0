import { addMonthsToDay } from '../calendar';
import { isPositive, ZERO, type Decimal } from '../decimal';
import { cite } from '../law/citations';
import { dayText, yuan } from '../law/messages';
import { downPaymentFits, largestMonthly } from './shortest-affordable';
import type { Plan, PlanContext, PlanSpec, PlanWarning } from './types';

/** Credit-card personalised instalments may run up to 60 months (商业银行信用卡业务监督管理办法 Art. 70). */
export const MAX_USUAL_MONTHS = 60;

/** Where a plan will not work, or a lender will rarely accept it: said, never forbidden. */
export function planWarnings(spec: PlanSpec, plan: Plan, ctx: PlanContext): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (plan.months > MAX_USUAL_MONTHS) {
    out.push({ id: 'plan-over-60-months', citation: cite('card-70'), message: {
      zh: `分期${plan.months}个月超过60个月：信用卡个性化分期最长60个月，其他出借人也很少接受更长的期限。`,
      en: `${plan.months} months is more than 60: credit-card personalised instalments run at most 60 months, and other lenders rarely accept longer.` } });
  }
  if (plan.affordable === false) {
    out.push(spec.kind === 'settlement'
      ? { id: 'plan-unaffordable', message: { zh: `一次性还款${yuan(plan.amount)}超过你的存款。`, en: `The lump sum of ${yuan(plan.amount)} is more than your savings.` } }
      : { id: 'plan-unaffordable', message: monthlyUnaffordable(plan, surplusFor(spec, ctx), ctx.savings) });
  }
  if (spec.kind !== 'settlement') out.push(...nothingLeft(plan));
  const first = spec.kind === 'settlement' ? spec.date : spec.firstDate;
  if (first < ctx.asOf) {
    out.push({ id: 'plan-date-past', message: {
      zh: `首次还款日${dayText(first, 'zh')}早于计算日${dayText(ctx.asOf, 'zh')}，请改为今后的日期。`,
      en: `The first payment date ${dayText(first, 'en')} is before the as-of date ${dayText(ctx.asOf, 'en')}: choose a date ahead.` } });
  }
  if (spec.kind === 'deferral') {
    // The pause runs from the as-of date (the letter: "暂停还款N个月，自即日起"); instalments that
    // start inside it contradict it (an adversarial review: a 60-month pause, paying from the next day).
    const pauseEnds = addMonthsToDay(ctx.asOf, spec.graceMonths);
    if (spec.firstDate < pauseEnds) {
      out.push({ id: 'deferral-starts-in-pause', message: {
        zh: `暂停${spec.graceMonths}个月要到${dayText(pauseEnds, 'zh')}才结束，但首次还款日是${dayText(spec.firstDate, 'zh')}：请把首次还款日改到暂停结束之后，或缩短暂停期。`,
        en: `A ${spec.graceMonths}-month pause runs to ${dayText(pauseEnds, 'en')}, but the first payment is on ${dayText(spec.firstDate, 'en')}: move the first payment after the pause, or shorten the pause.` } });
    }
  }
  if (spec.kind === 'settlement' && ctx.supportedPrincipal !== undefined && spec.amount.lessThan(ctx.supportedPrincipal)) {
    out.push({ id: 'settlement-below-principal', message: belowPrincipal(spec.amount, ctx.supportedPrincipal) });
  }
  return out;
}

const surplusFor = (spec: PlanSpec, ctx: PlanContext): Decimal => (spec.kind === 'deferral' ? ctx.surplusLater ?? ctx.surplus : ctx.surplus) ?? ZERO;

/**
 * A monthly plan the budget cannot carry, saying which part does not fit with the figures the
 * test used (compute-plan.ts, isAffordable): the largest monthly payment, which may be the last
 * row (333.34 after 333.33s), and the down payment against savings. When nothing is left over at
 * all, "more than the −¥200.00 you can spare" would be no sentence: the shortfall is said as one.
 */
function monthlyUnaffordable(plan: Plan, surplus: Decimal, savings: Decimal | undefined) {
  const largest = largestMonthly(plan);
  // The regular payment is named when it does not fit; a larger last row only when it alone does not.
  const lastOnly = plan.payment.lessThanOrEqualTo(surplus) && largest.greaterThan(surplus);
  const monthly = lastOnly ? { zh: `最后一期${yuan(largest)}`, en: `The last payment of ${yuan(largest)}` } : { zh: `每月${yuan(plan.payment)}`, en: `${yuan(plan.payment)} a month` };
  const promise = { zh: '承诺做不到的方案只会再次逾期。', en: 'A promise you cannot keep only leads to another default.' };
  const parts: { zh: string; en: string }[] = [];
  if (largest.greaterThan(surplus)) {
    if (!isPositive(surplus)) {
      const short = surplus.isZero() ? { zh: '没有余钱', en: 'nothing is left over' } : { zh: `每月还差${yuan(surplus.negated())}`, en: `you are ${yuan(surplus.negated())} a month short` };
      parts.push({ zh: `你每月的收入扣除必要开支和其他债务后${short.zh}，${monthly.zh}没有来源。`, en: `After essential spending and other debts ${short.en}, so ${monthly.en} has nothing to come from.` });
    } else {
      parts.push({ zh: `${monthly.zh}超过你每月可用于还这笔债的${yuan(surplus)}。`, en: `${monthly.en} is more than the ${yuan(surplus)} a month you can put towards this debt.` });
    }
  }
  if (!downPaymentFits(plan.downPayment, savings)) {
    parts.push(savings === undefined
      ? { zh: `首付${yuan(plan.downPayment)}，但预算里没有填存款。`, en: `The down payment of ${yuan(plan.downPayment)} has no savings in the budget to come from.` }
      : { zh: `首付${yuan(plan.downPayment)}超过你的存款${yuan(savings)}。`, en: `The down payment of ${yuan(plan.downPayment)} is more than your savings of ${yuan(savings)}.` });
  }
  return { zh: `${parts.map((p) => p.zh).join('')}${promise.zh}`, en: `${parts.map((p) => p.en).join(' ')} ${promise.en}` };
}

/**
 * A monthly plan with nothing to spread (the base no more than the down payment, or nothing owed
 * at all): an adversarial review got a letter offering "0 monthly instalments of CNY 0.00", and a
 * down payment of 5,000 on a base of 1,000 with no word.
 */
function nothingLeft(plan: Plan): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (plan.downPayment.greaterThan(plan.base) && isPositive(plan.base)) {
    out.push({ id: 'down-payment-above-base', message: {
      zh: `首付${yuan(plan.downPayment)}超过方案的基数${yuan(plan.base)}，多出${yuan(plan.downPayment.minus(plan.base))}。`,
      en: `The down payment of ${yuan(plan.downPayment)} is more than the plan's base of ${yuan(plan.base)}, by ${yuan(plan.downPayment.minus(plan.base))}.` } });
  }
  // Too little for so many months: 0.01 over 360 months is 359 payments of ¥0.00; 0.50 over 60
  // months pays 0.01 for 50 months and ¥0.00 for the last 10 (the payment is rounded to the fen).
  const zeroRows = plan.schedule.filter((r) => r.payment.isZero()).length;
  if (zeroRows > 0) {
    out.push({ id: 'plan-zero-payments', message: {
      zh: `${yuan(plan.amount)}分${plan.months}期太少：其中${zeroRows}期的还款额是${yuan(ZERO)}。请减少期数，或改为一次性结清。`,
      en: `${yuan(plan.amount)} is too little to spread over ${plan.months} months: ${zeroRows} of the payments are ${yuan(ZERO)}. Choose fewer months, or a settlement.` } });
  }
  if (plan.schedule.length === 0) {
    out.push({ id: 'plan-nothing-to-repay', message: {
      zh: '这个方案没有需要分期偿还的金额（基数不超过首付，或按所选基数已无欠款）：请改用其他基数，或改为一次性结清。',
      en: 'This plan leaves nothing to repay in instalments (the base is no more than the down payment, or nothing is owed on the chosen base): choose another base, or a settlement.' } });
  }
  return out;
}

const belowPrincipal = (amount: Decimal, principal: Decimal) => ({
  zh: `一次性还款${yuan(amount)}低于法律支持的未还本金${yuan(principal)}，出借人很少接受，但可以尝试。`,
  en: `The lump sum of ${yuan(amount)} is below the ${yuan(principal)} of principal the law supports; lenders rarely accept that, but you may try.`,
});
