import { expect, test } from '@playwright/test';
import { storedCase, unfold } from './planner-steps';

/**
 * Pasting the payments from a banking app: the lines read are added once, and only the lines not
 * read stay in the box, with the reason, to be corrected and read again.
 */
test('a pasted bank statement adds each payment once; the lines not read stay, with why', async ({ page }) => {
  await page.goto('/');
  await unfold(page, '粘贴还款清单');
  const box = page.getByLabel('还款记录（每行一笔：日期 金额）');
  const read = page.getByRole('button', { name: '读取并添加' });
  await box.fill(['2025-07-15\t京东金条还款\t-1,100.16\t3,250.00', '05/08/2025 1100.16', '2025-09-31 1100.16'].join('\n'));
  await read.click();

  const outcome = page.locator('.paste-outcome');
  await expect(outcome).toContainText('已添加 1 笔还款。');
  await expect(outcome).toContainText('有 2 行没有添加');
  await expect(outcome).toContainText('看不出是“日/月”还是“月/日”');
  await expect(outcome).toContainText('日期不存在');
  await expect(box).toHaveValue('05/08/2025 1100.16\n2025-09-31 1100.16');

  // Corrected and read again: the payment added the first time is not added a second time.
  await box.fill('2025-08-05 1100.16\n2025-09-30 1100.16');
  await read.click();
  await expect(outcome).toContainText('已添加 2 笔还款。');
  await expect(box).toHaveValue('');
  await expect
    .poll(async () => ((await storedCase(page)) as { payments: unknown[] } | null)?.payments)
    .toEqual([
      { date: '2025-07-15', amount: '1100.16' },
      { date: '2025-08-05', amount: '1100.16' },
      { date: '2025-09-30', amount: '1100.16' },
    ]);
});
