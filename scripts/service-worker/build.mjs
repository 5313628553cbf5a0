#!/usr/bin/env node
/**
 * Postbuild: writes out/sw.js, the service worker (scripts/service-worker/sw-source.js) with this
 * build's precache list: the two pages by the paths users open (/ and /guide, whatever file the
 * host serves for them), the not-found page, the icon, and every script and stylesheet under
 * /_next/static (all content-hashed). VERSION is a hash of that list and of the
 * worker's source, so a new build installs a fresh cache and drops the old one.
 *
 * Usage: node scripts/service-worker/build.mjs [--dir out]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const source = readFileSync(fileURLToPath(new URL('./sw-source.js', import.meta.url)), 'utf8');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URLs to keep at install, in a stable order. */
export function precacheList(outDir) {
  const statics = walk(join(outDir, '_next', 'static'))
    .filter((path) => /\.(js|css)$/.test(path))
    .map((path) => `/${relative(outDir, path).split(sep).join('/')}`);
  return ['/', '/guide', '/404.html', '/favicon.svg', ...statics.sort()];
}

export function buildServiceWorker(outDir) {
  const precache = precacheList(outDir);
  const version = createHash('sha256').update(JSON.stringify(precache)).update(source).digest('hex').slice(0, 16);
  const text = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${source}`;
  writeFileSync(join(outDir, 'sw.js'), text);
  return { version, precache };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const { version, precache } = buildServiceWorker(values.dir ?? 'out');
  console.log(`Service worker: out/sw.js, version ${version}, ${precache.length} files kept for offline use.`);
}
