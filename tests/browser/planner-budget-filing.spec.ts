import { expect, test } from '@playwright/test';
import { formatMoney } from '../../lib/display/format-money';
import { expectNoAxeViolations, reportFor, storedCase, unfold } from './planner-steps';

/** The budget's spending items and the filing date: case fields the form offers besides the common ones. */
test.describe('planner, less common fields', () => {
  test('essential spending item by item: totals by kind, and a word when they do not add up to the essentials', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click(); // essentials 4,300.00 a month
    await unfold(page, '逐项列出必要开支（选填）');
    const add = page.getByRole('button', { name: '+ 添加一项开支' });
    await add.click();
    await page.getByLabel('名称').last().fill('房租');
    await page.locator('#f-budget-items-0-amount').fill('2500');
    await add.click();
    await page.locator('#f-budget-items-1-name').fill('吃饭和交通');
    await page.locator('#f-budget-items-1-amount').fill('1500');
    await page.locator('#f-budget-items-1-kind').selectOption('flexible');

    // 2,500 fixed + 1,500 flexible = 4,000, not the 4,300 entered as essentials.
    const outcome = page.getByTestId('budget-items-outcome');
    await expect(outcome).toContainText(`固定开支 ${formatMoney('2500')}，可压缩开支 ${formatMoney('1500')}。`);
    await expect(outcome).toContainText('开支明细合计¥4,000.00，与填写的每月必要开支¥4,300.00不一致；各方案按¥4,300.00计算。');

    // A third item of 300 makes 4,300: the word goes.
    await add.click();
    await page.locator('#f-budget-items-2-name').fill('水电');
    await page.locator('#f-budget-items-2-amount').fill('300');
    await expect(outcome).toContainText(`固定开支 ${formatMoney('2800')}`);
    await expect(outcome).not.toContainText('不一致');
    await expect.poll(async () => ((await storedCase(page)) as { budget: { items?: unknown[] } } | null)?.budget.items).toEqual([
      { name: '房租', amount: '2500', kind: 'fixed' },
      { name: '吃饭和交通', amount: '1500', kind: 'flexible' },
      { name: '水电', amount: '300', kind: 'fixed' },
    ]);
    await expectNoAxeViolations(page);

    // A date income resumes on or before the as-of date (the example's 2025-09-01) is not used:
    // said beside the budget, outside the fold, and gone once the date is after it.
    await unfold(page, '收入暂时中断了？');
    await page.getByLabel('预计哪天恢复收入').fill('2025-08-01');
    const unused = page.getByTestId('income-resumes-unused');
    await expect(unused).toContainText('恢复收入日期（2025年8月1日）不晚于计算截止日，推荐方案没有用到它。');
    await page.getByLabel('预计哪天恢复收入').fill('2025-12-01');
    await expect(unused).toHaveCount(0);
  });

  test('a private loan formed before 2020-08-20: the filing date is offered and sets the LPR the cap uses', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await unfold(page, '更多借款条款');
    await expect(page.getByLabel(/预计起诉日期/)).toHaveCount(0); // a licensed lender: not asked
    await page.getByRole('radio', { name: /个人/ }).check();
    await page.getByLabel('签合同的日期').fill('2019-06-01');
    await page.getByLabel(/预计起诉日期/).fill('2026-01-10');
    await expect.poll(async () => ((await storedCase(page)) as { filingDate?: string } | null)?.filingDate).toBe('2026-01-10');
    const report = reportFor(await storedCase(page));
    // LAW.md §2: the one-year LPR in force on 2026-01-10 is 3.00% (from 2025-05-20, confirmed through 2026-03-20);
    // LAW.md §1: the cap from 2020-08-20 is 4 × 3.00% = 12.00%.
    expect(report.caps.regime).toBe('private-transitional');
    expect(report.caps.lpr).toMatchObject({ rate: '0.030000', date: '2026-01-10' });
    expect(report.caps.termCap).toBe('0.120000');
    await expect(page.locator('.cap-lines')).toContainText('12.00%');

    // Back to a licensed lender: the date the case holds stays in sight, to be seen and cleared.
    await page.getByRole('radio', { name: /持牌金融机构/ }).check();
    await expect(page.getByLabel(/预计起诉日期/)).toHaveValue('2026-01-10');
    await page.getByLabel(/预计起诉日期/).fill('');
    await expect(page.getByLabel(/预计起诉日期/)).toHaveCount(0);
    await expect.poll(async () => ((await storedCase(page)) as { filingDate?: string } | null)?.filingDate).toBeUndefined();
  });

  test('fees and default charges are added, filled and removed row by row', async ({ page }) => {
    await page.goto('/');
    await unfold(page, '更多借款条款');
    await page.getByRole('button', { name: '+ 添加一项费用' }).click();
    await page.locator('#f-loan-fees-0-amount').fill('500');
    await page.locator('#f-loan-fees-0-when').selectOption('each-instalment');
    await unfold(page, /^逾期条款/);
    await page.getByRole('button', { name: '+ 添加一项逾期费用' }).click();
    await page.locator('#f-overdue-lateFees-0-amount').fill('50');
    await expect.poll(async () => {
      const c = (await storedCase(page)) as { loan: { fees?: unknown[] }; overdue?: { lateFees?: unknown[] } } | null; // null until the first save
      return [c?.loan.fees, c?.overdue?.lateFees];
    }).toEqual([[{ name: '服务费', amount: '500', when: 'each-instalment' }], [{ name: '违约金', amount: '50', per: 'overdue-instalment' }]]);
    await page.getByRole('button', { name: '删除费用 1' }).click();
    await expect(page.locator('#f-loan-fees-0-amount')).toHaveCount(0);
    await expect.poll(async () => ((await storedCase(page)) as { loan: { fees?: unknown[] } } | null)?.loan.fees).toEqual([]);
  });
});
