import { expect, test } from '@playwright/test';
import { storedCase } from './planner-steps';

/**
 * Loading another case (a new one, a file, the example) replaces every field: nothing of the case
 * before may stay behind in an input the new case leaves empty. The form's inputs are uncontrolled,
 * so a field absent from the new case would otherwise keep (and autosave) the old text.
 */
test('a new case after the example keeps nothing of the example', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '试用示例' }).click();
  await expect(page.getByLabel('出借方名称')).toHaveValue('京东金条（重庆京东盛际小额贷款有限公司）');
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByLabel('出借方名称')).toHaveValue('');
  await page.waitForTimeout(600); // past the autosave delay
  const stored = (await storedCase(page)) as Record<string, unknown> & { lender: Record<string, unknown> };
  expect(stored.lender).toEqual({ name: '', kind: 'licensed' });
  expect(stored.claim).toBeUndefined();
  expect(stored.borrower).toBeUndefined();
  expect(stored.overdue).toBeUndefined();
  expect(stored.budget).toBeUndefined();
});

/**
 * A case with the user's own work is replaced only on their yes: the Undo after it is gone once
 * the page is left (a review lost a contact log to "Try an example").
 */
test('the example or a new case over the user’s own case asks first; Cancel keeps it, and focus comes back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '试用示例' }).click(); // the untouched example: nothing of the user's
  const lender = page.getByLabel('出借方名称');
  await lender.fill('我的出借人');
  await expect.poll(async () => ((await storedCase(page)) as { lender: { name: string } }).lender.name).toBe('我的出借人');

  const example = page.getByRole('button', { name: '试用示例' });
  await example.click();
  const confirm = page.getByRole('alertdialog', { name: '载入示例会替换你现在的案件' });
  await expect(confirm).toContainText('离开本页后无法撤销');
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(example).toBeFocused();
  await expect(lender).toHaveValue('我的出借人');

  // New case: asked too; on yes the case is replaced, with Undo while the page is open.
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByRole('alertdialog', { name: '新建会清空你现在的案件' }).getByRole('button', { name: '仍然新建' }).click();
  await expect(lender).toHaveValue('');
  await page.getByTestId('notice').getByRole('button', { name: '撤销' }).click();
  await expect(lender).toHaveValue('我的出借人');
});
