import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './helpers.mjs';

const paths = ['/', '/offices/', '/jet/', '/ja/', '/ja/offices/', '/ja/jet/', '/no-such-page', '/ja/no-such-page'];

for (const path of paths) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await openApp(page, path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

test('axe finds no violations on the error state', async ({ page }) => {
  await openApp(page, '/');
  await page.route('**/data/offices.json', (route) => route.abort());
  await page.getByRole('link', { name: 'Offices' }).first().click();
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
