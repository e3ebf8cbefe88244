// Keystroke-to-paint time of the office search with 10,000 synthetic offices, in
// headless Chromium against the release build served by nginx.
// Usage: node scripts/bench-search.mjs [dist]  (run by `make bench`)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dist = process.argv[2] || 'dist';
const out = 'target/dist-bench';
const port = Number(process.env.BENCH_PORT || 18090);
const COUNT = Number(process.env.BENCH_OFFICES || 10_000);

rmSync(out, { recursive: true, force: true });
cpSync(dist, out, { recursive: true });
const real = JSON.parse(readFileSync(`${dist}/data/offices.json`, 'utf8'));
const offices = Array.from({ length: COUNT }, (_, i) => {
  const base = real.offices[i % real.offices.length];
  return {
    ...base,
    id: `${base.id}-${i}`,
    name: { en: `${base.name.en} ${i}`, ja: `${base.name.ja} ${i}` },
    lat: base.lat + ((i * 7919) % 100) / 500 - 0.1,
    lon: base.lon + ((i * 104729) % 100) / 500 - 0.1,
  };
});
writeFileSync(`${out}/data/offices.json`, JSON.stringify({ ...real, offices }));

const server = spawn('scripts/serve.sh', [out, String(port), 'static'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const loadStart = Date.now();
  // A query string makes the page render in the browser from the 10,000-office file.
  await page.goto(`http://127.0.0.1:${port}/offices/?bench=1`);
  await page.locator('p.result-count').filter({ hasText: String(COUNT) }).waitFor({ timeout: 60_000 });
  const loadMs = Date.now() - loadStart;
  await page.evaluate(() => {
    window.__times = [];
    document.getElementById('office-q').addEventListener('keydown', () => {
      const start = performance.now();
      // The frame after the update has been painted.
      requestAnimationFrame(() => setTimeout(() => window.__times.push(performance.now() - start), 0));
    }, { capture: true });
  });
  const input = page.locator('#office-q');
  await input.focus();
  const words = ['osaka city', 'tokyo branch 12', 'germany', 'hokkaido 99'];
  for (const word of words) {
    await page.keyboard.type(word, { delay: 60 });
    for (let i = 0; i < word.length; i += 1) await page.keyboard.press('Backspace', { delay: 60 });
  }
  await page.waitForTimeout(300);
  const times = (await page.evaluate(() => window.__times)).sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`search with ${COUNT} offices: page ready in ${loadMs} ms; ${times.length} keystrokes;`
    + ` keystroke-to-paint median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
} finally {
  await browser.close();
  server.kill();
}
