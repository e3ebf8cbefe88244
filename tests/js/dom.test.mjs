// The DOM contract: every attribute and id the page script reads is one the Rust model
// names (tests/conformance/dom.json, from `model::site::script`), and every one of those
// is written by some page the build made (when a build is there: dist/, or $DIST).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const contract = JSON.parse(readFileSync(join(root, 'tests/conformance/dom.json'), 'utf8'));
const scripts = ['public/site.js', 'public/widget-gate.js', ...readdirSync(join(root, 'public/site'))
  .filter((f) => f.endsWith('.js')).map((f) => `public/site/${f}`)];
const kebab = (/** @type {string} */ name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attribute and id names a script reads. */
function readBy(/** @type {string} */ source) {
  const attributes = new Set();
  const ids = new Set();
  for (const [, name] of source.matchAll(/\.dataset\.([a-zA-Z]+)/g)) attributes.add(`data-${kebab(name)}`);
  for (const [, name] of source.matchAll(/\{\s*([a-zA-Z =',]+)\}\s*=\s*[a-z]+\.dataset/g)) {
    for (const part of name.split(',')) attributes.add(`data-${kebab(part.split('=')[0].trim())}`);
  }
  for (const [, name] of source.matchAll(/\[(data-[a-z-]+)/g)) attributes.add(name);
  for (const [, name] of source.matchAll(/getElementById\('([a-z-]+)'\)/g)) ids.add(name);
  return { attributes, ids };
}

test('the script reads only names the model defines', () => {
  for (const file of scripts) {
    const { attributes, ids } = readBy(readFileSync(join(root, file), 'utf8'));
    const known = [...contract.attributes, ...contract.scriptWritten];
    for (const name of attributes) assert.ok(known.includes(name), `${file} reads ${name}`);
    for (const name of ids) assert.ok(contract.ids.includes(name), `${file} reads #${name}`);
  }
});

/** Every HTML file under `dir`. */
function* pages(/** @type {string} */ dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const dist = join(root, process.env.DIST || 'dist');
test('every name the model defines is written by a built page', { skip: !existsSync(join(dist, 'index.html')) && 'no build' }, () => {
  const unwritten = new Set([...contract.attributes, ...contract.ids.map((/** @type {string} */ id) => `id="${id}"`)]);
  for (const file of pages(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const name of unwritten) if (html.includes(name.startsWith('id=') ? name : `${name}=`) || html.includes(` ${name} `) || html.includes(` ${name}>`)) unwritten.delete(name);
    if (!unwritten.size) break;
  }
  assert.deepEqual([...unwritten], []);
});
