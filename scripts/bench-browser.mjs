// What the browser benchmarks share: a site served by nginx as deployed, and Debian's
// Chromium started headless with the flags this machine needs (no download, no
// background connections).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

/** Serves `dir` on `port` (scripts/serve.sh); call `.kill()` on the result to stop. */
export async function serve(dir, port) {
  const server = spawn('scripts/serve.sh', [dir, String(port), 'static'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return server;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
