/**
 * Invalid input is never half-computed (case-format.md "Errors"): analyze returns ok: false and
 * one error per problem, naming the field, in both languages.
 */
import { describe, it, expect } from 'vitest';
import { analyze } from '@/lib/analyze';
import { makeCase } from './helpers';

type Result = { ok: boolean; report?: unknown; errors?: Array<{ path: string; message: { zh: string; en: string } }> };

describe('invalid cases', () => {
  it('money given as a JSON number is refused at loan.principal (money is a decimal string)', () => {
    const r = analyze(makeCase({
      asOf: '2025-03-01',
      loan: { principal: 12000, startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
    })) as Result;
    expect(r.ok).toBe(false);
    expect(r.report).toBeUndefined();
    const e = r.errors?.find((x) => x.path === 'loan.principal');
    expect(e).toBeDefined();
    expect(e?.message.zh.length).toBeGreaterThan(0);
    expect(e?.message.en.length).toBeGreaterThan(0);
  });
});
