import { Decimal, ZERO, sum } from '../decimal';
import type { Day } from '../calendar';
import { yuan } from '../law/messages';
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
