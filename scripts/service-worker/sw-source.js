/**
 * The app's service worker: after the first visit the planner and the guide open and work
 * offline. Nothing here talks to anyone but the app's own origin; it only keeps the app's own
 * files. Built into out/sw.js by scripts/service-worker/build.mjs, which prepends VERSION and
 * PRECACHE (the pages and every hashed script and stylesheet of this build).
 *
 * - Pages: network first (a new release shows at once when online), the cached copy offline.
 * - /_next/static/*: content-hashed, so cache first; anything fetched is kept.
 * - Fonts (the letter's, 2.9 MB): kept once used, not fetched ahead.
 * The user's case is in localStorage, never in these caches.
 */
/* global VERSION, PRECACHE */
const CACHE = `rnp-${VERSION}`;
const PAGES = { '/': '/index.html', '/guide': '/guide.html' };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rnp-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cached copy of a page: the file the static host serves for that path. */
function pageKey(url) {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return PAGES[path] ?? (path.endsWith('.html') ? path : `${path}.html`);
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    const fallback = await cache.match('/404.html');
    if (fallback) return fallback;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, pageKey(url)));
  } else if (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/fonts/')) {
    event.respondWith(cacheFirst(request));
  }
});
