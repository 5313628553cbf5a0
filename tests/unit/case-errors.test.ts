/**
 * Every way a case can be invalid gets a field error naming the field, in Chinese and English,
 * and saying what is valid (case-format.md "Errors"); nothing half-computed, nothing thrown.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const valid = () => ({
  format: 'repayment-case/1',
  asOf: '2025-06-01',
  lender: { name: '京东金条', kind: 'licensed' },
  loan: { principal: '12000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
});

type Raw = ReturnType<typeof valid> & Record<string, unknown>;

function errorsOf(mutate: (c: Raw) => void) {
  const c = valid() as Raw;
  mutate(c);
  const r = analyze(c);
  if (r.ok) throw new Error('expected field errors, got a report');
  return r.errors;
}

function expectError(mutate: (c: Raw) => void, path: string, zh: RegExp, en: RegExp) {
  const errors = errorsOf(mutate);
  const e = errors.find((x) => x.path === path);
  expect(e, `no error at ${path}: ${JSON.stringify(errors)}`).toBeDefined();
  expect(e!.message.zh).toMatch(zh);
  expect(e!.message.en).toMatch(en);
  // The message names the field itself, so it can be shown without the path.
  expect(e!.message.en).toContain(`(${path})`);
}

describe('the case file as a whole', () => {
  it('the valid base case analyses', () => {
    expect(analyze(valid()).ok).toBe(true);
  });

  it.each([null, 42, 'text', [], true])('a non-object (%j) is refused at the root', (raw) => {
    const r = analyze(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message.en).toMatch(/JSON object/);
  });

  it('an unknown format version is refused on that ground alone', () => {
    const r = analyze({ ...valid(), format: 'repayment-case/2', loan: 'garbage' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.path).toBe('format');
    expect(r.errors[0]!.message.en).toContain('"repayment-case/2"');
    expect(r.errors[0]!.message.zh).toContain('repayment-case/1');
  });

  it('a missing format is refused', () => {
    expectError((c) => { delete (c as Partial<Raw>).format; }, 'format', /repayment-case\/1/, /\(none\)/);
  });
});

describe('field by field', () => {
  it('a missing required field says it is required', () => {
    expectError((c) => { delete (c as Partial<Raw>).asOf; }, 'asOf', /必填/, /required/);
    expectError((c) => { delete (c.loan as Partial<Raw['loan']>).termMonths; }, 'loan.termMonths', /必填/, /required/);
  });

  it('money as a JSON number is refused: it must be a decimal string', () => {
    expectError((c) => { (c.loan as Record<string, unknown>).principal = 12000; }, 'loan.principal', /带引号/, /text in quotes/);
  });

  it.each(['1e4', '', '12.000.5', 'abc'])('money "%s" is refused with what is valid', (v) => {
    expectError((c) => { c.loan.principal = v; }, 'loan.principal', /应为金额，如 "12000" 或 "12000.50"/, /must be an amount such as "12000"/);
  });

  it.each([
    // What to change, said as precisely as the text allows.
    ['-5', /不能为负数/, /cannot be negative/],
    ['12,000', /不要加逗号或空格/, /without commas or spaces/],
    ['12 000.50', /不要加逗号或空格/, /without commas or spaces/],
    ['¥12000', /不要写“¥”或“元”/, /without "¥" or "yuan"/],
    ['12000元', /不要写“¥”或“元”/, /without "¥" or "yuan"/],
    ['12000.001', /最多两位小数/, /at most 2 decimals/],
    ['1234567890123', /最多12位整数/, /at most 12 digits/],
  ])('money "%s" is refused saying what to change', (v, zh, en) => {
    expectError((c) => { c.loan.principal = v; }, 'loan.principal', zh, en);
  });

  it('a principal of zero is refused', () => {
    expectError((c) => { c.loan.principal = '0.00'; }, 'loan.principal', /大于 0/, /more than 0/);
  });

  it.each(['2025-02-30', '2025-13-01', '25-01-10', '2025/01/10', '9999-01-01', '1900-01-01'])('date "%s" is refused', (v) => {
    expectError((c) => { c.asOf = v; }, 'asOf', /yyyy-MM-dd/, /yyyy-MM-dd/);
  });

  it('an unknown lender kind lists the valid ones', () => {
    expectError((c) => { c.lender.kind = 'bank'; }, 'lender.kind', /licensed/, /one of "licensed" \| "private" \| "unlicensed-professional"/);
  });

  it('an unknown method lists the five methods', () => {
    expectError((c) => { c.loan.method = 'balloon'; }, 'loan.method', /equal-payment/, /"flat"/);
  });

  it('termMonths must be a whole number from 1 to 360', () => {
    // Every way of getting it wrong says the same thing: which numbers are valid.
    for (const v of [0, 361, 1.5, -3, '12', '']) {
      expectError((c) => { (c.loan as Record<string, unknown>).termMonths = v; }, 'loan.termMonths', /应为 1 到 360 之间的整数/, /must be a whole number from 1 to 360/);
    }
  });

  it('a rate that is not a percentage string is refused', () => {
    expectError((c) => { c.loan.rate.value = 'five'; }, 'loan.rate.value', /百分比/, /percentage/);
  });

  it('an implausible rate for its period points at the unit', () => {
    // 18 %/day is 6,480 % a year: almost certainly a monthly or yearly rate entered per day.
    expectError((c) => { c.loan.rate.value = '18'; }, 'loan.rate.value', /单位/, /rate period/);
  });

  it.each([
    // The ceilings (lib/case/cross-checks.ts RATE_CEILING) are per the period chosen: 10 %/day,
    // 100 %/month, 1,000 %/year. The message says which one applies, not "this period".
    ['day', '18', /日利率最多 10%/, /at most 10% per day/],
    ['month', '150', /月利率最多 100%/, /at most 100% per month/],
    ['year', '1200', /年利率最多 1000%/, /at most 1000% per year/],
  ] as const)('an implausible rate per %s names the ceiling for that period', (per, value, zh, en) => {
    expectError((c) => { c.loan.rate = { value, per }; }, 'loan.rate.value', zh, en);
    expectError((c) => { c.overdue = { penalty: { rate: { value, per } } }; }, 'overdue.penalty.rate.value', zh, en);
  });

  it('dayCount must be 360 or 365', () => {
    expectError((c) => { c.dayCount = 366; }, 'dayCount', /360 或 365/, /360 or 365/);
  });

  it('an index is shown one-based for list items', () => {
    const errors = errorsOf((c) => { c.payments = [{ date: '2025-02-10', amount: '100' }, { date: '2025-03-10', amount: 'abc' }]; });
    expect(errors[0]!.path).toBe('payments.1.amount');
    expect(errors[0]!.message.en).toMatch(/Payment amount #2/);
    expect(errors[0]!.message.zh).toMatch(/第 2 条 还款金额/);
  });

  it('a field of an offer is named by the offer, as the planner heads it (方案 N, Offer N)', () => {
    const errors = errorsOf((c) => { c.plans = [{ kind: 'instalments', base: 'claimed', months: 12, firstDate: '2025-07-01' }, { kind: 'settlement', base: 'claimed', amount: '', date: '2025-07-01' }]; });
    expect(errors[0]!.path).toBe('plans.1.amount');
    expect(errors[0]!.message.zh).toMatch(/^方案 2 的结清金额（plans\.1\.amount）/);
    expect(errors[0]!.message.en).toMatch(/^Settlement amount, offer 2 \(plans\.1\.amount\)/);
  });

  it('too many payments are refused with the limit', () => {
    expectError((c) => { c.payments = Array.from({ length: 3001 }, () => ({ date: '2025-02-10', amount: '1' })); }, 'payments', /3000/, /at most 3000/);
  });

  it('a penalty that is neither a multiplier nor a rate shows both shapes', () => {
    expectError((c) => { c.overdue = { penalty: { percent: '50' } }; }, 'overdue.penalty', /multiplier/, /"multiplier": "1.5"/);
  });

  it('a name longer than the limit is refused', () => {
    expectError((c) => { c.lender.name = '很'.repeat(201); }, 'lender.name', /最多 200/, /at most 200/);
  });
});

describe('rules across fields', () => {
  it('asOf cannot be before the loan started', () => {
    expectError((c) => { c.asOf = '2024-12-31'; }, 'asOf', /放款日/, /start date/);
  });

  it('a start date after the as-of date is flagged on the start date as well, with the date it conflicts with', () => {
    // Either date may be the one typed wrong, so both are marked; the start date's error is the
    // conflict itself, and the as-of date's and the payments' restate it from their side.
    const errors = errorsOf((c) => { c.loan.startDate = '2026-12-01'; c.payments = [{ date: '2025-02-10', amount: '100' }]; });
    const start = errors.find((e) => e.path === 'loan.startDate');
    expect(start?.message.zh).toBe('放款日（loan.startDate）不能晚于计算截止日（2025-06-01）');
    expect(start?.message.en).toBe('Start date (loan.startDate) cannot be after the as-of date (2025-06-01)');
    expect(errors.map((e) => e.path)).toEqual(['loan.startDate', 'asOf', 'payments.0.date']);
    expect(errors.filter((e) => e.path !== 'loan.startDate').map((e) => e.sameAs)).toEqual(['loan.startDate', 'loan.startDate']);
    expect(start?.sameAs).toBeUndefined();
  });

  it('a start date after a payment is flagged on the start date, naming the earliest such payment', () => {
    const errors = errorsOf((c) => { c.loan.startDate = '2025-03-01'; c.payments = [{ date: '2025-02-20', amount: '100' }, { date: '2025-02-10', amount: '100' }, { date: '2025-03-10', amount: '100' }]; });
    const start = errors.find((e) => e.path === 'loan.startDate');
    expect(start?.message.zh).toBe('放款日（loan.startDate）不能晚于最早一笔还款的日期（2025-02-10）');
    expect(start?.message.en).toBe('Start date (loan.startDate) cannot be after the earliest payment (2025-02-10)');
    expect(errors.map((e) => [e.path, e.sameAs])).toEqual([['loan.startDate', undefined], ['payments.0.date', 'loan.startDate'], ['payments.1.date', 'loan.startDate']]);
  });

  it('the first due date must be after the start', () => {
    expectError((c) => { (c.loan as Record<string, unknown>).firstDueDate = '2025-01-10'; }, 'loan.firstDueDate', /晚于放款日/, /after the loan start/);
  });

  it('upfront fees cannot swallow the principal', () => {
    expectError((c) => { (c.loan as Record<string, unknown>).fees = [{ name: '服务费', amount: '12000', when: 'upfront' }]; }, 'loan.fees', /预扣费用/, /upfront fees/);
  });

  it('a late fee needs exactly one of amount and percent', () => {
    expectError((c) => { c.overdue = { lateFees: [{ name: '违约金', per: 'overdue-instalment' }] }; }, 'overdue.lateFees.0', /其中之一/, /either an amount or a percent/);
    expectError((c) => { c.overdue = { lateFees: [{ name: '违约金', amount: '5', percent: '5', per: 'overdue-instalment' }] }; }, 'overdue.lateFees.0', /其中之一/, /not both/);
  });

  it('a percentage late fee cannot be one-off (LAW.md §6)', () => {
    expectError((c) => { c.overdue = { lateFees: [{ name: '违约金', percent: '5', per: 'once' }] }; }, 'overdue.lateFees.0.percent', /每期逾期/, /per overdue instalment/);
  });

  it('a late fee percentage above 100 is refused', () => {
    expectError((c) => { c.overdue = { lateFees: [{ name: '违约金', percent: '150', per: 'overdue-instalment' }] }; }, 'overdue.lateFees.0.percent', /100%/, /100%/);
  });

  it('only a one-off fee has a date', () => {
    expectError((c) => { c.overdue = { lateFees: [{ name: '违约金', amount: '50', per: 'overdue-instalment', date: '2025-03-01' }] }; }, 'overdue.lateFees.0.date', /一次性/, /one-off/);
  });

  it('acceleration and payments cannot predate the loan', () => {
    expectError((c) => { c.overdue = { acceleratedOn: '2025-01-10' }; }, 'overdue.acceleratedOn', /晚于放款日/, /after the loan start/);
    expectError((c) => { c.payments = [{ date: '2025-01-09', amount: '100' }]; }, 'payments.0.date', /早于放款日/, /before the loan start/);
  });

  it('a plan base that is neither a name nor an amount says which names and amounts are valid', () => {
    // An adversarial review: "everything" got the amount's message only.
    for (const base of ['everything', '1,000', 5000]) {
      expectError((c) => { c.plans = [{ kind: 'settlement', base, amount: '5000', date: '2025-07-01' }]; }, 'plans.0.base', /"supported"、"claimed"、"demanded" 或金额/, /"supported", "claimed", "demanded" or an amount/);
    }
  });

  it('a plan on the demanded amount needs the demand', () => {
    expectError((c) => { c.plans = [{ kind: 'settlement', base: 'demanded', amount: '5000', date: '2025-07-01' }]; }, 'plans.0.base', /claim\.amount/, /claim\.amount/);
  });

  it('a contract date cannot come after the as-of date (2025-06-01)', () => {
    expectError((c) => { (c.loan as Record<string, unknown>).contractDate = '2099-01-01'; }, 'loan.contractDate', /不能晚于计算截止日（2025-06-01）/, /cannot be after the as-of date \(2025-06-01\)/);
    const onAsOf = valid() as Raw;
    (onAsOf.loan as Record<string, unknown>).contractDate = '2025-01-05';
    expect(analyze(onAsOf).ok).toBe(true);
  });

  it('a filing date cannot come before the contract date (the start date when none is given)', () => {
    // An adversarial review: a filing date of 1980 on a 2019 private loan held every day to the old 24% line.
    expectError((c) => { c.filingDate = '2025-01-09'; }, 'filingDate', /不能早于借款合同成立日/, /cannot be before the contract date/);
    expectError((c) => { c.filingDate = '2024-12-31'; (c.loan as Record<string, unknown>).contractDate = '2025-01-05'; }, 'filingDate', /不能早于/, /before the contract date/);
    // On the contract date itself, or after it, the date is taken.
    const sameDay = valid() as Raw;
    sameDay.filingDate = '2025-01-10';
    expect(analyze(sameDay).ok).toBe(true);
  });

  it('an entered LPR of 0 or above 20% is refused as a typing mistake; 3.45 and 20 are taken', () => {
    // An adversarial review: 9999 made the four-times-LPR cap 39,996% a year, and 0 made it 0.
    for (const typed of ['9999', '0', '0.00', '20.01']) {
      expectError((c) => { c.lprOverride = typed; }, 'lprOverride', /应大于 0 且不超过 20%/, /must be more than 0 and at most 20%/);
    }
    for (const typed of ['3.45', '20']) {
      const ok = valid() as Raw;
      ok.lprOverride = typed;
      expect(analyze(ok).ok, typed).toBe(true);
    }
  });

  it('a demand cannot be dated before the loan started (2025-01-10); on that day it is taken', () => {
    expectError((c) => { c.claim = { amount: '15000', date: '2025-01-09' }; }, 'claim.date', /不能早于放款日/, /cannot be before the loan start date/);
    const sameDay = valid() as Raw;
    sameDay.claim = { amount: '15000', date: '2025-01-10' };
    expect(analyze(sameDay).ok).toBe(true);
  });

  it('the letter cannot point at a plan that does not exist', () => {
    expectError((c) => { c.letter = { planIndex: 0 }; }, 'letter.planIndex', /不存在/, /does not exist/);
  });
});

describe('what is wrong, apart from the field’s name (for the form, which names its fields its own way)', () => {
  const problemAt = (mutate: (c: Raw) => void, path: string) => errorsOf(mutate).find((e) => e.path === path)?.problem;

  it('leaves out the name, the path and the row number', () => {
    expect(problemAt((c) => { c.loan.termMonths = 0; }, 'loan.termMonths')).toEqual({ zh: '应为 1 到 360 之间的整数', en: 'must be a whole number from 1 to 360' });
    const payment = problemAt((c) => { c.payments = [{ date: '2025-02-10', amount: '-5' }]; }, 'payments.0.amount');
    expect(payment).toEqual({ zh: '不能为负数', en: 'cannot be negative' });
  });

  it('says what a date must be without how a file writes it: a date picker has no yyyy-MM-dd', () => {
    const errors = errorsOf((c) => { c.asOf = '9999-01-01'; });
    const asOf = errors.find((e) => e.path === 'asOf')!;
    expect(asOf.problem).toEqual({ zh: '应为 1980–2100 年间的日期', en: 'must be a date between 1980 and 2100' });
    // The file's message keeps the format: that is what a person editing the file must write.
    expect(asOf.message.en).toBe('As-of date (asOf) must be a date between 1980 and 2100 written yyyy-MM-dd, e.g. "2025-01-10"');
  });

  it('names no field of the file where the form has a choice instead', () => {
    const percentOnce = problemAt((c) => { c.overdue = { lateFees: [{ name: '违约金', percent: '5', per: 'once' }] }; }, 'overdue.lateFees.0.percent');
    expect(`${percentOnce?.zh} ${percentOnce?.en}`).not.toMatch(/per |"once"|overdue-instalment/);
    const percent = problemAt((c) => { c.loan.rate.value = 'five'; }, 'loan.rate.value');
    expect(percent?.en).not.toMatch(/text/);
  });

  it('a whole-file error is its own message', () => {
    const r = analyze({ format: 'other/1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.problem).toEqual(r.errors[0]!.message);
  });
});
