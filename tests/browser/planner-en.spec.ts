import { expect, test } from '@playwright/test';
import { formatMoney } from '../../lib/display/format-money';
import { formatPercent } from '../../lib/display/format-percent';
import { expectNoAxeViolations, frozen24, reportFor, storedCase, TYPED_PAYMENTS, typedCase, unfold } from './planner-steps';

/** The same journey in English: the switch keeps what was entered, and every label follows. */
test.describe('planner, in English', () => {
  test('switching language keeps the data; the loan typed in English gives the engine’s figures; a 24-month frozen plan; reload keeps it all', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.getByLabel('出借方名称').fill('京东金条');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel("Lender's name")).toHaveValue('京东金条');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Repayment Negotiation Planner');

    await page.getByRole('radio', { name: /Licensed lender/ }).check();
    await page.getByLabel('Amount borrowed (contract principal)').fill('12000.00');
    await page.getByLabel('Date the money was paid out').fill('2025-01-15');
    await page.locator('#loan').getByLabel('Number of monthly instalments').fill('12');
    await page.getByLabel('Rate', { exact: true }).fill('0.05');
    await page.getByLabel('Per', { exact: true }).selectOption('day');
    await page.getByRole('radio', { name: /Equal payments/ }).check();
    await page.getByLabel('Calculate as of').fill('2025-09-01');
    for (const [i, p] of TYPED_PAYMENTS.entries()) {
      await page.getByRole('button', { name: '+ Add a payment' }).click();
      await page.getByLabel(`Date of payment ${i + 1}`).fill(p.date);
      await page.getByLabel(`Amount of payment ${i + 1}`).fill(p.amount);
    }
    await page.getByLabel('Amount demanded').fill('9500.00');
    await page.getByLabel('Date of the demand').fill('2025-08-28');
    await page.getByLabel('Where it came from').fill('短信');
    await unfold(page, /^Default terms/);
    await page.getByLabel('Penalty interest is charged on').selectOption('outstanding-principal');
    await page.getByLabel('Penalty interest on unpaid interest too (compound interest)').check();

    const report = reportFor(typedCase);
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(report.statement.payoff));
    await expect(page.getByTestId('supported-payoff')).toHaveText(formatMoney(report.caps.supported!.payoff));
    await expect(page.locator('.verdict')).toContainText(`${report.statement.daysOverdue} days overdue (1 to 6 months)`);
    await expect(page.locator('.verdict')).toContainText(`${formatMoney(report.caps.excess!.payoff)} less than the contract`);
    await expect(page.getByTestId('apr')).toHaveText(formatPercent(report.loan.apr!));
    await expect.poll(() => storedCase(page)).toEqual(typedCase);

    await page.getByRole('button', { name: '+ Instalments' }).click();
    const plan = page.locator('#plan-0');
    await plan.getByLabel('Number of monthly payments').fill('24');
    await plan.getByLabel('Yearly interest rate').fill('0');
    await plan.getByLabel('First payment').fill('2025-10-01');
    const computed = reportFor({ ...typedCase, plans: [frozen24] }).plans[0] as unknown as { payment: string };
    await expect(plan.locator('.plan-outcome')).toContainText(`24 interest-free monthly payments of ${formatMoney(computed.payment)}`);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Amount borrowed (contract principal)')).toHaveValue('12000.00');
    await expect(page.locator('#plan-0').getByLabel('Number of monthly payments')).toHaveValue('24');
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(report.statement.payoff));

    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByLabel('借款金额（合同本金）')).toHaveValue('12000.00');
  });

  test('a start date after the as-of date is flagged where it is typed and at the as-of date, counted once; errors name fields as the form does', async ({ page }) => {
    // What an English review of the built app found: only the summary said so, in the case file's words.
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Try an example' }).click(); // as of 2025-09-01, four payments
    await expect(page.getByTestId('payoff')).toBeVisible();
    const start = page.getByLabel('Date the money was paid out');
    await start.fill('2026-12-01');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-loan-startDate-error')).toHaveText('Date the money was paid out: cannot be after the as-of date (2025-09-01)');
    await expect(page.getByLabel('Calculate as of')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-asOf-error')).toHaveText('Calculate as of: cannot be before the loan start date');
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading')).toHaveText('1 entry to correct');
    await expect(summary.locator('.errors-wrong li')).toHaveText(['Date the money was paid out: cannot be after the as-of date (2025-09-01) (also marked: Calculate as of, Date of the demand, Date of payment 1, Date of payment 2, Date of payment 3, and 1 more)']);
    await summary.getByRole('link', { name: 'Calculate as of' }).click();
    await expect(page.getByLabel('Calculate as of')).toBeFocused();

    await start.fill('2025-01-15');
    await expect(summary).toHaveCount(0);
    await expect(page.getByLabel('Calculate as of')).not.toHaveAttribute('aria-invalid', 'true');
    const term = page.locator('#loan').getByLabel('Number of monthly instalments');
    await term.fill('0');
    await expect(page.locator('#f-loan-termMonths-error')).toHaveText('Number of monthly instalments: must be a whole number from 1 to 360');
    await expect(summary).toContainText('Number of monthly instalments: must be a whole number from 1 to 360');
    await expect(summary).not.toContainText('Term (months)');
  });

  test('the English page, example loaded and every fold open, has no accessibility violations', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    // The example loaded on an English page is in English: the letter had "I, 张三, …" and "by 短信".
    await unfold(page, /^Letter preview/);
    const preview = page.getByRole('article', { name: 'Letter preview' });
    await expect(preview).toContainText('I, Zhang San, am your borrower');
    await expect(preview).toContainText('(by text message)');
    // An English letter is said to be for the borrower's own reading; Chinese is what lenders in China deal with.
    const hint = page.getByTestId('english-letter-hint');
    await expect(hint).toHaveText('Lenders and regulators in China usually deal only with letters in Chinese: choose 简体中文 for the letter you send, and keep the English one to read yourself.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Language of the letter').selectOption('zh');
    await expect(hint).toHaveCount(0);
    await expect(preview).toContainText('协商还款');
  });

  test('dark mode, example loaded, has no accessibility violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
