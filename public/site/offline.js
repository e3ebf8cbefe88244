// @ts-check
/* The app's notices (offline, update ready) and the service worker. A new version
   installs in the background; the page offers a reload, and only then does it take
   over. */
import { retitled } from './rules.js';
import { base, targetOf } from './page.js';
import { scriptUrl } from './trusted.js';

function notice(/** @type {string} */ name, /** @type {boolean} */ shown) {
  const el = /** @type {HTMLElement | null} */ (document.querySelector(`.app-status [data-notice=${name}]`));
  if (el) el.hidden = !shown;
}

let updateReady = false;

/** The update prompt, on this document too when a version is waiting. */
export const showUpdate = () => notice('update', updateReady);

/** The offline notice; and a page with `[data-connection]` parts (the not-found page)
 *  shows the part for the connection, titled by its `data-title`. */
export function offline() {
  notice('offline', !navigator.onLine);
  const shown = navigator.onLine ? 'online' : 'offline';
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-connection]'))) {
    el.hidden = el.dataset.connection !== shown;
    // The shown part's heading is the page's main one (focused after a navigation).
    const heading = el.querySelector('h1');
    if (el.hidden) heading?.removeAttribute('id');
    else heading?.setAttribute('id', 'main-heading');
    if (!el.hidden && el.dataset.title) document.title = retitled(document.title, el.dataset.title);
  }
}
addEventListener('online', offline);
addEventListener('offline', offline);

document.addEventListener('click', (event) => {
  if (targetOf(event)?.closest('.app-status [data-action=reload]')) applyUpdate();
});

function ours(/** @type {ServiceWorkerContainer} */ container) {
  return container.controller?.scriptURL === new URL(base + 'sw.js', location.origin).href;
}

export async function registerWorker() {
  const container = navigator.serviceWorker;
  if (!container) return;
  const ready = () => {
    updateReady = true;
    notice('update', true);
  };
  if (ours(container)) container.addEventListener('controllerchange', ready);
  let registration;
  try {
    registration = await container.register(scriptUrl(base + 'sw.js'), { scope: base });
  } catch {
    return;
  }
  // Browsers (and test runners) that block service workers may answer with nothing.
  if (!registration) return;
  if (registration.waiting && ours(container)) ready();
  const watched = registration;
  watched.addEventListener('updatefound', () => {
    const worker = watched.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && ours(container)) ready();
    });
  });
  setInterval(() => watched.update().catch(() => undefined), 60 * 60 * 1000);
}

async function applyUpdate() {
  const container = navigator.serviceWorker;
  if (!container) return location.reload();
  container.addEventListener('controllerchange', () => location.reload());
  const registration = await container.getRegistration();
  if (registration?.waiting) registration.waiting.postMessage('clair:skip-waiting');
  else location.reload();
}
