// The content editor's own code: how it writes a file back, and what its previews show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileText, formatted, ordered } from '../../public/admin/order.js';
import { LINK, changedItems, pageBody, safeLink } from '../../public/admin/preview.js';

const dataDir = new URL('../../public/data/', import.meta.url);
/** Every content file, relative to public/data (the schemas are generated, not edited). */
const dataFiles = readdirSync(dataDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.json') && !f.startsWith('schema'));

test('every content file is in the layout the editor writes, so a save changes only what was edited', () => {
  assert.ok(dataFiles.length >= 11, dataFiles.join(' '));
  for (const file of dataFiles) {
    const text = readFileSync(new URL(file, dataDir), 'utf8');
    const data = JSON.parse(text);
    assert.equal(formatted(data), text, `${file} is not in the editor's layout`);
    assert.equal(fileText(structuredClone(data), data), text, `${file} does not survive a save unchanged`);
  }
});

test('a save keeps the file’s key order, even where the editor scrambled it', () => {
  const original = { $schema: 's', offices: [{ id: 'a', k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9 }] };
  const scrambled = { offices: [{ k9: 9, k3: 3, id: 'a', k1: 1, k8: 8, k2: 2, k7: 7, k4: 4, k6: 6, k5: 5 }], $schema: 's' };
  assert.equal(JSON.stringify(ordered(scrambled, original)), JSON.stringify(original));
});

test('an emptied optional field is left out, an empty value the file had is kept', () => {
  const original = { id: 'x', covers: [], website: 'https://a.example/', name: { en: 'A', fr: 'B', machine_assisted: ['fr'] } };
  const edited = { id: 'x', covers: [], website: '', name: { en: 'A', fr: '', machine_assisted: null } };
  assert.deepEqual(ordered(edited, original), { id: 'x', covers: [], name: { en: 'A' } });
});

test('list items are matched by id; a new one takes its siblings’ order', () => {
  const original = { list: [{ id: 'a', name: 'A', kind: 'k' }, { id: 'b', name: 'B', kind: 'k' }] };
  const edited = { list: [{ kind: 'k', name: 'B', id: 'b' }, { kind: 'n', id: 'c', name: 'C' }, { name: 'A', kind: 'k', id: 'a' }] };
  assert.deepEqual(JSON.stringify(ordered(edited, original)), JSON.stringify({
    list: [{ id: 'b', name: 'B', kind: 'k' }, { id: 'c', name: 'C', kind: 'n' }, { id: 'a', name: 'A', kind: 'k' }],
  }));
});

test('the layout: two-space indents, plain lists on one line, a final newline', () => {
  assert.equal(formatted({ a: [1, 'x'], b: [{ c: [] }], d: {} }),
    '{\n  "a": [1, "x"],\n  "b": [\n    {\n      "c": []\n    }\n  ],\n  "d": {}\n}\n');
});

test('previews link only https:, mailto: and tel:, and show texts as text', () => {
  assert.equal(safeLink('https://www.clair.or.jp/'), 'https://www.clair.or.jp/');
  assert.equal(safeLink('mailto:a@b.example'), 'mailto:a@b.example');
  for (const bad of ['http://example.com', 'javascript:alert(1)', 'https://a b', '', null]) assert.equal(safeLink(bad), null, String(bad));
  /** A stand-in for React's createElement: elements as plain objects. */
  const h = (/** @type {string} */ type, /** @type {any} */ props, /** @type {any[]} */ ...children) => ({ type, props, children });
  const office = {
    id: 'x', kind: 'overseas', name: { en: '<b>X</b>', ja: 'エックス' }, about: { en: 'About' },
    website: 'http://insecure.example/', sources: [{ url: 'https://s.example/', title: 'S' }],
  };
  const tree = JSON.stringify(pageBody(h, 'office', { offices: [office] }, 'ja'));
  assert.ok(tree.includes('"エックス"'), 'the chosen language');
  assert.ok(tree.includes('"About"'), 'English where the language has no text');
  assert.ok(!tree.includes('"href":"http://insecure.example/"'), 'no http: link');
  assert.ok(tree.includes('"href":"https://s.example/"'));
  const faq = { groups: [{ id: 'g', heading: { en: 'G' }, items: [{ id: 'q', question: { en: 'Q?' }, answer: [{ en: 'A1' }, { en: 'A2' }] }] }] };
  const faqTree = JSON.stringify(pageBody(h, 'faq', faq, 'en'));
  for (const text of ['"Q?"', '"A1"', '"A2"', '"faq-item"']) assert.ok(faqTree.includes(text), text);
});

test('the preview puts what the editor changed since opening the file first', () => {
  const h = (/** @type {string} */ type, /** @type {any} */ props, /** @type {any[]} */ ...children) => ({ type, props, children });
  const before = { offices: [{ id: 'a', name: { en: 'A' } }, { id: 'b', name: { en: 'B' } }] };
  const after = { offices: [{ id: 'a', name: { en: 'A' } }, { id: 'b', name: { en: 'B2' } }, { id: 'c', name: { en: 'C' } }] };
  assert.deepEqual(changedItems(after.offices, before.offices).map((o) => o.id), ['b', 'c']);
  const tree = JSON.stringify(pageBody(h, 'office', after, 'en', before));
  assert.ok(tree.indexOf('Changed: 2 offices') < tree.indexOf('All offices (3)'));
  assert.ok(JSON.stringify(pageBody(h, 'office', before, 'en', before)).includes('No office changed yet'));
  const faq = (/** @type {string} */ answer) => ({ groups: [{ id: 'g', heading: { en: 'G' }, items: [{ id: 'q', question: { en: 'Q?' }, answer: [{ en: answer }] }] }] });
  const faqTree = JSON.stringify(pageBody(h, 'faq', faq('new'), 'en', faq('old')));
  assert.ok(faqTree.includes('Changed: 1 question'));
});

test('the preview links what the content schemas allow, by the same pattern', () => {
  const schema = readFileSync(new URL('../../public/data/schema/mission.schema.json', import.meta.url), 'utf8');
  const patterns = [...schema.matchAll(/"pattern": "(\^\(\?:https:[^"]*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  assert.ok(patterns.length > 0, 'the schema has a link pattern');
  for (const pattern of patterns) assert.equal(new RegExp(pattern).source, LINK.source);
});
