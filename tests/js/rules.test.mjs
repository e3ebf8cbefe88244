// The page script's rules against the cases the Rust tests write from the model
// (tests/page_script.rs): the same inputs, the same outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as rules from '../../public/site/rules.js';

/** @param {string} name */
const table = (name) => JSON.parse(readFileSync(new URL(`../conformance/${name}.json`, import.meta.url), 'utf8'));

test('routes: language, page, widget, not-found page and each language’s path', () => {
  const { base, cases } = table('routes');
  assert.ok(cases.length > 20);
  for (const c of cases) {
    assert.equal(rules.langOf(c.path, base), c.lang, `langOf ${c.path}`);
    assert.equal(rules.pageOf(c.path, base), c.page, `pageOf ${c.path}`);
    assert.equal(rules.isWidget(c.path, base), c.widget, `isWidget ${c.path}`);
    assert.equal(rules.notFoundFor(c.path, base), c.notFound, `notFoundFor ${c.path}`);
    for (const [code, path] of Object.entries(c.localized)) {
      assert.equal(rules.localize(c.path, code, base), path, `localize ${c.path} ${code}`);
    }
  }
});

test('routes under a sub-path: the same answers with the base in front', () => {
  const { cases } = table('routes');
  const base = '/clair/';
  const sub = (/** @type {string} */ path) => base + path.slice(1);
  for (const c of cases) {
    assert.equal(rules.langOf(sub(c.path), base), c.lang, `langOf ${c.path}`);
    assert.equal(rules.pageOf(sub(c.path), base), c.page, `pageOf ${c.path}`);
    assert.equal(rules.notFoundFor(sub(c.path), base), sub(c.notFound), `notFoundFor ${c.path}`);
    for (const [code, path] of Object.entries(c.localized)) {
      assert.equal(rules.localize(sub(c.path), code, base), sub(/** @type {string} */ (path)));
    }
  }
  assert.equal(rules.langOf('/clair', base), rules.ROOT_LANG.code);
});

test('the language: the visitor’s choice, else the browser’s, else the root one', () => {
  for (const c of table('preferred').cases) {
    assert.equal(rules.preferredLang(c.chosen, c.tags), c.lang, JSON.stringify(c));
  }
});

test('days: on a span, and days until a date', () => {
  const { onDay, daysBetween } = table('days');
  for (const c of onDay) assert.equal(rules.onDay(c.spans, c.day), c.on, JSON.stringify(c));
  for (const c of daysBetween) assert.equal(rules.daysBetween(c.today, c.date), c.days, JSON.stringify(c));
  assert.equal(rules.isoDay(new Date(2027, 0, 9)), '2027-01-09');
});

test('a finder widget’s presets keep the offices the island keeps', () => {
  const { known, offices, cases } = table('presets');
  assert.ok(offices.length >= 75);
  for (const c of cases) {
    const preset = rules.presets(new URLSearchParams(c.query), known);
    const kept = offices.filter((/** @type {any} */ o) => rules.fits(o, preset)).map((/** @type {any} */ o) => o.id);
    assert.deepEqual(kept, c.kept, c.query);
  }
});

test('the result count and the title use the model’s wording', () => {
  const { words, counts, titles } = table('texts');
  for (const c of counts) assert.equal(rules.resultsText(c.n, words), c.text);
  for (const c of titles) assert.equal(rules.retitled(c.title, c.heading), c.retitled);
});

test('typing held during start-up edits the visitor’s text', () => {
  assert.deepEqual(rules.edited('osaka', 5, 5, 'insertText', '!'), ['osaka!', 6]);
  assert.deepEqual(rules.edited('osaka', 0, 2, 'insertText', 'K'), ['Kaka', 1]);
  assert.deepEqual(rules.edited('osaka', 5, 5, 'deleteContentBackward', ''), ['osak', 4]);
  assert.deepEqual(rules.edited('osaka', 0, 0, 'deleteContentBackward', ''), ['osaka', 0]);
  assert.deepEqual(rules.edited('osaka', 1, 3, 'deleteContentForward', ''), ['oka', 1]);
  assert.deepEqual(rules.edited('osaka', 0, 0, 'deleteContentForward', ''), ['saka', 0]);
  assert.equal(rules.edited('osaka', 0, 0, 'historyUndo', ''), null);
});

test('the partner script knows each widget’s page as the model does', () => {
  const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
  const literal = source.match(/var paths = (\{[^}]*\})/)?.[1] ?? '{}';
  const paths = JSON.parse(literal.replace(/'/g, '"'));
  assert.deepEqual(paths, table('widgets').paths);
});
