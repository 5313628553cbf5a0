import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './planner-steps';
import { LABELS_EN, logContact, openGuideWith, OVERDUE_100 } from './guide-steps';

test.describe('the guide in English', () => {
  test('the stage, the checklist, the log and a time-barred debt explained, in English', async ({ page }) => {
    // Paid nothing, due 2025-03-01; as of 2028-06-09 more than three years have passed.
    await openGuideWith(page, { ...OVERDUE_100, asOf: '2028-06-09' });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toHaveAttribute('data-stage', 'late');
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toContainText('You are here');

    const barred = page.getByTestId('time-barred');
    await expect(barred).toContainText('may be past the limitation period');
    await expect(barred).toContainText('If, after that, you confirm the debt or agree to pay in writing, you lose that defence.');
    await expect(barred).toContainText('Civil Code of the PRC');

    await page.getByRole('group', { name: /personal account/ }).getByLabel('Yes').check();
    await expect(page.getByTestId('check-verdict')).toContainText('Verdict: likely a scam');
    await expect(page.getByTestId('check-verdict')).toContainText('Never pay a “fee” to stop or withdraw a lawsuit.');

    await logContact(page, { at: '2025-06-05T23:10', channel: 'call', who: 'Collector calling my sister', conduct: ['They contacted my family, friends, colleagues or others in my address book'] }, LABELS_EN);
    const row = page.getByTestId('evidence-row');
    await expect(row.locator('[data-flag]')).toHaveCount(2);
    await expect(row).toContainText('Collection late at night: contacted after 22:00');
    await expect(row).toContainText('Personal Information Protection Law of the PRC, Art. 10');
    await expect(page.getByRole('radio', { name: /12378/ })).toBeChecked();
    await expect(page.getByText('This is general information, not legal advice.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an invalid form is refused with the field marked, and nothing is saved', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: LABELS_EN.add }).click();
    await page.getByRole('button', { name: LABELS_EN.save }).click();
    await expect(page.getByLabel(LABELS_EN.at)).toBeFocused();
    await expect(page.getByLabel(LABELS_EN.at)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter the date and time (to the minute).')).toBeVisible();
    await expect(page.getByText('Say who it was; “unknown number” is fine.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('evidence-row')).toHaveCount(0);
  });
});

test('the planner explains a time-barred debt in its letter section, before the letter can be made', async ({ page }) => {
  await openGuideWith(page, { ...OVERDUE_100, asOf: '2028-06-09' });
  await page.goto('/');
  const note = page.locator('#letter').getByTestId('time-barred');
  await expect(note).toContainText('可能已过诉讼时效');
  await expect(note).toContainText('书面确认这笔债务或答应还款，就会失去这个抗辩');
  await expect(page.locator('#letter').getByRole('button', { name: '下载协商还款申请（PDF）' })).toBeVisible();
});

test.describe('the guide on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the mid stage, a contact logged, nothing scrolls sideways, axe clean', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toHaveAttribute('data-stage', 'mid');
    await logContact(page, { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲', conduct: ['联系了我的家人、朋友、同事或通讯录里的其他人'], files: 'a-very-long-recording-file-name-from-the-phone-2025-06-05-231000.m4a' }, {
      add: '+ 记下一次联系', at: '日期和时间', channel: '方式', who: '对方是谁', summary: '说了什么、做了什么', files: '证据文件名（录音、截图）', save: '保存这条记录',
    });
    await expect(page.getByTestId('evidence-row').locator('[data-flag]')).toHaveCount(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
