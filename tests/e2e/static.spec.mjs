// The static site as any host serves it: installable, offline after one visit, a
// reload prompt for a new version, a script policy without unsafe-inline, no layout
// shift when the wasm takes over, and the whole site under a sub-path.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { axe, mainHeading, openApp, watchErrors } from './helpers.mjs';

const port = Number(process.env.E2E_PORT || 18080);
const subPath = `http://127.0.0.1:${port + 3}/clair/`;
const live = `http://127.0.0.1:${port + 4}`;

/** Waits until a service worker controls the page (it claims pages on activation). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Replaces the files the update server serves; nginx reads them per request. */
function deploy(dir) {
  fs.rmSync('target/dist-live', { recursive: true, force: true });
  fs.cpSync(dir, 'target/dist-live', { recursive: true });
}

test.describe('installable', () => {
  test('every page links a manifest whose icons, start URL and scope exist', async ({ page, request }) => {
    await page.goto('/jet/');
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = await (await request.get(href)).json();
    expect(manifest).toMatchObject({ short_name: 'CLAIR', start_url: '/', scope: '/', display: 'standalone' });
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});

test.describe('script policy', () => {
  for (const path of ['/', '/offices/london/', '/jet/apply/', '/embed/', '/embed/offices/?kind=overseas']) {
    test(`${path} runs under a script policy without unsafe-inline`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
      });
      await openApp(page, path);
      const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      const scripts = policy.split('; ').find((d) => d.startsWith('script-src'));
      // No inline script at all, so no hash either: every script is a file of the site.
      expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(await page.locator('script:not([src])').count()).toBe(0);
      expect(await page.evaluate(() => window.__violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('trusted types', () => {
  test('every page requires them, and a visit through pages, islands, search and a widget violates nothing', async ({ page, context }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.sample}`));
    });
    await openApp(page, '/');
    const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types clair-page");
    // Client-side navigation: the one policy turns the fetched page into a document.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
    await expect(page).toHaveURL('/offices/');
    await page.getByRole('searchbox', { name: 'Search offices' }).fill('london');
    await expect(page.getByRole('link', { name: 'CLAIR London', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'CLAIR London', exact: true }).click();
    await expect(page).toHaveURL('/offices/london/');
    await openApp(page, '/search/?q=seoul');
    await expect(page.getByRole('link', { name: 'CLAIR Seoul', exact: true }).first()).toBeVisible();
    await openApp(page, '/embed/offices/?lang=ja&kind=overseas');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await openApp(page, '/jet/apply/');
    await context.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    await context.setOffline(false);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('pages link one hashed, immutable stylesheet and carry no wasm loader or preload of their own', async ({ request }) => {
  const links = new Set();
  for (const path of ['/', '/jet/', '/ja/offices/', '/embed/offices/', '/ja/embed/jet-timeline/', '/404.html']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain('<style');
    const [link] = html.match(/<link rel="stylesheet" href="\/main-[0-9a-f]+\.css"[^>]*>/g) || [];
    expect(link, path).toBeTruthy();
    links.add(link);
  }
  expect(links.size).toBe(1);
  const href = [...links][0].match(/href="([^"]+)"/)[1];
  const css = await request.get(href);
  expect(css.headers()['cache-control']).toContain('immutable');
  expect(await css.text()).toContain('.site-header');
  const page = await (await request.get('/jet/')).text();
  // site.js fetches the wasm only for a page that has islands.
  expect(page).toContain('<script type="module" src="/site.js"></script>');
  expect(page).not.toContain('application/wasm');
  expect(page).not.toContain('modulepreload');
  expect(page).toMatch(/<meta name="clair-wasm" content="\/clair-[0-9a-f]+\.js \/clair-[0-9a-f]+_bg\.wasm">/);
});

test.describe('no layout shift', () => {
  for (const path of ['/', '/offices/london/', '/jet/apply/']) {
    test(`${path}: the wasm takes over with a cumulative layout shift of 0`, async ({ page }) => {
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openApp(page, path);
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => window.__cls)).toBe(0);
    });
  }
});

/** Whether the service worker's cache holds `path`. */
const cached = (page, path) => page.evaluate(async (path) => {
  for (const key of await caches.keys()) {
    if (await (await caches.open(key)).match(path)) return true;
  }
  return false;
}, path);

/** Whether the page has the site's stylesheet applied (its rules loaded, the header laid out by it). */
const styled = (page) => page.evaluate(() => [...document.styleSheets]
  .some((sheet) => /\/main-[0-9a-f]+\.css$/.test(sheet.href || '') && sheet.cssRules.length > 100)
  && getComputedStyle(document.querySelector('.site-header')).borderTopWidth === '6px');

test('a client navigation fetches the next page, not the stylesheet again, and stays styled', async ({ page }) => {
  await openApp(page, '/');
  expect(await styled(page)).toBe(true);
  const css = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.css')) css.push(request.url());
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'JET Programme' }).click();
  await expect(mainHeading(page)).toHaveText('The JET Programme');
  expect(await styled(page)).toBe(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
  await expect(mainHeading(page)).toHaveText('CLAIR offices');
  expect(await styled(page)).toBe(true);
  expect(css).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, pages never visited open offline with their content', async ({ page, context }) => {
    await openApp(page, '/');
    await controlled(page);
    const status = page.getByRole('status').filter({ hasText: /offline/ });
    await context.setOffline(true);
    await expect(page.getByText('You are offline.')).toBeVisible();

    // A main page and an office page, both never opened: the install saved every
    // page of the visitor's language.
    await openApp(page, '/jet/faq/');
    await expect(mainHeading(page)).toHaveText('Frequently asked questions');
    await expect(page.getByText('What positions are there?')).toBeVisible();
    await openApp(page, '/offices/sydney/');
    await expect(mainHeading(page)).toHaveText('CLAIR Sydney');
    await expect(page).toHaveTitle(/CLAIR Sydney/);
    // Styled offline too: the stylesheet came from the install cache.
    expect(await styled(page)).toBe(true);
    await expect(status).toHaveCount(1);

    // The other language is saved once the visitor reads a page in it; until then
    // its pages say they are not saved here, not that they do not exist.
    await openApp(page, '/ja/offices/london/');
    await expect(mainHeading(page)).toHaveText('オフラインでは開けません');
    await expect(page).toHaveTitle(/オフラインでは開けません/);
    await context.setOffline(false);
    await openApp(page, '/ja/');
    await expect.poll(() => cached(page, '/ja/offices/branch-osaka-pref/')).toBe(true);
    await context.setOffline(true);

    // In Japanese too, with a search the client runs.
    await openApp(page, '/ja/offices/?q=%E3%83%AD%E3%83%B3%E3%83%89%E3%83%B3');
    await expect(page.getByRole('link', { name: 'クレア ロンドン事務所' })).toBeVisible();
    await expect(page.getByText('オフラインです。')).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await context.setOffline(false);
    await expect(page.getByText('オフラインです。')).toBeHidden();
  });

  test('the cache is versioned and holds the build\'s hashed assets', async ({ page, request }) => {
    await openApp(page, '/');
    await controlled(page);
    const { keys, urls } = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]);
      const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return { keys, urls };
    });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^clair:\/:[0-9a-f]{12}$/);
    expect(urls).toEqual(expect.arrayContaining(['/', '/jet/faq/', '/offices/london/', '/offices/branch-osaka-pref/', '/404.html', '/data/en/offices.json', '/data/en/mission.json', '/data/search/en/pages.json', '/manifest.webmanifest', '/map-japan.svg']));
    // A first visit saves one language, not all five: no other language's pages, copies
    // of the content files or search index, and not the full (every language) files.
    for (const code of ['ja', 'fr', 'ko', 'zh']) {
      expect(urls.filter((u) => (u.startsWith(`/${code}/`) && u !== `/${code}/404.html`) || u.startsWith(`/data/${code}/`) || u.startsWith(`/data/search/${code}/`))).toEqual([]);
    }
    expect(urls).not.toContain('/data/offices.json');
    expect(urls).not.toContain('/shell.html');
    expect(urls).not.toContain('/embed/offices/');
    const wasm = urls.find((u) => /^\/clair-[0-9a-f]{8,16}_bg\.wasm$/.test(u));
    expect(wasm).toBeTruthy();
    // Hashed names never change content: the host lets browsers keep them for good.
    expect((await request.get(wasm)).headers()['cache-control']).toContain('immutable');
    expect(urls).not.toContain('/sw.js');
  });
});

test.describe('a new version', () => {
  test.use({ serviceWorkers: 'allow' });

  test('is offered with a reload prompt, and the reload shows it, in every open tab', async ({ page, context }) => {
    // Two service-worker installs of the whole site, in two tabs: slow on a busy machine.
    test.setTimeout(60_000);
    deploy('dist');
    await page.goto(`${live}/`);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await controlled(page);
    const otherTab = await context.newPage();
    await otherTab.goto(`${live}/`);
    await expect(otherTab.locator('html[data-ready]')).toHaveCount(1);
    const lead = page.locator('.lead').first();
    await expect(lead).not.toContainText('Updated:');
    const before = await page.evaluate(async () => (await caches.keys()).join());

    deploy('target/dist-v2');
    // The old version keeps serving until the visitor chooses: same page, old content.
    await page.reload();
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(lead).not.toContainText('Updated:');
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of this site is available.' });
    await expect(prompt).toBeVisible();
    const results = await axe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);

    // By keyboard: the prompt's button is in the tab order.
    await prompt.getByRole('button', { name: 'Reload' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.lead').first()).toContainText('Updated:');
    await expect(page.getByText('A new version of this site is available.')).toBeHidden();
    const after = await page.evaluate(async () => (await caches.keys()).join());
    expect(after).not.toBe(before);
    expect(after.split(',')).toHaveLength(1);

    // The other tab now runs old code under the new worker: it asks for a reload too.
    const otherPrompt = otherTab.getByRole('status').filter({ hasText: 'A new version of this site is available.' });
    await otherPrompt.getByRole('button', { name: 'Reload' }).click();
    await expect(otherTab.locator('.lead').first()).toContainText('Updated:');
  });
});

test.describe('under a sub-path', () => {
  test('pages are files with content under /clair/, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, h1] of [['', 'What CLAIR does'], ['offices/london/', 'CLAIR London'], ['ja/jet/apply/', '応募の手順']]) {
      const response = await page.goto(subPath + path);
      expect(response.status()).toBe(200);
      await expect(mainHeading(page)).toHaveText(h1);
    }
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/clair\/ja\/jet\/apply\/$/);
    const missing = await page.goto(`${subPath}no/such/page`);
    expect(missing.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText('Page not found');
    await context.close();
  });

  test('links, language switch, search and the data all stay under /clair/', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(subPath);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
    await expect(page).toHaveURL(`${subPath}offices/`);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('searchbox', { name: 'Search offices' }).fill('germany');
    await expect(page).toHaveURL(`${subPath}offices/?q=germany`);
    await page.getByRole('link', { name: 'CLAIR London' }).first().click();
    await expect(page).toHaveURL(`${subPath}offices/london/`);
    await expect(mainHeading(page)).toHaveText('CLAIR London');
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(`${subPath}ja/offices/london/`);
    await expect(mainHeading(page)).toHaveText('クレア ロンドン事務所');
    expect(errors).toEqual([]);
  });

  test('a page rendered in the browser fetches its data under /clair/', async ({ page }) => {
    const data = [];
    page.on('request', (r) => { if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname); });
    await page.goto(`${subPath}offices/?q=london`);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 office found');
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((p) => p.startsWith('/clair/data/'))).toBe(true);
  });

  test('the manifest, the service worker and the headers follow the sub-path', async ({ browser, request }) => {
    const manifest = await (await request.get(`${subPath}manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe('/clair/');
    expect(manifest.scope).toBe('/clair/');
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(subPath);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(subPath);
    await context.close();
    const widget = await request.get(`${subPath}embed/offices/`);
    expect(widget.headers()['content-security-policy']).toBe('frame-ancestors *');
    const other = await request.get(`${subPath}jet/`);
    expect(other.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(other.headers()['x-frame-options']).toBe('DENY');
  });
});
