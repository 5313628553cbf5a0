import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('shows the product name in Chinese and English, in a zh-CN document', async ({ page }) => {
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText('协商还款助手');
    await expect(title).toContainText('Repayment Negotiation Planner');
  });

  test('a first visit, before any touch, says what to do rather than "loading"', async ({ page }) => {
    // The engine loads on the first touch or key of a first visit: until then the result area
    // said "正在加载计算工具…" indefinitely.
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#results')).toContainText('填好第 1 步的借款信息，这里会算出你现在欠多少。');
    await expect(page.locator('#results')).not.toContainText('加载');
  });

  test('says nothing is sent to a server and that it is not legal advice, in both languages', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByText('任何数据都不会发送到服务器')).toBeVisible();
    await expect(page.getByText('Nothing is sent to a server')).toBeVisible();
    await expect(page.getByText('本工具不构成法律意见')).toBeVisible();
    await expect(page.getByText('This is not legal advice')).toBeVisible();
  });

  test('has no accessibility violations (axe, WCAG 2.x A/AA)', async ({ page }) => {
    await page.goto('/');

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('has no accessibility violations while the figures shown are of earlier input', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    // An invalid principal: the figures of the example stay, marked as out of date (they were
    // faded once, and axe found their text below the contrast minimum).
    await page.getByLabel('借款金额（合同本金）').fill('abc');
    await expect(page.getByTestId('report')).toHaveClass(/stale/);

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations).toEqual([]);
  });

  test('while the input is invalid, the heading over the figures names the case they were computed for', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click(); // principal 12000.00, lent 2025-01-15
    const facts = page.locator('.case-facts');
    await expect(facts).toContainText('借款 ¥12,000.00');
    // Over the format's largest amount: invalid, so the figures stay the example's, and so must
    // the heading (it showed ¥99,999,999,999,999,999.00, read from the form, over them).
    await page.getByLabel('借款金额（合同本金）').fill('99999999999999999');
    await expect(page.getByTestId('report')).toHaveClass(/stale/);
    await expect(facts).toContainText('借款 ¥12,000.00');
    await expect(facts).not.toContainText('99,999');
  });

  test('has no accessibility violations on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('has no accessibility violations in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('makes no network request beyond its own origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) foreign.push(request.url());
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');

    expect(foreign).toEqual([]);
  });
});

test('an unknown address shows a bilingual "not found" page that links home, with no accessibility violations', async ({
  page,
}) => {
  const response = await page.goto('/no-such-page');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('找不到这个页面');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  await expect(page.getByRole('link', { name: /返回首页/ })).toHaveAttribute('href', '/');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
