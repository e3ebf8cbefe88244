// The README's layout table names only paths that exist: a file or folder moved or
// removed must take its row with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The paths in the first column of the table under "## Layout". */
function layoutPaths() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

test('every path the README’s layout table names exists', () => {
  const paths = layoutPaths();
  assert.ok(paths.length > 20, `only ${paths.length} paths found`);
  // `public/site/langs.json, routes.json`-style rows name files beside the first.
  let folder = '';
  const missing = paths.filter((path) => {
    const full = path.includes('/') ? path : folder + path;
    if (path.includes('/')) folder = path.slice(0, path.lastIndexOf('/') + 1);
    return !existsSync(join(root, full));
  });
  assert.deepEqual(missing, []);
});
