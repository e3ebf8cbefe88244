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

/** The link a page may render, or null. @param {unknown} href */
export function safeLink(href) {
  return typeof href === 'string' && /^(?:https:\/\/|mailto:|tel:)\S+$/.test(href) ? href : null;
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

/** The preview of a content file: `office` (the offices file) or `faq`.
 *  @param {H} h @param {'office' | 'faq'} kind @param {any} data @param {string} lang */
export function pageBody(h, kind, data, lang) {
  if (kind === 'faq') return h('div', null, h('h1', null, 'FAQ'), faqBody(h, data, lang));
  const offices = Array.isArray(data?.offices) ? data.offices : [];
  return h('div', null,
    h('h1', null, `Offices (${offices.length})`),
    offices.map((/** @type {any} */ office) => officeArticle(h, office, lang)));
}
