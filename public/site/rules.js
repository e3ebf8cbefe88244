// @ts-check
/* The rules the page script shares with the Rust model. The names and paths come from
   `rules.json`, which the Rust tests write from the model (`tests/page_script.rs`);
   each function here is checked by `node --test` against the cases those tests write
   from the Rust functions (`tests/conformance/`). Nothing in this file reads the DOM. */
import LANGS from './langs.json' with { type: 'json' };
import ROUTES from './routes.json' with { type: 'json' };

/* LANGS: the languages in order, each with its path prefix, and the storage keys.
   ROUTES: the pages with their patterns, the not-found pages, the title's separator. */
export { LANGS, ROUTES };

/** @typedef {{ code: string, tag: string, prefix: string, notWith: string[] }} Lang */

/** The language whose pages live at the root (no prefix). */
export const ROOT_LANG = /** @type {Lang} */ (LANGS.langs.find((l) => l.prefix === ''));

/** `/offices` and `/offices/` name one page; files keep their name. */
export const slashed = (/** @type {string} */ path) =>
  path.endsWith('/') || path.endsWith('.html') ? path : path + '/';

/** The path under the site's base, without its leading `/`: `/clair/ja/jet/` → `ja/jet/`.
 *  A path outside the base is taken as it is. */
function underBase(/** @type {string} */ path, /** @type {string} */ base) {
  if (path.startsWith(base)) return path.slice(base.length);
  if (path + '/' === base) return '';
  return path.replace(/^\//, '');
}

/** The language whose prefix starts `rest` (a path under the base), if not the root's. */
const prefixed = (/** @type {string} */ rest) => LANGS.langs.find((l) => l.prefix && (rest + '/').startsWith(l.prefix));

/** The language a path is in: its first segment when that names one, else the root's. */
export function langOf(/** @type {string} */ path, /** @type {string} */ base) {
  return (prefixed(underBase(path, base)) ?? ROOT_LANG).code;
}

/** The path under the base without its language prefix: `/clair/ja/jet/` → `jet/`. */
export function unprefixed(/** @type {string} */ path, /** @type {string} */ base) {
  const rest = underBase(path, base);
  return rest.slice(prefixed(rest)?.prefix.length ?? 0);
}

/** The same path in another language, with the base. */
export function localize(/** @type {string} */ path, /** @type {string} */ code, /** @type {string} */ base) {
  const lang = LANGS.langs.find((l) => l.code === code) ?? ROOT_LANG;
  return base + lang.prefix + unprefixed(path, base);
}

/** Whether a route pattern (`*` is one segment) matches a path under the base. */
function matches(/** @type {string} */ pattern, /** @type {string} */ rest) {
  const want = pattern.split('/');
  const got = `/${rest}/`.replace(/\/+$/, '/').split('/');
  return want.length === got.length && want.every((w, i) => (w === '*' ? got[i] !== '' : w === got[i]));
}

/** The page a path shows (its name in the Rust model), `NotFound` for none. */
export function pageOf(/** @type {string} */ path, /** @type {string} */ base) {
  const rest = unprefixed(path, base);
  return ROUTES.pages.find((p) => matches(p.pattern, rest))?.page ?? 'NotFound';
}

/** Whether a path is a widget's page (shown without the site's header and footer). */
export function isWidget(/** @type {string} */ path, /** @type {string} */ base) {
  const page = pageOf(path, base);
  return ROUTES.pages.some((p) => p.page === page && p.widget);
}

/** The not-found page for a path, in its language: a widget's own where it has one. */
export function notFoundFor(/** @type {string} */ path, /** @type {string} */ base) {
  const lang = LANGS.langs.find((l) => l.code === langOf(path, base)) ?? ROOT_LANG;
  const rest = `/${unprefixed(path, base)}/`.replace(/\/+$/, '/');
  // The longest match wins: a widget's own, else the site's.
  const page = ROUTES.notFound.filter((n) => rest.startsWith(n.under))
    .reduce((/** @type {{ under: string, file: string } | null} */ best, n) =>
      (!best || n.under.length > best.under.length ? n : best), null);
  return base + lang.prefix + (page?.file ?? ROUTES.siteNotFound);
}

/** The language to show: the visitor's explicit choice, else the first of the
 *  browser's languages the site has, else the root language. */
export function preferredLang(/** @type {string | null} */ chosen, /** @type {readonly string[]} */ tags) {
  const known = (/** @type {string | null | undefined} */ code) => LANGS.langs.find((l) => l.code === code)?.code;
  const fromChoice = known(chosen);
  if (fromChoice) return fromChoice;
  for (const tag of tags) {
    const subtags = tag.toLowerCase().split(/[-_]/);
    const lang = LANGS.langs.find((l) => l.code === subtags[0]);
    if (!lang) continue;
    const script = lang.tag.toLowerCase().split('-')[1];
    const other = subtags.some((s) => lang.notWith.includes(s));
    if ((script && subtags.includes(script)) || !other) return lang.code;
  }
  return ROOT_LANG.code;
}

/** The language code of a BCP 47 tag the site writes (`zh-Hans` → `zh`). */
export const codeOfTag = (/** @type {string} */ tag) =>
  LANGS.langs.find((l) => l.tag === tag)?.code ?? ROOT_LANG.code;

/** Whether `day` (YYYY-MM-DD) is in one of `spans` ("from/until …", either end open). */
export function onDay(/** @type {string} */ spans, /** @type {string} */ day) {
  return spans.split(/\s+/).filter(Boolean).some((span) => {
    const [from, until] = span.split('/');
    return (!from || from <= day) && (!until || day <= until);
  });
}

/** Days from `today` to `date` (both YYYY-MM-DD); negative once it has passed. */
export function daysBetween(/** @type {string} */ today, /** @type {string} */ date) {
  const utc = (/** @type {string} */ iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(date) - utc(today)) / 86400000);
}

/** The visitor's calendar day, as the pages write days. */
export function isoDay(/** @type {Date} */ now) {
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** @typedef {{ kind: string, region: string, countries: string[] }} OfficeFacets */
/** @typedef {{ kind: string | null, region: string | null, country: string | null }} Presets */

/** A finder widget's presets from its URL (the last of a repeated key counts); a value
 *  the data does not know is dropped, not applied to nothing. */
export function presets(
  /** @type {URLSearchParams} */ params,
  /** @type {{ kinds: string[], regions: string[], countries: string[] }} */ known,
) {
  const asked = (/** @type {string} */ key, /** @type {string[]} */ values) => {
    const value = params.getAll(key).at(-1);
    return value !== undefined && values.includes(value) ? value : null;
  };
  /** @type {Presets} */
  const out = {
    kind: asked('kind', known.kinds),
    region: asked('region', known.regions),
    country: asked('country', known.countries),
  };
  return out;
}

/** Whether an office fits the presets: of that kind, in that region, in or covering
 *  that country. */
export function fits(/** @type {OfficeFacets} */ office, /** @type {Presets} */ preset) {
  return (!preset.kind || office.kind === preset.kind)
    && (!preset.region || office.region === preset.region)
    && (!preset.country || office.countries.includes(preset.country));
}

/** "12 offices found", from the wordings a page carries (`{n}` for the number). */
export function resultsText(/** @type {number} */ n, /** @type {{ none: string, one: string, many: string }} */ words) {
  if (n === 0) return words.none;
  if (n === 1) return words.one;
  return words.many.replace('{n}', String(n));
}

/** A page's title with another heading before the site's name. */
export function retitled(/** @type {string} */ title, /** @type {string} */ heading) {
  const at = title.indexOf(ROUTES.titleSeparator);
  return at < 0 ? title : heading + title.slice(at);
}

/** `text` after an edit of the selection `start`–`end`, with the caret after it; none
 *  for an edit this does not know (it then happens as the browser does it). */
export function edited(
  /** @type {string} */ text,
  /** @type {number} */ start,
  /** @type {number} */ end,
  /** @type {string} */ type,
  /** @type {string} */ data,
) {
  /** @type {[string, number] | null} */
  let out = null;
  if (type.startsWith('insert')) out = [text.slice(0, start) + data + text.slice(end), start + data.length];
  else if (type === 'deleteContentBackward') {
    const from = start < end ? start : Math.max(0, start - 1);
    out = [text.slice(0, from) + text.slice(end), from];
  } else if (type === 'deleteContentForward') {
    out = [text.slice(0, start) + text.slice(start < end ? end : end + 1), start];
  }
  return out;
}
