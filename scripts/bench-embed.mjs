// Widgets on a partner page from another origin: time from the partner page's load
// to the widget's first content (median of 10 cold loads), and what the widget costs
// to transfer. Usage: node scripts/bench-embed.mjs [dist]  (run by `make bench`)
import { launchChromium, serve } from './bench-browser.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = process.argv[2] || 'dist';
const port = Number(process.env.BENCH_PORT || 18090) + 10;
const site = `http://127.0.0.1:${port}`;
const partnerDir = 'target/bench-partner';
mkdirSync(partnerDir, { recursive: true });
writeFileSync(`${partnerDir}/index.html`, readFileSync('tests/e2e/partner.html', 'utf8').replaceAll('@SITE@', site));

const servers = await Promise.all([serve(dist, port), serve(partnerDir, port + 1)]);
const browser = await launchChromium();
try {
  const times = [];
  let transfer = 0;
  for (let run = 0; run < 10; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    let bytes = 0;
    client.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port + 1}/`);
    await page.frameLocator('iframe[title="CLAIR overseas offices"]').locator('.office-item').first().waitFor();
    times.push(Date.now() - start);
    await page.waitForTimeout(300);
    transfer = bytes;
    await context.close();
  }
  times.sort((a, b) => a - b);
  const embedJs = readFileSync(`${dist}/embed.js`);
  console.log(`widget on a partner page: first content median ${times[5]} ms (min ${times[0]}, max ${times[9]}) over 10 cold loads;`
    + ` page + 3 widgets transferred ${Math.round(transfer / 1024)} KB (uncompressed by this nginx); embed.js ${embedJs.length} B raw`);
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}
