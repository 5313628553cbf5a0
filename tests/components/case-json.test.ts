import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, caseFileText, newCase, optionalInt, toCaseJson, todayIso, wholeNumber } from '@/components/case-json';
import { toFormErrors } from '@/components/case-resolver';
import { formLabel, formMessage } from '@/components/form-labels';
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
    // LAW.md §8: the letter asks for any agreement to be confirmed in writing.
    expect(c.letter).toEqual({ requests: ['written-confirmation'] });
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
  const err = (path: string, zh: string, en: string) => ({ path, message: { zh: `文件：${zh}`, en: `file: ${en}` }, problem: { zh, en } });

  it('nests each error under its path, with both languages, the first per field kept, named as the form labels the field', () => {
    const errors = toFormErrors([
      err('loan.principal', '应大于 0', 'must be more than 0'),
      err('loan.principal', '第二个', 'second'),
      err('payments.1.date', '不能早于放款日', 'cannot be before the loan start date'),
      err('overdue.lateFees.0', '行', 'row'),
      err('overdue.lateFees.0.percent', '比例', 'percent'),
      err('format', '格式', 'format'),
    ]);
    expect(errors).toMatchObject({
      loan: { principal: { type: 'case', types: { zh: '借款金额（合同本金）：应大于 0', en: 'Amount borrowed (contract principal): must be more than 0' } } },
      payments: { 1: { date: { types: { zh: '第 2 笔还款的日期：不能早于放款日', en: 'Date of payment 2: cannot be before the loan start date' } } } },
      overdue: { lateFees: { 0: { types: { en: 'Default charge 1: row' }, percent: { types: { zh: '比例（逾期费用 1）：比例', en: 'Percentage (Default charge 1): percent' } } } } },
      // About the whole file: the file's own message.
      root: { types: { en: 'file: format' } },
    });
  });
});

describe('the form names a field as it labels it', () => {
  it('uses the form’s label, with the row number the form shows, in both languages', () => {
    // A reviewer found "Term (months)", "Payment amount #1" and "Start date": the case file's names.
    expect(formLabel('loan.termMonths', 'en')).toBe('Number of monthly instalments');
    expect(formLabel('loan.termMonths', 'zh')).toBe('分几期（每月一期）');
    expect(formLabel('payments.0.amount', 'en')).toBe('Amount of payment 1');
    expect(formLabel('payments.0.amount', 'zh')).toBe('第 1 笔还款的金额');
    expect(formLabel('loan.startDate', 'en')).toBe('Date the money was paid out');
    expect(formLabel('loan.fees.1.amount', 'en')).toBe('Amount (Fee 2)');
    expect(formLabel('plans.0.amount', 'zh')).toBe('一次性还多少（方案 1）');
    // The rate's inputs, labelled "Rate" and "Per" side by side in the form, say whose rate they are
    // in a message, which the error summary shows away from them.
    expect(formLabel('loan.rate.value', 'en')).toBe('Interest rate');
    expect(formLabel('loan.rate.per', 'en')).toBe('Interest rate: per day, month or year');
    expect(formLabel('loan.rate.per', 'zh')).toBe('利率按日、月还是年算');
    expect(formLabel('overdue.penalty.rate.per', 'en')).toBe('Penalty rate: per day, month or year');
  });

  it('keeps the case file’s name for a field the form does not show', () => {
    expect(formLabel('evidence.2.at', 'en')).toBe('Contact time 3');
    expect(formLabel('evidence.2.at', 'zh')).toBe('联系时间 3');
  });

  it('composes the message from the form’s label and what is wrong, leaving out the file’s wording', () => {
    const date = { path: 'asOf', message: { zh: '计算截止日（asOf）应为 1980–2100 年间的日期，格式 yyyy-MM-dd，如 "2025-01-10"', en: 'As-of date (asOf) must be a date between 1980 and 2100 written yyyy-MM-dd, e.g. "2025-01-10"' }, problem: { zh: '应为 1980–2100 年间的日期', en: 'must be a date between 1980 and 2100' } };
    expect(formMessage(date, 'en')).toBe('Calculate as of: must be a date between 1980 and 2100');
    expect(formMessage(date, 'zh')).toBe('算到哪一天：应为 1980–2100 年间的日期');
  });
});

describe('an imported case', () => {
  it('lists every path a case holds, to check after an import', () => {
    expect(presentPaths({ a: { b: '1' }, c: [{ d: 2 }] })).toEqual(['a', 'a.b', 'c', 'c.0', 'c.0.d']);
  });
});
