// Client navigation between two pages already cached: click on a link → the new
// page's <h1> in the document, measured in the page, over repeated round trips, in
// headless Chromium against the release build served by nginx.
// Usage: node scripts/bench-navigation.mjs [dist]  (run by `make bench`)
import { launchChromium, serve } from './bench-browser.mjs';

const dist = process.argv[2] || 'dist';
const port = Number(process.env.BENCH_NAV_PORT || 18095);
const ROUNDS = 20;

const server = await serve(dist, port);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.locator('html[data-ready]').waitFor();
  const pages = [['Offices', 'CLAIR offices'], ['JET Programme', 'The JET Programme']];
  const times = [];
  for (let i = 0; i < ROUNDS * 2; i += 1) {
    const [link, heading] = pages[i % 2];
    const ms = await page.evaluate(([link, heading]) => new Promise((resolve) => {
      const a = [...document.querySelectorAll('.main-nav a')].find((el) => el.textContent.trim() === link);
      const start = performance.now();
      const seen = () => document.querySelector('h1')?.textContent.trim() === heading;
      new MutationObserver((_, observer) => {
        if (seen()) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
      a.click();
    }), [link, heading]);
    await page.locator('html[data-ready]').waitFor();
    // The first visit of each page fetches it; the rest come from the HTTP cache.
    if (i >= 2) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`client navigation between two cached pages: ${times.length} clicks; click → new h1 `
    + `median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.kill();
}
