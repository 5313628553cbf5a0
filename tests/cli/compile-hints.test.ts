import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types
import { HINT, markFirstLoad } from '../../scripts/compile-hints.mjs';

const CHUNKS = join('_next', 'static', 'chunks');

/**
 * A miniature export: the home page loads a.js (async) and preloads p.js; the guide, in a folder of
 * its own, loads g.js and a.js; both carry a noModule polyfill n.js; later.js (the engine, say) is
 * loaded on demand, so no page names it.
 */
function fakeExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hints-'));
  mkdirSync(join(dir, CHUNKS), { recursive: true });
  mkdirSync(join(dir, 'guide'));
  for (const f of ['a.js', 'g.js', 'n.js', 'p.js', 'later.js']) writeFileSync(join(dir, CHUNKS, f), `/* ${f} */ run();`);
  const poly = '<script src="/_next/static/chunks/n.js" noModule=""></script>';
  writeFileSync(join(dir, 'index.html'), `<head><link rel="preload" as="script" href="/_next/static/chunks/p.js"/><script src="/_next/static/chunks/a.js" async=""></script>${poly}<script>self.x=1</script></head>`);
  writeFileSync(join(dir, 'guide', 'index.html'), `<script src="/_next/static/chunks/g.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script>${poly}`);
  return dir;
}
const read = (dir: string, f: string) => readFileSync(join(dir, CHUNKS, f), 'utf8');

describe('compile hints (scripts/compile-hints.mjs)', () => {
  it('marks exactly the scripts some page loads at once, each once, as its first line', () => {
    const dir = fakeExport();
    const { scripts, marked } = markFirstLoad(dir) as { scripts: string[]; marked: number };
    expect(scripts).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/g.js', '/_next/static/chunks/p.js']);
    expect(marked).toBe(3);
    expect(HINT).toBe('//# allFunctionsCalledOnLoad\n');
    for (const f of ['a.js', 'g.js', 'p.js']) expect(read(dir, f)).toBe(`//# allFunctionsCalledOnLoad\n/* ${f} */ run();`);
    // The polyfill modern browsers never run, and the chunk loaded on demand, are left as built.
    for (const f of ['n.js', 'later.js']) expect(read(dir, f)).toBe(`/* ${f} */ run();`);
  });

  it('running it again changes nothing', () => {
    const dir = fakeExport();
    markFirstLoad(dir);
    const again = markFirstLoad(dir) as { marked: number };
    expect(again.marked).toBe(0);
    expect(read(dir, 'a.js')).toBe('//# allFunctionsCalledOnLoad\n/* a.js */ run();');
  });
});
