import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/report/types';

/** The JD 金条-style loan as a borrower types it (tests/fixtures/cases/jd-jintiao-equal-payment.json, by hand). */
export const TYPED_PAYMENTS = ['2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15'].map((date) => ({ date, amount: '1100.16' }));

export const typedCase = {
  format: 'repayment-case/1',
  asOf: '2025-09-01',
  lender: { name: '京东金条', kind: 'licensed' },
  loan: { principal: '12000.00', startDate: '2025-01-15', termMonths: 12, rate: { value: '0.05', per: 'day' }, method: 'equal-payment' },
  payments: TYPED_PAYMENTS,
  claim: { amount: '9500.00', date: '2025-08-28', source: '短信' },
  overdue: { penaltyBase: 'outstanding-principal', compound: true },
  // A new case asks for written confirmation (components/case-json.ts newCase, LAW.md §8).
  letter: { requests: ['written-confirmation'] },
};

export const frozen24 = { kind: 'instalments', base: 'supported', months: 24, firstDate: '2025-10-01', downPayment: '0', annualRate: '0' };

/** The engine's report for a case: what the page must show. */
export function reportFor(raw: unknown): Report {
  const r = analyze(raw);
  if (!r.ok) throw new Error(`invalid test case: ${JSON.stringify(r.errors)}`);
  return r.report;
}

export const CASE_KEY = 'repayment-planner:case';

export async function storedCase(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null') as unknown, CASE_KEY);
}

/** Opens a fold (a <details>) by its summary text, if it is closed. */
export async function unfold(page: Page, summary: string | RegExp): Promise<void> {
  const s = page.locator('summary', { hasText: summary }).first();
  const open = await s.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
  if (!open) await s.click();
}

/** Step 1 and 2 of the form, in Chinese, by typing, as a borrower would. */
export async function typeJdLoanZh(page: Page): Promise<void> {
  await page.getByLabel('出借方名称').fill('京东金条');
  await page.getByRole('radio', { name: /持牌金融机构/ }).check();
  await page.getByLabel('借款金额（合同本金）').fill('12000.00');
  await page.getByLabel('放款日', { exact: true }).fill('2025-01-15');
  await page.locator('#loan').getByLabel('分几期（每月一期）').fill('12');
  await page.getByLabel('利率数值').fill('0.05');
  await page.getByLabel('利率单位').selectOption('day');
  await page.getByRole('radio', { name: /等额本息/ }).check();
  await page.getByLabel('算到哪一天').fill('2025-09-01');
  await unfold(page, '粘贴还款清单');
  await page.getByLabel('还款记录（每行一笔：日期 金额）').fill(TYPED_PAYMENTS.map((p) => `${p.date} ${p.amount}`).join('\n'));
  await page.getByRole('button', { name: '读取并添加' }).click();
  await expect(page.getByText('已添加 4 笔还款。')).toBeVisible();
  await page.getByLabel('要求金额').fill('9500.00');
  await page.getByLabel('哪天提出的').fill('2025-08-28');
  await page.getByLabel('从哪里得知').fill('短信');
  await unfold(page, /^逾期条款/);
  await page.getByLabel('罚息按哪部分本金算').selectOption('outstanding-principal');
  await page.getByLabel('逾期没还的利息也收罚息（复利）').check();
}

/** Every fold open, then axe (WCAG 2.x A/AA and best practice): no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
