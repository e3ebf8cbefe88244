// The site search as a visitor on a slow phone meets it: index size per language, what
// the first query fetches (the site's wasm and the index parts, as sent), and the time
// from the first keystroke to the first results with the CPU throttled 4×, median of 5
// cold visits. Usage: node scripts/bench-site-search.mjs [dist]  (run by `make bench`)
import { launchChromium, serve } from './bench-browser.mjs';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const dist = process.argv[2] || 'dist';
const port = Number(process.env.BENCH_PORT || 18090) + 20;
const brotli = (file) => execFileSync('brotli', ['-c', '-q', '11', file]).length;

for (const lang of ['en', 'ja']) {
  const dir = `${dist}/data/search/${lang}`;
  const files = readdirSync(dir).map((f) => `${dir}/${f}`);
  const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const packed = files.reduce((n, f) => n + brotli(f), 0);
  console.log(`site search index (${lang}): ${files.length} parts, ${(raw / 1024).toFixed(1)} KB raw, ${(packed / 1024).toFixed(1)} KB brotli`);
}

const server = await serve(dist, port);
const browser = await launchChromium();
try {
  for (const [path, word] of [['/search/', 'visa'], ['/ja/search/', 'ビザ']]) {
    const times = [];
    let bytes = 0;
    for (let run = 0; run < 5; run += 1) {
      // Cold and without the service worker, whose first-visit precache would compete.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.locator('html[data-ready]').waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      let fetched = 0;
      cdp.on('Network.loadingFinished', (e) => { fetched += e.encodedDataLength; });
      const start = Date.now();
      await page.locator('#search-q').focus();
      await page.keyboard.type(word, { delay: 50 });
      await page.locator('ol.search-results > li').first().waitFor({ timeout: 30_000 });
      times.push(Date.now() - start);
      bytes = fetched;
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`site search ${path} "${word}" at 4× CPU throttling: first results ${times[2]} ms after the first keystroke`
      + ` (median of 5, typing included); the first query fetched ${(bytes / 1024).toFixed(1)} KB`);
  }
} finally {
  await browser.close();
  server.kill();
}
