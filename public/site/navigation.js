// @ts-check
/* Client-side navigation: links to the site's own pages fetch the next prerendered page
   and swap <body> and the page's head tags, so the document (and `window`) stays; Back
   and Forward restore the page and its scroll; focus moves to the new <h1>. A failed
   fetch falls back to a full load. */
import { LANGS, ROUTES, codeOfTag, localize, notFoundFor, slashed } from './rules.js';
import { base, root, routeOf, targetOf } from './page.js';
import { started } from './started.js';
import { offline } from './offline.js';
import { showVariants } from './variants.js';
import { html } from './trusted.js';

const HEAD_TAGS = 'title, meta[name=description], meta[name=clair-route], meta[name=clair-wasm], '
  + 'link[rel=canonical], '
  + 'link[rel=alternate], meta[property^="og:"], meta[name^="twitter:"], '
  + 'script[type="application/ld+json"], script#clair-ui';

/** The site's own page behind a link, or nothing when the browser should follow it. */
function pageUrl(/** @type {HTMLAnchorElement | null} */ a) {
  if (!a || a.target || a.hasAttribute('download')) return null;
  if ((a.getAttribute('rel') || '').split(/\s+/).includes('external')) return null;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(base)) return null;
  const last = url.pathname.split('/').pop() || '';
  if (last.includes('.') && !last.endsWith('.html')) return null;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return null;
  return url;
}

const parsePage = (/** @type {string} */ text) =>
  /** @type {Document} */ (new DOMParser().parseFromString(html(text), 'text/html'));

/** The prerendered page for `url`: its own file, or the not-found page when the host
 *  has none (a real 404, or another route's file from a host that answers every path
 *  with one). Throws when the network fails; `null` when nothing usable came back. */
export async function fetchPage(/** @type {URL} */ url) {
  const get = (/** @type {string} */ path) => fetch(path, { headers: { 'Islands-Router': 'true' } });
  const response = await get(url.pathname + url.search);
  const doc = parsePage(await response.text());
  const route = routeOf(doc);
  const wanted = notFoundFor(url.pathname, base);
  if (route && (route === slashed(url.pathname) || route === wanted)) return doc;
  const missing = await get(wanted);
  const notFound = parsePage(await missing.text());
  // Offline without that file, the site's own 404 page (every install keeps it).
  const route404 = routeOf(notFound);
  return route404 === wanted || route404 === base + ROUTES.siteNotFound ? notFound : null;
}

let navigation = 0;
let shownPath = location.pathname;

/** Shows the page at `url`: `push` a new history entry, `replace` this one, or `pop`
 *  (Back or Forward already moved). */
export async function navigate(/** @type {URL} */ url, /** @type {'push' | 'replace' | 'pop'} */ how) {
  const current = ++navigation;
  // Islands write what they hold back (a search's address) before the page goes.
  dispatchEvent(new Event('clair:leave'));
  let next;
  try {
    next = await fetchPage(url);
  } catch {
    next = null;
  }
  if (current !== navigation) return;
  if (!next) {
    location.assign(url);
    return;
  }
  if (how === 'push') {
    history.replaceState({ scroll: scrollY }, '');
    history.pushState({}, '', url);
  } else if (how === 'replace') {
    history.replaceState(history.state, '', url);
  }
  swapIn(next);
  offline();
  shownPath = location.pathname;
  const anchor = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (how === 'pop' && history.state?.scroll) scrollTo(0, history.state.scroll);
  else if (anchor) anchor.scrollIntoView();
  else scrollTo(0, 0);
  document.getElementById('main-heading')?.focus({ preventScroll: true });
  await started(document.body);
}

/** Puts the page `next` in place of this one: its head tags, language and body. */
export function swapIn(/** @type {Document} */ next) {
  for (const el of document.head.querySelectorAll(HEAD_TAGS)) el.remove();
  for (const el of next.head.querySelectorAll(HEAD_TAGS)) document.head.append(document.adoptNode(el));
  root.lang = next.documentElement.lang;
  document.body.replaceWith(document.adoptNode(next.body));
}

/** The same page in the visitor's language, when the visitor chose another one before
 *  (or, on a first visit, the browser prefers one); the URL's own otherwise. */
export function languageUrl(/** @type {string} */ wanted) {
  const url = new URL(location.href);
  url.pathname = localize(url.pathname, wanted, base);
  return url;
}

/** Remembers the language a visitor picked in the switch. */
function rememberLang(/** @type {string} */ code) {
  try {
    localStorage.setItem(LANGS.storage.lang, code);
  } catch {
    // Private browsing may refuse; the URL still carries the language.
  }
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
    || event.shiftKey || event.altKey) return;
  const a = /** @type {HTMLAnchorElement | null} */ (targetOf(event)?.closest('a[href]') ?? null);
  if (a?.closest('.lang-switch')) rememberLang(codeOfTag(a.hreflang));
  const url = pageUrl(a);
  if (!url) return;
  event.preventDefault();
  navigate(url, 'push');
});

// The header's search opens the search page with the words, without a reload.
document.addEventListener('submit', (event) => {
  const form = targetOf(event);
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.matches('form.site-search')) return;
  const url = new URL(form.action, location.href);
  const words = new FormData(form).get('q')?.toString().trim();
  if (words) url.search = `?q=${encodeURIComponent(words)}`;
  event.preventDefault();
  navigate(url, 'push');
});

// `/` goes to the search field from anywhere but another field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
  if (document.activeElement?.closest('input, textarea, select, [contenteditable]:not([contenteditable=false])')) return;
  const field = document.getElementById('search-q') || document.getElementById('site-q');
  if (!field) return;
  event.preventDefault();
  field.focus();
});

// Back and Forward between states of one page (a form's steps, an anchor) are the
// page's own: its islands follow the URL.
addEventListener('popstate', () => {
  if (location.pathname !== shownPath) navigate(new URL(location.href), 'pop');
  else showVariants(document.body);
});
