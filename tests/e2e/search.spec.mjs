// The site search: the header's field on every page, the search page and its index.
import { test, expect } from '@playwright/test';
import { axe, mainHeading, openApp, watchErrors } from './helpers.mjs';

const subPath = `http://127.0.0.1:${Number(process.env.E2E_PORT || 18080) + 3}/clair/`;
const results = (page) => page.locator('ol.search-results > li');
const result = (page, name) => page.locator('ol.search-results').getByRole('link', { name, exact: true });

test.describe('site search', () => {
  test('the header field opens the search page with its results, without a reload', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/');
    await page.evaluate(() => { window.stayed = true; });
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search this site' });
    await field.fill('london');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=london$/);
    await expect(mainHeading(page)).toHaveText('Search');
    await expect(page.getByRole('searchbox', { name: /Search for an office/ })).toHaveValue('london');
    await expect(result(page, 'CLAIR London')).toHaveAttribute('href', '/offices/london/');
    const london = results(page).filter({ has: page.getByRole('link', { name: 'CLAIR London', exact: true }) });
    await expect(london.locator('.search-section')).toHaveText('Office');
    expect(await page.evaluate(() => window.stayed)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the header field shows the first results under it as you type, by keyboard too', async ({ page }) => {
    await openApp(page, '/jet/');
    const field = page.locator('#site-q');
    await field.focus();
    await page.keyboard.type('visa');
    const popup = page.locator('.search-popup');
    await expect(popup.getByRole('link', { name: 'What documents do I need?' })).toHaveAttribute('href', '/jet/faq/#documents-needed');
    await page.keyboard.press('ArrowDown');
    await expect(popup.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    await expect(field).toBeFocused();
    await page.keyboard.type('s');
    await expect(popup).toBeVisible();
    await popup.getByRole('button', { name: 'See all results' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=visas$/);
    await expect(mainHeading(page)).toHaveText('Search');
  });

  test('finds an office, a FAQ answer (on its anchor) and a step in English', async ({ page }) => {
    await openApp(page, '/search/?q=interview');
    await expect(result(page, 'Interview')).toHaveAttribute('href', '/jet/apply/#step-interview');
    const faq = result(page, 'How do the interviews work?');
    await expect(faq).toHaveAttribute('href', '/jet/faq/#interviews');
    // The match is marked, as text.
    await expect(page.locator('ol.search-results mark').first()).toHaveText(/interview/i);
    await faq.click();
    await expect(page).toHaveURL(/\/jet\/faq\/#interviews$/);
    await expect(page.locator('#interviews')).toBeInViewport();

    await openApp(page, '/search/?q=germany');
    await expect(result(page, 'CLAIR London')).toBeVisible();
  });

  test('finds an office, a FAQ answer and a step in Japanese', async ({ page }) => {
    await openApp(page, '/ja/search/?q=' + encodeURIComponent('ビザ'));
    await expect(result(page, 'ビザ（査証）')).toHaveAttribute('href', '/ja/jet/apply/#doc-visa');
    await expect(page.locator('ol.search-results').getByRole('link', { name: 'どのような書類が必要ですか。' }))
      .toHaveAttribute('href', /^\/ja\/jet\/faq\/#/);
    await expect(page.locator('.results-count')).toHaveText(/^「ビザ」の検索結果：\d+件$/);
    await openApp(page, '/ja/search/?q=' + encodeURIComponent('面接'));
    await expect(page.locator('ol.search-results a[href="/ja/jet/apply/#step-interview"]')).toHaveText('面接');
    await openApp(page, '/ja/search/?q=' + encodeURIComponent('大阪'));
    await expect(result(page, '大阪府支部')).toHaveAttribute('href', '/ja/offices/branch-osaka-pref/');
    // Inside a longer sentence, with no word segmentation needed.
    await openApp(page, '/ja/search/?q=' + encodeURIComponent('締め切り'));
    await expect(results(page).first()).toBeVisible();
  });

  test('folds case, accents, full width and kana like the directory', async ({ page }) => {
    for (const q of ['tokyo', 'TŌKYŌ', 'ｔｏｋｙｏ', '東京', 'とうきょう']) {
      await openApp(page, '/search/?q=' + encodeURIComponent(q));
      await expect(result(page, 'Tokyo Metropolis Branch'), q).toBeVisible();
    }
    await openApp(page, '/ja/search/?q=' + encodeURIComponent('どいつ'));
    await expect(result(page, 'クレア ロンドン事務所')).toBeVisible();
  });

  test('works by keyboard: / focuses the field, arrows move, Enter opens, Escape goes back', async ({ page }) => {
    await openApp(page, '/offices/london/');
    await page.locator('body').press('/');
    await expect(page.locator('#site-q')).toBeFocused();
    await page.keyboard.type('visa');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=visa$/);
    const field = page.locator('#search-q');
    await expect(results(page).first()).toBeVisible();
    await page.locator('body').press('/');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(0).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await results(page).nth(0).getByRole('link').getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(href.replace(/[?#.]/g, '\\$&') + '$'));
  });

  test('no results says so and offers the directory and the FAQ; typing updates the address', async ({ page }) => {
    await openApp(page, '/search/');
    await expect(page.locator('.results-count')).toHaveText('Type a word to search: results appear as you type.');
    await page.locator('#search-q').fill('atlantis');
    await expect(page.locator('.results-count')).toHaveText('Nothing on this site matches “atlantis”.');
    await expect(page.locator('.search-try').getByRole('link', { name: 'Offices' })).toHaveAttribute('href', '/offices/');
    await expect(page.locator('.search-try').getByRole('link', { name: 'Frequently asked questions' })).toHaveAttribute('href', '/jet/faq/');
    await expect(page).toHaveURL(/\/search\/\?q=atlantis$/);
  });

  test('the first load of a page fetches no search file', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openApp(page, '/');
    await page.waitForTimeout(500);
    expect(fetched.filter((p) => p.includes('search'))).toEqual([]);
    await openApp(page, '/search/');
    await page.waitForTimeout(300);
    expect(fetched.filter((p) => p.startsWith('/data/search/'))).toEqual([]);
    // The index comes when the visitor reaches for the field, in parts, in their language.
    await page.locator('#search-q').focus();
    await expect.poll(() => fetched.filter((p) => p.startsWith('/data/search/en/')).length).toBe(3);
  });

  test.describe('offline and under a sub-path', () => {
    test.use({ serviceWorkers: 'allow' });

    test('works offline after one visit', async ({ page, context }) => {
      // A visit in Japanese saves the Japanese pages (and every language's index).
      await openApp(page, '/ja/');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await openApp(page, '/ja/search/?q=' + encodeURIComponent('大阪'));
      await expect(result(page, '大阪府支部')).toBeVisible();
      await context.setOffline(false);
    });

    test('stays under the sub-path', async ({ page }) => {
      await page.goto(`${subPath}search/?q=london`);
      await expect(result(page, 'CLAIR London')).toHaveAttribute('href', '/clair/offices/london/');
      await page.locator('#site-q').fill('visa');
      await page.locator('#site-q').press('Enter');
      await expect(page).toHaveURL(`${subPath}search/?q=visa`);
      await expect(results(page).first()).toBeVisible();
    });
  });

  for (const path of ['/search/?q=visa', '/ja/search/?q=' + encodeURIComponent('ビザ')]) {
    test(`axe finds no violations with results open on ${decodeURIComponent(path)}`, async ({ page }) => {
      await openApp(page, path);
      await expect(results(page).first()).toBeVisible();
      const { violations } = await axe(page);
      expect(violations).toEqual([]);
    });
  }
});
