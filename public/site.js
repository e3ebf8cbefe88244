/* CLAIR site script. The pages are complete prerendered HTML; this module adds what
   needs a script and no wasm, and starts the wasm only for pages that have islands.

   - Islands: every <leptos-island> is started by the wasm's `start_island`, one per
     task so no long task blocks the page. An island inside `[data-hydrate=interaction]`
     waits for the visitor's first pointer, focus or key inside it (or for a query
     string, which it must apply at once). `[data-needs]` names the content files the
     island reads; the wasm fetches them first.
   - Navigation: links to the site's own pages fetch the next prerendered page and swap
     <body> and the page's head tags, so the document (and `window`) stays; Back and
     Forward restore the page and its scroll; focus moves to the new <h1>. A failed
     fetch falls back to a full load.
   - A page prerendered for another route (a host answering every path with one file)
     is replaced by the right page, or by the not-found page.
   - The service worker, the offline notice, the update prompt and the language the
     visitor chose. */

const root = document.documentElement;
const base = document.querySelector('meta[name=clair-base]')?.content || '/';
const LANG_KEY = 'clair.lang';

/* The wasm bundle a page names (the site's, or the light one of pages whose island
   starts at once), each loaded once per visit, when an island first needs it. */
const bundles = new Map();
function loadWasm() {
  // What Leptos' hydration reads for data serialized into a page. Islands here read
  // their files instead, so the build writes none of it (and no inline script).
  for (const name of ['__RESOLVED_RESOURCES', '__SERIALIZED_ERRORS', '__PENDING_RESOURCES',
    '__RESOURCE_RESOLVERS', '__INCOMPLETE_CHUNKS']) window[name] ??= [];
  const files = document.querySelector('meta[name=clair-wasm]')?.content || '';
  if (!bundles.has(files)) {
    const [glue, binary] = files.split(' ');
    bundles.set(files, import(glue).then(async (mod) => {
      await mod.default({ module_or_path: binary });
      return mod;
    }));
  }
  return bundles.get(files);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether the visitor changed a form control from what the page was prerendered with. */
function changedByVisitor(control) {
  if (control.type === 'checkbox' || control.type === 'radio') return control.checked !== control.defaultChecked;
  if (control.tagName === 'SELECT') {
    // With no option marked `selected` in the HTML, the first one is the default.
    const index = [...control.options].findIndex((o) => o.defaultSelected);
    return control.selectedIndex !== Math.max(index, 0);
  }
  return control.value !== control.defaultValue;
}

/** What the visitor entered in `el` while it was static: given back to the island once
 *  it runs, as the input and change events it would have seen (its start-up may reset
 *  the controls to its own state). A choice made meanwhile updates what is given back,
 *  so the visitor's latest wins; text typed meanwhile is held (the start-up could
 *  otherwise empty the field under the typing and keep only the last keys) and applied
 *  to the visitor's own text. */
function entered(el) {
  const saved = new Map();
  const save = (control) => saved.set(control, { value: control.value, checked: control.checked });
  [...el.querySelectorAll('input, select, textarea')].filter(changedByVisitor).forEach(save);
  const track = (event) => {
    if (event.isTrusted && event.target.matches?.('input, select, textarea')) save(event.target);
  };
  // Typing goes into the visitor's own text, not into what the start-up left there,
  // at the visitor's selection in it.
  const selected = new Map();
  const select = ({ target: control }) => {
    if (control?.selectionStart != null) selected.set(control, [control.value, control.selectionStart, control.selectionEnd]);
  };
  if (el.contains(document.activeElement)) select({ target: document.activeElement });
  const hold = (event) => {
    const control = event.target;
    const textual = control.matches?.('input, textarea') && control.selectionStart !== null;
    if (!event.isTrusted || event.isComposing || !textual) return;
    const text = saved.get(control)?.value ?? control.value;
    const [shown, from, to] = selected.get(control) || [];
    const [start, end] = control.value === text
      ? [control.selectionStart, control.selectionEnd]
      : shown === text ? [from, to] : [text.length, text.length];
    const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    const next = edited(text, start, end, event.inputType, data);
    if (!next) return;
    event.preventDefault();
    control.value = next[0];
    control.setSelectionRange(next[1], next[1]);
    selected.delete(control);
    save(control);
  };
  el.addEventListener('input', track, true);
  el.addEventListener('change', track, true);
  el.addEventListener('beforeinput', hold, true);
  el.addEventListener('select', select, true);
  return () => {
    el.removeEventListener('select', select, true);
    el.removeEventListener('input', track, true);
    el.removeEventListener('change', track, true);
    el.removeEventListener('beforeinput', hold, true);
    for (const [control, { value, checked }] of saved) {
      if (!control.isConnected) continue;
      if (control.type === 'checkbox' || control.type === 'radio') {
        if (control.type === 'radio' && !checked) continue;
        control.checked = checked;
      } else {
        control.value = value;
        // The start-up's reset lost the visitor's selection in it: back where it was.
        const [shown, from, to] = selected.get(control) || [];
        if (shown === value && document.activeElement === control) control.setSelectionRange(from, to);
      }
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}

/** `text` after an edit of the selection `start`–`end`, with the caret after it; none
 *  for an edit this does not know (it then happens as the browser does it). */
function edited(text, start, end, type, data) {
  if (type.startsWith('insert')) return [text.slice(0, start) + data + text.slice(end), start + data.length];
  if (type === 'deleteContentBackward') {
    const from = start < end ? start : Math.max(0, start - 1);
    return [text.slice(0, from) + text.slice(end), from];
  }
  if (type === 'deleteContentForward') return [text.slice(0, start) + text.slice(start < end ? end : end + 1), start];
  return null;
}

function startIsland(el) {
  el.$$started ||= (async () => {
    const mod = await loadWasm();
    await nextTask();
    const needs = el.parentElement?.closest('[data-needs]')?.dataset.needs || '';
    // Called just before the island hydrates (also after a Retry): what the visitor
    // entered until then goes back to it once its own start-up (the URL's state,
    // stored ticks) has run.
    const before = () => {
      el.$$running = true;
      const giveBack = entered(el);
      setTimeout(() => {
        giveBack();
        forgetDrafts(el);
      }, 0);
    };
    await mod.start_island(el, mod[el.dataset.component], needs, before);
    await nextTask();
  })();
  return el.$$started;
}

/** Starts the islands under `scope`; resolves when the ones that start now have. */
async function startIslands(scope) {
  const islands = [...scope.querySelectorAll('leptos-island')]
    .filter((el) => !el.parentElement.closest('leptos-island'));
  const now = [];
  const restored = restoreDrafts(scope);
  for (const el of islands) {
    el.addEventListener('change', (event) => {
      if (el.$$running === undefined && event.isTrusted && choice(event.target)) draftChoice(event.target);
    }, true);
    const lazy = el.closest('[data-hydrate=interaction]');
    const under = el.parentElement.closest('[data-only-under]')?.dataset.onlyUnder;
    if (under !== undefined && !location.pathname.slice(base.length).replace(/^ja\//, '').startsWith(under)) continue;
    const query = location.search && !lazy?.hasAttribute('data-lazy-with-query');
    const drafted = restored && [...el.querySelectorAll('input')].some(changedByVisitor);
    if (lazy && !query && !drafted && !stored(lazy.dataset.unlessStored)) {
      wakeOnInteraction(lazy, el);
    } else {
      now.push(el);
    }
  }
  for (const el of now) {
    try {
      await startIsland(el);
    } catch (error) {
      console.error(error);
    }
  }
}

const WAKE_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'];

/** Starts `el` at the first pointer, focus or key inside `slot`. A form submitted
 *  before the island runs is submitted again once it does, to the island. */
function wakeOnInteraction(slot, el) {
  const wake = () => {
    for (const type of WAKE_EVENTS) slot.removeEventListener(type, wake, true);
    startIsland(el).catch((error) => console.error(error));
  };
  for (const type of WAKE_EVENTS) slot.addEventListener(type, wake, { capture: true, passive: true });
  // A plain button pressed before the island runs (show all steps, say) is pressed
  // again once it does; form controls come back through `entered`.
  slot.addEventListener('click', (event) => {
    const button = event.target.closest?.('button[type=button]');
    if (!button || !el.contains(button) || el.$$running !== undefined) return;
    el.$$started?.then(() => el.$$running && button.isConnected && button.click());
  }, true);
  slot.addEventListener('submit', (event) => {
    if (el.$$running || !el.contains(event.target)) return;
    event.preventDefault();
    const form = event.target;
    const submitter = event.submitter;
    wake();
    el.$$started.finally(() => {
      // Once: to the island when it runs, or as a plain GET when it could not start.
      const running = el.$$running;
      el.$$running = true;
      if (!form.isConnected) return;
      if (running) form.requestSubmit(submitter?.isConnected ? submitter : undefined);
      else form.submit();
    });
  }, true);
}

function stored(key) {
  try {
    return Boolean(key && localStorage.getItem(key));
  } catch {
    return false;
  }
}

/* Choices (ticks, radios) made in an island that has not run yet, kept for this tab
   until the island has them: a reload or a Back in the first moments brings them back
   to the page and starts the island, which then stores them its own way. Keyed by page
   path and control id; nothing here knows what the island stores. */
const DRAFT_KEY = 'clair.draft';

function drafts() {
  try {
    const all = JSON.parse(sessionStorage.getItem(DRAFT_KEY) || '{}');
    return all && typeof all === 'object' && !Array.isArray(all) ? all : {};
  } catch {
    return {};
  }
}

function saveDrafts(all) {
  try {
    if (Object.keys(all).length) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(all));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage refused (private mode, quota): the choice lives as long as the page.
  }
}

const choice = (control) => control.id && (control.type === 'checkbox' || control.type === 'radio');

/** Records a choice made before its island runs (or forgets one undone). */
function draftChoice(control) {
  const all = drafts();
  const page = (all[location.pathname] ||= {});
  if (changedByVisitor(control)) page[control.id] = control.checked;
  else delete page[control.id];
  if (!Object.keys(page).length) delete all[location.pathname];
  saveDrafts(all);
}

/** Puts this page's recorded choices back into `scope`'s controls; whether any was. */
function restoreDrafts(scope) {
  const page = drafts()[location.pathname] || {};
  let any = false;
  for (const [id, checked] of Object.entries(page)) {
    const control = scope.querySelector(`leptos-island #${CSS.escape(id)}`);
    if (control && choice(control) && typeof checked === 'boolean') {
      control.checked = checked;
      any = true;
    }
  }
  return any;
}

/** The island has the choices: they are no longer drafts. */
function forgetDrafts(el) {
  const all = drafts();
  const page = all[location.pathname];
  if (!page) return;
  for (const control of el.querySelectorAll('input')) delete page[control.id];
  if (!Object.keys(page).length) delete all[location.pathname];
  saveDrafts(all);
}

/* ---- Navigation ---- */

const HEAD_TAGS = 'title, meta[name=description], meta[name=clair-route], meta[name=clair-wasm], '
  + 'link[rel=canonical], '
  + 'link[rel=alternate], meta[property^="og:"], meta[name^="twitter:"], '
  + 'script[type="application/ld+json"]';

/** The site's own page behind a link, or nothing when the browser should follow it. */
function pageUrl(a) {
  if (!a || a.target || a.hasAttribute('download')) return null;
  if ((a.getAttribute('rel') || '').split(/\s+/).includes('external')) return null;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(base)) return null;
  const last = url.pathname.split('/').pop();
  if (last.includes('.') && !last.endsWith('.html')) return null;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return null;
  return url;
}

const slashed = (path) => (path.endsWith('/') || path.endsWith('.html') ? path : path + '/');
const parsePage = (html) => new DOMParser().parseFromString(html, 'text/html');
const routeOf = (doc) => doc.querySelector('meta[name=clair-route]')?.content;
const NOT_FOUND = base + '404.html';
/** The not-found page for `path`, in its language; card widgets have one of their own,
 *  without the site's header. */
const notFoundFor = (path) => {
  const lang = path === base + 'ja' || path.startsWith(base + 'ja/') ? 'ja/' : '';
  const widget = path.startsWith(`${base}${lang}embed/offices/`) ? 'embed/offices/' : '';
  return `${base}${lang}${widget}404.html`;
};

/** The prerendered page for `url`: its own file, or the not-found page when the host
 *  has none (a real 404, or another route's file from a host that answers every path
 *  with one). Throws when the network fails; `null` when nothing usable came back. */
async function fetchPage(url) {
  const get = (path) => fetch(path, { headers: { 'Islands-Router': 'true' } });
  const response = await get(url.pathname + url.search);
  const doc = parsePage(await response.text());
  const route = routeOf(doc);
  const wanted = notFoundFor(url.pathname);
  if (route && (route === slashed(url.pathname) || route === wanted)) return doc;
  const missing = await get(wanted);
  const notFound = parsePage(await missing.text());
  // Offline without that file, the site's own 404 page (every install keeps it).
  return [wanted, NOT_FOUND].includes(routeOf(notFound)) ? notFound : null;
}

let navigation = 0;

async function navigate(url, how) {
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
  if (how === 'pop' && history.state?.scroll) {
    scrollTo(0, history.state.scroll);
  } else if (url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)))) {
    document.getElementById(decodeURIComponent(url.hash.slice(1))).scrollIntoView();
  } else {
    scrollTo(0, 0);
  }
  document.getElementById('main-heading')?.focus({ preventScroll: true });
  await started(document.body);
}

/** Puts the page `next` in place of this one: its head tags, language and body. */
function swapIn(next) {
  for (const el of document.head.querySelectorAll(HEAD_TAGS)) el.remove();
  for (const el of next.head.querySelectorAll(HEAD_TAGS)) document.head.append(document.adoptNode(el));
  root.lang = next.documentElement.lang;
  document.body.replaceWith(document.adoptNode(next.body));
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
    || event.shiftKey || event.altKey) return;
  const a = event.target.closest?.('a[href]');
  if (a?.closest('.lang-switch')) rememberLang(a.hreflang);
  const url = pageUrl(a);
  if (!url) return;
  event.preventDefault();
  navigate(url, 'push');
});

// The header's search opens the search page with the words, without a reload.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !form.matches?.('form.site-search')) return;
  const url = new URL(form.action, location.href);
  const words = new FormData(form).get('q')?.toString().trim();
  if (words) url.search = `?q=${encodeURIComponent(words)}`;
  event.preventDefault();
  navigate(url, 'push');
});

// `/` goes to the search field from anywhere but another field.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
  const at = document.activeElement;
  if (at?.closest('input, textarea, select, [contenteditable]:not([contenteditable=false])')) return;
  const field = document.getElementById('search-q') || document.getElementById('site-q');
  if (!field) return;
  event.preventDefault();
  field.focus();
});

// Back and Forward between states of one page (a form's steps, an anchor) are the
// page's own: its islands follow the URL.
let shownPath = location.pathname;
addEventListener('popstate', () => {
  if (location.pathname !== shownPath) navigate(new URL(location.href), 'pop');
  else showVariants(document.body);
});

/* ---- Variants: what a page holds once per value of a URL parameter ---- */

/** `[data-variants=KEY]` holds a child per value of the URL's KEY (`data-variant`;
 *  empty for none): the URL's is shown, or the one for none when the page has no such
 *  variant; `select[data-variant-picker=KEY]` shows which. */
function showVariants(scope) {
  const params = new URLSearchParams(location.search);
  for (const box of scope.querySelectorAll('[data-variants]')) {
    const key = box.dataset.variants;
    const all = [...box.children].filter((el) => el.hasAttribute('data-variant'));
    const chosen = all.find((el) => el.dataset.variant === (params.get(key) || ''))
      || all.find((el) => el.dataset.variant === '');
    for (const el of all) el.hidden = el !== chosen;
    for (const select of scope.querySelectorAll(`select[data-variant-picker="${key}"]`)) {
      select.value = chosen?.dataset.variant || '';
    }
  }
}

/** A picked variant is a new history entry (Back returns to the one before). */
function pickVariant(select) {
  const url = new URL(location.href);
  const key = select.dataset.variantPicker;
  if (select.value) url.searchParams.set(key, select.value);
  else url.searchParams.delete(key);
  if (url.href !== location.href) history.pushState({}, '', url);
  showVariants(document.body);
}

document.addEventListener('change', (event) => {
  const select = event.target.closest?.('select[data-variant-picker]');
  if (select) pickVariant(select);
});

document.addEventListener('submit', (event) => {
  const select = event.target.querySelector?.('select[data-variant-picker]');
  if (!select || event.defaultPrevented) return;
  event.preventDefault();
  pickVariant(select);
});

/* ---- Language ---- */

function rememberLang(code) {
  try {
    localStorage.setItem(LANG_KEY, code);
  } catch {
    // Private browsing may refuse; the URL still carries the language.
  }
}

/** An English URL opened by a visitor who chose Japanese before (or, on a first visit,
 *  whose browser prefers it) becomes the Japanese page. A /ja/ URL never switches. */
function preferredPage() {
  const widget = ['embed/offices/', 'embed/jet-timeline/'].some((p) => location.pathname.startsWith(base + p));
  if (root.lang !== 'en' || widget) return null;
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    // Unreadable storage counts as no choice.
  }
  const browser = (navigator.languages || []).find((l) => /^(en|ja)\b/i.test(l)) || 'en';
  const wanted = stored === 'en' || stored === 'ja' ? stored : browser.slice(0, 2).toLowerCase();
  if (wanted !== 'ja') return null;
  const url = new URL(location.href);
  url.pathname = base + 'ja/' + url.pathname.slice(base.length);
  return url;
}

/* ---- The app's notices and the service worker ---- */

function notice(name, shown) {
  const el = document.querySelector(`.app-status [data-notice=${name}]`);
  if (el) el.hidden = !shown;
}

let updateReady = false;
/** The offline notice; and a page with `[data-connection]` parts (the not-found page)
 *  shows the part for the connection, titled by its `data-title`. */
const offline = () => {
  notice('offline', !navigator.onLine);
  const shown = navigator.onLine ? 'online' : 'offline';
  for (const el of document.querySelectorAll('[data-connection]')) {
    el.hidden = el.dataset.connection !== shown;
    // The shown part's heading is the page's main one (focused after a navigation).
    const heading = el.querySelector('h1');
    if (el.hidden) heading?.removeAttribute('id');
    else heading?.setAttribute('id', 'main-heading');
    if (!el.hidden && el.dataset.title) document.title = document.title.replace(/^[^—]*—/, `${el.dataset.title} —`);
  }
};
addEventListener('online', offline);
addEventListener('offline', offline);

document.addEventListener('click', (event) => {
  if (event.target.closest?.('.app-status [data-action=reload]')) applyUpdate();
});

function ours(container) {
  return container.controller?.scriptURL === new URL(base + 'sw.js', location.origin).href;
}

async function registerWorker() {
  const container = navigator.serviceWorker;
  if (!container) return;
  const ready = () => {
    updateReady = true;
    notice('update', true);
  };
  if (ours(container)) container.addEventListener('controllerchange', ready);
  let registration;
  try {
    registration = await container.register(base + 'sw.js', { scope: base });
  } catch {
    return;
  }
  // Browsers (and test runners) that block service workers may answer with nothing.
  if (!registration) return;
  if (registration.waiting && ours(container)) ready();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && ours(container)) ready();
    });
  });
  setInterval(() => registration.update().catch(() => undefined), 60 * 60 * 1000);
}

async function applyUpdate() {
  const container = navigator.serviceWorker;
  if (!container) return location.reload();
  container.addEventListener('controllerchange', () => location.reload());
  const registration = await container.getRegistration();
  if (registration?.waiting) registration.waiting.postMessage('clair:skip-waiting');
  else location.reload();
}

/* ---- Small things a page does without wasm ---- */

document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('button[data-copy]');
  if (!button) return;
  const status = button.nextElementSibling?.matches('.copy-status') ? button.nextElementSibling : null;
  let copied = false;
  try {
    await navigator.clipboard.writeText(button.dataset.copy);
    copied = true;
  } catch {
    // Refused (no permission, insecure context): say so.
  }
  if (status) status.textContent = copied ? status.dataset.copied : status.dataset.failed;
});

/** An office's local time, and whether it is a weekday 9:00–16:59 there. */
function showClocks() {
  const now = new Date();
  for (const el of document.querySelectorAll('[data-clock-zone]')) {
    try {
      const timeZone = el.dataset.clockZone;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23',
      }).formatToParts(now);
      const part = (type) => parts.find((p) => p.type === type)?.value;
      const hour = Number(part('hour'));
      const open = !['Sat', 'Sun'].includes(part('weekday')) && hour >= 9 && hour < 17;
      // The 24-hour clock in both languages, like the office hours beside it; day and
      // time apart, since Japanese formatting puts the day in half-width brackets.
      const format = (options) => new Intl.DateTimeFormat(root.lang, { timeZone, ...options }).format(now);
      const time = `${format({ weekday: 'long' })} ${format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
      const stop = root.lang === 'ja' ? '。' : '. ';
      el.textContent = `${time}${stop}${open ? el.dataset.open : el.dataset.closed}`;
    } catch {
      // An unknown zone keeps the dash.
    }
  }
}
setInterval(showClocks, 30 * 1000);

/** Whether `day` (YYYY-MM-DD) is in one of `spans` ("from/until …", either end open). */
function onDay(spans, day) {
  return spans.split(/\s+/).some((span) => {
    const [from, until] = span.split('/');
    return (!from || from <= day) && (!until || day <= until);
  });
}

/** What depends on the day, on the visitor's clock (pages are prerendered without one):
 *  `[data-dated]` shows its line whose `data-on` holds today, else its line without
 *  `data-on` (true on any day); `[data-shown-on]` shows on its days only;
 *  `[data-current-on]` is the current step on its days; `[data-days-to]` counts the
 *  days left until its date. */
function showDated() {
  const now = new Date();
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const today = iso(now);
  for (const box of document.querySelectorAll('[data-dated]')) {
    const lines = [...box.children];
    const chosen =
      lines.find((line) => line.dataset.on && onDay(line.dataset.on, today)) ?? lines.find((line) => !line.dataset.on);
    for (const line of lines) line.classList.toggle('variant-hidden', line !== chosen);
  }
  for (const el of document.querySelectorAll('[data-shown-on]')) el.hidden = !onDay(el.dataset.shownOn, today);
  for (const el of document.querySelectorAll('[data-current-on]')) {
    if (onDay(el.dataset.currentOn, today)) el.setAttribute('aria-current', 'step');
    else el.removeAttribute('aria-current');
  }
  const midnight = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  for (const el of document.querySelectorAll('[data-days-to]')) {
    const [y, m, d] = el.dataset.daysTo.split('-').map(Number);
    el.textContent = String(Math.round((Date.UTC(y, m - 1, d) - midnight) / 86400000));
  }
}

/* ---- Widgets ---- */

/** A widget's options that change its content, applied to the prerendered page: the
 *  asked language's file in place of this one (`widget-gate.js` chose it), then the
 *  finder's presets. `site.js` then shows the widget (and picks its variant). */
async function prepareWidget() {
  const lang = root.dataset.widgetLang;
  if (lang && lang !== root.lang) {
    const url = new URL(location.href);
    const rest = url.pathname.slice(base.length).replace(/^ja\//, '');
    url.pathname = base + (lang === 'ja' ? 'ja/' : '') + rest;
    try {
      const next = await fetchPage(url);
      if (next) swapIn(next);
    } catch {
      // Offline with no copy: the widget stays in this file's language.
    }
  }
  filterOffices(document.body);
}

/** The finder's presets (`?kind=`, `region`, `country`) on its prerendered list, as the
 *  island's `Query` does: the offices of that kind, in that region, in or covering that
 *  country; a region or country the data does not know is dropped. */
function filterOffices(scope) {
  const list = scope.querySelector('.office-list[data-regions]');
  if (!list) return;
  // The last of a repeated key counts, as in `Options::from_pairs`.
  const params = new URLSearchParams(location.search);
  const asked = (key, known) => {
    const value = params.getAll(key).at(-1);
    return list.dataset[known].split(' ').includes(value) ? value : null;
  };
  const kind = asked('kind', 'kinds');
  const region = asked('region', 'regions');
  const country = asked('country', 'countries');
  for (const item of [...list.children]) {
    const fits = (!kind || item.dataset.kind === kind)
      && (!region || item.dataset.region === region)
      && (!country || item.dataset.countries.split(' ').includes(country));
    if (!fits) item.remove();
  }
  const count = scope.querySelector('.results-count[data-many]');
  if (count) {
    const n = list.children.length;
    const text = n === 0 ? count.dataset.none : n === 1 ? count.dataset.one : count.dataset.many.replace('{n}', n);
    // The text node itself: the island hydrates the markers beside it.
    const node = [...count.childNodes].find((c) => c.nodeType === Node.TEXT_NODE);
    if (node) node.data = text;
  }
}

/** The widget's height, to the framing page whenever it changes, so the frame fits. A
 *  widget listens to no messages at all, so a framing page cannot steer it. */
const heights = typeof ResizeObserver === 'function' && parent !== window
  ? new ResizeObserver(([entry]) => {
    const height = Math.ceil(entry.target.getBoundingClientRect().height);
    parent.postMessage({ type: 'clair-widget:height', height }, '*');
  })
  : null;

/* ---- Start ---- */

/** Shows this document's notices and starts its islands; marks `<html data-ready>`. */
async function started(scope) {
  offline();
  showClocks();
  showVariants(scope);
  showDated();
  const widget = scope.querySelector('.widget');
  if (widget) {
    heights?.disconnect();
    heights?.observe(widget);
    root.classList.remove('widget-pending');
  }
  notice('update', updateReady);
  await startIslands(scope);
  root.dataset.ready = '';
}

async function start() {
  const preferred = preferredPage();
  const route = routeOf(document);
  if (preferred) {
    await navigate(preferred, 'replace');
  } else if (route && route !== slashed(location.pathname) && route !== notFoundFor(location.pathname)) {
    // A host answered this address with another page's file (or the site's 404 page
    // for a widget's address).
    await navigate(new URL(location.href), 'replace');
  } else {
    if (root.dataset.widgetLang) await prepareWidget();
    await started(document.body);
  }
  registerWorker();
}

start();
