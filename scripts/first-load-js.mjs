#!/usr/bin/env node
/**
 * First-load JavaScript of the planner page (issue 4 budget: ≤ 200 KB gzipped).
 * Next 16 no longer prints per-route sizes, so this reads the static export: every script the
 * page's HTML loads (`<script src>`, and `<link rel="preload" as="script">`), gzipped at level 9
 * and added up. `noModule` polyfills are left out: modern browsers never download them. Chunks
 * that the page loads later (the engine right after start, the letter and PDF tools on demand)
 * are listed apart.
 *
 * Usage: node scripts/first-load-js.mjs [--page out/index.html] [--budget 200]
 * Exit code 1 when the first load is over budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { firstLoadScripts } from './first-load-scripts.mjs';

const { values } = parseArgs({ options: { page: { type: 'string' }, budget: { type: 'string' } } });
const page = values.page ?? 'out/index.html';
const budgetKb = Number(values.budget ?? 200);
const root = 'out';

let html;
try {
  html = readFileSync(page, 'utf8');
} catch {
  console.error(`No ${page}: run "npm run build" first.`);
  process.exit(2);
}

const firstLoad = new Set(firstLoadScripts(html));

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const rows = [...firstLoad].map((src) => ({ src, bytes: gz(join(root, src)) })).sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((s, r) => s + r.bytes, 0);

const chunkDir = join(root, '_next/static/chunks');
const later = readdirSync(chunkDir)
  .filter((f) => f.endsWith('.js') && !firstLoad.has(`/_next/static/chunks/${f}`))
  .map((f) => ({ src: f, bytes: gz(join(chunkDir, f)) }));
const laterTotal = later.reduce((s, r) => s + r.bytes, 0);

console.log(`First-load JS of ${page} (gzip -9):`);
for (const r of rows) console.log(`  ${kb(r.bytes).padStart(9)}  ${r.src}`);
const verdict = total <= budgetKb * 1000 ? 'within budget' : 'OVER BUDGET';
console.log(`First-load JS total: ${kb(total)} (${(total / 1024).toFixed(1)} KiB), budget ${budgetKb} KB: ${verdict}`);
console.log(`Loaded later or on demand (engine, letter, PDF, other routes): ${later.length} chunks, ${kb(laterTotal)} gzipped`);
process.exit(total <= budgetKb * 1000 ? 0 : 1);
