// What a first visit to each kind of page fetches, every file brotli-compressed (quality
// 11) from dist: the bytes a visitor pays with a compressing host. Includes what
// Lighthouse's six routes leave out: the timeline, a missing page and office, and the
// widgets with their options. Limits as in issue #11: `/` (and each language's home) 100 KB,
// every other page 150 KB, a widget 100 KB. Usage: node scripts/bench-first-load.mjs [dist]
import { launchChromium, serve } from './bench-browser.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'dist';
const port = Number(process.env.BENCH_FIRST_PORT || 18096);
const site = `http://127.0.0.1:${port}`;
const pages = [
  '/', '/offices/', '/offices/london/', '/jet/', '/jet/eligibility/', '/jet/timeline/',
  '/jet/timeline/?country=US', '/ja/jet/faq/', '/no/such/page/', '/offices/atlantis/',
  '/embed/offices/?kind=overseas&lang=ja&theme=dark', '/embed/offices/london/?lang=ja',
  '/embed/jet-timeline/?country=US&lang=ja',
  // The languages added later: their home (≤ 100 KB), the directory, an office, the
  // checker, a missing office and a widget.
  '/fr/', '/ko/', '/zh/', '/fr/offices/', '/ko/offices/paris/', '/zh/jet/eligibility/',
  '/ko/offices/atlantis/', '/embed/offices/?lang=zh',
];
const brotli = (file) => zlib.brotliCompressSync(fs.readFileSync(file),
  { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const server = await serve(dist, port);
const browser = await launchChromium();
let over = 0;
try {
  console.log('First load, brotli (every file a first visit fetched):');
  for (const p of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls = new Set();
    page.on('request', (r) => { if (r.url().startsWith(site)) urls.add(new URL(r.url()).pathname); });
    await page.goto(site + p);
    await page.locator('html[data-ready]').waitFor();
    await page.waitForLoadState('networkidle');
    let total = 0;
    for (const u of urls) {
      let file = path.join(dist, decodeURIComponent(u));
      if (u.endsWith('/')) file = path.join(file, 'index.html');
      // A missing page is answered with the not-found file of its language.
      if (!fs.existsSync(file)) {
        const code = u.match(/^\/([a-z]{2})\//)?.[1];
        const own = code && path.join(dist, code, '404.html');
        file = own && fs.existsSync(own) ? own : path.join(dist, '404.html');
      }
      if (u.endsWith('/sw.js')) continue; // the worker installs in the background, after the page
      total += brotli(file);
    }
    const home = p === '/' || /^\/[a-z]{2}\/$/.test(p);
    const limit = home || p.startsWith('/embed/') ? 100 : 150;
    const kb = total / 1024;
    if (kb > limit) over += 1;
    const wasm = [...urls].some((u) => u.endsWith('.wasm')) ? 'wasm' : 'no wasm';
    console.log(`  ${p.padEnd(48)} ${kb.toFixed(1).padStart(6)} KB  (${urls.size} files, ${wasm})${kb > limit ? ` ! over ${limit} KB` : ''}`);
    await context.close();
  }
  console.log(over ? `${over} page(s) over their limit` : 'every page within its limit');
} finally {
  await browser.close();
  server.kill();
}
