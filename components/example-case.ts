import type { CaseDraft } from './case-json';

/**
 * The example behind "try an example": a JD 金条-style loan (a licensed microloan company, 0.05% a
 * day, equal payments, penalty on all outstanding principal with compound interest) four
 * instalments paid and then missed, a collector's demand, a tight budget and a first offer.
 */
export const EXAMPLE_CASE = {
  format: 'repayment-case/1',
  asOf: '2025-09-01',
  dayCount: 360,
  lender: { name: '京东金条（重庆京东盛际小额贷款有限公司）', kind: 'licensed', contractNo: 'JT20250115001' },
  borrower: { name: '张三' },
  loan: {
    principal: '12000.00',
    startDate: '2025-01-15',
    termMonths: 12,
    rate: { value: '0.05', per: 'day' },
    method: 'equal-payment',
  },
  overdue: {
    penalty: { multiplier: '1.5' },
    penaltyBase: 'outstanding-principal',
    compound: true,
  },
  payments: [
    { date: '2025-02-15', amount: '1100.16' },
    { date: '2025-03-15', amount: '1100.16' },
    { date: '2025-04-15', amount: '1100.16' },
    { date: '2025-05-15', amount: '1100.16' },
  ],
  claim: { amount: '9500.00', date: '2025-08-28', source: '短信' },
  budget: { income: '6000', essentials: '4300', otherDebts: '1200', savings: '800', dependants: 1 },
  plans: [
    { kind: 'instalments', base: 'supported', months: 24, firstDate: '2025-10-01', downPayment: '0', annualRate: '0' },
  ],
  letter: {
    planIndex: 0,
    requests: ['stop-third-party-contact', 'waive-penalties', 'written-confirmation'],
    hardship: '今年五月起收入减少一半，还要抚养一个孩子，无法按原计划还款。',
  },
} as const satisfies Record<string, unknown>;

export const exampleCase = (): CaseDraft => JSON.parse(JSON.stringify(EXAMPLE_CASE)) as CaseDraft;
