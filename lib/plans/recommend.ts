import { Decimal, ZERO } from '../decimal';
import { addMonthsToDay, type Day } from '../calendar';
import { dayText, yuan, type Words } from '../law/messages';
import { computePlan, isComputed } from './compute-plan';
import { MAX_USUAL_MONTHS } from './plan-warnings';
import { pauseUntil } from './budget';
import { settlementFromSavings } from './settlement-offer';
import { shortestAffordableMonths } from './shortest-affordable';
import type { Plan, PlanContext, PlanSpec } from './types';

export { MEANINGFUL_SHARE } from './settlement-offer';

export interface RecommendInput {
  readonly ctx: PlanContext;
  /** Monthly surplus now and once the usual income resumes. */
  readonly surplusNow: Decimal;
  readonly surplus: Decimal;
  readonly savings: Decimal;
  readonly incomeResumes?: Day;
}

export interface Recommendation {
  readonly spec: PlanSpec;
  readonly plan: Plan;
  readonly reason: Words;
}

/**
 * The offer to make (issue 3): a settlement when savings cover a meaningful share; else the
 * shortest interest-frozen instalment plan (at most 60 months) whose every payment fits the
 * surplus; else, when income resumes on a known date, a deferral until then followed by such a
 * plan; else the 60-month plan, marked unaffordable, with the advice to get help.
 * Sized on the supported payoff when the law gives one (the borrower need not offer more), or on
 * the lender's own demand when that is lower: an offer above what the lender asks for gives money
 * away (case-format.md base "demanded"; the demand is taken as stated, whatever its date).
 */
export function recommend(input: RecommendInput): Recommendation | undefined {
  const { ctx, savings } = input;
  const lawful = ctx.supportedPayoff ?? ctx.claimedPayoff;
  const demand = ctx.demanded !== undefined && ctx.demanded.greaterThan(ZERO) && ctx.demanded.lessThan(lawful) ? ctx.demanded : undefined;
  const baseName = demand ? 'demanded' : ctx.supportedPayoff !== undefined ? 'supported' : 'claimed';
  const owed = demand ?? lawful;
  if (!owed.greaterThan(ZERO)) return undefined;
  const firstDate = addMonthsToDay(ctx.asOf, 1);
  const make = (spec: PlanSpec, reason: Words): Recommendation | undefined => {
    const plan = computePlan(spec, ctx);
    if (!isComputed(plan)) return undefined;
    return { spec, plan, reason: demand ? { zh: `对方要求还${yuan(demand)}，少于${ctx.supportedPayoff ? '法律支持的金额' : '按合同计算的金额'}，方案按对方的数额计算。${reason.zh}`, en: `The lender asks for ${yuan(demand)}, less than ${ctx.supportedPayoff ? 'the law supports' : 'the contract gives'}: the offer starts from their figure. ${reason.en}` } : reason };
  };

  const amount = settlementFromSavings(owed, savings);
  if (amount) {
    const full = amount.equals(owed);
    return make({ kind: 'settlement', base: baseName, amount, date: firstDate }, full
      ? { zh: `你的存款足以一次结清${yuan(owed)}。一次性结清通常最划算，并请对方书面确认结清。`, en: `Your savings cover the whole ${yuan(owed)}. Settling at once is usually the best deal; ask for written confirmation that the debt is settled.` }
      : { zh: `你的存款${yuan(savings)}已达应还${yuan(owed)}的一半以上，可提出一次性结清${yuan(amount)}（减免${yuan(owed.minus(amount))}）；对方可能还价。`, en: `Your savings of ${yuan(savings)} cover more than half of the ${yuan(owed)} owed: offer ${yuan(amount)} in full and final settlement (${yuan(owed.minus(amount))} off); the lender may counter.` });
  }

  const frozen = ZERO;
  const months = shortestAffordableMonths(owed, input.surplusNow, frozen, MAX_USUAL_MONTHS);
  if (months !== undefined) {
    return make({ kind: 'instalments', base: baseName, months, firstDate, downPayment: ZERO, annualRate: frozen }, {
      zh: `每月可用于还款${yuan(input.surplusNow)}，按停息分期，最短${months}个月可以还清，每期都在预算之内。`,
      en: `With ${yuan(input.surplusNow)} a month to spare, an interest-frozen plan repays it in ${months} months at the shortest, every payment within your budget.` });
  }

  // A pause of at most MAX_GRACE_MONTHS, the longest a deferral may ask for: a recommendation the
  // user adds must be a valid case (an adversarial review: income resuming in 2100 gave a
  // 892-month pause, and adding it made the case invalid). Income further off falls through,
  // and the report says the date went unused (budget.ts incomeResumesWarning).
  const resumes = pauseUntil(input.incomeResumes, ctx.asOf);
  if (resumes !== undefined) {
    let grace = 1;
    while (addMonthsToDay(ctx.asOf, grace) < resumes) grace++;
    const start = addMonthsToDay(ctx.asOf, grace);
    const later = shortestAffordableMonths(owed, input.surplus, frozen, MAX_USUAL_MONTHS);
    if (later !== undefined) {
      return make({ kind: 'deferral', base: baseName, graceMonths: grace, graceAnnualRate: ZERO, graceInterest: 'capitalise', months: later, firstDate: start, downPayment: ZERO, annualRate: frozen }, {
        zh: `目前没有余钱还款，收入预计${dayText(resumes, 'zh')}恢复：申请延期${grace}个月，之后停息分${later}期，每期都在恢复收入后的预算之内。`,
        en: `You have nothing to spare now and expect income again on ${dayText(resumes, 'en')}: ask for ${grace} months' deferral, then ${later} interest-frozen instalments, each within the budget once income resumes.` });
    }
  }

  return make({ kind: 'instalments', base: baseName, months: MAX_USUAL_MONTHS, firstDate, downPayment: ZERO, annualRate: frozen }, {
    zh: `即使停息分60期（从${dayText(firstDate, 'zh')}起），每期也超过你的预算。可以先提出这个方案，同时寻求免费的债务咨询，并如实说明困难。`,
    en: `Even 60 interest-frozen instalments (from ${dayText(firstDate, 'en')}) exceed your budget. You can still propose this plan, and seek free debt advice and explain your hardship openly.` });
}
