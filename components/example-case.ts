import type { Lang } from '@/lib/display/lang';
import type { CaseDraft } from './case-json';

/**
 * The example's free text in each language. Only what a borrower would type in words differs:
 * every figure and choice is shared, so both examples give the same analysis.
 */
const EXAMPLE_TEXT = {
  zh: {
    lender: '京东金条（重庆京东盛际小额贷款有限公司）',
    borrower: '张三',
    source: '短信',
    hardship: '今年五月起收入减少一半，还要抚养一个孩子，无法按原计划还款。',
  },
  en: {
    lender: 'JD Jintiao (Chongqing Jingdong Shengji Microcredit Co., Ltd.)',
    borrower: 'Zhang San',
    source: 'text message',
    hardship: 'Since May this year my income has halved, and I have a child to support, so I cannot repay as originally planned.',
  },
} as const satisfies Record<Lang, Readonly<Record<string, string>>>;

/**
 * The example behind "try an example": a JD 金条-style loan (a licensed microloan company, 0.05% a
 * day, equal payments, penalty on all outstanding principal with compound interest) four
 * instalments paid and then missed, a collector's demand, a tight budget and a first offer.
 */
const exampleIn = <L extends Lang>(lang: L) => {
  const text = EXAMPLE_TEXT[lang];
  return {
    format: 'repayment-case/1',
    asOf: '2025-09-01',
    dayCount: 360,
    lender: { name: text.lender, kind: 'licensed', contractNo: 'JT20250115001' },
    borrower: { name: text.borrower },
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
    claim: { amount: '9500.00', date: '2025-08-28', source: text.source },
    budget: { income: '6000', essentials: '4300', otherDebts: '1200', savings: '800', dependants: 1 },
    plans: [
      { kind: 'instalments', base: 'supported', months: 24, firstDate: '2025-10-01', downPayment: '0', annualRate: '0' },
    ],
    letter: {
      planIndex: 0,
      requests: ['stop-third-party-contact', 'waive-penalties', 'written-confirmation'],
      hardship: text.hardship,
    },
  } as const satisfies Record<string, unknown>;
};

/** The example in each language, as a case file. */
export const EXAMPLE_CASES = { zh: exampleIn('zh'), en: exampleIn('en') } as const;

/** The example in Chinese, the app's default language. */
export const EXAMPLE_CASE = EXAMPLE_CASES.zh;

/** A fresh copy of the example, its free text in `lang` (the page's language when it is loaded). */
export const exampleCase = (lang: Lang = 'zh'): CaseDraft => JSON.parse(JSON.stringify(EXAMPLE_CASES[lang])) as CaseDraft;
