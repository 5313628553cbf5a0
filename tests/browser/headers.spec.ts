import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsp, watchViolations } from './headers-watch';

/**
 * The security headers, checked against the server `npm start` runs (scripts/serve-static.mjs
 * serving out/ with out/_headers, the file a static host reads). Issue 7: a strict CSP (scripts
 * from 'self' and the hashes of Next's inline bootstrap scripts only; no 'unsafe-eval', no
 * 'unsafe-inline' for scripts), frame-ancestors 'none', Referrer-Policy: no-referrer, nosniff, and
 * a Permissions-Policy that denies what the app does not use.
 */
const PAGES = ['/', '/dev/letter', '/no-such-page'];
const inlineScripts = (html: string) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test.describe('security headers (npm start)', () => {
  for (const path of PAGES) {
    test(`${path}: strict CSP that lists the hash of every inline script, and the other headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = parseCsp(headers['content-security-policy'] ?? '');

      const scriptSrc = csp.get('script-src') ?? [];
      // Only 'self', WebAssembly compilation (the PDF layout engine) and hashes: no eval, no inline.
      expect(scriptSrc.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const body of inlineScripts(await response.text())) expect(scriptSrc).toContain(hash(body));
      for (const [directive, sources] of csp) {
        expect(sources, directive).not.toContain("'unsafe-eval'");
        expect(sources, directive).not.toContain('*');
        if (directive !== 'style-src-attr') expect(sources, directive).not.toContain("'unsafe-inline'");
      }
      expect(csp.get('default-src')).toEqual(["'self'"]);
      // data: for the PDF layout engine's WebAssembly, which ships inside its own script.
      expect(csp.get('connect-src')).toEqual(["'self'", 'data:']);
      expect(csp.get('font-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);

      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      const permissions = headers['permissions-policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) expect(permissions).toContain(`${feature}=()`);
    });
  }

  test('scripts, styles and fonts get the same headers; the served headers are out/_headers, which is not itself served', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = /<script src="([^"]+)"/.exec(html)![1]!;
    const style = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
    const page = (await request.get('/')).headers();
    for (const path of [script, style, '/fonts/noto-sans-sc-common.ttf']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toBe(page['content-security-policy']);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
    const file = readFileSync('out/_headers', 'utf8');
    expect(file).toContain(`Content-Security-Policy: ${page['content-security-policy']}`);
    expect(file).toContain(`Permissions-Policy: ${page['permissions-policy']}`);
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('every page also carries its policy in a meta tag, for hosts that cannot send headers', async ({ request }) => {
    for (const path of PAGES) {
      const html = await (await request.get(path)).text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)?.[1];
      expect(meta, path).toBeDefined();
      const scriptSrc = parseCsp(meta!).get('script-src') ?? [];
      for (const body of inlineScripts(html)) expect(scriptSrc).toContain(hash(body));
      // Before any script runs.
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    }
  });
});

test.describe('the policy in the browser', () => {
  test('the planner runs under it with no violation: the example loads and is analysed', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    await expect(page.locator('.letter-download button')).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('the PDF letter is made under it (WebAssembly layout, same-origin font) with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/dev/letter');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-zh').getByRole('button', { name: '下载协商还款申请（PDF）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect(page.getByTestId('download-zh').locator('.letter-download')).toHaveAttribute('data-step', 'saved');
    expect(await violations()).toEqual([]);
  });

  test('an injected inline script does not run, and a same-origin script cannot eval', async ({ page, baseURL }) => {
    // A script from the app's own origin (served here by the test) that tries eval and new Function.
    await page.route(`${baseURL}/probe.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `const r = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
               window.__probe = { eval: r(() => eval('1')), fn: r(() => new Function('return 1')()) };`,
      }),
    );
    await page.goto('/');
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = true';
      document.body.append(inline);
    });
    await page.addScriptTag({ url: '/probe.js' });
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __probe?: unknown };
      return { injected: w.__injected ?? false, probe: w.__probe };
    });
    expect(outcome).toEqual({ injected: false, probe: { eval: 'EvalError', fn: 'EvalError' } });
  });

  test('another site cannot frame the app (frame-ancestors)', async ({ page, baseURL }) => {
    await page.route('http://framer.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>framer</title><iframe src="${baseURL}/"></iframe>` }),
    );
    await page.goto('http://framer.test/');
    // The browser puts its own error page in the frame instead of the app.
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}/`);
  });
});
