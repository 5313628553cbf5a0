#!/usr/bin/env node
/**
 * Postbuild: the security headers of the static export, for every host.
 *
 * Next's App Router inlines a few small `<script>` tags in each exported page (the Turbopack
 * bootstrap `_R_` and the `self.__next_f.push(…)` payload). Rather than allow inline scripts, this
 * hashes each one (sha256) and lists the hashes in the Content-Security-Policy, then writes:
 *   - `out/_headers`: every header for every path, in the format Netlify and Cloudflare Pages
 *     read; scripts/serve-static.mjs (`npm start`, the browser tests) reads the same file, so what
 *     the tests check is what a static host ships;
 *   - a `<meta http-equiv="Content-Security-Policy">` in each page with that page's own hashes, so
 *     a host that cannot set headers (GitHub Pages, a plain file share) still enforces the policy.
 *     (`frame-ancestors` is ignored in a meta tag; only the header can forbid framing.)
 *
 * Usage: node scripts/security-headers.mjs [--dir out]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** Inline `<script>` bodies (no `src`) of an HTML page, exactly as the browser hashes them. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy. Each allowance beyond 'self' has a reason:
 * - script-src 'wasm-unsafe-eval': the PDF renderer lays out the letter with yoga (WebAssembly).
 *   It permits compiling WebAssembly only; JavaScript eval and `new Function` stay blocked.
 * - style-src-attr 'unsafe-inline': React renders `style` attributes (the letter preview, charts,
 *   bars). An attribute cannot run script, and with img-src, font-src and connect-src limited to
 *   the app's own origin a style cannot send anything elsewhere. `<style>` elements stay limited to 'self'.
 * - img-src data: blob:: small inline images (SVG data URLs) and the PDF preview blob.
 * - connect-src data:: the PDF layout engine's WebAssembly ships inside its script as a data: URL
 *   and is read with fetch(). A data: URL is in the page already: nothing leaves the device.
 */
export function contentSecurityPolicy(hashes, { meta = false } = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    "style-src 'self'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Ignored (with a console warning) in a meta tag: only the header can refuse framing.
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

/** Browser features the app never uses, denied to the page and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers every response carries, given the CSP. */
export function securityHeaders(csp) {
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** `out/_headers` in the Netlify / Cloudflare Pages format. */
export function headersFile(headers) {
  const lines = ['# Written by scripts/security-headers.mjs after `next build`; do not edit.', '/*'];
  for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
  lines.push('/_next/static/*', '  Cache-Control: public, max-age=31536000, immutable');
  // The service worker must be checked for a new version on every visit.
  lines.push('/sw.js', '  Cache-Control: no-cache');
  return `${lines.join('\n')}\n`;
}

/**
 * Reads `_headers`: a path pattern on its own line, then indented `Name: value` lines.
 * @returns {Array<{ pattern: string, headers: Record<string, string> }>}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return rules;
}

/** The headers `_headers` gives a URL path (`*` matches anything; later rules add to earlier). */
export function headersFor(rules, pathname) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (re.test(pathname)) Object.assign(out, headers);
  }
  return out;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

/** Hashes every page's inline scripts, puts the meta policy in each page, writes `_headers`. */
export function writeSecurityHeaders(dir) {
  const all = [];
  const pages = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8').replace(META, '');
    const hashes = inlineScripts(html).map(sha256);
    all.push(...hashes);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, { meta: true })}"/>`;
    // Right after the charset, before any script or stylesheet.
    const at = html.search(/<meta charSet="utf-8"\/>/i);
    if (at < 0) throw new Error(`${file}: no <meta charSet="utf-8"/> to put the policy after`);
    const end = at + '<meta charSet="utf-8"/>'.length;
    writeFileSync(file, html.slice(0, end) + meta + html.slice(end));
    pages.push(`${relative(dir, file).split(sep).join('/')} (${hashes.length} inline scripts)`);
  }
  const csp = contentSecurityPolicy(all);
  writeFileSync(join(dir, '_headers'), headersFile(securityHeaders(csp)));
  return { pages, hashes: new Set(all).size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const dir = values.dir ?? 'out';
  const { pages, hashes } = writeSecurityHeaders(dir);
  console.log(`Security headers: ${hashes} inline script hashes from ${pages.length} pages → ${dir}/_headers and a meta policy in each page`);
  for (const p of pages) console.log(`  ${p}`);
}
