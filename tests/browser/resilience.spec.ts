import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CASE_KEY, storedCase, typedCase, typeJdLoanZh } from './planner-steps';

/**
 * Nothing lost, and hostile files in the browser (issue 7): the draft survives the page being
 * killed; a damaged draft is set aside with a message, never dropped; export then import is byte
 * for byte; hostile case files end in a message or a correct result, never a crash or a blank page.
 */
const HOSTILE = 'tests/fixtures/hostile/';
const SET_ASIDE_PREFIX = 'repayment-planner:case:damaged:';

/** Fails the test on any uncaught error or dialog (an alert() from injected markup). */
function guard(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('crash', () => problems.push('crash'));
  return problems;
}

async function exportCase(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出案件文件' }).click()]);
  return readFile(await download.path());
}

async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer });
}

test.describe('nothing lost', () => {
  test('a typed case survives the tab being killed: a new tab finds it intact', async ({ page, context }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await typeJdLoanZh(page);
    // Saved within a moment of the last keystroke (250 ms after typing pauses).
    await expect.poll(() => storedCase(page), { timeout: 2000 }).toEqual(typedCase);

    // Kill the tab's renderer: no unload, no pagehide, nothing flushed on the way out.
    await Promise.all([page.waitForEvent('crash'), page.goto('chrome://crash').catch(() => undefined)]);

    const reopened = await context.newPage();
    await reopened.goto('/');
    await expect(reopened.getByLabel('出借方名称')).toHaveValue('京东金条');
    await expect(reopened.getByLabel('借款金额（合同本金）')).toHaveValue('12000.00');
    await expect(reopened.locator('.payment-row')).toHaveCount(4);
    await expect(reopened.getByLabel('要求金额')).toHaveValue('9500.00');
    await expect.poll(() => storedCase(reopened)).toEqual(typedCase);
  });

  test('a damaged draft is set aside with a message in both languages, kept byte for byte, and can be downloaded', async ({ page }) => {
    const damaged = '{"format":"repayment-case/1","asOf":"2025-09-01","lender":{"name":"京东金条","ki';
    await page.goto('/');
    await page.evaluate(([key, text]) => window.localStorage.setItem(key!, text!), [CASE_KEY, damaged]);
    await page.reload();

    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('上次自动保存的内容已损坏，无法读取。它没有被删除');
    const kept = await page.evaluate((prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)).map((k) => window.localStorage.getItem(k)), SET_ASIDE_PREFIX);
    expect(kept).toEqual([damaged]);

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: '下载损坏的内容' }).click()]);
    expect(await readFile(await download.path(), 'utf8')).toBe(damaged);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(notice).toContainText('The last autosaved case is damaged and cannot be read. It has not been deleted');

    // Typing a new case saves over the main key only; the damaged copy stays.
    await page.getByLabel("Lender's name").fill('新的');
    await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), CASE_KEY)).toContain('"name":"新的"');
    await page.reload();
    const after = await page.evaluate((prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)).map((k) => window.localStorage.getItem(k)), SET_ASIDE_PREFIX);
    expect(after).toEqual([damaged]);
    await expect(page.getByTestId('notice')).not.toContainText('damaged');
  });

  test('export then import is byte for byte, with markup, a bidi override and emoji in the text', async ({ page }) => {
    const problems = guard(page);
    await page.goto('/');
    await typeJdLoanZh(page);
    await page.getByLabel('出借方名称').fill('<script>alert(1)</script>\u202Egnp.exe\u202C 💸');
    await page.getByLabel('你的困难（会写进信里）').fill('第一行\n"引号" & <b>粗</b>\t制表');
    await expect.poll(() => storedCase(page).then((c) => (c as { letter?: { hardship?: string } }).letter?.hardship)).toBe('第一行\n"引号" & <b>粗</b>\t制表');
    const first = await exportCase(page);

    await page.getByRole('button', { name: '新建' }).click();
    // The user's own case: replaced only on their yes (the file is exported).
    await page.getByRole('alertdialog').getByRole('button', { name: '仍然新建' }).click();
    await expect(page.getByLabel('出借方名称')).toHaveValue('');
    await importFile(page, 'case.json', first);
    await expect(page.getByLabel('出借方名称')).toHaveValue('<script>alert(1)</script>\u202Egnp.exe\u202C 💸');
    const second = await exportCase(page);
    expect(second.equals(first)).toBe(true);
    expect(problems).toEqual([]);
  });
});

test.describe('hostile case files in the browser', () => {
  const refused: Array<[string, string]> = [
    ['truncated.json', '无法导入：这不是 JSON 文件。'],
    ['html-page.json', '无法导入：这不是 JSON 文件。'],
    ['null.json', '无法导入：这不是本工具的案件文件。'],
    ['other-format.json', '无法导入：这不是本工具的案件文件。'],
    ['format-huge-string.json', '无法导入：这不是本工具的案件文件。'],
    ['deeply-nested-extra.json', '文件的层级过深，不是案件文件。'],
    // Groups and lists the form cannot show (components/form-shape.ts), named.
    ['payments-junk-entries.json', '“payments”的第 1 项应为一组字段'],
    ['rate-as-string.json', '“loan.rate”应为一组字段（{…}），文件里是文字。'],
  ];
  for (const [file, message] of refused) {
    test(`${file} is refused with a reason`, async ({ page }) => {
      const problems = guard(page);
      await page.goto('/');
      await importFile(page, file, readFileSync(HOSTILE + file));
      await expect(page.getByTestId('notice')).toContainText(message);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  test('a 50 MB file is refused at once, and so is a 10,000-payment file; the page stays usable', async ({ page }) => {
    const problems = guard(page);
    await page.goto('/');
    // Over Playwright's 50 MB limit for a buffer: written to a file.
    const big = test.info().outputPath('big.json');
    writeFileSync(big, `{"format":"repayment-case/1","lender":{"name":"${'A'.repeat(50 * 1024 * 1024)}"}}`);
    await page.setInputFiles('#import-file', big);
    await expect(page.getByTestId('notice')).toContainText('文件超过 1 MB');

    const valid = JSON.parse(readFileSync(`${HOSTILE}extra-fields.json`, 'utf8')) as Record<string, unknown>;
    const payments = Array.from({ length: 10_000 }, (_, i) => ({ date: `2025-0${2 + (i % 7)}-${String(1 + (i % 28)).padStart(2, '0')}`, amount: '0.01' }));
    await importFile(page, 'many.json', Buffer.from(JSON.stringify({ ...valid, payments })));
    await expect(page.getByTestId('notice')).toContainText('3000');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    expect(problems).toEqual([]);
  });

  for (const file of ['principal-1e30-string.json', 'as-of-year-9999.json', 'term-billion.json', 'date-as-number.json']) {
    test(`${file} loads with its errors marked, no crash`, async ({ page }) => {
      const problems = guard(page);
      await page.goto('/');
      await importFile(page, file, readFileSync(HOSTILE + file));
      await expect(page.getByTestId('notice')).toContainText(`已导入 ${file}`);
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }

  for (const file of ['highest-rate-longest-term.json', 'widest-date-range.json', 'lender-lone-surrogate.json', 'byte-order-mark.json']) {
    test(`${file} gives a result, no crash`, async ({ page }) => {
      const problems = guard(page);
      await page.goto('/');
      await importFile(page, file, readFileSync(HOSTILE + file));
      await expect(page.getByTestId('notice')).toContainText(`已导入 ${file}`);
      await expect(page.getByTestId('payoff')).toBeVisible();
      await expect(page.locator('.letter-download button')).toBeVisible({ timeout: 10_000 });
      expect(problems).toEqual([]);
    });
  }

  test('markup and a bidi override in names are shown as text in the form and the letter preview, never run', async ({ page }) => {
    const problems = guard(page);
    await page.goto('/');
    await importFile(page, 'hostile.json', readFileSync(`${HOSTILE}borrower-img-onerror.json`));
    await expect(page.getByTestId('notice')).toContainText('已导入');
    await page.getByLabel('出借方名称').fill('<script>alert("x")</script>\u202Egnp.exe\u202C');
    const preview = page.locator('#letter').getByRole('article');
    await page.locator('#letter summary', { hasText: '信件预览' }).click();
    await expect(preview).toContainText('<script>alert("x")</script>');
    await expect(preview).toContainText('<img src=x onerror=alert(1)>');
    await expect(preview).toContainText('"><svg onload=alert(1)>');
    expect(await preview.locator('script, img, svg').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
