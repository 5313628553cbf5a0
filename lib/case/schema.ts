import { z } from 'zod';
import { isoDate, isoDateTime, MONEY_PATTERN, money, multiplier, percent, positiveMoney, shortText, wholeNumber } from './fields';
import { checkCase } from './cross-checks';

/** The one schema of a case file, `repayment-case/1` (shared/case-format.md). */

export const CASE_FORMAT = 'repayment-case/1';
export const MAX_PAYMENTS = 3000;
export const MAX_FEES = 50;
export const MAX_PLANS = 10;
/** The longest pause a deferral may ask for. */
export const MAX_GRACE_MONTHS = 60;
export const MAX_EVIDENCE = 500;

export const rateSchema = z.object({
  value: percent(),
  per: z.enum(['day', 'month', 'year']),
});

export const lenderKinds = ['licensed', 'private', 'unlicensed-professional'] as const;
export const methods = ['equal-payment', 'equal-principal', 'interest-first', 'bullet', 'flat'] as const;

const feeSchema = z.object({
  name: shortText(),
  amount: money(),
  when: z.enum(['upfront', 'each-instalment']),
});

const lateFeeSchema = z.object({
  name: shortText(),
  amount: money().optional(),
  percent: percent().optional(),
  per: z.enum(['overdue-instalment', 'once']),
  date: isoDate().optional(),
});

const penaltySchema = z.union([
  z.object({ multiplier: multiplier() }).strict(),
  z.object({ rate: rateSchema }).strict(),
], { error: 'penalty-shape' });

// One check with one message: as a union, zod 4 reported the amount option's error for any text
// ("everything" got "must be an amount such as …", never naming supported/claimed/demanded).
const PLAN_BASE_NAMES: ReadonlyArray<string> = ['supported', 'claimed', 'demanded'];
const planBase = z.string({ error: 'plan-base' }).refine((s) => PLAN_BASE_NAMES.includes(s) || MONEY_PATTERN.test(s), { error: 'plan-base' });

const instalmentsPlan = z.object({
  kind: z.literal('instalments'),
  base: planBase,
  months: wholeNumber(1, 360),
  firstDate: isoDate(),
  downPayment: money().optional(),
  annualRate: percent().optional(),
});

const deferralPlan = z.object({
  kind: z.literal('deferral'),
  base: planBase,
  graceMonths: wholeNumber(1, MAX_GRACE_MONTHS),
  graceAnnualRate: percent().optional(),
  graceInterest: z.enum(['capitalise', 'with-first']).optional(),
  months: wholeNumber(1, 360),
  firstDate: isoDate(),
  downPayment: money().optional(),
  annualRate: percent().optional(),
});

const settlementPlan = z.object({
  kind: z.literal('settlement'),
  base: planBase,
  amount: positiveMoney(),
  date: isoDate(),
});

export const planSchema = z.discriminatedUnion('kind', [instalmentsPlan, deferralPlan, settlementPlan]);

export const budgetSchema = z.object({
  income: money(),
  incomeNow: money().optional(),
  essentials: money(),
  otherDebts: money().optional(),
  savings: money().optional(),
  dependants: wholeNumber(0, 20).optional(),
  incomeResumes: isoDate().optional(),
  items: z.array(z.object({ name: shortText(), amount: money(), kind: z.enum(['fixed', 'flexible']) })).max(100, { error: 'too-many' }).optional(),
});

/** A collection contact as the borrower logs it (issue 6): local date and time to the minute. */
export const evidenceSchema = z.object({
  at: isoDateTime(),
  channel: z.enum(['call', 'sms', 'app', 'wechat', 'visit', 'letter', 'other']),
  who: shortText(),
  summary: shortText(2000).optional(),
  thirdParty: z.boolean({ error: 'boolean' }).optional(),
  threats: z.boolean({ error: 'boolean' }).optional(),
  insults: z.boolean({ error: 'boolean' }).optional(),
  impersonation: z.boolean({ error: 'boolean' }).optional(),
  /** Said a suit or case was filed when it was not, posed as a lawyer or law firm, or threatened arrest or jail. */
  falseLegalClaims: z.boolean({ error: 'boolean' }).optional(),
  /** Threatened to tell or contact the borrower's employer, family or contacts (`thirdParty`: did contact them). */
  thirdPartyThreats: z.boolean({ error: 'boolean' }).optional(),
  attachments: z.array(shortText()).max(20, { error: 'too-many' }).optional(),
});

export const caseSchema = z
  .object({
    format: z.literal(CASE_FORMAT, { error: 'format' }),
    asOf: isoDate(),
    filingDate: isoDate().optional(),
    dayCount: z.union([z.literal(360), z.literal(365)], { error: 'day-count' }).optional(),
    capDayCount: z.union([z.literal(360), z.literal(365)], { error: 'day-count' }).optional(),
    lprOverride: percent().optional(),
    lender: z.object({
      name: shortText(),
      kind: z.enum(lenderKinds),
      contractNo: shortText().optional(),
    }),
    borrower: z
      .object({ name: shortText().optional(), phone: shortText(50).optional(), address: shortText(300).optional(), idLast4: shortText(4).optional() })
      .optional(),
    loan: z.object({
      principal: positiveMoney(),
      startDate: isoDate(),
      contractDate: isoDate().optional(),
      termMonths: wholeNumber(1, 360),
      firstDueDate: isoDate().optional(),
      rate: rateSchema,
      method: z.enum(methods),
      fees: z.array(feeSchema).max(MAX_FEES, { error: 'too-many' }).optional(),
    }),
    overdue: z
      .object({
        penalty: penaltySchema.optional(),
        penaltyBase: z.enum(['overdue-principal', 'outstanding-principal']).optional(),
        compound: z.boolean({ error: 'boolean' }).optional(),
        lateFees: z.array(lateFeeSchema).max(MAX_FEES, { error: 'too-many' }).optional(),
        acceleratedOn: isoDate().optional(),
      })
      .optional(),
    payments: z.array(z.object({ date: isoDate(), amount: positiveMoney() })).max(MAX_PAYMENTS, { error: 'too-many' }).optional(),
    claim: z.object({ amount: money(), date: isoDate().optional(), source: shortText().optional() }).optional(),
    budget: budgetSchema.optional(),
    plans: z.array(planSchema).max(MAX_PLANS, { error: 'too-many' }).optional(),
    evidence: z.array(evidenceSchema).max(MAX_EVIDENCE, { error: 'too-many' }).optional(),
    letter: z
      .object({
        language: z.enum(['zh', 'en']).optional(),
        hardship: shortText(2000).optional(),
        planIndex: wholeNumber(0, MAX_PLANS - 1).optional(),
        requests: z.array(z.enum(['stop-third-party-contact', 'waive-penalties', 'written-confirmation', 'send-statement'])).max(10, { error: 'too-many' }).optional(),
      })
      .optional(),
  })
  .superRefine(checkCase);

/** A case as it is written in the file: strings for money, ISO dates. */
export type CaseInput = z.input<typeof caseSchema>;
export type CaseFile = z.output<typeof caseSchema>;
export type PlanInput = z.output<typeof planSchema>;
export type BudgetInput = z.output<typeof budgetSchema>;
export type EvidenceInput = z.output<typeof evidenceSchema>;
