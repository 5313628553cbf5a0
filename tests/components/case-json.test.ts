import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, caseFileText, newCase, optionalInt, toCaseJson, todayIso, wholeNumber } from '@/components/case-json';
import { plainMessage, toFormErrors } from '@/components/case-resolver';
import { presentPaths } from '@/components/present-paths';

const fixture = (name: string) => readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8');

describe('the form values are the case file', () => {
  it('keeps a valid case exactly, key order included', () => {
    const text = fixture('jd-jintiao-equal-payment');
    expect(JSON.stringify(toCaseJson(JSON.parse(text)))).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('drops empty optional inputs and optional groups left blank, never required ones', () => {
    const values = {
      format: 'repayment-case/1',
      asOf: '2025-09-01',
      lender: { name: '', kind: 'licensed' },
      loan: { principal: '', startDate: '', termMonths: 12, rate: { value: '', per: 'day' }, method: 'equal-payment', firstDueDate: undefined },
      overdue: { penalty: { multiplier: undefined }, lateFees: [] },
      claim: { amount: undefined, date: undefined },
      budget: { income: undefined },
      letter: { hardship: undefined },
      payments: [{ date: '', amount: '' }],
    };
    expect(toCaseJson(values)).toEqual({
      format: 'repayment-case/1',
      asOf: '2025-09-01',
      lender: { name: '', kind: 'licensed' },
      loan: { principal: '', startDate: '', termMonths: 12, rate: { value: '', per: 'day' }, method: 'equal-payment' },
      overdue: { lateFees: [] },
      payments: [{ date: '', amount: '' }],
    });
  });

  it('drops a budget whose only content is a list of spending items emptied again, keeps one with figures', () => {
    const base = { format: 'repayment-case/1', payments: [] };
    expect(toCaseJson({ ...base, budget: { income: undefined, items: [] } })).toEqual(base);
    expect(toCaseJson({ ...base, budget: { income: '8000', items: [] } })).toEqual({ ...base, budget: { income: '8000', items: [] } });
  });

  it('keeps money as the text typed, invalid or not, for the schema to judge', () => {
    const json = toCaseJson({ loan: { principal: '12,000' }, payments: [{ date: '2025-02-15', amount: '1100.1' }] });
    expect(json).toEqual({ loan: { principal: '12,000' }, payments: [{ date: '2025-02-15', amount: '1100.1' }] });
  });

  it('exports pretty-printed JSON with a final newline', () => {
    expect(caseFileText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  it('starts a new case on the given day with the common case preset', () => {
    const c = newCase('2026-11-23');
    expect(c.asOf).toBe('2026-11-23');
    expect(c.lender.kind).toBe('licensed');
    expect(c.loan).toMatchObject({ termMonths: 12, method: 'equal-payment', rate: { per: 'day' } });
  });

  it('reads whole numbers from inputs and leaves anything else as typed', () => {
    expect(wholeNumber('24')).toBe(24);
    expect(wholeNumber(' 24 ')).toBe(24);
    expect(wholeNumber('24.5')).toBe('24.5');
    expect(wholeNumber('')).toBe('');
    expect(optionalInt('')).toBeUndefined();
    expect(optionalInt('2')).toBe(2);
  });

  it('dates: a month later clamps to the month end; today is the local calendar day', () => {
    expect(addMonthsIso('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsIso('2025-09-01', 1)).toBe('2025-10-01');
    expect(addMonthsIso('not a date', 1)).toBe('');
    expect(todayIso(new Date(2026, 10, 3, 23, 59))).toBe('2026-11-03');
  });
});

describe('engine errors become form errors', () => {
  it('nests each error under its path, with both languages, the first per field kept', () => {
    const errors = toFormErrors([
      { path: 'loan.principal', message: { zh: '合同本金（loan.principal）应大于 0', en: 'Loan principal (loan.principal) must be more than 0' }, problem: { zh: '合同本金（loan.principal）应大于 0', en: 'Loan principal (loan.principal) must be more than 0' } },
      { path: 'loan.principal', message: { zh: '第二个', en: 'second' }, problem: { zh: '第二个', en: 'second' } },
      { path: 'payments.1.date', message: { zh: '日期', en: 'date' }, problem: { zh: '日期', en: 'date' } },
      { path: 'overdue.lateFees.0', message: { zh: '行', en: 'row' }, problem: { zh: '行', en: 'row' } },
      { path: 'overdue.lateFees.0.percent', message: { zh: '比例', en: 'percent' }, problem: { zh: '比例', en: 'percent' } },
      { path: 'format', message: { zh: '格式', en: 'format' }, problem: { zh: '格式', en: 'format' } },
    ]);
    expect(errors).toMatchObject({
      loan: { principal: { type: 'case', types: { zh: '合同本金（loan.principal）应大于 0', en: 'Loan principal (loan.principal) must be more than 0' } } },
      payments: { 1: { date: { types: { en: 'date' } } } },
      overdue: { lateFees: { 0: { types: { en: 'row' }, percent: { types: { en: 'percent' } } } } },
      root: { types: { en: 'format' } },
    });
  });

  it('shows a message without the technical path', () => {
    expect(plainMessage('合同本金（loan.principal）应大于 0', 'loan.principal')).toBe('合同本金应大于 0');
    expect(plainMessage('Loan principal (loan.principal) must be more than 0', 'loan.principal')).toBe('Loan principal must be more than 0');
  });

  it('lists every path a case holds, to check after an import', () => {
    expect(presentPaths({ a: { b: '1' }, c: [{ d: 2 }] })).toEqual(['a', 'a.b', 'c', 'c.0', 'c.0.d']);
  });
});
