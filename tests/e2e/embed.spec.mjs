// Widgets on a partner's page served from another origin (scripts/e2e.sh, port + 2),
// embedded with the loader script and as a plain iframe; and the configurator.
import { test, expect } from '@playwright/test';
import { mainHeading, openApp, watchErrors } from './helpers.mjs';

const site = `http://127.0.0.1:${Number(process.env.E2E_PORT || 18080)}`;
const partner = `http://127.0.0.1:${Number(process.env.E2E_PORT || 18080) + 2}/`;

/** Height of an iframe element on the partner page and of the widget inside it. */
async function heights(page, frameSelector) {
  const outer = await page.locator(frameSelector).evaluate((f) => f.getBoundingClientRect().height);
  const frame = page.frameLocator(frameSelector);
  const inner = await frame.locator('.widget').evaluate((w) => w.getBoundingClientRect().height);
  const scrolls = await frame.locator('html').evaluate((h) => h.scrollHeight > h.clientHeight + 1);
  return { outer, inner, scrolls };
}

test.describe('on a partner page', () => {
  test('both snippet forms render, in the language asked for', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(partner);
    const finder = page.frameLocator('iframe[title="CLAIR overseas offices"]');
    await expect(finder.getByRole('heading', { level: 1 })).toHaveText('CLAIR offices');
    await expect(finder.getByRole('status')).toHaveText('7 offices found');
    await expect(finder.getByRole('link', { name: 'Information from CLAIR' })).toHaveAttribute('target', '_blank');
    const card = page.frameLocator('iframe[title="CLAIR London"]');
    await page.locator('iframe[title="CLAIR London"]').scrollIntoViewIfNeeded();
    await expect(card.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(card.getByRole('heading', { level: 1 })).toContainText('ロンドン');
    const timeline = page.frameLocator('iframe[title="JET timeline"]');
    await page.locator('iframe[title="JET timeline"]').scrollIntoViewIfNeeded();
    await expect(timeline.getByRole('heading', { level: 1 })).toHaveText('JET Programme timeline: United States');
    expect(errors).toEqual([]);
  });

  test('the frame follows the content as a search shrinks and grows the list', async ({ page }) => {
    await page.goto(partner);
    const selector = 'iframe[title="CLAIR overseas offices"]';
    const finder = page.frameLocator(selector);
    await expect(finder.getByRole('status')).toHaveText('7 offices found');
    await expect.poll(async () => {
      const h = await heights(page, selector);
      return Math.abs(h.outer - h.inner) <= 4 && !h.scrolls;
    }).toBe(true);
    const full = (await heights(page, selector)).outer;
    await finder.getByLabel('Search offices').fill('london');
    await expect(finder.getByRole('status')).toHaveText('1 office found');
    await expect.poll(async () => (await heights(page, selector)).outer).toBeLessThan(full - 100);
    let h = await heights(page, selector);
    expect(Math.abs(h.outer - h.inner)).toBeLessThanOrEqual(4);
    expect(h.scrolls).toBe(false);
    await finder.getByLabel('Search offices').fill('');
    await expect.poll(async () => (await heights(page, selector)).outer).toBeGreaterThan(full - 4);
    h = await heights(page, selector);
    expect(Math.abs(h.outer - h.inner)).toBeLessThanOrEqual(4);
    expect(h.scrolls).toBe(false);
  });

  test('hostile messages from the partner page change nothing', async ({ page }) => {
    await page.goto(partner);
    const selector = 'iframe[title="CLAIR overseas offices"]';
    const finder = page.frameLocator(selector);
    await expect(finder.getByRole('status')).toHaveText('7 offices found');
    await expect.poll(async () => {
      const h = await heights(page, selector);
      return Math.abs(h.outer - h.inner) <= 4;
    }).toBe(true);
    const before = (await heights(page, selector)).outer;
    const widgetUrl = await page.locator(selector).evaluate((f) => f.src);
    await page.evaluate((sel) => {
      // A fake height from the partner itself, and commands sent into the widget.
      window.postMessage({ type: 'clair-widget:height', height: 5 }, '*');
      const frame = document.querySelector(sel).contentWindow;
      frame.postMessage({ type: 'clair-widget:height', height: 5 }, '*');
      frame.postMessage({ type: 'clair-widget:navigate', url: 'javascript:alert(1)' }, '*');
      frame.postMessage('<img src=x onerror=alert(1)>', '*');
    }, selector);
    await page.waitForTimeout(300);
    expect((await heights(page, selector)).outer).toBe(before);
    expect(await page.locator(selector).evaluate((f) => f.src)).toBe(widgetUrl);
    await expect(finder.getByRole('status')).toHaveText('7 offices found');
  });

  test('an office opens on the full site in a new tab', async ({ page }) => {
    await page.goto(partner);
    const finder = page.frameLocator('iframe[title="CLAIR overseas offices"]');
    // A widget with options is rendered afresh by the wasm: click its own list, not
    // the prerendered one it replaces.
    await expect(finder.locator('html[data-ready]')).toHaveCount(1);
    const link = finder.getByRole('link', { name: /London/ }).first();
    await expect(link).toHaveAttribute('rel', 'noopener');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await expect(popup).toHaveURL(`${site}/offices/london/`);
    await expect(mainHeading(popup)).toContainText('London');
    expect(page.url()).toBe(partner);
  });

  test('invalid options fall back to the defaults', async ({ page }) => {
    await page.goto(partner);
    await page.locator('iframe[title="JET timeline"]').scrollIntoViewIfNeeded();
    const widget = page.frameLocator('iframe[title="JET timeline"]').locator('.widget');
    await expect(widget.getByRole('heading', { level: 1 })).toHaveText('JET Programme timeline: United States');
    // The page's own colours: neither the unknown theme nor the unknown accent applies.
    const colours = await widget.evaluate((el) => {
      const own = getComputedStyle(el);
      const page = getComputedStyle(document.documentElement);
      return [own.getPropertyValue('--accent'), own.getPropertyValue('--bg')]
        .map((v) => v.trim())
        .concat([page.getPropertyValue('--accent'), page.getPropertyValue('--bg')].map((v) => v.trim()));
    });
    expect(colours.slice(0, 2)).toEqual(colours.slice(2));
  });

  test('keyboard focus moves into and out of the frames', async ({ page }) => {
    await page.goto(partner);
    const finder = page.frameLocator('iframe[title="CLAIR overseas offices"]');
    await expect(finder.getByRole('status')).toHaveText('7 offices found');
    await page.locator('#before').focus();
    await page.keyboard.press('Tab');
    await expect(finder.getByLabel('Search offices')).toBeFocused();
    const timeline = page.frameLocator('iframe[title="JET timeline"]');
    await page.locator('iframe[title="JET timeline"]').scrollIntoViewIfNeeded();
    await timeline.getByRole('link', { name: 'Information from CLAIR' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#after')).toBeFocused();
  });
});

test.describe('widget pages', () => {
  test('are framable; the rest of the site is not', async ({ request }) => {
    const widget = await request.get(`${site}/embed/offices/`);
    expect(widget.headers()['content-security-policy']).toBe('frame-ancestors *');
    expect(widget.headers()['x-frame-options']).toBeUndefined();
    for (const path of ['/', '/embed/', '/jet/apply/']) {
      const response = await request.get(`${site}${path}`);
      expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  test('an unknown office in a card widget says so, without the site shell', async ({ page }) => {
    await openApp(page, '/embed/offices/atlantis/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Office not found');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'All offices' })).toHaveAttribute('target', '_blank');
  });

  test('presets filter the finder: kind and covered country', async ({ page }) => {
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await openApp(page, '/embed/offices/?kind=branch&lang=ja&compact=1&accent=teal&theme=dark');
    await expect(page.getByRole('status')).toHaveText('67件見つかりました');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle('クレアの事務所');
    // The dark theme, with the teal accent's dark shade; compact hides the summaries.
    const looks = await page.locator('.widget').evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.backgroundColor, style.getPropertyValue('--accent').trim()];
    });
    expect(looks).toEqual(['rgb(14, 20, 27)', '#7fd6d1']);
    await expect(page.locator('.office-summary').first()).toBeHidden();
    // Presets need no wasm: it comes once the visitor searches, and keeps them.
    expect(wasm).toEqual([]);
    await page.getByLabel('事務所を検索').fill('大阪');
    await expect(page.getByRole('status')).toHaveText('3件見つかりました');
    await expect(page.locator('.office-item .office-kind')).toHaveText(['国内支部', '国内支部', '国内支部']);
    expect(wasm).toHaveLength(1);
    await openApp(page, '/embed/offices/?country=DE');
    await expect(page.getByRole('status')).toHaveText('1 office found');
    await expect(page.getByRole('link', { name: /London/ })).toBeVisible();
    // A preset the data does not know is dropped, not applied to nothing.
    await openApp(page, '/embed/offices/?kind=embassy&region=atlantis');
    await expect(page.getByRole('status')).toHaveText('75 offices found');
  });

  test('a timeline widget shows the country and language asked for, with no wasm', async ({ page }) => {
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.clock.setFixedTime(new Date('2024-11-05T12:00:00'));
    await openApp(page, '/embed/jet-timeline/?country=US&lang=ja');
    await expect(mainHeading(page)).toHaveText('JETプログラム応募スケジュール：アメリカ合衆国');
    await expect(page.locator('.now-banner:visible')).toHaveText('応募締切まであと10日（2024年11月15日）です。');
    await expect(page.locator('.stage[aria-current="step"] h3').filter({ visible: true })).toContainText('応募締切');
    await openApp(page, '/embed/jet-timeline/?country=ZZ');
    await expect(mainHeading(page)).toHaveText('JET Programme application timeline');
    expect(wasm).toEqual([]);
  });
});

test.describe('configurator', () => {
  test('options update the preview and both snippets', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('link', { name: "Put CLAIR's office finder or JET dates on your site" }).click();
    await expect(mainHeading(page)).toHaveText('Widgets for partner sites');
    await page.getByLabel('JET Programme application timeline').check();
    await page.locator('#embed-timeline-country').selectOption('US');
    await page.locator('#embed-lang').selectOption('ja');
    await page.getByRole('radio', { name: 'plum' }).check();
    const preview = page.locator('.embed-preview iframe');
    await expect(preview).toHaveAttribute('src', '/embed/jet-timeline/?lang=ja&accent=plum&country=US');
    await expect(page.frameLocator('.embed-preview iframe').getByRole('heading', { level: 1 })).toContainText('アメリカ合衆国');
    await expect(page.locator('#snippet-script')).toHaveValue(
      `<div data-clair-widget="jet-timeline" data-lang="ja" data-accent="plum" data-country="US"></div>\n<script src="${site}/embed.js" async></script>`,
    );
    await expect(page.locator('#snippet-iframe')).toHaveValue(new RegExp(`^<iframe src="${site}/embed/jet-timeline/\\?lang=ja&amp;accent=plum&amp;country=US" title="CLAIR — JET Programme application timeline"`));
    await expect(page.getByRole('button', { name: 'Copy the script code' })).toBeVisible();
  });
});

test.describe('widget options', () => {
  test('a widget never paints content that contradicts its options, not even for one frame', async ({ page }) => {
    // Every frame from the first: is the widget visible, and does it show a branch or
    // English while asked for overseas offices in Japanese?
    await page.addInitScript(() => {
      window.__contradictions = [];
      const check = () => {
        const main = document.querySelector('main.widget-main');
        if (main && getComputedStyle(main).visibility === 'visible') {
          const text = main.innerText;
          if (/国内支部|Branch|offices found/.test(text)) window.__contradictions.push(text.slice(0, 80));
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto('/embed/offices/?kind=overseas&lang=ja');
    await expect(page.getByRole('status')).toHaveText('7件見つかりました');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__contradictions)).toEqual([]);
  });
});
