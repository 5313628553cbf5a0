// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from '@/components/error-summary';
import { sortErrors } from '@/components/sort-errors';
import { analyze } from '@/lib/analyze';
import { renderInForm, textOf } from './harness';

afterEach(cleanup);

const err = (path: string) => ({ path, message: { zh: path, en: path }, problem: { zh: path, en: path } });

describe('the error summary sorts what stops the analysis', () => {
  it('lists a field left empty as to fill in, a wrong value as to correct, each field once', () => {
    const json = { loan: { principal: '', startDate: '2025-13-45', rate: { value: 'abc' } }, payments: [{ date: '2025-02-15' }] };
    const { missing, wrong } = sortErrors(
      [err('loan.principal'), err('loan.principal'), err('loan.startDate'), err('loan.rate.value'), err('payments.0.amount'), err('asOf')],
      json,
    );
    expect(missing.map((e) => e.path)).toEqual(['loan.principal', 'payments.0.amount', 'asOf']);
    expect(wrong.map((e) => e.path)).toEqual(['loan.startDate', 'loan.rate.value']);
  });

  it('counts a start date after the as-of date and the payments once, under the start date, with the other dates it marks', () => {
    // The review's case: the example (as of 2025-09-01, four payments from 2025-02-15) lent on 2026-12-01.
    const json = {
      format: 'repayment-case/1', asOf: '2025-09-01', lender: { name: 'X', kind: 'licensed' },
      loan: { principal: '12000.00', startDate: '2026-12-01', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
      payments: ['2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15'].map((date) => ({ date, amount: '1100.16' })),
    };
    const r = analyze(json);
    if (r.ok) throw new Error('expected errors');
    const { missing, wrong, also } = sortErrors(r.errors, json);
    expect(wrong.map((e) => e.path)).toEqual(['loan.startDate']);
    expect(missing).toEqual([]);
    expect(also.get('loan.startDate')?.map((e) => e.path)).toEqual(['asOf', 'payments.0.date', 'payments.1.date', 'payments.2.date', 'payments.3.date']);
  });

  it('lists an error that restates a conflict on its own when the field it restates has no error', () => {
    const { wrong, also } = sortErrors([{ ...err('asOf'), sameAs: 'loan.startDate' }], { asOf: '2025-01-01' });
    expect(wrong.map((e) => e.path)).toEqual(['asOf']);
    expect(also.size).toBe(0);
  });
});

describe('the error summary names the other fields a conflict marks', () => {
  it('names the first five and counts the rest, in the page’s language', () => {
    // Lent after the as-of date and after seven payments: eight other fields marked.
    const json = {
      format: 'repayment-case/1', asOf: '2025-09-01', lender: { name: 'X', kind: 'licensed' },
      loan: { principal: '12000.00', startDate: '2026-12-01', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
      payments: [2, 3, 4, 5, 6, 7, 8].map((m) => ({ date: `2025-0${m}-15`, amount: '100.00' })),
    };
    const r = analyze(json);
    if (r.ok) throw new Error('expected errors');
    const caseText = JSON.stringify(json);
    const { container } = renderInForm(<ErrorSummary sorted={sortErrors(r.errors, JSON.parse(caseText))} stale={false} />, { lang: 'en' });
    const items = [...container.querySelectorAll('.errors-wrong li')];
    expect(items.map(textOf)).toEqual([
      'Date the money was paid out: cannot be after the as-of date (2025-09-01) (also marked: Calculate as of, Date of payment 1, Date of payment 2, Date of payment 3, Date of payment 4, and 3 more)',
    ]);
    // Each named field is a link to it.
    expect([...items[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#f-loan-startDate', '#f-asOf', '#f-payments-0-date', '#f-payments-1-date', '#f-payments-2-date', '#f-payments-3-date']);
    cleanup();
    const zh = renderInForm(<ErrorSummary sorted={sortErrors(r.errors, JSON.parse(caseText))} stale={false} />, { lang: 'zh' });
    expect(textOf(zh.container.querySelector('.errors-wrong li')!)).toBe('放款日：不能晚于计算截止日（2025-09-01）（也标在：算到哪一天、第 1 笔还款的日期、第 2 笔还款的日期、第 3 笔还款的日期、第 4 笔还款的日期等另外 3 处）');
  });
});
