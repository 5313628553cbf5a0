import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { analyze } from '../../lib/analyze';
import { parseCase } from '../../lib/case/parse-case';
import { amountInWords, buildLetter, formatMoney, type Letter, type LetterBlock, type LetterLanguage } from '../../lib/letter';
import { jdCase } from '../pdf/demo-case';
import { readPdf, squeeze } from '../pdf/read-pdf';

/** The letter the dev page shows, built here by the same engine to know what the PDF must say. */
function expected(language: LetterLanguage, date?: string): Letter {
  const raw = jdCase();
  const analysed = analyze(raw);
  const parsed = parseCase(raw);
  if (!analysed.ok || !parsed.ok) throw new Error('invalid demo case');
  return buildLetter(parsed.file, analysed.report, { language, ...(date && { date }) });
}
const table = (letter: Letter) => letter.blocks.find((b): b is Extract<LetterBlock, { kind: 'table' }> => b.kind === 'table')!;

async function download(page: Page, area: string, click: () => Promise<void>): Promise<{ download: Download; pdf: ReturnType<typeof readPdf> }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = test.info().outputPath(dl.suggestedFilename());
  await dl.saveAs(path);
  const box = page.getByTestId(area).locator('.letter-download');
  await expect(box).toHaveAttribute('data-step', 'saved');
  return { download: dl, pdf: readPdf(path) };
}

test.describe('the letter download (app/dev/letter)', () => {
  test('loads the PDF code and the font only when asked, then saves a PDF with the engine’s figures, the same again on a second click', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/dev/letter');
    await page.waitForLoadState('networkidle');
    const beforeClick = requests.length;
    expect(requests.filter((u) => u.includes('/fonts/'))).toEqual([]);

    const letter = expected('zh');
    const button = page.getByTestId('download-zh').getByRole('button', { name: '下载协商还款申请（PDF）' });
    const cold = await download(page, 'download-zh', () => button.click());
    const loadedOnClick = requests.slice(beforeClick);
    expect(loadedOnClick.some((u) => u.endsWith('/fonts/noto-sans-sc-common.ttf'))).toBe(true);
    expect(loadedOnClick.some((u) => u.endsWith('.js'))).toBe(true); // the renderer's chunk
    expect(requests.every((u) => u.startsWith(baseURL ?? ''))).toBe(true); // the font is the app's own

    expect(cold.download.suggestedFilename()).toBe('协商还款申请-京东金条（重庆京东盛际小额贷款有限公司）-2025-09-01.pdf');
    const { flat, bytes } = cold.pdf;
    expect(flat).toContain('京东金条（重庆京东盛际小额贷款有限公司）');
    expect(flat).toContain(formatMoney('8848.28'));
    expect(flat).toContain(amountInWords('8781.65'));
    for (const row of [...table(letter).rows, table(letter).total]) expect(flat).toContain(squeeze(row.join('')));
    expect(flat).toContain('《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条');
    expect(bytes).toBeLessThanOrEqual(300 * 1024);

    // The time it takes is measured by `npm run bench:letter`, not asserted here (a timed test fails on a busy machine).
    const warm = await download(page, 'download-zh', () => button.click());
    expect(warm.pdf.flat).toBe(flat);
  });

  test('the English letter says the same things in English, citing the Chinese titles with their gloss', async ({ page }) => {
    await page.goto('/dev/letter');
    const letter = expected('en');
    const button = page.getByTestId('download-en').getByRole('button', { name: 'Download letter (PDF)' });
    const { pdf } = await download(page, 'download-en', async () => {
      await button.focus();
      await page.keyboard.press('Enter');
    });
    // Made by keyboard, the button keeps the focus through the making (a review found it on <body>).
    await expect(button).toBeFocused();
    expect(pdf.flat).toContain(squeeze('Request for a repayment arrangement'));
    expect(pdf.flat).toContain(squeeze('CNY 8,848.28'));
    for (const row of table(letter).rows) expect(pdf.flat).toContain(squeeze(row.join('')));
    expect(pdf.flat).toContain(squeeze('《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条 (SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22), Art. 2)'));
  });

  test('a debt that may be time-barred is confirmed before the letter is made', async ({ page }) => {
    await page.goto('/dev/letter');
    const area = page.getByTestId('download-barred');
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await area.getByRole('button', { name: '下载协商还款申请（PDF）' }).click();
    const dialog = area.getByRole('alertdialog');
    await expect(dialog).toContainText('可能已过三年诉讼时效');
    await expect(dialog).toContainText('《中华人民共和国民法典》');
    expect(downloaded).toBe(false);
    // The caution took the button's place: focus is in it, on the safe answer (a review found it on <body>).
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();

    await page.keyboard.press('Enter'); // Cancel, by keyboard
    await expect(area.getByRole('alertdialog')).toHaveCount(0);
    await expect(area.getByRole('button', { name: '下载协商还款申请（PDF）' })).toBeFocused();

    await area.getByRole('button', { name: '下载协商还款申请（PDF）' }).click();
    const { download: dl } = await download(page, 'download-barred', () => area.getByRole('button', { name: '我已了解，仍要生成' }).click());
    expect(dl.suggestedFilename()).toMatch(/-2029-09-01\.pdf$/);
  });

  test('the HTML preview shows the same letter as the PDF', async ({ page }) => {
    await page.goto('/dev/letter');
    const preview = page.getByRole('article', { name: '信函预览' });
    const { pdf } = await download(page, 'download-zh', () => page.getByTestId('download-zh').getByRole('button').click());
    const shown = await preview.locator('h2, dd, p, blockquote, li, td, th').allInnerTexts();
    expect(shown.length).toBeGreaterThan(60);
    for (const text of shown.map(squeeze).filter(Boolean)) expect(pdf.flat).toContain(text);
    for (const b of expected('zh').blocks) if ('text' in b) await expect(preview).toContainText(b.text);
  });

  test('has no accessibility violations (axe, WCAG 2.x A/AA)', async ({ page }) => {
    await page.goto('/dev/letter');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  });
});
