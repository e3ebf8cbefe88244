// Languages are a list: the site rendered with a throw-away third language `xx`
// (scripts/fixture_lang.sh, feature `lang-fixture`) has every route in it, linked from
// every page's switch and alternates, in the sitemap, the search and the offline lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import LANGS from '../../public/site/langs.json' with { type: 'json' };

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const fixture = join(root, 'target/dist-xx');
const skip = !existsSync(join(fixture, 'xx/index.html')) && 'no fixture build (scripts/fixture_lang.sh)';

/** Every HTML file under `dir`, relative to it. */
function pages(/** @type {string} */ dir, /** @type {string} */ from = dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pages(path, from));
    else if (entry.name.endsWith('.html') && entry.name !== 'shell.html') out.push(relative(from, path));
  }
  return out;
}

test('every page of the root language has its fixture-language twin', { skip }, () => {
  const prefixes = LANGS.langs.map((l) => l.prefix).filter(Boolean);
  // The content editor (admin/) is one page for every language, not a site page.
  const english = pages(dist)
    .filter((p) => !prefixes.some((prefix) => p.startsWith(prefix)) && !p.startsWith('admin/'));
  assert.ok(english.length > 150, `${english.length} pages`);
  for (const page of english) {
    const twin = join(fixture, 'xx', page);
    assert.ok(existsSync(twin), `xx/${page} is missing`);
    assert.match(readFileSync(twin, 'utf8'), /<html lang="xx"/, `xx/${page}`);
  }
});

test('every site page names the new language: the switch and the alternates', { skip }, () => {
  for (const page of ['index.html', 'ja/jet/index.html', 'xx/offices/london/index.html']) {
    const html = readFileSync(join(fixture, page), 'utf8');
    assert.match(html, /<link rel="alternate" hreflang="xx" href="[^"]*\/xx\//, page);
    if (!page.startsWith('xx/')) assert.match(html, /class="lang-switch">.*hreflang="xx"/s, page);
  }
});

test('the sitemap, the search and the offline lists hold the new language', { skip }, () => {
  assert.match(readFileSync(join(fixture, 'sitemap.xml'), 'utf8'), /\/xx\/jet\/faq\//);
  assert.ok(existsSync(join(fixture, 'data/search/xx/offices.json')));
  assert.match(readFileSync(join(fixture, 'sw.js'), 'utf8'), /"xx":\["\/xx\/"/);
});

test('a text not written in the page’s language shows the English one, marked as English', { skip }, () => {
  const faq = readFileSync(join(fixture, 'xx/jet/faq/index.html'), 'utf8');
  assert.match(faq, /<span lang="en">[^<]+(<!>)?<\/span>/);
  // Where every text has the page's language, nothing is marked.
  const ja = readFileSync(join(fixture, 'ja/jet/faq/index.html'), 'utf8');
  assert.doesNotMatch(ja, /<span lang="en">/);
});
