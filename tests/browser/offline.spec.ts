import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * Issue 7, "runs anywhere": after a first visit the app works offline. The service worker
 * (scripts/service-worker/) keeps the pages and every script at install; the letter's font is
 * kept the first time a letter is made.
 */
test('after one visit the planner, its engine, the letter and the guide work offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready; // installed and active: everything to keep is in the cache
  });
  const kept = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('rnp-build-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(kept).toEqual(expect.arrayContaining(['/', '/guide', '/404.html']));
  expect(kept.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(10);
  expect(kept.some((p) => p.startsWith('/fonts/'))).toBe(false); // the 2.9 MB font only once used
  // The first visit was not under the worker; a reload is, as every later visit.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // A letter made online keeps the font for later.
  await page.getByRole('button', { name: '试用示例' }).click();
  const letterButton = page.locator('.letter-download button', { hasText: '下载协商还款申请（PDF）' });
  await Promise.all([page.waitForEvent('download'), letterButton.click()]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('协商还款助手');
  await page.getByRole('button', { name: '试用示例' }).click();
  await expect(page.getByTestId('payoff')).toBeVisible(); // the engine, loaded from the cache
  const [download] = await Promise.all([page.waitForEvent('download'), letterButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^协商还款申请-.*\.pdf$/);

  await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('协商还款助手');
  await expect(page.locator('#stage')).toBeVisible();
  await context.setOffline(false);
});

/**
 * The first letter made offline cannot have its font (kept only once used): the user is told to
 * connect once, not "Failed to fetch" (a review met that message).
 */
test('a first letter offline says to connect once for the font, not "Failed to fetch"', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: '试用示例' }).click();
  await expect(page.getByTestId('payoff')).toBeVisible();
  await context.setOffline(true);
  await page.locator('.letter-download button', { hasText: '下载协商还款申请（PDF）' }).click();
  await expect(page.locator('.letter-download [role="status"]')).toHaveText('生成失败：无法下载生成信件所需的字体和排版工具（约 3 MB）。请连接网络后再试；下载过一次后，没有网络也能生成。');
  await context.setOffline(false);
});

/**
 * Cloudflare Pages and Netlify redirect `/x.html` to `/x`. A redirected response kept as it is
 * cannot answer a navigation, so the worker keeps such files as plain responses.
 */
test('on a host that redirects .html paths, what is kept still answers offline', async ({ page, context }) => {
  const port = 4187;
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', '--port', String(port), '--pretty-urls'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
    const origin = `http://127.0.0.1:${port}`;
    expect((await fetch(`${origin}/404.html`, { redirect: 'manual' })).status).toBe(308);
    await page.goto(`${origin}/guide`);
    const kept = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('rnp-build-'))!);
      const notFound = await cache.match('/404.html');
      return { ok: notFound?.ok, redirected: notFound?.redirected, text: (await notFound?.text())?.includes('协商还款助手') };
    });
    expect(kept).toEqual({ ok: true, redirected: false, text: true });
    await context.setOffline(true);
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('协商还款助手');
    await page.goto(`${origin}/guide`);
    await expect(page.locator('#stage')).toBeVisible();
  } finally {
    await context.setOffline(false);
    server.kill();
  }
});
