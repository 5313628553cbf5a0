import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * A case file that is JSON and names the format, but holds the wrong kind of value deep inside
 * (a string where the form expects a group, a list of nulls, a group where it expects a list),
 * loads with its errors listed: the planner never crashes on it. Such a file was once saved as
 * the draft before the page crashed, so the planner stayed broken across reloads.
 */
/** A case file as parsed JSON, to be bent out of shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const base = JSON.parse(readFileSync('tests/fixtures/cases/jd-jintiao-equal-payment.json', 'utf8')) as Json;
const plan = { kind: 'instalments', base: 'supported', months: 12, firstDate: '2025-10-01', annualRate: '0' };

const variants: Record<string, (c: Json) => void> = {
  'overdue.penalty a string': (c) => (c.overdue.penalty = '1.5'),
  'overdue.penalty a number': (c) => (c.overdue.penalty = 1.5),
  'overdue.penalty null': (c) => (c.overdue.penalty = null),
  'overdue a string': (c) => (c.overdue = 'none'),
  'overdue.lateFees a string': (c) => (c.overdue.lateFees = 'x'),
  'overdue.lateFees holding null': (c) => (c.overdue.lateFees = [null, 5]),
  'loan a list': (c) => (c.loan = [1, 2]),
  'loan.rate a string': (c) => (c.loan.rate = '0.05'),
  'loan.fees an object': (c) => (c.loan.fees = { a: 1 }),
  'loan.fees holding null': (c) => (c.loan.fees = [null, 'x']),
  'lender a string': (c) => (c.lender = 'JD'),
  'payments an object': (c) => (c.payments = { date: '2025-02-15' }),
  'payments holding null': (c) => (c.payments = [null, 7, 'x']),
  'plans a string': (c) => (c.plans = 'x'),
  'plans holding null': (c) => (c.plans = [null, plan]),
  'plans holding a number': (c) => (c.plans = [3]),
  'plan base an object': (c) => (c.plans = [{ ...plan, base: { a: 1 } }]),
  'budget a string': (c) => (c.budget = 'x'),
  'budget.items a string': (c) => (c.budget = { income: '9000', essentials: '5000', items: 'x' }),
  'budget.items holding null': (c) => (c.budget = { income: '9000', essentials: '5000', items: [null] }),
  'letter a string': (c) => (c.letter = 'x'),
  'letter.requests a string': (c) => (c.letter = { requests: 'x' }),
  'letter.requests holding null': (c) => (c.letter = { requests: [null] }),
  'letter.planIndex a string': (c) => ((c.plans = [plan]), (c.letter = { planIndex: 'x' })),
  'evidence a string': (c) => (c.evidence = 'x'),
  'evidence holding null': (c) => (c.evidence = [null]),
  'claim a string': (c) => (c.claim = '9500'),
  'borrower a number': (c) => (c.borrower = 5),
};

const SET_ASIDE_PREFIX = 'repayment-planner:case:damaged:';
const CASE_KEY = 'repayment-planner:case';
/** Wrong inside a value, not a group or list: the form shows them, with the schema's errors. */
const shown = new Set(['plan base an object', 'letter.planIndex a string', 'letter.requests holding null']);
/** The field each refusal names: the variant's name up to the first space. */
const field = (name: string) => name.split(' ')[0]!;

test.describe('a case file with wrong shapes inside', () => {
  for (const [name, change] of Object.entries(variants)) {
    const c = structuredClone(base);
    change(c);
    const text = JSON.stringify(c);
    if (shown.has(name)) {
      test(`${name}: loads with its errors listed, and survives a reload`, async ({ page }) => {
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto('/');
        await page.setInputFiles('#import-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        await expect(page.getByTestId('notice')).toContainText('已导入 wrong.json');
        await expect(page.locator('.error-summary')).toBeVisible();
        await page.reload();
        await expect(page.locator('.error-summary')).toBeVisible();
        await expect(page.getByLabel('出借方名称')).toHaveValue(base.lender.name);
        expect(problems).toEqual([]);
      });
      continue;
    }
    test(`${name}: refused on import naming the field; as a stored draft, set aside byte for byte`, async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto('/');
      await page.setInputFiles('#import-file', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByTestId('notice')).toContainText('无法导入：这不是本工具的案件文件。');
      await expect(page.getByTestId('notice')).toContainText(`“${field(name)}”`);
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByTestId('notice')).toContainText(`"${field(name)}"`);
      await page.getByRole('button', { name: '中文' }).click();

      // The same case as the draft (saved by an older version, say): kept aside, never lost, and the planner works.
      await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [CASE_KEY, text]);
      await page.reload();
      await expect(page.getByTestId('notice')).toContainText('已另存在这个浏览器里');
      await expect(page.getByLabel('出借方名称')).toHaveValue('');
      const kept = await page.evaluate((prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)).map((k) => window.localStorage.getItem(k)), SET_ASIDE_PREFIX);
      expect(kept).toEqual([text]);
      expect(problems).toEqual([]);
    });
  }
});

test('a file saved as GBK is refused with a reason, not loaded as mojibake', async ({ page }) => {
  await page.goto('/');
  // "京东" in GBK: BE A9 B6 AB (not valid UTF-8).
  const gbk = Buffer.concat([Buffer.from('{"format":"repayment-case/1","lender":{"name":"'), Buffer.from([0xbe, 0xa9, 0xb6, 0xab]), Buffer.from('","kind":"licensed"}}')]);
  await page.setInputFiles('#import-file', { name: 'gbk.json', mimeType: 'application/json', buffer: gbk });
  await expect(page.getByTestId('notice')).toContainText('无法导入：文件不是 UTF-8 编码');
  await expect(page.getByLabel('出借方名称')).toHaveValue('');
});
