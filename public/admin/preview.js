// @ts-check
/* What the editor's preview shows: an office's page and the FAQ, in the markup and
   classes of the site's pages, so its stylesheet applies. Plain data in, elements out
   (through React's `h`): texts are text, never markup, and a link is a link only when
   it is `https:`, `mailto:` or `tel:`, as on the site. */

/** @typedef {import('./order.js').Json} Json */
/** @typedef {(type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown} H */

/** A text in `lang`, else English. @param {any} text @param {string} lang */
export function textIn(text, lang) {
  if (!text || typeof text !== 'object') return '';
  return String(text[lang] || text.en || '');
}

/** The links data may hold: the content schemas' link pattern (`model::schema`; a test
 *  checks the two agree). */
export const LINK = /^(?:https:\/\/|mailto:|tel:)\S+$/;

/** The link a page may render, or null. @param {unknown} href */
export function safeLink(href) {
  return typeof href === 'string' && LINK.test(href) ? href : null;
}

/** @param {H} h @param {unknown} href @param {string} [label] */
function link(h, href, label) {
  const safe = safeLink(href);
  if (safe) return h('a', { href: safe, rel: 'noopener' }, label || safe);
  return h('span', null, `${label || String(href ?? '')} (not a link: only https:, mailto: and tel: links are shown)`);
}

/** @param {H} h @param {any} office @param {string} lang */
function officeArticle(h, office, lang) {
  const contact = office.contact || {};
  /** @type {[string, unknown][]} */
  const facts = [
    ['Kind', office.kind],
    ['Location', [textIn(office.city, lang), textIn(office.prefecture, lang)].filter(Boolean).join(', ')],
    ['Region', office.region],
    ['Website', office.website ? link(h, office.website) : 'Not listed: the page says so and links the headquarters.'],
    ['Phone', contact.phone ? link(h, `tel:${contact.phone}`, contact.phone) : 'Not listed'],
    ['Email', contact.email ? link(h, `mailto:${contact.email}`, contact.email) : 'Not listed'],
    ['Opened', office.opened ? String(office.opened.year) : 'Not listed'],
  ];
  return h('article', { key: office.id, className: 'cms-preview-office', id: `office-${office.id}` },
    h('h2', null, textIn(office.name, lang) || office.id),
    office.local_name ? h('p', { className: 'office-kind-line' }, office.local_name) : null,
    h('p', { className: 'lead' }, textIn(office.about, lang)),
    h('dl', { className: 'facts' }, facts.flatMap(([term, value]) => [
      h('dt', { key: `${term}-t` }, term),
      h('dd', { key: `${term}-d` }, value),
    ])),
    sources(h, office.sources));
}

/** @param {H} h @param {any} list */
function sources(h, list) {
  const items = Array.isArray(list) ? list : [];
  if (!items.length) return null;
  return h('details', { className: 'sources' },
    h('summary', { className: 'sources-label' }, `Sources (${items.length})`),
    h('ul', null, items.map((source, i) => h('li', { key: i },
      link(h, source.url, source.title || source.url),
      ' ',
      h('span', { className: 'source-notes' }, [
        source.secondary ? 'secondary source' : 'official',
        source.as_of ? `page dated ${source.as_of}` : 'undated page',
        source.reviewed ? `reviewed ${source.reviewed}` : '',
      ].filter(Boolean).join(', '))))));
}

/** @param {H} h @param {any} data @param {string} lang */
function faqBody(h, data, lang) {
  const groups = Array.isArray(data?.groups) ? data.groups : [];
  return groups.map((/** @type {any} */ group) => h('section', { key: group.id, className: 'faq-group' },
    h('h2', null, textIn(group.heading, lang)),
    h('ol', { className: 'faq-items' }, (group.items || []).map((/** @type {any} */ item) => h('li', { key: item.id, className: 'faq-item' },
      h('h3', null, textIn(item.question, lang)),
      (Array.isArray(item.answer) ? item.answer : []).map((/** @type {any} */ p, /** @type {number} */ i) => h('p', { key: i }, textIn(p, lang))),
      sources(h, item.sources))))));
}

/** The items of `list` (objects with an `id`) that differ from the item with the same
 *  id in `before`, or are new: what the editor changed since the file was opened.
 *  @param {any} list @param {any} before @returns {any[]} */
export function changedItems(list, before) {
  const items = Array.isArray(list) ? list : [];
  const earlier = new Map((Array.isArray(before) ? before : []).map((item) => [item?.id, JSON.stringify(item)]));
  return items.filter((item) => earlier.get(item?.id) !== JSON.stringify(item));
}

/** Every FAQ question, with its group's id, so edits can be found.
 *  @param {any} data @returns {any[]} */
const faqItems = (data) => (Array.isArray(data?.groups) ? data.groups : [])
  .flatMap((/** @type {any} */ group) => (Array.isArray(group?.items) ? group.items : [])
    .map((/** @type {any} */ item) => ({ ...item, id: `${group.id}/${item?.id}` })));

/** The preview of a content file: `office` (the offices file) or `faq`, what the editor
 *  changed since opening it (`before`) first, then the whole file.
 *  @param {H} h @param {'office' | 'faq'} kind @param {any} data @param {string} lang @param {any} [before] */
export function pageBody(h, kind, data, lang, before) {
  if (kind === 'faq') {
    const changed = changedItems(faqItems(data), faqItems(before));
    return h('div', null,
      changedSection(h, changed.length, 'question', changed.map((item) => h('article', { key: item.id, className: 'faq-item' },
        h('h3', null, textIn(item.question, lang)),
        (Array.isArray(item.answer) ? item.answer : []).map((/** @type {any} */ p, /** @type {number} */ i) => h('p', { key: i }, textIn(p, lang)))))),
      h('h1', null, 'FAQ'),
      faqBody(h, data, lang));
  }
  const offices = Array.isArray(data?.offices) ? data.offices : [];
  const changed = changedItems(offices, before?.offices);
  return h('div', null,
    changedSection(h, changed.length, 'office', changed.map((office) => officeArticle(h, office, lang))),
    h('h1', null, `All offices (${offices.length})`),
    offices.map((/** @type {any} */ office) => officeArticle(h, office, lang)));
}

/** What changed, on top, or a line saying nothing has yet.
 *  @param {H} h @param {number} count @param {string} noun @param {unknown[]} body */
function changedSection(h, count, noun, body) {
  if (!count) return h('p', { className: 'hint' }, `No ${noun} changed yet: your changes appear here first.`);
  return h('section', { className: 'cms-preview-changed' },
    h('h1', null, `Changed: ${count} ${noun}${count === 1 ? '' : 's'}`), body);
}
