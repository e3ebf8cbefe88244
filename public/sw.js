/* CLAIR service worker. The build (src/bin/prerender.rs) fills in VERSION, a hash of
   everything listed, and PRECACHE, the URLs to cache on install: the wasm, JS and CSS
   with their hashed names, every content file, the icons, the main pages in both
   languages, the 404 page and the app shell.

   - Pages (navigations, and the site's own page fetches for client-side navigation,
     which carry an `Islands-Router` header): from the cache, then the network. Every
     prerendered page is precached, so all of them open offline after one visit;
     offline, an address with no page gets the not-found page.
   - Content files (data/): stale-while-revalidate.
   - Everything else in scope: cache first.
   A new version installs in the background and waits: the page offers a reload, and
   only then does the new worker take over, so a page never mixes two versions. */
const VERSION = 'dev';
const PRECACHE = [];
const SCOPE = new URL(self.registration.scope).pathname;
// Named by scope too: two deployments on one origin (`/` and `/clair/`) keep their own.
const PREFIX = 'clair:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const NOT_FOUND = SCOPE + '404.html';

self.addEventListener('install', (event) => {
  // `reload`: hosts that let browsers keep HTML for a while must not hand the new
  // version an old page that names assets the server no longer has.
  const fresh = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
      .map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'clair:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === 'navigate' || request.headers.has('Islands-Router')) {
    event.respondWith(page(request, url));
  } else if (url.pathname.startsWith(SCOPE + 'data/')) {
    event.respondWith(staleWhileRevalidate(event, request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

/** `/jet/apply` and `/jet/apply/` are one page; the query never changes the file. */
function pageKey(url) {
  const path = url.pathname;
  return path.endsWith('/') || path.endsWith('.html') ? path : path + '/';
}

async function page(request, url) {
  const cache = await caches.open(CACHE);
  const key = pageKey(url);
  const cached = await cache.match(key);
  if (cached) return asPage(cached);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(key, response.clone());
    return response;
  } catch (error) {
    const missing = await cache.match(NOT_FOUND);
    return missing ? asPage(missing, 404) : Response.error();
  }
}

/** A stored response as a fresh page: a navigation refuses one that came through a
 *  redirect (hosts that drop `.html`). */
async function asPage(response, status = 200) {
  if (!response.redirected && status === 200) return response;
  return new Response(await response.blob(), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

async function staleWhileRevalidate(event, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  return fresh;
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached || fetch(request);
}
