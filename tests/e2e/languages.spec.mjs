// French, Korean and Simplified Chinese: every main route once in each (its own
// language, not English), their alternates, official names, the first visit, the
// machine-assisted notice, search, a widget, and axe on a sample.
import { test, expect } from '@playwright/test';
import { axe, mainHeading, openApp } from './helpers.mjs';

const LANGS = [
  { code: 'fr', tag: 'fr', nav: 'Bureaux' },
  { code: 'ko', tag: 'ko', nav: '사무소 안내' },
  { code: 'zh', tag: 'zh-Hans', nav: '办事机构' },
];
const ROUTES = [
  '', 'offices/', 'offices/paris/', 'offices/branch-osaka-pref/', 'jet/', 'jet/eligibility/', 'jet/timeline/',
  'jet/apply/', 'jet/where-to-apply/', 'jet/faq/', 'search/', 'embed/', 'embed/offices/', 'embed/jet-timeline/',
];

/** The `<h1>` and `<title>` of a prerendered page, read without scripts. */
async function read(request, path) {
  const response = await request.get(path);
  const html = await response.text();
  const text = (re) => (html.match(re)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
  return { status: response.status(), html, h1: text(/<h1[^>]*>([\s\S]*?)<\/h1>/), title: text(/<title>([\s\S]*?)<\/title>/) };
}

test('every main route in French, Korean and Chinese is in its own language', async ({ request }) => {
  for (const route of ROUTES) {
    const en = await read(request, `/${route}`);
    for (const { code, tag, nav } of LANGS) {
      const page = await read(request, `/${code}/${route}`);
      const where = `/${code}/${route}`;
      expect(page.status, where).toBe(200);
      expect(page.html, where).toContain(`<html lang="${tag}"`);
      expect(page.h1, where).not.toBe('');
      // Office names are names: CLAIR Paris keeps its name in Korean and Chinese.
      if (route !== 'offices/paris/') expect(page.title, where).not.toBe(en.title);
      if (!route.startsWith('embed/') && route !== 'offices/paris/') expect(page.h1, where).not.toBe(en.h1);
      if (!route.startsWith('embed/')) expect(page.html, where).toMatch(new RegExp(`>${nav}(<!>)?</a>`));
    }
  }
});

test('a missing page says so in its language', async ({ page, request }) => {
  // Without scripts too: the host answers with the language's own not-found page.
  const bare = await read(request, '/ko/no/such/page');
  expect(bare.status).toBe(404);
  expect(bare.html).toContain('<html lang="ko"');
  for (const [code, heading] of [['fr', 'Page introuvable'], ['ko', '페이지를 찾을 수 없습니다'], ['zh', '未找到页面']]) {
    const response = await openApp(page, `/${code}/no-such-page`);
    expect(response.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText(heading);
  }
});

test('every page names the five languages as alternates, with x-default', async ({ request }) => {
  const { html } = await read(request, '/ko/jet/faq/');
  for (const [tag, prefix] of [['en', ''], ['ja', 'ja/'], ['fr', 'fr/'], ['ko', 'ko/'], ['zh-Hans', 'zh/']]) {
    expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${tag}" href="[^"]*/${prefix}jet/faq/">`));
  }
  expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]*\/jet\/faq\/">/);
  expect(html).toContain('<meta property="og:locale" content="ko_KR">');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('hreflang="zh-Hans"');
  expect(sitemap).toMatch(/<loc>[^<]*\/fr\/offices\/paris\/<\/loc>/);
});

test('offices carry their official names in the language of the page', async ({ page }) => {
  await openApp(page, '/fr/offices/paris/');
  await expect(mainHeading(page)).toContainText('Centre Japonais des Collectivités Locales');
  await openApp(page, '/ko/offices/seoul/');
  await expect(mainHeading(page)).toContainText('크레아(CLAIR) 서울사무소');
  await openApp(page, '/zh/offices/beijing/');
  await expect(mainHeading(page)).toContainText('CLAIR.BEIJING');
});

test('a French browser lands on /fr/ on its first visit; a chosen English stays English', async ({ browser }) => {
  const fr = await browser.newContext({ locale: 'fr-FR' });
  const page = await fr.newPage();
  await page.goto('/jet/');
  await expect(page).toHaveURL(/\/fr\/jet\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The switch: English, chosen, is remembered over the browser's French.
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await page.locator('.lang-switch').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/jet\/$/);
  await page.goto('/offices/');
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/offices\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await fr.close();

  const taiwan = await browser.newContext({ locale: 'zh-TW' });
  const other = await taiwan.newPage();
  await other.goto('/');
  await expect(other.locator('html[data-ready]')).toHaveCount(1);
  await expect(other).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await taiwan.close();
});

test('a machine-assisted page says so and links the authoritative versions', async ({ page }) => {
  await openApp(page, '/ko/jet/eligibility/');
  const note = page.getByRole('note').filter({ hasText: '기계 번역' });
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/jet/eligibility/');
  await expect(note.getByRole('link', { name: '日本語' })).toHaveAttribute('href', '/ja/jet/eligibility/');
  await openApp(page, '/ja/jet/eligibility/');
  await expect(page.locator('.translation-note')).toHaveCount(0);
});

test('search finds offices by their Korean and Chinese names', async ({ page }) => {
  await openApp(page, '/ko/search/?q=' + encodeURIComponent('서울'));
  await expect(page.locator('ol.search-results a[href="/ko/offices/seoul/"]')).toBeVisible();
  await openApp(page, '/zh/search/?q=' + encodeURIComponent('北京'));
  await expect(page.locator('ol.search-results a[href="/zh/offices/beijing/"]')).toBeVisible();
  // French accents fold: "coree" finds the office covering the République de Corée.
  await openApp(page, '/fr/offices/?q=coree');
  await expect(page.locator('ul.office-list a.office-name[href="/fr/offices/seoul/"]')).toBeVisible();
});

test('the office finder widget in Korean', async ({ page }) => {
  await openApp(page, '/embed/offices/?lang=ko&kind=overseas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(mainHeading(page)).not.toHaveText(/Offices|Find/);
  await expect(page.locator('ul.office-list a.office-name[href$="/ko/offices/seoul/"]')).toContainText('크레아(CLAIR) 서울사무소');
});

for (const { code } of LANGS) {
  for (const route of ['', 'offices/', 'jet/eligibility/', 'embed/']) {
    test(`axe finds no violations on /${code}/${route}`, async ({ page }) => {
      await openApp(page, `/${code}/${route}`);
      const results = await axe(page);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}
