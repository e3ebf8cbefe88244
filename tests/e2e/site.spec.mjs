import { test, expect } from '@playwright/test';
import { brokenOrigin, mainHeading, openApp, watchErrors } from './helpers.mjs';

const routes = [
  { path: '/', h1: 'What CLAIR does', lang: 'en' },
  { path: '/offices/', h1: 'CLAIR offices', lang: 'en' },
  { path: '/jet/', h1: 'The JET Programme', lang: 'en' },
  { path: '/ja/', h1: 'クレアの活動', lang: 'ja' },
  { path: '/ja/offices/', h1: 'クレアの事務所', lang: 'ja' },
  { path: '/ja/jet/', h1: 'JETプログラム', lang: 'ja' },
  { path: '/jet/apply/', h1: 'How to apply, step by step', lang: 'en' },
  { path: '/jet/eligibility/', h1: 'Check your eligibility', lang: 'en' },
  { path: '/ja/jet/faq/', h1: 'よくある質問', lang: 'ja' },
  { path: '/offices/london/', h1: 'CLAIR London', lang: 'en' },
];

test.describe('prerendered pages', () => {
  for (const route of routes) {
    test(`${route.path} shows its content without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(route.path);
      expect(response.status()).toBe(200);
      await expect(mainHeading(page)).toHaveText(route.h1);
      await expect(page.locator('html')).toHaveAttribute('lang', route.lang);
      await expect(page.getByRole('contentinfo')).toContainText(route.lang === 'en' ? 'Content compiled from the sources cited' : '各出典から取りまとめた');
      await expect(page).toHaveTitle(new RegExp(route.h1));
      await context.close();
    });

    test(`${route.path} starts its islands on the prerendered elements, without console errors`, async ({ page }) => {
      const errors = watchErrors(page);
      // Before any script runs: the prerendered elements inside each island.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') {
            window.__prerendered = [...document.querySelectorAll('leptos-island *')];
          }
        });
      });
      await openApp(page, route.path);
      await expect(mainHeading(page)).toHaveText(route.h1);
      expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
      // Hydrated, not replaced: every prerendered element of an island is still in place.
      expect(await page.evaluate(() => window.__prerendered.filter((el) => !el.isConnected).length)).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('/offices without a slash is redirected to the real file', async ({ page }) => {
    const response = await page.goto('/offices');
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/offices/');
    await expect(mainHeading(page)).toHaveText('CLAIR offices');
  });
});

test.describe('navigation', () => {
  test('links move between the three sections in the browser, with title and focus', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/');
    await page.evaluate(() => { window.__sameDocument = true; });
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Offices' }).click();
    await expect(page).toHaveURL(/\/offices\/$/);
    await expect(mainHeading(page)).toHaveText('CLAIR offices');
    await expect(mainHeading(page)).toBeFocused();
    await expect(page).toHaveTitle('CLAIR offices — CLAIR');
    await expect(nav.getByRole('link', { name: 'Offices' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('p.result-count')).toHaveText('75 offices found');
    expect(await page.locator('meta[name=description]').getAttribute('content')).toContain('67 branches');

    await nav.getByRole('link', { name: 'JET Programme' }).click();
    await expect(page).toHaveURL(/\/jet\/$/);
    await expect(mainHeading(page)).toBeFocused();
    await expect(page).toHaveTitle('The JET Programme — CLAIR');
    await expect(page.getByText('5,933').first()).toBeVisible();

    await nav.getByRole('link', { name: 'Mission' }).click();
    await expect(mainHeading(page)).toHaveText('What CLAIR does');
    await expect(mainHeading(page)).toBeFocused();
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(/\/jet\/$/);
    await expect(mainHeading(page)).toHaveText('The JET Programme');
    expect(errors).toEqual([]);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await openApp(page, '/jet/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the call-to-action cards lead to the directory and the JET pages', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('link', { name: /Find an office/ }).click();
    await expect(mainHeading(page)).toHaveText('CLAIR offices');
    await page.goBack();
    await page.getByRole('link', { name: /Explore the JET Programme/ }).click();
    await expect(mainHeading(page)).toHaveText('The JET Programme');
  });

  test('the footer carries the site\'s own links and the review date, not a list of sources', async ({ page }) => {
    await openApp(page, '/offices/london/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('details.sources')).toHaveCount(0);
    await expect(footer).toContainText(/Content compiled from the sources cited, \w+ \d{4}\./);
    const own = footer.getByRole('list').first();
    await expect(own.getByRole('link')).toHaveText(['Mission', 'Offices', 'JET Programme', "Put CLAIR's office finder or JET dates on your site", 'Main sources']);
    await footer.getByRole('link', { name: 'Main sources' }).click();
    await expect(mainHeading(page)).toHaveText('What CLAIR does');
    await expect(page.getByRole('heading', { name: 'Main sources', level: 2 })).toBeVisible();
    await expect(page.locator('#main-sources li').first()).toBeVisible();
  });

  test('an unknown path shows the 404 page inside the shell', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response.status()).toBe(404);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(mainHeading(page)).toHaveText('Page not found');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(mainHeading(page)).toHaveText('What CLAIR does');
  });

  test('an unknown Japanese path shows the Japanese 404 page', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto('/ja/no-such-page');
    expect(response.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText('ページが見つかりません');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});

test.describe('languages', () => {
  test('the switch changes text and lang, and the choice survives a reload and a new visit', async ({ page }) => {
    await openApp(page, '/offices/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/ja\/offices\/$/);
    await expect(mainHeading(page)).toHaveText('クレアの事務所');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('navigation', { name: 'メイン' }).getByRole('link', { name: 'JETプログラム' })).toBeVisible();

    await page.reload();
    await expect(mainHeading(page)).toHaveText('クレアの事務所');

    // The stored choice applies when the visitor comes back to an English address.
    await page.goto('/jet/');
    await expect(page).toHaveURL(/\/ja\/jet\/$/);
    await expect(mainHeading(page)).toHaveText('JETプログラム');

    await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
    await expect(mainHeading(page)).toHaveText('The JET Programme');
    await page.goto('/');
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a first visit follows the browser language; a /ja/ link keeps its language', async ({ browser }) => {
    const ja = await browser.newContext({ locale: 'ja-JP' });
    const page = await ja.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\/$/);
    await expect(mainHeading(page)).toHaveText('クレアの活動');
    await ja.close();

    const en = await browser.newContext({ locale: 'en-US' });
    const page2 = await en.newPage();
    await openApp(page2, '/ja/jet/');
    await expect(mainHeading(page2)).toHaveText('JETプログラム');
    await en.close();
  });

  test('corrupted storage is ignored', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('clair.lang', '{"broken'));
    await openApp(page, '/');
    await expect(mainHeading(page)).toHaveText('What CLAIR does');
  });
});

test.describe('mission content', () => {
  test('figures are shown with their dates and sources', async ({ page }) => {
    await openApp(page, '/');
    const total = page.locator('#figure-jet-participants-total');
    await expect(total).toContainText('80,000+');
    await expect(total).toContainText('As of 2025');
    const sources = page.locator('details', { has: page.getByText('Sources for these figures', { exact: false }) }).first();
    await sources.locator('summary').click();
    await expect(sources.locator('a[href^="https://jetprogramme.org/"]').first()).toBeVisible();
    const year = page.locator('#figure-jet-participants-2025');
    await expect(year).toContainText('5,933');
    await expect(page.getByRole('main')).not.toContainText('65,000');
    await expect(page.getByRole('heading', { level: 2, name: 'Key figures' })).toBeVisible();
    for (const href of await page.locator('main a[href^="http"], footer a[href^="http"]').evaluateAll((as) => as.map((a) => a.href))) {
      expect(href.startsWith('https://')).toBe(true);
    }
  });
});

test.describe('failures', () => {
  test('a network failure for an island\'s data shows the error with Retry, and Retry recovers', async ({ page }) => {
    await openApp(page, '/');
    await page.route('**/data/*/offices.json', (route) => route.abort());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
    await expect(mainHeading(page)).toHaveText('CLAIR offices');
    // The prerendered directory reads on; reaching for the search starts its island.
    await expect(page.getByRole('link', { name: 'CLAIR London' })).toBeVisible();
    await page.getByLabel('Search offices').click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This content could not be loaded');
    await expect(alert).toContainText('offices.json');
    await page.unroute('**/data/*/offices.json');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByLabel('Search offices').fill('london');
    await expect(page.locator('p.result-count')).toHaveText('1 office found');
  });

  test('a prerendered page keeps its content when the data later fails', async ({ page }) => {
    await page.route('**/data/**/*.json', (route) => route.abort());
    await openApp(page, '/jet/');
    await expect(page.getByText('5,933').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toContainText('Content compiled from the sources cited');
  });

  test('a corrupted file an island needs names the file and the problem, and the page stays', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, `${brokenOrigin}/jet/eligibility/`);
    // The checker starts when the visitor reaches for it.
    await page.getByRole('radio').first().check();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('jet/eligibility.json has a problem');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(mainHeading(page)).toHaveText('Check your eligibility');
    await expect(page.getByRole('contentinfo')).toContainText('Content compiled from the sources cited');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  test('a page answered with another route\'s file by an SPA-style host is replaced, never left standing', async ({ page }) => {
    const errors = watchErrors(page);
    // jet/faq/ is missing on this host, which answers with the home page's file.
    await page.goto(`${brokenOrigin}/jet/faq/`);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(mainHeading(page)).toHaveText('Page not found');
    await expect(page.getByText('Key figures')).toHaveCount(0);
    // A page that exists comes in whole, in the browser, from the same host.
    await page.getByRole('link', { name: 'Offices' }).first().click();
    await expect(mainHeading(page)).toHaveText('CLAIR offices');
    expect(errors).toEqual([]);
  });

  test('an SPA fallback for an office that has no file renders "not found" in the browser', async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(`${brokenOrigin}/offices/atlantis/`);
    expect(response.status()).toBe(200);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(mainHeading(page)).toHaveText('Office not found');
    await expect(page).toHaveTitle(/Office not found/);
    await expect(page.getByText('Key figures')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'CLAIR London' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('search engines and link previews', () => {
  test('a page names its canonical URL, its language alternates and its preview', async ({ request }) => {
    const html = await (await request.get('/ja/offices/london/')).text();
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/ja\/offices\/london\/">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\/offices\/london\/">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="ja" href="[^"]+\/ja\/offices\/london\/">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+\/offices\/london\/">/);
    expect(html).toContain('<meta property="og:locale" content="ja_JP">');
    expect(html).toMatch(/<meta property="og:title" content="[^"]*ロンドン[^"]*">/);
    const widget = await (await request.get('/embed/offices/london/')).text();
    expect(widget).toContain('<meta name="robots" content="noindex">');
    expect(widget).not.toContain('rel="canonical"');
  });

  test('sitemap.xml and robots.txt come from the route list', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    // 84 indexable pages in each of the five languages.
    expect(xml.match(/<url>/g)).toHaveLength(84 * 5);
    expect(xml).toMatch(/<loc>[^<]+\/ja\/jet\/faq\/<\/loc>/);
    expect(xml).toMatch(/<loc>[^<]+\/offices\/branch-osaka-city\/<\/loc>/);
    expect(xml).not.toContain('/embed/offices/');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robots).toContain('Disallow: /embed/offices/');
  });
});

test.describe('islands', () => {
  test('a page whose islands wait for the visitor fetches no wasm until they reach for one', async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(request.url());
    });
    await openApp(page, '/offices/');
    await page.waitForTimeout(500);
    expect(wasm).toEqual([]);
    const input = page.getByRole('searchbox', { name: 'Search offices' });
    const before = await input.elementHandle();
    await input.click();
    await page.keyboard.type('osaka');
    await expect(page.locator('p.result-count')).toHaveText('3 offices found');
    expect(wasm).toHaveLength(1);
    // The field typed into is the prerendered one, hydrated, and kept what was typed.
    expect(await input.evaluate((el, old) => el === old, before)).toBe(true);
    await expect(input).toHaveValue('osaka');
  });

  test('the not-found page loads the light bundle; the site bundle comes with the first form', async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
    });
    await openApp(page, '/offices/atlantis/');
    await expect(mainHeading(page)).toHaveText('Office not found');
    expect(wasm).toEqual([expect.stringMatching(/^\/clair-light-[0-9a-f]+_bg\.wasm$/)]);
    // A client navigation to a page of the site's bundle: its island starts from that
    // bundle, and the light one keeps its own page working.
    await page.getByRole('link', { name: 'JET Programme', exact: true }).first().click();
    await page.getByRole('navigation', { name: 'JET Programme pages' })
      .getByRole('link', { name: 'Check your eligibility' }).click();
    await expect(mainHeading(page)).toHaveText('Check your eligibility');
    await page.locator('.question input[type="radio"]').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => wasm.length).toBe(2);
    expect(wasm[1]).toMatch(/^\/clair-[0-9a-f]+_bg\.wasm$/);
    // Back past the checker's steps (each a history entry) to the missing office.
    // A Back within the site is a client navigation: the next one waits until this one
    // has changed the address, or it would step past the office.
    for (let i = 0; i < 4 && !page.url().endsWith('/offices/atlantis/'); i += 1) {
      const before = page.url();
      await page.goBack();
      await expect.poll(() => page.url()).not.toBe(before);
    }
    await expect(page).toHaveURL(/\/offices\/atlantis\/$/);
    await expect(mainHeading(page)).toHaveText('Office not found');
    expect(wasm).toHaveLength(2);
  });

  test('the timeline needs no wasm: its country picker and today are the page\'s own', async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(request.url());
    });
    await page.clock.setFixedTime(new Date('2026-12-10T12:00:00'));
    await openApp(page, '/jet/timeline/');
    await expect(page.locator('.now-banner:visible')).toHaveText('The next cycle usually opens around September 2027.');
    await expect(page.locator('.stage[aria-current="step"] h3').filter({ visible: true })).toHaveText(['Document screening Now']);
    await page.getByLabel('Your country').selectOption('CA');
    await expect(page).toHaveURL(/\/jet\/timeline\/\?country=CA$/);
    await expect(page.getByRole('heading', { name: 'Dates for Canada' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Dates for Canada' })).toHaveCount(0);
    await expect(page.getByLabel('Your country')).toHaveValue('');
    await page.goForward();
    await expect(page.getByRole('heading', { name: 'Dates for Canada' })).toBeVisible();
    expect(wasm).toEqual([]);
  });

  test('without JavaScript the timeline shows the general cycle and every country\'s dates, offering nothing that depends on the day', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/jet/timeline/');
    await expect(page.getByLabel('Your country')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'The yearly cycle' })).toHaveCount(1);
    for (const country of ['United States', 'Australia', 'Canada', 'United Kingdom']) {
      await expect(page.getByRole('heading', { name: `Dates for ${country}` })).toBeVisible();
    }
    // Every offer depends on the day: without a clock, no calendar of what may be past.
    await expect(page.getByRole('link', { name: /calendar|Remind me/ })).toHaveCount(0);
    await expect(page.getByText('These dates were published for the 2025 programme.').first()).toBeVisible();
    await context.close();
  });

  test('pages without islands load no wasm at all', async ({ page }) => {
    const wasm = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(request.url());
    });
    for (const path of ['/', '/offices/london/', '/jet/', '/ja/offices/branch-osaka-pref/', '/jet/timeline/', '/embed/offices/london/?lang=ja']) {
      await openApp(page, path);
    }
    // A missing page outside the directory: the not-found page is all there is to say.
    await openApp(page, '/ja/no/such/page/');
    await expect(mainHeading(page)).toHaveText('ページが見つかりません');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect(wasm).toEqual([]);
  });
});
