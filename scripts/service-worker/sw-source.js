/**
 * The app's service worker: after the first visit the planner and the guide open and work
 * offline. Nothing here talks to anyone but the app's own origin; it only keeps the app's own
 * files. Built into out/sw.js by scripts/service-worker/build.mjs, which prepends VERSION and
 * PRECACHE (the pages and every hashed script and stylesheet of this build).
 *
 * - Pages (/ and /guide): network first, so a new release shows at once online; the kept copy
 *   offline. Other navigations are left to the browser.
 * - /_next/static/*: content-hashed, so cache first; a file fetched later (a build's chunk not
 *   kept at install) is kept too.
 * - /fonts/* (the letter's font, 2.9 MB): kept once used, not fetched ahead; served from the
 *   cache and refreshed behind it, since its name does not change between releases.
 * A new version waits until no tab runs the old one (no skipWaiting): a page never mixes the
 * files of two builds. Fonts live in their own cache, kept across versions.
 * The user's case is in localStorage, never in these caches.
 */
/* global VERSION, PRECACHE */
const BUILD = `rnp-build-${VERSION}`;
const ASSETS = 'rnp-assets';
const PAGES = new Set(['/', '/guide']);

/** A response as it can be kept: a host's redirect (/guide.html → /guide) is not kept as one. */
async function keepable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precache() {
  const cache = await caches.open(BUILD);
  await Promise.all(PRECACHE.map(async (url) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`service worker: ${url} answered ${response.status}`);
    await cache.put(url, await keepable(response));
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('rnp-build-') && k !== BUILD).map((k) => caches.delete(k)))));
});

/** Keeps a copy behind the response: a full disk must not turn a good answer into an error. */
function keep(event, cacheName, key, response) {
  if (!response.ok) return;
  const copy = response.clone();
  event.waitUntil(caches.open(cacheName).then(async (cache) => cache.put(key, await keepable(copy))).catch(() => {}));
}

async function page(event, path) {
  try {
    const response = await fetch(event.request);
    keep(event, BUILD, path, response);
    return response;
  } catch (error) {
    const cached = (await caches.match(path, { cacheName: BUILD })) ?? (await caches.match('/404.html', { cacheName: BUILD }));
    if (cached) return cached;
    throw error;
  }
}

async function hashedFile(event) {
  const cached = await caches.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  keep(event, BUILD, event.request, response);
  return response;
}

async function font(event) {
  const cached = await caches.match(event.request, { cacheName: ASSETS });
  const fresh = fetch(event.request).then((response) => {
    keep(event, ASSETS, event.request, response);
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => {})); // refreshed behind the kept copy
  return cached;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname.replace(/(.)\/+$/, '$1');
  if (request.mode === 'navigate') {
    if (PAGES.has(path)) event.respondWith(page(event, path));
  } else if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(hashedFile(event));
  } else if (url.pathname.startsWith('/fonts/')) {
    event.respondWith(font(event));
  }
});
