import { test, expect } from '@playwright/test';
import { axe, openApp } from './helpers.mjs';

const jet = ['/jet/', '/jet/eligibility/', '/jet/timeline/', '/jet/apply/', '/jet/where-to-apply/', '/jet/faq/'];
const paths = [
  '/', '/offices/', ...jet, '/ja/', '/ja/offices/', ...jet.map((p) => `/ja${p}`), '/no-such-page', '/ja/no-such-page',
  '/search/', '/ja/search/', '/search/?q=atlantis',
  // States reached by using the JET pages.
  '/jet/eligibility/?nationality=yes&japanese-nationality=no&degree=yes&language=yes&japanese=none&previous-jet=before&declined=no&commitment=yes&health=unsure',
  '/ja/jet/eligibility/?nationality=no&step=summary',
  '/jet/timeline/?country=US', '/ja/jet/timeline/?country=AU', '/jet/where-to-apply/?country=AU', '/ja/jet/where-to-apply/?country=BR',
  // Partner widgets and their configurator.
  '/embed/', '/ja/embed/', '/embed/offices/', '/embed/offices/?lang=ja&theme=dark&accent=crimson',
  '/embed/offices/london/', '/embed/offices/london/?lang=ja&compact=1', '/embed/jet-timeline/?country=US',
  '/embed/jet-timeline/?lang=ja&theme=light&accent=forest',
];

for (const path of paths) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await openApp(page, path);
    // A widget with options renders in the browser after its data arrives: wait for it.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('axe finds no violations on a question left unanswered, or an open step', async ({ page }) => {
  await openApp(page, '/jet/eligibility/');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  let results = await axe(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await openApp(page, '/jet/apply/');
  await page.getByRole('button', { name: 'Show all steps' }).click();
  await page.locator('.check-item input').first().check();
  results = await axe(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('axe finds no violations on the error state', async ({ page }) => {
  await openApp(page, '/');
  await page.route('**/data/*/offices.json', (route) => route.abort());
  await page.getByRole('link', { name: 'Offices' }).first().click();
  await page.getByLabel('Search offices').click();
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await axe(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
