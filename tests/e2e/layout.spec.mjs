// Phone-first layout: nothing scrolls sideways, and each page's task is on the first screen.
import { test, expect } from '@playwright/test';
import { axe, openApp } from './helpers.mjs';

const routes = [
  '/', '/offices/', '/offices/london/', '/offices/branch-aomori-pref/', '/jet/', '/jet/eligibility/',
  '/jet/timeline/', '/jet/apply/', '/jet/where-to-apply/', '/jet/faq/', '/embed/',
];

for (const width of [320, 390, 1280]) {
  test(`no route scrolls sideways at ${width} px, in either language`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 844 });
    for (const path of routes.flatMap((p) => [p, p === '/' ? '/ja/' : `/ja${p}`])) {
      await openApp(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow} px at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
}

for (const width of [320, 390, 1280]) {
  test(`every branch's marker sits inside the Japan map at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await openApp(page, '/offices/');
    const japan = page.locator('figure.office-map-japan');
    const frame = await japan.locator('.map-canvas').boundingBox();
    const boxes = await japan.locator('.marker').evaluateAll((markers) =>
      markers.map((m) => ({ id: m.dataset.office, ...m.getBoundingClientRect().toJSON() })));
    expect(boxes).toHaveLength(67);
    for (const box of boxes) {
      const inside = box.x >= frame.x && box.y >= frame.y
        && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
      expect(inside, `${box.id} at ${box.x},${box.y} in ${JSON.stringify(frame)}`).toBe(true);
    }
  });
}

test('Japanese pages use Japanese punctuation next to Japanese text', async ({ page }) => {
  test.slow();
  // A half-width ( ) or : touching kana or kanji, as a Japanese reader would not write it.
  const mixed = /[\u3040-\u30ff\u3400-\u9fff][():]|[():][\u3040-\u30ff\u3400-\u9fff]/g;
  for (const path of routes.map((p) => (p === '/' ? '/ja/' : `/ja${p}`))) {
    await openApp(page, path);
    // Links to other sites carry those pages' own titles, quoted as published.
    const text = await page.evaluate(() => {
      document.querySelectorAll('a[href^="https:"]').forEach((a) => a.replaceWith(' '));
      return document.body.innerText;
    });
    expect(text.match(mixed) ?? [], path).toEqual([]);
  }
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the home page offers its two ways in on the first screen', async ({ page }) => {
    for (const [path, offices, jet] of [['/', 'Find an office', 'Explore the JET Programme'], ['/ja/', '事務所を探す', 'JETプログラムについて']]) {
      await openApp(page, path);
      for (const name of [offices, jet]) {
        const box = await page.locator('.cta-card', { hasText: name }).first().boundingBox();
        expect(box.y + box.height, `${path}: "${name}" ends at ${box.y + box.height}`).toBeLessThanOrEqual(844);
      }
    }
  });

  test('each eligibility question shows its first answer without scrolling', async ({ page }) => {
    await openApp(page, '/jet/eligibility/');
    const heading = page.locator('#question-heading');
    for (let i = 0; i < 3; i++) {
      const first = page.locator('.question input[type="radio"]').first();
      await expect(first).toBeVisible();
      const box = await first.boundingBox();
      expect(box.y + box.height, `question ${i + 1}`).toBeLessThanOrEqual(844);
      const asked = await heading.textContent();
      await first.check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(heading).not.toHaveText(asked);
    }
  });

  test('the directory lets a phone skip the list to the maps', async ({ page }) => {
    await openApp(page, '/offices/');
    const jump = page.getByRole('link', { name: 'Skip the list: show the maps' });
    const box = await jump.boundingBox();
    const firstOffice = await page.locator('ul.office-list > li').first().boundingBox();
    expect(box.y, 'the link comes before the list').toBeLessThan(firstOffice.y);
    await jump.click();
    const maps = page.getByRole('region', { name: /map/i }).first();
    await expect(page.locator('#office-maps')).toBeFocused();
    await expect(page.locator('#office-maps')).toBeInViewport();
    await expect(maps).toBeVisible();
  });

  test('the JET pages share one compact menu that says what it is and where the visitor is', async ({ page }) => {
    await openApp(page, '/jet/apply/');
    const nav = page.getByRole('navigation', { name: 'JET Programme pages' });
    const menu = nav.locator('summary');
    await expect(menu).toBeVisible();
    await expect(menu).toHaveText('JET Programme pages (page 4 of 6)');
    // Above the page's heading, not a second copy of it.
    expect((await menu.boundingBox()).y).toBeLessThan((await page.locator('h1').boundingBox()).y);
    const box = await menu.boundingBox();
    expect(box.height).toBeLessThanOrEqual(80);
    await expect(nav.getByRole('link')).toHaveCount(0);
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link')).toHaveCount(6);
    await expect(nav.getByRole('link', { name: 'How to apply, step by step' })).toHaveAttribute('aria-current', 'page');
    expect((await axe(page)).violations).toEqual([]);
    await nav.getByRole('link', { name: 'Frequently asked questions' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
    await expect(page.getByRole('navigation', { name: 'JET Programme pages' }).locator('summary')).toContainText('(page 6 of 6)');
  });
});

test('wide screens show every JET page at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, '/jet/');
  const nav = page.getByRole('navigation', { name: 'JET Programme pages' });
  await expect(nav.locator('summary')).toBeHidden();
  await expect(nav.getByRole('link')).toHaveCount(6);
  await openApp(page, '/offices/');
  await expect(page.getByRole('link', { name: 'Skip the list: show the maps' })).toBeHidden();
});
