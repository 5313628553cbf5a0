#!/usr/bin/env node
/**
 * Marks each page's first-load scripts for eager compilation (V8's explicit compile hints, Chrome
 * 136+: https://v8.dev/blog/explicit-compile-hints). A script whose first line is the comment
 * `//# allFunctionsCalledOnLoad` has all its functions compiled while it streams in, on a
 * background thread, instead of each one on the main thread the first time it is called.
 *
 * Why: Turbopack wraps every module in a function, so evaluating React DOM's module alone meant
 * compiling its 230 KB on the main thread, about 40 ms in one task on this machine (a CPU profile
 * of the page load, session 7); with the hint, about 28. That task is counted, four times over,
 * in Lighthouse's Total Blocking Time. Lighthouse medians of five, alternating builds on the same
 * machine: 94, 95, 96, 97 with the hint against 91, 87, 92, 90 without. The files named here are
 * the ones the page runs at once (React, the Next.js runtime, the planner's components), which is
 * the case the V8 team recommends the hint for; chunks loaded later (the engine, the PDF tools)
 * and `noModule` polyfills are left alone. Other browsers read it as a comment.
 *
 * Runs after `next build` (package.json "postbuild"), before the service worker's precache list is
 * made. Chunk names are content hashes of Next's output and the comment is added the same way
 * every time, so one name always means one content. Running it twice changes nothing.
 *
 * Usage: node scripts/compile-hints.mjs [--out out]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstLoadScripts } from './first-load-scripts.mjs';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** The text with the hint as its first line (unchanged if it has it already). */
export function withHint(text) {
  return text.startsWith(HINT) ? text : HINT + text;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Adds the hint to every first-load script of the export in `root`; returns the scripts and how many changed. */
export function markFirstLoad(root) {
  const scripts = [...new Set(htmlFiles(root).flatMap((file) => firstLoadScripts(readFileSync(file, 'utf8'))))].sort();
  let marked = 0;
  for (const src of scripts) {
    const file = join(root, src);
    const text = readFileSync(file, 'utf8');
    const hinted = withHint(text);
    if (hinted !== text) {
      writeFileSync(file, hinted);
      marked++;
    }
  }
  return { scripts, marked };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { scripts, marked } = markFirstLoad(values.out ?? 'out');
  console.log(`Compile hints: ${marked} of ${scripts.length} first-load scripts marked for eager compilation`);
}
