// @ts-check
/* CLAIR service worker. The build (src/bin/prerender/main.rs) fills in VERSION, a
   hash of everything listed; PRECACHE, the URLs every install caches: the wasm, JS and
   CSS with their hashed names, the maps' data, the icons and the 404 page; and PAGES,
   by language, every prerendered page with that language's copies of the content
   files and its search index.

   - Pages of the languages a visitor reads are cached whole: those of the open pages'
     language on install (and of any language an earlier version kept), another
     language's from the first page read in it. So after one visit every page of the
     visitor's language opens offline, and a first visit costs one language, not all.
   - Pages (navigations, and the site's own page fetches for client-side navigation,
     which carry an `Islands-Router` header): from the cache, then the network;
     offline, an address with no page gets the not-found page.
   - Content files (data/): stale-while-revalidate.
   - Everything else in scope: cache first.
   A new version installs in the background and waits: the page offers a reload, and
   only then does the new worker take over, so a page never mixes two versions. */
const VERSION = 'dev';
/** @type {string[]} */
const PRECACHE = [];
/** @type {Record<string, string[]>} */
const PAGES = {};
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const SCOPE = new URL(worker.registration.scope).pathname;
// Named by scope too: two deployments on one origin (`/` and `/clair/`) keep their own.
const PREFIX = 'clair:' + SCOPE + ':';
const CACHE = PREFIX + VERSION;
const NOT_FOUND = SCOPE + '404.html';

/** `reload`: hosts that let browsers keep HTML for a while must not hand the new
 *  version an old page that names assets the server no longer has. */
const fresh = (/** @type {string[]} */ urls) => urls.map((url) => new Request(url, { cache: 'reload' }));

worker.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const langs = await readLangs();
    const cache = await caches.open(CACHE);
    await cache.addAll(fresh(PRECACHE.concat(...langs.map((lang) => PAGES[lang]))));
    await Promise.all(langs.map((lang) => cache.put(kept(lang), new Response(''))));
  })());
});

/** A page's language: the path's first segment when it names one, else the site's
 *  unprefixed language (the one whose pages include the home page). */
const HOME_LANG = Object.keys(PAGES).find((lang) => PAGES[lang].includes(SCOPE)) ?? '';
function langOf(/** @type {string} */ path) {
  const first = path.slice(SCOPE.length).split('/')[0];
  return first in PAGES ? first : HOME_LANG;
}

/** Marks a language as cached whole in a cache. */
const kept = (/** @type {string} */ lang) => SCOPE + '.offline-' + lang;

/** The languages to cache: those of the open pages, and those an earlier version kept;
 *  both when neither says (an install with no page open). */
async function readLangs() {
  const langs = new Set();
  const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) langs.add(langOf(new URL(client.url).pathname));
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const old = await caches.open(key);
    for (const lang of Object.keys(PAGES)) if (await old.match(kept(lang))) langs.add(lang);
  }
  return langs.size ? [...langs].filter((lang) => lang in PAGES) : Object.keys(PAGES);
}

/** Caches every page of `lang` once, the first time a page in it is read. */
/** @type {Map<string, Promise<unknown>>} */
const keeping = new Map();
function keepLang(/** @type {string} */ lang) {
  if (!(lang in PAGES)) return Promise.resolve();
  if (!keeping.has(lang)) {
    keeping.set(lang, (async () => {
      const cache = await caches.open(CACHE);
      if (await cache.match(kept(lang))) return;
      await cache.addAll(fresh(PAGES[lang]));
      await cache.put(kept(lang), new Response(''));
    })().catch(() => keeping.delete(lang)));
  }
  return keeping.get(lang) ?? Promise.resolve();
}

worker.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys
      .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
      .map((key) => caches.delete(key)));
    await worker.clients.claim();
  })());
});

worker.addEventListener('message', (event) => {
  if (event.data === 'clair:skip-waiting') worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === 'navigate' || request.headers.has('Islands-Router')) {
    event.respondWith(page(request, url));
    event.waitUntil(keepLang(langOf(pageKey(url))));
  } else if (url.pathname.startsWith(SCOPE + 'data/')) {
    event.respondWith(staleWhileRevalidate(event, request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

/** `/jet/apply` and `/jet/apply/` are one page; the query never changes the file. */
function pageKey(/** @type {URL} */ url) {
  const path = url.pathname;
  return path.endsWith('/') || path.endsWith('.html') ? path : path + '/';
}

async function page(/** @type {Request} */ request, /** @type {URL} */ url) {
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
async function asPage(/** @type {Response} */ response, status = 200) {
  if (!response.redirected && status === 200) return response;
  return new Response(await response.blob(), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

async function staleWhileRevalidate(/** @type {FetchEvent} */ event, /** @type {Request} */ request) {
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

async function cacheFirst(/** @type {Request} */ request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached || fetch(request);
}
