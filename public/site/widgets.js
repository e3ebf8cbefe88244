// @ts-check
/* A widget's options that change its content, applied to the prerendered page without
   wasm: the asked language's file in place of this one (`widget-gate.js` chose it), then
   the finder's presets, as the island's `Query` applies them. */
import { codeOfTag, fits, presets, resultsText } from './rules.js';
import { root } from './page.js';
import { fetchPage, languageUrl, swapIn } from './navigation.js';

export async function prepareWidget() {
  const lang = root.dataset.widgetLang;
  if (lang && lang !== codeOfTag(root.lang)) {
    try {
      const next = await fetchPage(languageUrl(lang));
      if (next) swapIn(next);
    } catch {
      // Offline with no copy: the widget stays in this file's language.
    }
  }
  filterOffices(document.body);
}

/** Splits a space-separated attribute into its values. */
const words = (/** @type {string | undefined} */ value) => (value ? value.split(' ') : []);

/** The finder's presets (`?kind=`, `region`, `country`) on its prerendered list: the
 *  offices of that kind, in that region, in or covering that country. */
function filterOffices(/** @type {HTMLElement} */ scope) {
  const list = /** @type {HTMLElement | null} */ (scope.querySelector('.office-list[data-regions]'));
  if (!list) return;
  const preset = presets(new URLSearchParams(location.search), {
    kinds: words(list.dataset.kinds),
    regions: words(list.dataset.regions),
    countries: words(list.dataset.countries),
  });
  for (const item of /** @type {HTMLElement[]} */ ([...list.children])) {
    const { kind = '', region = '', countries } = item.dataset;
    if (!fits({ kind, region, countries: words(countries) }, preset)) item.remove();
  }
  const count = /** @type {HTMLElement | null} */ (scope.querySelector('.results-count[data-many]'));
  if (count) {
    const { none = '', one = '', many = '' } = count.dataset;
    const text = resultsText(list.children.length, { none, one, many });
    // The text node itself: the island hydrates the markers beside it.
    const node = [...count.childNodes].find((c) => c.nodeType === Node.TEXT_NODE);
    if (node) /** @type {Text} */ (node).data = text;
  }
}
