import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './planner-steps';
import { LABELS_EN, LABELS_ZH, logContact, openGuideWith, OVERDUE_100 } from './guide-steps';

test.describe('the guide in English', () => {
  test('the stage, the checklist, the log and a time-barred debt explained, in English', async ({ page }) => {
    // Paid nothing, due 2025-03-01; as of 2028-06-09 more than three years have passed.
    await openGuideWith(page, { ...OVERDUE_100, asOf: '2028-06-09' });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toHaveAttribute('data-stage', 'late');
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toContainText('You are here');

    const barred = page.getByTestId('time-barred');
    // Possibly time-barred: open and prominent, not folded.
    await expect(barred).toHaveAttribute('data-state', 'barred');
    await expect(barred).toHaveAttribute('role', 'note');
    await expect(barred).toContainText('may be past the limitation period');
    await expect(barred).toContainText('If, after that, you agree to pay (in writing or not) or pay any of it, you may lose that defence.');
    await expect(barred).toContainText('Civil Code of the PRC');

    await page.getByRole('group', { name: /personal account/ }).getByLabel('Yes').check();
    await expect(page.getByTestId('check-verdict')).toContainText('Verdict: likely a scam');
    await expect(page.getByTestId('check-verdict')).toContainText('Never pay a “fee” to stop or withdraw a lawsuit.');

    await logContact(page, { at: '2025-06-05T23:10', channel: 'call', who: 'Collector calling my sister', conduct: ['They contacted my family, friends, colleagues or others in my address book'] }, LABELS_EN);
    await expect(page.getByTestId('log-count')).toHaveText('1 contact logged, 1 flagged.');
    const row = page.getByTestId('evidence-row');
    await expect(row.locator('[data-flag]')).toHaveCount(2);
    await expect(row).toContainText('Collection late at night: contacted between 22:00 and 08:00');
    await expect(row).toContainText('Personal Information Protection Law of the PRC, Art. 10');
    await expect(page.getByRole('radio', { name: /12378/ })).toBeChecked();
    await expect(page.getByText('This is general information, not legal advice.', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an invalid form is refused with the field marked, and nothing is saved', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: LABELS_EN.add }).click();
    await page.getByLabel(LABELS_EN.at).fill(''); // a new contact starts at the current minute
    await page.getByRole('button', { name: LABELS_EN.save }).click();
    await expect(page.getByLabel(LABELS_EN.at)).toBeFocused();
    await expect(page.getByLabel(LABELS_EN.at)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter the date and time (to the minute).')).toBeVisible();
    await expect(page.getByText('Say who it was; “unknown number” is fine.')).toBeVisible();
    // The errors follow the page into Chinese (a reviewer found them left in English).
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByText('请填写日期和时间（精确到分钟）。')).toBeVisible();
    await expect(page.getByText('请填写对方是谁；不清楚可以写“不明号码”。')).toBeVisible();
    await expect(page.getByText('Enter the date and time (to the minute).')).toHaveCount(0);
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByTestId('evidence-row')).toHaveCount(0);
  });

  test('a time-barred debt: the confirmation before the complaint takes focus, and Cancel gives it back', async ({ page }) => {
    await openGuideWith(page, { ...OVERDUE_100, asOf: '2028-06-09', evidence: [{ at: '2028-06-01T23:10', channel: 'call', who: 'Collector', thirdParty: true }] });
    await page.getByRole('button', { name: 'English' }).click();
    // An English complaint is said to be for the borrower's own reading, and the hint describes the choice.
    await expect(page.getByLabel('Language of the letter')).toHaveAccessibleDescription(/usually deal only with Chinese/);
    const download = page.getByRole('button', { name: 'Download the complaint (PDF)' });
    await download.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Please confirm first: this debt may be time-barred' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(download).toBeFocused();
  });
});

test('the planner explains a time-barred debt in its letter section, before the letter can be made', async ({ page }) => {
  await openGuideWith(page, { ...OVERDUE_100, asOf: '2028-06-09' });
  await page.goto('/');
  const note = page.locator('#letter').getByTestId('time-barred');
  await expect(note).toContainText('可能已过诉讼时效');
  await expect(note).toContainText('同意还款（无论书面还是口头）或者还了款（哪怕只还一部分），就可能失去这个抗辩');
  await expect(page.locator('#letter').getByRole('button', { name: '下载协商还款申请（PDF）' })).toBeVisible();
  // In the results, the limitation warning comes before the verdict's suggested offer: promising
  // to pay, or paying any of it, can cost the defence, so it is read first (a review found it below the offer).
  const report = page.getByTestId('report');
  const warning = report.locator('.warnings li', { hasText: '可能已过三年诉讼时效' });
  await expect(warning).toBeVisible();
  const above = await warning.evaluate((li) => {
    const verdict = document.querySelector('.verdict');
    return verdict !== null && (li.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(above).toBe(true);
});

test.describe('the guide on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  // On a phone the layout viewport grows to fit wide content (innerWidth was 450, not 360), so the
  // page's width is checked against the screen's.
  const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - 360);

  test('the evidence form fits the screen, in both languages: the file picker no longer widens the page', async ({ page }) => {
    // A reviewer found the page 433 px wide with the form open: the file input's own width set the form's minimum.
    await openGuideWith(page, OVERDUE_100);
    for (const [language, add] of [['中文', LABELS_ZH.add], ['English', LABELS_EN.add]] as const) {
      await page.getByRole('button', { name: language }).click();
      await page.getByRole('button', { name: add }).click();
      const form = page.getByTestId('evidence-form');
      await expect(form).toBeVisible();
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      for (const control of await form.locator('input, select, textarea, button').all()) {
        const box = (await control.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      await expectNoAxeViolations(page);
      await form.getByRole('button', { name: language === 'English' ? 'Cancel' : '取消' }).click();
    }
  });

  test('the mid stage, a contact logged, nothing scrolls sideways, axe clean', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    await expect(page.locator('.timeline-stage[aria-current="step"]')).toHaveAttribute('data-stage', 'mid');
    await logContact(page, { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲', conduct: ['联系了我的家人、朋友、同事或通讯录里的其他人'], files: 'a-very-long-recording-file-name-from-the-phone-2025-06-05-231000.m4a' }, {
      add: '+ 记下一次联系', at: '日期和时间', channel: '方式', who: '对方是谁', summary: '说了什么、做了什么', files: '证据文件名（录音、截图）', save: '保存这条记录',
    });
    await expect(page.getByTestId('evidence-row').locator('[data-flag]')).toHaveCount(2);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});
