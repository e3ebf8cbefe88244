// Shared steps for the end-to-end tests.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Port of the damaged copy of the site behind an SPA-style host. */
export const brokenOrigin = `http://127.0.0.1:${Number(process.env.E2E_PORT || 18080) + 1}`;

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Opens a path and waits until the wasm app has taken over the page. */
export async function openApp(page, path) {
  const response = await page.goto(path);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  return response;
}

export const mainHeading = (page) => page.getByRole('heading', { level: 1 });

/** axe on the page as it is, with WCAG 2.2's target-size rule on (axe leaves it off;
 *  Lighthouse runs it). */
export function axe(page) {
  return new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
}
