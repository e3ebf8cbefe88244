import { test, expect } from '@playwright/test';
import { axe, mainHeading, openApp, watchErrors } from './helpers.mjs';

const results = (page) => page.locator('ul.office-list > li');
const names = (page) => page.locator('ul.office-list a.office-name');
const search = (page) => page.getByRole('searchbox', { name: 'Search offices' });
const count = (page) => page.locator('p.result-count');

test.describe('office directory', () => {
  test('lists all 75 offices, prerendered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/offices/');
    await expect(results(page)).toHaveCount(75);
    await expect(count(page)).toHaveText('75 offices found');
    await context.close();
  });

  test('finds London by an English, a Japanese and a full-width country name', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/offices/');
    for (const term of ['Germany', 'ドイツ', 'ＧＥＲＭＡＮＹ']) {
      await search(page).fill(term);
      await expect(names(page)).toHaveText(['CLAIR London']);
      await expect(count(page)).toHaveText('1 office found');
    }
    await expect(page).toHaveURL(/\?q=%EF%BC%A7/);
    // A visitor searching a country may want to apply to JET there: say where that goes.
    const note = page.locator('.overseas-note');
    await expect(note).toContainText('Applications to the JET Programme go through the Embassy or Consulate of Japan in your country, not through these offices.');
    await note.getByRole('link', { name: 'Where to apply' }).click();
    await expect(mainHeading(page)).toHaveText('Where to apply');
    expect(errors).toEqual([]);
  });

  test('no note about JET applications when no overseas office is found', async ({ page }) => {
    await openApp(page, '/offices/?q=aomori');
    await expect(names(page)).toHaveText(['Aomori Prefecture Branch']);
    await expect(page.locator('.overseas-note')).toHaveCount(0);
  });

  test('finds Tokyo however it is written', async ({ page }) => {
    await openApp(page, '/offices/');
    for (const term of ['tokyo', '東京', 'Tōkyō', 'TOKYO']) {
      await search(page).fill(term);
      await expect(names(page)).toContainText(['CLAIR Headquarters', 'Tokyo Metropolis Branch']);
    }
    await search(page).fill('atlantis');
    await expect(results(page)).toHaveCount(0);
    await expect(count(page)).toContainText('No office matches');
  });

  test('filters combine, live in the URL, survive reload and Back', async ({ page }) => {
    await openApp(page, '/offices/');
    await page.getByRole('radio', { name: 'Overseas offices' }).check();
    await expect(results(page)).toHaveCount(7);
    await expect(page).toHaveURL(/\/offices\/\?kind=overseas$/);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('europe');
    await expect(names(page)).toHaveText(['CLAIR London', 'CLAIR Paris']);
    await expect(page).toHaveURL(/kind=overseas&region=europe/);

    await page.reload();
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(names(page)).toHaveText(['CLAIR London', 'CLAIR Paris']);
    await expect(page.getByRole('radio', { name: 'Overseas offices' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('europe');

    await page.getByRole('radio', { name: 'Branches in Japan' }).check();
    await expect(results(page)).toHaveCount(67);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('kinki');
    await expect(names(page)).toContainText(['Osaka Prefecture Branch', 'Kyoto City Branch']);
  });

  test('Back from an office returns to the same search', async ({ page }) => {
    await openApp(page, '/offices/');
    await search(page).fill('germany');
    await expect(names(page)).toHaveText(['CLAIR London']);
    await names(page).first().click();
    await expect(mainHeading(page)).toHaveText('CLAIR London');
    await page.goBack();
    await expect(page).toHaveURL(/\/offices\/\?q=germany$/);
    await expect(search(page)).toHaveValue('germany');
    await expect(names(page)).toHaveText(['CLAIR London']);
  });

  test('a shared search URL opens with its results', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/offices/?q=germany&kind=overseas');
    await expect(search(page)).toHaveValue('germany');
    await expect(page.getByRole('radio', { name: 'Overseas offices' })).toBeChecked();
    await expect(names(page)).toHaveText(['CLAIR London']);
    expect(errors).toEqual([]);
  });

  test('a map marker selects its office; by keyboard the list highlights the markers', async ({ page }) => {
    await openApp(page, '/offices/');
    await search(page).fill('germany');
    // Filtered-out offices stay on the map as faint dots, without a marker.
    await expect(page.locator('.marker[aria-label="CLAIR Paris"]')).toHaveCount(0);
    await expect(page.locator('.marker[aria-label="CLAIR London"]')).toHaveCount(1);
    await search(page).fill('');

    // Each map is one tab stop: arrow keys move between its markers, which name their
    // office, and Enter chooses one. The markers themselves take no focus.
    await expect(page.getByRole('button', { name: 'CLAIR Paris' })).toHaveCount(0);
    const world = page.getByRole('listbox', { name: /world map/ });
    await world.focus();
    await page.keyboard.press('ArrowRight');
    const label = page.locator('.office-map-world .marker-name');
    await expect(label).toBeVisible();
    const active = await world.getAttribute('aria-activedescendant');
    const name = await page.locator(`[id="${active}"]`).getAttribute('aria-label');
    await expect(label).toHaveText(name);
    await page.keyboard.press('Enter');
    await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('figure.office-map-world p.map-selection').getByRole('link', { name })).toBeVisible();

    // The list highlights the marker of the office in focus.
    await page.locator('li.office-item[data-office="paris"] a').focus();
    await expect(page.locator('.marker[aria-label="CLAIR Paris"]')).toHaveClass(/is-highlighted/);

    const marker = page.locator('.office-map-world .marker[aria-label="CLAIR New York"]');
    await marker.click();
    await expect(marker).toHaveAttribute('aria-selected', 'true');
    const selection = page.locator('figure.office-map p.map-selection').first();
    await selection.getByRole('link', { name: 'CLAIR New York' }).click();
    await expect(mainHeading(page)).toHaveText('CLAIR New York');
  });

  test('the Japan map zooms to a search, and to a region the visitor picks', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/offices/');
    const japan = page.locator('figure.office-map-japan');
    const centre = async (id) => {
      const box = await japan.locator(`.marker[data-office="${id}"]`).boundingBox();
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const apart = async (a, b) => {
      const [[ax, ay], [bx, by]] = [await centre(a), await centre(b)];
      return Math.hypot(ax - bx, ay - by);
    };
    const inFrame = async () => {
      const frame = await japan.locator('.map-canvas').boundingBox();
      const markers = await japan.locator('.marker').all();
      for (const marker of markers) {
        const box = await marker.boundingBox();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        if (x < frame.x || x > frame.x + frame.width || y < frame.y || y > frame.y + frame.height) return false;
      }
      return markers.length > 0;
    };
    const whole = await apart('branch-kawasaki-city', 'branch-sagamihara-city');
    // A search that finds only branches shows the Japan map alone, and larger: distances
    // are compared at the map's own width.
    const width = async () => (await japan.locator('.map-canvas').boundingBox()).width;
    const wholeWidth = await width();
    const view = japan.getByRole('combobox', { name: 'Map shows' });
    await expect(view).toHaveValue('whole');

    // A search zooms the map to its matches: neighbours in one prefecture part.
    await search(page).fill('kanagawa');
    await expect(names(page)).toHaveCount(4);
    await expect.poll(() => apart('branch-kawasaki-city', 'branch-sagamihara-city')).toBeGreaterThan(whole * 4);
    expect(await inFrame()).toBe(true);
    await expect(view).toHaveValue('found');
    // The visitor can see the whole map again.
    await view.selectOption({ label: 'The whole map' });
    await expect.poll(async () => (await apart('branch-kawasaki-city', 'branch-sagamihara-city')) / (await width()))
      .toBeLessThan((whole / wholeWidth) * 1.5);

    // With no search, a region can be picked to tell its branches apart; the list stays.
    await search(page).fill('');
    await expect(names(page)).toHaveCount(75);
    const tokyo = await apart('branch-tokyo-pref', 'branch-kanagawa-pref');
    await view.selectOption({ label: 'Kantō' });
    await expect.poll(() => apart('branch-tokyo-pref', 'branch-kanagawa-pref')).toBeGreaterThan(tokyo * 4);
    await expect(names(page)).toHaveCount(75);
    // Markers outside the region are out of the frame, not drawn over the page.
    await expect(japan.locator('.marker[data-office="branch-hokkaido-pref"]')).not.toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('the map view control speaks Japanese on Japanese pages', async ({ page }) => {
    await openApp(page, '/ja/offices/?q=%E7%A5%9E%E5%A5%88%E5%B7%9D');
    const view = page.locator('figure.office-map-japan').getByRole('combobox', { name: '地図の表示' });
    await expect(view).toHaveValue('found');
    await expect(view.locator('option:checked')).toHaveText('見つかった事務所');
  });
});

test.describe('office pages', () => {
  test('London shows what is known, and says what is not', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/offices/london/');
    await expect(mainHeading(page)).toHaveText('CLAIR London');
    await expect(page).toHaveTitle('CLAIR London — CLAIR');
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Japan Local Government Centre (JLGC)');
    await expect(facts).toContainText('Germany');
    await expect(facts.locator('dt:has-text("Address") + dd')).toHaveText('Not listed on this site. For the address and how to reach the office, see its website: https://www.jlgc.org.uk/');
    await expect(facts.locator('dt:has-text("Website") + dd').getByRole('link')).toHaveAttribute('href', 'https://www.jlgc.org.uk/');
    await expect(facts).toContainText('UK time');
    await expect(facts).not.toContainText('Europe/London');
    await expect(page.locator('dd.local-time')).not.toContainText(/AM|PM/);
    await expect(page.locator('dd.local-time')).toContainText(/\d\d:\d\d/);
    // No address: no map link as if to one, and a card that says what it holds.
    await expect(page.getByRole('link', { name: 'Open in OpenStreetMap' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Download contact card: name and website only (.vcf)' })).toBeVisible();
    const others = page.getByRole('region', { name: 'Other overseas offices' });
    await expect(others.getByRole('link')).toHaveText([/CLAIR Paris/, /./, /./, /./, /./, /./]);
    expect(errors).toEqual([]);
  });

  test('the vCard download is a valid card for the office', async ({ page }) => {
    await openApp(page, '/offices/tokyo-hq/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download contact card (.vcf)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tokyo-hq.vcf');
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text).toContain('FN:CLAIR Headquarters\r\n');
    expect(text).toContain('TEL;TYPE=work,voice;VALUE=uri:tel:+81-3-5213-1722\r\n');
    expect(text).toContain('EMAIL;TYPE=work:kikaku@clair.or.jp\r\n');
    // Chiyoda-ku rests on a secondary source: flagged on the page, not in the card.
    expect(text).not.toMatch(/\r\n(ADR|GEO)/);
    await expect(page.locator('dl.facts dt:has-text("Location") + dd')).toHaveText('Chiyoda, Tokyo, Japan (from a secondary source, not confirmed by an official one)');
    expect(text.trimEnd().endsWith('END:VCARD')).toBe(true);
  });

  test('a branch page links to headquarters for enquiries, in Japanese too', async ({ page }) => {
    await openApp(page, '/ja/offices/branch-osaka-city/');
    await expect(mainHeading(page)).toHaveText('大阪市支部');
    await expect(page.locator('dl.facts dt:has-text("住所") + dd')).toHaveText('本サイトには掲載していません。お問い合わせ先：クレア本部');
    await page.getByRole('link', { name: 'クレア本部' }).click();
    await expect(mainHeading(page)).toHaveText('クレア本部');
    await expect(page).toHaveURL(/\/ja\/offices\/tokyo-hq\/$/);
  });

  test('a branch is named by the area it serves, never by an unconfirmed address', async ({ page }) => {
    await openApp(page, '/offices/branch-aomori-pref/');
    const facts = page.locator('dl.facts');
    await expect(facts.locator('dt', { hasText: 'Area served' })).toHaveCount(1);
    await expect(facts.locator('dt', { hasText: 'Location' })).toHaveCount(0);
    await expect(facts.locator('dt:has-text("Area served") + dd')).toHaveText('Aomori, Japan');
    await expect(facts).not.toContainText('Aomori, Aomori');
    await expect(facts.locator('dt:has-text("Address") + dd')).toHaveText('Not listed on this site. For enquiries, contact CLAIR Headquarters');
    await expect(page.getByRole('main').locator('details.sources')).toContainText('secondary source, not confirmed by an official one');
    // Nothing to put in a contact card: none is offered.
    await expect(page.getByRole('link', { name: /contact card/ })).toHaveCount(0);

    await openApp(page, '/ja/offices/branch-aomori-pref/');
    await expect(page.locator('dl.facts')).toContainText('担当区域');
    await expect(page.locator('dl.facts dt:has-text("住所") + dd')).toHaveText('本サイトには掲載していません。お問い合わせ先：クレア本部');

    await openApp(page, '/offices/?q=aomori');
    const branch = page.locator('ul.office-list > li', { hasText: 'Aomori Prefecture Branch' });
    await expect(branch.locator('.office-summary')).toHaveText('Aomori');
  });

  test('an office page works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/offices/london/');
    expect(response.status()).toBe(200);
    await expect(mainHeading(page)).toHaveText('CLAIR London');
    await expect(page.locator('dl.facts')).toContainText('Sweden');
    await context.close();
  });

  test('an unknown id gets a helpful not-found page with suggestions', async ({ page }) => {
    const response = await page.goto('/offices/branch-osaka/');
    expect(response.status()).toBe(404);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(mainHeading(page)).toHaveText('Office not found');
    await expect(page.getByRole('main')).toContainText('branch-osaka');
    await expect(page.getByRole('link', { name: 'Osaka Prefecture Branch' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Osaka City Branch' })).toBeVisible();
    await page.goto('/offices/atlantis/');
    await expect(page.getByRole('link', { name: 'CLAIR London' })).toBeVisible();
  });
});

for (const path of ['/offices/', '/ja/offices/', '/offices/london/', '/ja/offices/branch-osaka-pref/', '/offices/tokyo-hq/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await openApp(page, path);
    const scan = await axe(page);
    expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
