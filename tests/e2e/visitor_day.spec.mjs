// A visitor's day, finished: the answer for today first on a phone, pages that start
// complete (with or without scripts), nothing offered that the data cannot back.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

const guide = JSON.parse(readFileSync(new URL('../../public/data/jet/apply.json', import.meta.url)));
const phone = { width: 390, height: 844 };

/** The first control of the page's own task: not the menus, the note or the header. */
const firstControl = (page) => page.locator('main').locator('input:not([type=hidden]), select, textarea, button')
  .filter({ visible: true })
  .filter({ hasNot: page.locator('xpath=ancestor::nav | ancestor::*[@role="note"]') })
  .first();

test.describe('the answer for today, first', () => {
  test.use({ viewport: phone });

  test('on 2026-12-05 each JET page says under its heading that applications have closed, and its task starts on the first screen', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00'));
    for (const path of ['/jet/', '/jet/eligibility/', '/jet/timeline/', '/jet/apply/', '/jet/where-to-apply/', '/jet/faq/']) {
      await openApp(page, path);
      // The element right after the heading is the note, and its line is today's answer.
      const next = page.locator('h1 + *');
      await expect(next, path).toHaveAttribute('role', 'note');
      await expect(next.locator('.programme-when > :not(.variant-hidden)'), path)
        .toHaveText('Applications for the 2027 programme have closed. Those for the 2028 programme are expected to open around September–October 2027.');
      if (path !== '/jet/') {
        const box = await firstControl(page).boundingBox();
        expect(box.y, `${path}: first control at ${box.y}`).toBeLessThan(phone.height);
      }
    }
  });

  test('the timeline widget shows a country\'s notes under that country only', async ({ page }) => {
    await openApp(page, '/embed/jet-timeline/?country=US');
    const text = await page.locator('body').innerText();
    expect(text).toContain('United States');
    expect(text).not.toMatch(/\bUK\b|United Kingdom|last Friday/);
  });
});

test.describe('pages that start complete', () => {
  for (const scripts of [true, false]) {
    test(`/embed/ shows a chosen widget, its height and both snippets ${scripts ? 'before any interaction' : 'without scripts'}`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: scripts });
      const page = await context.newPage();
      await page.goto('/embed/');
      await expect(page.getByRole('radio', { name: 'CLAIR offices' })).toBeChecked();
      await expect(page.getByRole('spinbutton', { name: /Height/ })).toHaveValue('600');
      const script = await page.locator('#snippet-script').inputValue();
      const iframe = await page.locator('#snippet-iframe').inputValue();
      expect(script).toMatch(/^<div data-clair-widget="office-finder"><\/div>\s*<script src="https?:\/\/[^"]+\/embed\.js"/);
      expect(iframe).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/offices\/"/);
      expect(iframe).toContain('height="600"');
      await expect(page.locator('.embed-preview iframe')).toHaveAttribute('src', /\/embed\/offices\/$/);
      await context.close();
    });
  }

  test('no radio group with a default is prerendered with nothing chosen', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/embed/', '/offices/', '/ja/offices/']) {
      await page.goto(path);
      const unchosen = await page.evaluate(() => {
        const names = new Set([...document.querySelectorAll('main input[type=radio]')].map((r) => r.name));
        return [...names].filter((name) => !document.querySelector(`main input[type=radio][name="${name}"]:checked`));
      });
      expect(unchosen, path).toEqual([]);
    }
    await context.close();
  });

  test('a tick made before the checklist has started survives an immediate reload', async ({ page }) => {
    // The island's wasm is held back: the tick lands on the prerendered checkbox.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*_bg.wasm', async (route) => {
      await held;
      // The reload may have dropped this request already: nothing left to continue.
      await route.continue().catch(() => undefined);
    });
    await page.goto('/jet/apply/');
    const name = guide.documents[1].name.en;
    await page.getByLabel(name, { exact: true }).check();
    await page.unroute('**/*_bg.wasm');
    release();
    await page.reload();
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(page.getByLabel(name, { exact: true })).toBeChecked();
    await expect(page.getByText(`1 of ${guide.documents.length} documents ready`)).toBeVisible();
    // Kept by the island's own storage now, not only as a draft of the tab.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('clair.jet.checklist'))).toContain(guide.documents[1].id);
  });

  test('no blank band under the footer', async ({ page }) => {
    for (const path of ['/', '/offices/', '/jet/faq/']) {
      await openApp(page, path);
      const gap = await page.evaluate(() => document.documentElement.scrollHeight
        - (document.querySelector('footer').getBoundingClientRect().bottom + scrollY));
      expect(Math.abs(gap), path).toBeLessThan(2);
    }
  });
});

test.describe('nothing offered that the data cannot back', () => {
  test('a branch offers no contact card or map link, and says where to ask', async ({ page }) => {
    await openApp(page, '/offices/branch-aomori-pref/');
    await expect(page.getByRole('link', { name: /contact card/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveCount(0);
    const address = page.locator('dt:has-text("Address") + dd');
    await expect(address).toContainText('Not listed on this site.');
    await expect(address.getByRole('link')).toHaveAttribute('href', '/offices/tokyo-hq/');
    await expect(page.getByText('The dot marks the area the branch serves, not an address.')).toBeVisible();
  });

  test('an overseas office\'s card says it holds only the name and website; headquarters\' card is a full one', async ({ page }) => {
    await openApp(page, '/offices/london/');
    await expect(page.getByRole('link', { name: 'Download contact card: name and website only (.vcf)' })).toBeVisible();
    await expect(page.locator('dt:has-text("Address") + dd').getByRole('link')).toHaveAttribute('href', /^https:/);
    await openApp(page, '/offices/tokyo-hq/');
    await expect(page.getByRole('link', { name: 'Download contact card (.vcf)' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('could not confirm');
  });

  test('the home page keeps every source in one place per block', async ({ page }) => {
    await openApp(page, '/');
    await expect(page.locator('.figure .sources')).toHaveCount(0);
    await expect(page.getByText(/^Sources for these figures \(\d+\)$/)).toBeVisible();
  });
});

test.describe('small things', () => {
  test('the header search says what it is; "widget" finds the widgets page, which the directory links', async ({ page }) => {
    await openApp(page, '/offices/');
    await expect(page.getByRole('searchbox', { name: 'Search this site' })).toHaveAttribute('placeholder', 'Search this site');
    await expect(page.getByRole('link', { name: 'Widgets for partner sites' }).first()).toBeVisible();
    for (const word of ['widget', 'embed', 'iframe']) {
      await openApp(page, `/search/?q=${word}`);
      await expect(page.locator('main').getByRole('link', { name: 'Widgets for partner sites' }).first(), word).toBeVisible();
    }
  });

  test('a Japanese search for 兵庫 shows only the map that holds it', async ({ page }) => {
    await openApp(page, '/ja/offices/?q=兵庫');
    await expect(page.locator('.office-map-japan')).toBeVisible();
    await expect(page.locator('.office-map-world')).toBeHidden();
  });
});
