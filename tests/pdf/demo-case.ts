import jd from '../fixtures/cases/jd-jintiao-equal-payment.json';

/**
 * The JD 金条 fixture with a borrower, one plan of each kind (and a 60-month one) and the letter's
 * choices: the case the letter tests and the dev page (app/dev/letter) share. Pure data, so the
 * page can import it.
 */
export const REQUESTS = ['stop-third-party-contact', 'waive-penalties', 'written-confirmation', 'send-statement'];
export const HARDSHIP = '今年3月被公司裁员，失业至今，靠积蓄维持基本生活，另需照顾年迈的母亲。';

export function jdCase(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...jd,
    borrower: { name: '王堃', phone: '138 0000 0000', address: '北京市朝阳区某路1号' },
    plans: [
      { kind: 'instalments', base: 'supported', months: 12, firstDate: '2025-10-01', downPayment: '500.00', annualRate: '0' },
      { kind: 'deferral', base: 'supported', graceMonths: 3, graceAnnualRate: '6', graceInterest: 'with-first', months: 6, firstDate: '2025-12-01', annualRate: '3' },
      { kind: 'settlement', base: 'supported', amount: '6000.00', date: '2025-09-30' },
      { kind: 'instalments', base: 'supported', months: 60, firstDate: '2025-10-01', annualRate: '0' },
    ],
    letter: { hardship: HARDSHIP, requests: REQUESTS },
    ...extra,
  };
}
