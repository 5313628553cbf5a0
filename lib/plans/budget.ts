import { Decimal, ZERO, sum } from '../decimal';
import { addMonthsToDay, type Day } from '../calendar';
import { MAX_GRACE_MONTHS } from '../case/schema';
import { dayText, yuan } from '../law/messages';
import type { Warning } from '../law/warnings';

/** A monthly budget in the shape debt advisers use (case-format.md `budget`). */
export interface Budget {
  /** Usual monthly income. */
  readonly income: Decimal;
  /** Income now, when it differs (e.g. nothing while out of work). */
  readonly incomeNow?: Decimal;
  /** When the usual income resumes. */
  readonly incomeResumes?: Day;
  readonly essentials: Decimal;
  readonly otherDebts: Decimal;
  readonly savings: Decimal;
  readonly dependants: number;
  readonly items: ReadonlyArray<{ readonly name: string; readonly amount: Decimal; readonly kind: 'fixed' | 'flexible' }>;
}

export interface BudgetSummary {
  /** income − essentials − otherDebts: what can go to this debt each month (negative: a shortfall). */
  readonly surplus: Decimal;
  /** The same on the income now, when it differs. */
  readonly surplusNow: Decimal;
  readonly savings: Decimal;
  /** The breakdown of essentials, when items are given. */
  readonly fixed: Decimal;
  readonly flexible: Decimal;
}

export function summariseBudget(b: Budget): BudgetSummary {
  const spending = b.essentials.plus(b.otherDebts);
  const ofKind = (kind: 'fixed' | 'flexible') => sum(b.items.filter((i) => i.kind === kind).map((i) => i.amount));
  return {
    surplus: b.income.minus(spending),
    surplusNow: (b.incomeNow ?? b.income).minus(spending),
    savings: b.savings,
    fixed: ofKind('fixed'),
    flexible: ofKind('flexible'),
  };
}

/**
 * The breakdown of essential spending (`items`) should add up to `essentials`, which is what the
 * plans use; where it does not, say so rather than pick one in silence.
 */
export function budgetItemsWarning(b: Budget): Warning | undefined {
  if (!b.items.length) return undefined;
  const total = sum(b.items.map((i) => i.amount));
  if (total.equals(b.essentials)) return undefined;
  return {
    id: 'budget-items-mismatch',
    message: {
      zh: `开支明细合计${yuan(total)}，与填写的每月必要开支${yuan(b.essentials)}不一致；各方案按${yuan(b.essentials)}计算。`,
      en: `Your spending items add up to ${yuan(total)} a month, not the ${yuan(b.essentials)} entered as essential spending; the plans use ${yuan(b.essentials)}.`,
    },
  };
}

export const NO_SAVINGS = ZERO;

/**
 * The date income resumes, when a pause until then is one a lender could grant: after the as-of
 * date and at most MAX_GRACE_MONTHS after it, the longest deferral a plan may ask for.
 */
export function pauseUntil(resumes: Day | undefined, asOf: Day): Day | undefined {
  return resumes !== undefined && resumes > asOf && resumes <= addMonthsToDay(asOf, MAX_GRACE_MONTHS) ? resumes : undefined;
}

/**
 * A date income resumes that the recommendation cannot use (not after the as-of date, or further
 * off than any pause), said rather than dropped in silence: the user typed it for a reason.
 */
export function incomeResumesWarning(b: Budget, asOf: Day): Warning | undefined {
  const resumes = b.incomeResumes;
  if (resumes === undefined || pauseUntil(resumes, asOf) !== undefined) return undefined;
  const zh = dayText(resumes, 'zh');
  const en = dayText(resumes, 'en');
  return {
    id: 'income-resumes-unused',
    message: resumes <= asOf
      ? {
        zh: `恢复收入日期（${zh}）不晚于计算截止日，推荐方案没有用到它。如果收入已经恢复，请把“目前每月收入”改为现在的实际收入，或留空。`,
        en: `The date your income resumes (${en}) is not after the as-of date, so the recommended offer does not use it. If your income has resumed, enter what you earn now as "Income now, per month", or leave it empty.`,
      }
      : {
        zh: `恢复收入日期（${zh}）距计算截止日超过${MAX_GRACE_MONTHS}个月，超出可申请的最长延期，推荐方案没有用到它。`,
        en: `The date your income resumes (${en}) is more than ${MAX_GRACE_MONTHS} months after the as-of date, longer than any pause a plan can ask for, so the recommended offer does not use it.`,
      },
  };
}
