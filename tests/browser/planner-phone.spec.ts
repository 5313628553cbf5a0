import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../../lib/display/format-money';
import { EXAMPLE_CASE } from '../../components/example-case';
import { expectNoAxeViolations, reportFor } from './planner-steps';

/** A 360 px wide phone: the whole journey fits the screen, nothing scrolls sideways. */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/**
 * How far the page is wider than the 360 px screen. Not `innerWidth`: on a phone the layout viewport
 * grows to fit wide content, so `scrollWidth − innerWidth` stayed 0 however wide the page was
 * (found on the guide page, where the evidence form made it 433 px).
 */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - 360);

test.describe('the first screen of a phone', () => {
  test('shows step 1 below the header; the result bar keeps its figures and link on one line', async ({ page }) => {
    // Two reviews found the bilingual header, the links and the privacy promise filling the first
    // screen, step 1 below it, and the bar's "看结果 ↓" on a line of its own.
    await page.goto('/');
    const step1 = page.locator('#loan h2');
    expect((await step1.boundingBox())!.y + 30).toBeLessThanOrEqual(740 - 60); // above the sticky bar
    // The promise in the page's language only, Chinese as served.
    await expect(page.getByText('任何数据都不会发送到服务器')).toBeVisible();
    await expect(page.getByText('Nothing is sent to a server')).toBeHidden();
    await page.getByRole('button', { name: '试用示例' }).tap();
    const bar = page.locator('.live-total p');
    await expect(bar).toContainText('¥8,781.65');
    const link = (await bar.getByRole('link').boundingBox())!;
    const figure = (await bar.locator('strong').first().boundingBox())!;
    expect(Math.abs(link.y + link.height / 2 - (figure.y + figure.height / 2))).toBeLessThan(6);
  });

  test("the letter preview's table keeps 合计 and each amount on one line", async ({ page }) => {
    // A review saw "合" over "计", and at 360 px "8,781.65" broke after the point: the paper's
    // overflow-wrap let the table squeeze its columns below their words.
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).tap();
    await page.locator('summary', { hasText: '信件预览' }).tap();
    const total = page.getByRole('article', { name: '信件预览' }).locator('tfoot td').first();
    await expect(total).toHaveText('合计');
    const lineHeight = await total.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    const box = (await total.boundingBox())!;
    expect(box.height).toBeLessThan(lineHeight * 1.5 + 8); // one line and its padding
    const amount = page.getByRole('article', { name: '信件预览' }).locator('tfoot td').nth(2);
    await expect(amount).toHaveText('8,781.65');
    expect((await amount.boundingBox())!.height).toBeLessThan(lineHeight * 1.5 + 8);
  });

  test("the guide's answers sit beside their radio buttons, centred on them", async ({ page }) => {
    // A review saw each answer (是/否/不确定) sit below its circle: the label was centred on its
    // 44 px target and the radio on the row's top edge.
    await page.goto('/guide');
    const first = page.locator('.check-question').first();
    for (const choice of await first.locator('.radio').all()) {
      const input = (await choice.locator('input').boundingBox())!;
      const label = (await choice.locator('label').boundingBox())!;
      expect(Math.abs(input.y + input.height / 2 - (label.y + label.height / 2))).toBeLessThan(2);
    }
  });
});

test.describe('planner on a phone', () => {
  test('try the example, follow the result, add a payment, see it recomputed; no sideways scrolling', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).tap();
    const report = reportFor(EXAMPLE_CASE);
    const liveTotal = page.locator('.live-total');
    await expect(liveTotal).toBeVisible();
    await expect(liveTotal).toContainText(formatMoney(report.statement.payoff));

    await liveTotal.getByRole('link', { name: '看结果 ↓' }).tap();
    await expect(page.getByTestId('payoff')).toBeInViewport();
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(report.statement.payoff));

    await page.getByRole('button', { name: '+ 添加一笔还款' }).tap();
    await page.getByLabel('第 5 笔还款的日期').fill('2025-06-15');
    await page.getByLabel('第 5 笔还款的金额').fill('1100.16');
    const more = reportFor({ ...EXAMPLE_CASE, payments: [...EXAMPLE_CASE.payments, { date: '2025-06-15', amount: '1100.16' }] });
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(more.statement.payoff));

    const overflow = await sideways(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('with three offers of their own, the suggested offer is in view beside the row names; the table scrolls, not the page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).tap(); // has a budget, so there is a suggestion
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '+ 分期还款' }).tap();
    const table = page.getByTestId('plan-comparison');
    await table.scrollIntoViewIfNeeded();
    const suggested = table.getByRole('columnheader', { name: /建议的方案/ });
    await expect(suggested).toBeInViewport({ ratio: 1 });
    // The row names stay in view when the table is scrolled to the last offer.
    await page.locator('.comparison .table-scroll').evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    await expect(table.getByRole('rowheader', { name: '每月还款' })).toBeInViewport({ ratio: 1 });
    const overflow = await sideways(page);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the comparison’s caption fits the screen; the recommended offer, once added, is in view beside the row names', async ({ page }) => {
    // A review, in English: the caption was cut to "Monthly payment, months, total a…" inside the
    // box that scrolls sideways, and after "Add to my offers" the recommended 方案 2 / Offer 2 sat
    // at x 261–405, out of sight.
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('button', { name: 'Try an example' }).tap();
    await page.getByRole('button', { name: 'Add to my offers' }).tap();
    const table = page.getByRole('table', { name: 'Monthly payment, months, total and savings of each offer' });
    await table.scrollIntoViewIfNeeded();
    const recommended = table.getByRole('columnheader', { name: /^Offer 2/ });
    await expect(recommended).toContainText('Recommended');
    await expect(recommended).toBeInViewport({ ratio: 1 });
    for (const lang of ['English', '中文']) {
      await page.getByRole('button', { name: lang }).tap();
      const caption = page.locator('#compare-caption');
      await expect(caption).toBeVisible();
      const box = (await caption.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(await caption.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('a payment shows its whole amount, and the tables keep their row names and dates on a line or two', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).tap();
    await expect(page.getByTestId('payoff')).toBeVisible();

    // Side by side, the date input (which does not shrink) ran over the amount, which showed "110".
    const date = page.getByLabel('第 1 笔还款的日期');
    const amount = page.getByLabel('第 1 笔还款的金额');
    const [d, a] = [(await date.boundingBox())!, (await amount.boundingBox())!];
    const apart = d.x + d.width <= a.x || a.x + a.width <= d.x || d.y + d.height <= a.y || a.y + a.height <= d.y;
    expect(apart).toBe(true);
    expect(await amount.evaluate((e: HTMLInputElement) => e.scrollWidth <= e.clientWidth)).toBe(true);

    for (const summary of await page.locator('#results details.fold > summary').all()) await summary.tap();
    /** How many lines a cell's text takes. */
    const lines = (cell: ReturnType<typeof page.locator>) =>
      cell.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
    // The row names were squeezed to one character a line: 现在全部还清 took six.
    expect(await lines(page.locator('#results th[scope="row"]', { hasText: '现在全部还清' }).first())).toBeLessThanOrEqual(3);
    // 2025年10月15日 took four lines in the schedule.
    expect(await lines(page.locator('#results table.schedule td', { hasText: '2025年10月15日' }))).toBeLessThanOrEqual(2);
    const overflow = await sideways(page);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a long tick label stays beside its box; a focused control is not left under the live total', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).tap();
    await page.getByRole('button', { name: 'English' }).tap(); // the longer labels
    // The letter's requests: each label starts on its box's line (a two-line label dropped below it).
    const ticks = page.locator('#f-letter-requests .checkbox');
    expect(await ticks.count()).toBeGreaterThan(1);
    for (const tick of await ticks.all()) {
      const box = (await tick.locator('input').boundingBox())!;
      const label = (await tick.locator('label').boundingBox())!;
      expect(label.y).toBeLessThan(box.y + box.height);
      expect(label.x).toBeGreaterThan(box.x + box.width);
    }
    // The default-terms fold just above the screen's bottom edge, behind the bar: focusing it
    // scrolls it clear (the browser saw it as on screen and left it covered).
    const fold = page.locator('summary', { hasText: /^Default terms/ }).first();
    await fold.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - window.innerHeight + 30));
    await fold.evaluate((e) => (e as HTMLElement).focus());
    const bar = (await page.locator('.live-total').boundingBox())!;
    const at = (await fold.boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(bar.y);
  });
});
