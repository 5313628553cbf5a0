#!/usr/bin/env node
/**
 * Serves the static export (`out/`) on 127.0.0.1. The app needs no server of
 * its own; this exists so `npm start` and the browser tests run the real build
 * without extra dependencies.
 *
 * Every response carries the headers in `out/_headers` (Content-Security-Policy with
 * the pages' inline-script hashes, Referrer-Policy, Permissions-Policy…), written after
 * the build by scripts/security-headers.mjs: the same file Netlify or Cloudflare Pages
 * read, so the browser tests check exactly what a static host would send.
 *
 * Usage: node scripts/serve-static.mjs [--port 3000] [--host 127.0.0.1] [--dir out] [--pretty-urls]
 * (PORT and HOST in the environment work too.) --pretty-urls redirects `/x.html` to `/x` (308), as
 * Cloudflare Pages and Netlify do, for the service worker's test (tests/browser/offline.spec.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './security-headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    dir: { type: 'string' },
    'pretty-urls': { type: 'boolean' },
  },
});
const prettyUrls = values['pretty-urls'] === true;

const port = Number(values.port ?? process.env.PORT ?? 3000);
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const root = resolve(values.dir ?? 'out');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No static build in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const headersPath = join(root, '_headers');
if (!existsSync(headersPath)) {
  console.error(`No ${headersPath}: build with "npm run build" (its postbuild step writes the security headers).`);
  process.exit(1);
}
const headerRules = parseHeadersFile(readFileSync(headersPath, 'utf8'));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Text is sent gzipped, as any static host or CDN does (the Lighthouse run measures the real thing). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;
const compressed = new Map();

/** The file gzipped, computed once per file and version (the build is immutable while served). */
function gzipped(path) {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}:${mtimeMs}:${size}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(readFileSync(path), { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file in `root`, the way static hosts treat a Next export. */
function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = normalize(join(root, decoded));
  // Never serve anything outside the build directory.
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates = decoded.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  // The headers file is for the server, not for visitors.
  return candidates.find((path) => path !== headersPath && isFile(path)) ?? null;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    ...headersFor(headerRules, pathname),
  };
  if (prettyUrls && pathname.endsWith('.html')) {
    const pretty = pathname === '/index.html' ? '/' : pathname.slice(0, -'.html'.length);
    res.writeHead(308, { ...headers, Location: pretty }).end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveFile(pathname);
  const notFound = join(root, '404.html');
  const status = file ? 200 : 404;
  const path = file ?? (isFile(notFound) ? notFound : null);
  if (!path) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = types[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipped(path) : undefined;
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': body?.length ?? statSync(path).size,
    ...(COMPRESSIBLE.test(type) && { Vary: 'Accept-Encoding' }),
    ...(body && { 'Content-Encoding': 'gzip' }),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (body) res.end(body);
  else createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
