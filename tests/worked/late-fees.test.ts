/**
 * Late fees (违约金 and the like), LAW.md §6: per overdue instalment (fixed or percent of the
 * scheduled payment, fees included), or once (on its date, or the day after the first instalment
 * passes its due date unpaid).
 */
import { describe, it, expect } from 'vitest';
import { analyze } from '@/lib/analyze';
import { makeCase, reportOf } from './helpers';

/** 10,000 at 12%, equal-payment 888.49 a month, due on the 10th from 2025-02-10; nothing paid unless given. */
const ep = (asOf: string, lateFees: unknown[], extra: Record<string, unknown> = {}) => makeCase({
  asOf,
  loan: {
    principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment',
    ...(extra.fees ? { fees: extra.fees } : {}),
  },
  overdue: { penaltyBase: 'overdue-principal', compound: false, lateFees },
  ...(extra.payments ? { payments: extra.payments as Array<{ date: string; amount: string }> } : {}),
});

describe('per overdue instalment', () => {
  const fixed = [{ name: '违约金', amount: '50.00', per: 'overdue-instalment' }];

  it('a fixed fee is charged for each instalment unpaid after its due date: 3 × 50.00 = 150.00', () => {
    // As of 2025-04-15, instalments due 02-10, 03-10 and 04-10 are all past due unpaid.
    expect(reportOf(ep('2025-04-15', fixed)).statement.lateFees).toBe('150.00');
  });

  it('is charged at the end of the due date, so not for an instalment due on the as-of date: 2 × 50.00', () => {
    // As of 2025-04-10, the instalment due that day can still be paid on time (LAW.md §3).
    expect(reportOf(ep('2025-04-10', fixed)).statement.lateFees).toBe('100.00');
  });

  it('is not charged when the instalment was paid on its due date', () => {
    const r = reportOf(ep('2025-02-20', fixed, { payments: [{ date: '2025-02-10', amount: '888.49' }] }));
    expect(r.statement.lateFees).toBe('0.00');
    expect(r.statement.totalDue).toBe('0.00');
  });

  it('a percentage is of the scheduled payment, fees included: 5% × 913.49 = 45.6745 → 45.67', () => {
    // Payment = 888.49 + 25.00 periodic fee = 913.49; the fee is rounded when charged.
    const r = reportOf(ep('2025-02-11', [{ name: '违约金', percent: '5', per: 'overdue-instalment' }], {
      fees: [{ name: '担保费', amount: '25.00', when: 'each-instalment' }],
    }));
    expect(r.statement.lateFees).toBe('45.67');
    expect(r.statement.feesOverdue).toBe('25.00');
  });
});

describe('once', () => {
  it('with a date, it is charged on that date: 0.00 the day before, 500.00 on it', () => {
    const once = [{ name: '催收费', amount: '500.00', per: 'once', date: '2025-03-01' }];
    expect(reportOf(ep('2025-02-28', once)).statement.lateFees).toBe('0.00');
    expect(reportOf(ep('2025-03-01', once)).statement.lateFees).toBe('500.00');
  });

  it('without a date, it is charged the day after the first instalment passes its due date unpaid, and only once', () => {
    // Instalment 1 due 2025-02-10 unpaid: charged on 2025-02-11; later overdue instalments do not repeat it.
    const once = [{ name: '违约金', amount: '500.00', per: 'once' }];
    expect(reportOf(ep('2025-02-10', once)).statement.lateFees).toBe('0.00');
    expect(reportOf(ep('2025-02-11', once)).statement.lateFees).toBe('500.00');
    expect(reportOf(ep('2025-04-15', once)).statement.lateFees).toBe('500.00');
  });

  it('a percentage with "once" is invalid input, reported against the late fee', () => {
    // LAW.md §6: "A percentage needs an instalment: percent with once is invalid input."
    const r = analyze(ep('2025-04-15', [{ name: '违约金', percent: '5', per: 'once' }])) as {
      ok: boolean; errors?: Array<{ path: string; message: { zh: string; en: string } }>;
    };
    expect(r.ok).toBe(false);
    expect(r.errors?.some((e) => e.path.startsWith('overdue.lateFees') && e.message.zh.length > 0 && e.message.en.length > 0)).toBe(true);
  });
});
