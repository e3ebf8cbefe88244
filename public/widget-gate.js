// @ts-check
/* Widget pages only, blocking in <head>, before the first paint (the build bundles it as
   a classic script). The partner's looks go on <html> (`data-theme`, `data-accent`,
   `data-compact`: the stylesheet knows the valid values, anything else is the default).
   When the content must change first (another language than this file's, a country,
   preset filters), the widget stays hidden until `site.js` has done it, so it never
   paints the defaults against its options; should that never happen, it shows the
   defaults after eight seconds. */
import { codeOfTag, preferredLang } from './site/rules.js';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
// The last of a repeated key counts, as in the configurator's `Options::from_pairs`.
const last = (/** @type {string} */ key) => params.getAll(key).pop() || null;
for (const key of ['theme', 'accent']) {
  const value = last(key);
  if (value) root.setAttribute(`data-${key}`, value);
}
if (last('compact') === '1') root.setAttribute('data-compact', '');
// The partner's `lang=`, else the visitor's browser (a widget has no stored choice).
const lang = preferredLang(last('lang'), navigator.languages || []);
root.setAttribute('data-widget-lang', lang);
if (lang !== codeOfTag(root.lang) || ['kind', 'region', 'country'].some((k) => params.has(k))) {
  root.classList.add('widget-pending');
  setTimeout(() => root.classList.remove('widget-pending'), 8000);
}
