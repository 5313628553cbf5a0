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
