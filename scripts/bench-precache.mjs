// What the service worker saves on a first visit, brotli -q 11: the files every install
// caches plus the pages of the visitor's language, against saving both languages.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const worker = readFileSync(`${dist}/sw.js`, 'utf8');
const list = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = (.*);`))[1]);
const [shared, pages] = [list('PRECACHE'), list('PAGES')];
// The URLs carry the site's base: the shortest page URL, its home.
const base = Object.values(pages).flat().reduce((a, b) => (b.length < a.length ? b : a));
const file = (url) => `${dist}/${url.slice(base.length)}${url.endsWith('/') ? 'index.html' : ''}`;
const brotli = (urls) => urls.reduce((sum, url) => sum + brotliCompressSync(readFileSync(file(url)),
  { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const common = brotli(shared);
const each = Object.fromEntries(Object.entries(pages).map(([lang, urls]) => [lang, brotli(urls)]));
console.log(`Offline copy on a first visit (brotli): files ${kb(common)} (${shared.length}), `
  + Object.entries(each).map(([lang, b]) => `${lang} pages ${kb(b)} (${pages[lang].length})`).join(', '));
for (const [lang, b] of Object.entries(each)) {
  console.log(`  a first visit in ${lang}: ${kb(common + b)}; both languages would be ${kb(common + Object.values(each).reduce((a, x) => a + x, 0))}`);
}

// A client navigation to a page not seen yet fetches that page's HTML (site.js swaps it
// in; the stylesheet, scripts and data are cached by then): its bytes, brotli, over the
// main routes in both languages and 20 office pages.
const MAIN = ['', 'offices/', 'jet/', 'jet/eligibility/', 'jet/timeline/', 'jet/apply/',
  'jet/where-to-apply/', 'jet/faq/', 'embed/', 'search/'];
const offices = Object.values(pages).flat().map((url) => url.slice(base.length))
  .filter((p) => /^offices\/[^/]+\/$/.test(p)).slice(0, 20);
const routes = [...MAIN, ...MAIN.map((p) => `ja/${p}`), ...offices];
const bytes = routes.map((p) => brotli([base + p])).sort((a, b) => a - b);
const at = (q) => bytes[Math.min(bytes.length - 1, Math.floor(q * bytes.length))];
console.log(`Client navigation to an unseen page (its HTML, brotli; ${routes.length} pages: main routes in both languages and ${offices.length} offices): `
  + `median ${(at(0.5) / 1024).toFixed(1)} KB, p95 ${(at(0.95) / 1024).toFixed(1)} KB, largest ${(bytes[bytes.length - 1] / 1024).toFixed(1)} KB`);
