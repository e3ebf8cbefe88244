// End-to-end tests: Debian's Chromium (never a downloaded browser) against nginx.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 18080);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
    locale: 'en-GB',
    // Requests a service worker makes are invisible to page.route(); only the offline
    // tests (static.spec.mjs) let it run.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `scripts/serve.sh dist ${port} static`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `scripts/serve.sh target/dist-broken ${port + 1} spa`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // A partner's page on another origin, embedding the widgets (scripts/e2e.sh).
      command: `scripts/serve.sh target/partner ${port + 2} static`,
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // The site built for a sub-path (PUBLIC_URL=/clair/), served there.
      command: `scripts/serve.sh target/dist-clair ${port + 3} static /clair/`,
      url: `http://127.0.0.1:${port + 3}/clair/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // A copy the update test replaces with a second version while a page is open.
      command: `scripts/serve.sh target/dist-live ${port + 4} static`,
      url: `http://127.0.0.1:${port + 4}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // make edit's servers, editing a temporary copy of the repository (scripts/e2e.sh).
      command: `REPO=target/edit-repo DIST=dist PORT=${port + 5} scripts/edit.sh`,
      url: `http://127.0.0.1:${port + 5}/admin/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
