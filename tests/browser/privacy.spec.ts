import { expect, test, type Request } from '@playwright/test';
import { readPdf } from '../pdf/read-pdf';
import { typeJdLoanZh, unfold } from './planner-steps';

/**
 * Privacy, measured (issue 7): a whole journey — a loan typed in, a plan, the letter made and
 * saved, the case exported, the guide's evidence log — while every request of the browser context
 * (pages, workers) is recorded. Every one must go to the app's own origin, be a plain GET with no
 * body, and carry none of the case's data; no WebSocket is opened; nothing on the page points to
 * another origin (no third-party scripts, styles, fonts, images or analytics).
 */

// Typed by the user: none of these may appear in any request.
const LENDER = '隐私测试小贷ZQX7';
const PRINCIPAL = '12345.67';
const BORROWER = '林隐私';
const PHONE = '13987654321';
const HARDSHIP = '失业半年ZQXhardship';
const COLLECTOR = '催收员ZQXwho';
const SECRETS = [LENDER, PRINCIPAL, BORROWER, PHONE, HARDSHIP, COLLECTOR];

const variants = (s: string) => [s, encodeURIComponent(s), encodeURI(s), Buffer.from(s).toString('base64')];

test('a full journey sends nothing anywhere: same-origin GETs only, none carrying case data', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));

  await page.goto('/');
  await typeJdLoanZh(page);
  await page.getByLabel('出借方名称').fill(LENDER);
  await page.getByLabel('借款金额（合同本金）').fill(PRINCIPAL);
  await expect(page.getByTestId('payoff')).toBeVisible();

  // A plan, then the letter with the borrower's details.
  await page.getByRole('button', { name: '+ 分期还款' }).click();
  const plan = page.locator('#plan-0');
  await plan.getByLabel('分几期（每月一期）').fill('24');
  await plan.getByLabel('第一期日期').fill('2025-10-01');
  await expect(plan.locator('.plan-outcome')).toBeVisible();
  await page.getByLabel('你的困难（会写进信里）').fill(HARDSHIP);
  const letter = page.locator('#letter');
  await unfold(page, '你的姓名和联系方式');
  await letter.getByRole('textbox', { name: /^姓名/ }).fill(BORROWER);
  await letter.getByRole('textbox', { name: /^电话/ }).fill(PHONE);

  // The letter is rebuilt once typing pauses: wait for the preview to show what was typed.
  await unfold(page, '信件预览');
  await expect(letter.getByRole('article')).toContainText(HARDSHIP);
  await expect(letter.getByRole('article')).toContainText(BORROWER);
  const button = letter.getByRole('button', { name: '下载协商还款申请（PDF）' });
  await expect(button).toBeEnabled({ timeout: 10_000 });
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const pdfPath = test.info().outputPath('letter.pdf');
  await pdfDownload.saveAs(pdfPath);
  // The journey really used the data: the letter has it.
  expect(readPdf(pdfPath).flat).toContain(LENDER);

  const [caseDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出案件文件' }).click()]);
  expect(caseDownload.suggestedFilename()).toMatch(/\.json$/);

  // The guide and its evidence log (issue 6), on the same draft.
  const guide = await page.goto('/guide');
  if (guide?.status() === 200 && (await page.getByRole('button', { name: '+ 记下一次联系' }).count()) > 0) {
    await page.getByRole('button', { name: '+ 记下一次联系' }).click();
    await page.locator('#evidence-at').fill('2025-08-30T21:15');
    await page.locator('#evidence-who').fill(COLLECTOR);
    await page.locator('#evidence-summary').fill(`${HARDSHIP} 威胁`);
    await page.getByRole('button', { name: '保存这条记录' }).click();
    await expect(page.getByText(COLLECTOR).first()).toBeVisible();
  } else {
    // TODO(issue 6): the guide page and its evidence log are not built yet; add the step when they are.
    test.info().annotations.push({ type: 'todo', description: 'guide / evidence log step skipped: /guide not available' });
  }
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const r of requests) {
    const url = r.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) continue; // in the page itself: nothing leaves
    if (new URL(url).origin !== origin) problems.push(`other origin: ${url}`);
    if (r.method() !== 'GET') problems.push(`${r.method()} ${url}`);
    if (r.postData()) problems.push(`body: ${url}`);
    for (const secret of SECRETS) {
      if (variants(secret).some((v) => decodeURIComponent(url).includes(secret) || url.includes(v))) problems.push(`case data in ${url}`);
      const headers = JSON.stringify(r.headers());
      if (headers.includes(secret)) problems.push(`case data in the headers of ${url}`);
    }
    if (r.headers().referer) problems.push(`referer sent with ${url}`);
  }
  expect(problems).toEqual([]);
  expect(sockets).toEqual([]);

  // Nothing on the page points anywhere else.
  const foreign = await page.evaluate((own) => {
    const urls = [...document.querySelectorAll('[src], [href], [action], link, script')]
      .flatMap((el) => ['src', 'href', 'action'].map((a) => el.getAttribute(a)))
      .filter((u): u is string => Boolean(u))
      .map((u) => new URL(u, location.href));
    const resources = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    return [...urls, ...resources]
      .filter((u) => (u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== own)
      .map((u) => u.href);
  }, origin);
  expect(foreign).toEqual([]);
});

test('the built pages load no third-party script, style, font or analytics', async ({ request }) => {
  for (const path of ['/', '/guide', '/dev/letter']) {
    const response = await request.get(path);
    if (response.status() === 404) continue;
    const html = await response.text();
    const external = [...html.matchAll(/(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(external, path).toEqual([]);
    expect(html, path).not.toMatch(/googletagmanager|google-analytics|gtag\(|fonts\.googleapis|fonts\.gstatic|plausible|umami|sentry|hotjar|baidu\.com\/hm/i);
  }
  const css = await (await request.get(/<link rel="stylesheet" href="([^"]+)"/.exec(await (await request.get('/')).text())![1]!)).text();
  expect(css).not.toMatch(/url\((["']?)(https?:)?\/\//);
  expect(css).not.toMatch(/@import/);
});
