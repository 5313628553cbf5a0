import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types
import { buildServiceWorker } from '../../scripts/service-worker/build.mjs';

/** A miniature export: two chunks, a stylesheet, a font, a page, the build manifest. */
function fakeExport(chunk = 'a1.js'): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  mkdirSync(join(dir, '_next', 'static', 'chunks'), { recursive: true });
  mkdirSync(join(dir, 'fonts'));
  for (const f of [chunk, 'b2.js', 'c3.css']) writeFileSync(join(dir, '_next', 'static', 'chunks', f), f);
  writeFileSync(join(dir, '_next', 'static', 'chunks', 'notes.txt'), 'not a script');
  writeFileSync(join(dir, 'fonts', 'noto.ttf'), 'font');
  writeFileSync(join(dir, 'index.html'), '<html></html>');
  return dir;
}

describe('the service worker build (scripts/service-worker/build.mjs)', () => {
  it('keeps the pages and every script and stylesheet, never the fonts, in a stable order', () => {
    const dir = fakeExport();
    const { precache } = buildServiceWorker(dir) as { precache: string[] };
    expect(precache).toEqual(['/', '/guide', '/404.html', '/favicon.svg', '/_next/static/chunks/a1.js', '/_next/static/chunks/b2.js', '/_next/static/chunks/c3.css']);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain(`const PRECACHE = ${JSON.stringify(precache)};`);
    expect(sw).toContain("self.addEventListener('fetch'");
  });

  it('a build with other files is another version (a fresh cache); the same files, the same version', () => {
    const v1 = (buildServiceWorker(fakeExport()) as { version: string }).version;
    const again = (buildServiceWorker(fakeExport()) as { version: string }).version;
    const v2 = (buildServiceWorker(fakeExport('a9.js')) as { version: string }).version;
    expect(again).toBe(v1);
    expect(v2).not.toBe(v1);
  });
});
