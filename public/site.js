// @ts-check
/* CLAIR site script, the entry of the bundle the build writes to `site.js`. The pages
   are complete prerendered HTML; these modules add what needs a script and no wasm, and
   start the wasm only for pages that have islands (`site/islands.js`). Navigation stays
   client-side (`site/navigation.js`); dated lines, clocks and variants follow the
   visitor's day and URL; widgets apply their options; the service worker keeps the
   visited language offline (`site/offline.js`). The rules shared with the Rust model
   are in `site/rules.js`, checked against it. */
import { LANGS, ROOT_LANG, codeOfTag, isWidget, notFoundFor, preferredLang, slashed } from './site/rules.js';
import { base, readStored, root, routeOf } from './site/page.js';
import { languageUrl, navigate } from './site/navigation.js';
import { registerWorker } from './site/offline.js';
import { started } from './site/started.js';
import { prepareWidget } from './site/widgets.js';
import './site/copy.js';

/** A page opened in the root language by a visitor who chose another before (or, on a
 *  first visit, whose browser prefers one) becomes that language's page. A page in
 *  another language, or a widget, never switches. */
function preferredPage() {
  if (root.lang !== ROOT_LANG.tag || isWidget(location.pathname, base)) return null;
  const wanted = preferredLang(readStored(LANGS.storage.lang), navigator.languages || []);
  return wanted === codeOfTag(root.lang) ? null : languageUrl(wanted);
}

async function start() {
  const preferred = preferredPage();
  const route = routeOf(document);
  if (preferred) {
    await navigate(preferred, 'replace');
  } else if (route && route !== slashed(location.pathname) && route !== notFoundFor(location.pathname, base)) {
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
