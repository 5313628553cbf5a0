import { expect, test } from '@playwright/test';

/**
 * The build marks the scripts each page runs at once for eager compilation (scripts/compile-hints.mjs,
 * run by `npm run build`): every async `<script src>` the served pages load starts with V8's hint.
 * The page still works with it: every other browser test loads these same files.
 */
test('the first-load scripts of the planner and the guide, as served, start with the compile hint', async ({ request }) => {
  for (const path of ['/', '/guide']) {
    const html = await (await request.get(path)).text();
    const scripts = [...html.matchAll(/<script src="([^"]+\.js)" async="">/g)].map((m) => m[1]!);
    expect(scripts.length, path).toBeGreaterThan(5);
    for (const src of scripts) expect((await (await request.get(src)).text()).startsWith('//# allFunctionsCalledOnLoad\n'), src).toBe(true);
  }
});
