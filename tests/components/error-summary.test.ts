import { describe, expect, it } from 'vitest';
import { sortErrors } from '@/components/error-summary';

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
});
