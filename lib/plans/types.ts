import type { Decimal } from '../decimal';
import type { Day } from '../calendar';
import type { Words } from '../law/messages';

/** The figures of the analysis a plan is sized against. */
export interface PlanContext {
  readonly asOf: Day;
  /** The statement's payoff: what the contract itself gives. */
  readonly claimedPayoff: Decimal;
  /** What the law supports, when an estimate exists. */
  readonly supportedPayoff?: Decimal;
  /** Principal the law supports and still unpaid (supported principal overdue + not yet due). */
  readonly supportedPrincipal?: Decimal;
  /** What the lender demands (claim.amount). */
  readonly demanded?: Decimal;
  /** Monthly surplus for this debt now, when a budget is given. */
  readonly surplus?: Decimal;
  /** Monthly surplus once the usual income resumes (deferrals are held to it). */
  readonly surplusLater?: Decimal;
  /** Savings available for a lump sum, when a budget is given. */
  readonly savings?: Decimal;
}

export type PlanBase = 'supported' | 'claimed' | 'demanded' | Decimal;

export interface InstalmentsSpec {
  readonly kind: 'instalments';
  readonly base: PlanBase;
  readonly months: number;
  readonly firstDate: Day;
  readonly downPayment: Decimal;
  /** Annual fraction (0.06 = 6%); 0 freezes interest (停息挂账). */
  readonly annualRate: Decimal;
}

export interface DeferralSpec extends Omit<InstalmentsSpec, 'kind'> {
  readonly kind: 'deferral';
  readonly graceMonths: number;
  readonly graceAnnualRate: Decimal;
  readonly graceInterest: 'capitalise' | 'with-first';
}

export interface SettlementSpec {
  readonly kind: 'settlement';
  readonly base: PlanBase;
  readonly amount: Decimal;
  readonly date: Day;
}

export type PlanSpec = InstalmentsSpec | DeferralSpec | SettlementSpec;

export interface PlanRow {
  readonly n: number;
  readonly date: Day;
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
  readonly balance: Decimal;
}

export interface PlanWarning {
  readonly id: 'plan-over-60-months' | 'plan-unaffordable' | 'plan-date-past' | 'settlement-below-principal' | 'plan-nothing-to-repay' | 'down-payment-above-base' | 'deferral-starts-in-pause' | 'plan-zero-payments';
  readonly message: Words;
  readonly citation?: string;
}

export interface Plan {
  readonly kind: PlanSpec['kind'];
  /** The figure the plan starts from (the base), before any down payment. */
  readonly base: Decimal;
  /** base − downPayment (a deferral that capitalises adds its grace interest). */
  readonly amount: Decimal;
  readonly downPayment: Decimal;
  readonly months: number;
  /** The regular instalment (a settlement: its amount). */
  readonly payment: Decimal;
  readonly total: Decimal;
  readonly interest: Decimal;
  readonly graceInterest: Decimal;
  /** Claimed payoff − total: what the borrower saves against the contract's own figure. */
  readonly savings: Decimal;
  /** Settlement only: the discount against the claimed and the supported payoff. */
  readonly discount?: { readonly claimed: Decimal; readonly supported?: Decimal };
  readonly affordable?: boolean;
  readonly schedule: ReadonlyArray<PlanRow>;
  readonly warnings: ReadonlyArray<PlanWarning>;
}

/** A plan that could not be computed (base `supported` without an estimate): only its kind and months. */
export interface UncomputedPlan {
  readonly kind: PlanSpec['kind'];
  readonly months: number;
  readonly computed: false;
}
