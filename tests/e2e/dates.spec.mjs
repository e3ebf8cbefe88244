// Content that stays true: every JET page says what the visitor's day means against the
// programme year the content describes, in the right tense on any day, with scripts or
// without; and no page claims a check, access or review the data does not record.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

const JET = ['/jet/', '/jet/eligibility/', '/jet/timeline/', '/jet/apply/', '/jet/where-to-apply/', '/jet/faq/'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The text of `main` as a visitor sees it: no folded sources, hidden variants or
 *  dated lines not shown today. */
function visibleText(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    main.querySelectorAll('.sources, [hidden], .variant-hidden, template').forEach((el) => el.remove());
    return main.textContent.replace(/\s+/g, ' ');
  });
}

/** Sentences that speak of a month before `today` as coming or habitual. */
function pastAsFuture(text, today) {
  const [year, month] = today.split('-').map(Number);
  const found = [];
  const en = new RegExp(`(usually|expected to|will|close in|open in|opens? around)[^.]*?\\b(?:(${MONTHS.join('|')})(?:[–-](?:${MONTHS.join('|')}))? )?(\\d{4})\\b`, 'g');
  for (const m of text.matchAll(en)) {
    const y = Number(m[3]);
    const last = m[2] ? MONTHS.indexOf(m[2]) + 1 : 12;
    if (y < year || (y === year && last < month && !m[0].includes('–'))) found.push(m[0]);
  }
  // Japanese: a habit joined to a year (例年2025年11月), or a past year as still to come.
  for (const m of text.matchAll(/例年[^。]*?\d{4}年/g)) found.push(m[0]);
  for (const m of text.matchAll(/(\d{4})年(\d{1,2})?月?[^。]*?(見込みです|始まります|締め切られます|予定です)/g)) {
    if (Number(m[1]) < year) found.push(m[0]);
  }
  return found;
}

const days = [
  {
    today: '2026-12-05',
    en: 'Applications for the 2027 programme have closed. Those for the 2028 programme are expected to open around September–October 2027.',
    covers: 'This site holds the 2026 programme\'s details, not the 2027 programme\'s: those are published by your country\'s JET desk.',
    cycle: 2027,
  },
  {
    today: '2027-03-01',
    en: 'Applications for the 2027 programme have closed. Those for the 2028 programme are expected to open around September–October 2027.',
    cycle: 2027,
  },
  {
    today: '2027-09-15',
    en: 'Applications for the 2028 programme open around September–October 2027 and close in November; each country sets its own dates.',
    covers: 'This site holds the 2026 programme\'s details, not the 2028 programme\'s',
    cycle: 2028,
  },
  {
    today: '2025-11-20',
    en: 'Deadlines for the 2026 programme fall in November 2025, and some may already have passed: check your country\'s deadline now.',
    covers: 'The details on this site are for the 2026 programme.',
    cycle: 2026,
  },
];

test.describe('the visitor\'s day against the programme year', () => {
  for (const day of days) {
    test(`on ${day.today} every JET page names the ${day.cycle} programme and no past date as coming`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${day.today}T12:00:00`));
      for (const path of JET) {
        await openApp(page, path);
        const note = page.getByRole('note', { name: 'Programme year' });
        // First under the heading: whether applications are open today.
        const line = note.locator('.programme-when > :not(.variant-hidden)');
        await expect(line).toHaveCount(1);
        await expect(line).toContainText(`${day.cycle} programme`);
        if (path === '/jet/') {
          await expect(line).toHaveText(day.en);
          // Which programme the site describes, one tap away.
          await note.getByText('Programme year and current rules').click();
          if (day.covers) await expect(note.locator('details [data-dated] > :not(.variant-hidden)')).toContainText(day.covers);
        }
        expect(pastAsFuture(await visibleText(page), day.today), path).toEqual([]);
      }
      await openApp(page, '/ja/jet/');
      const line = page.getByRole('note', { name: '対象年度' }).locator('.programme-when > :not(.variant-hidden)');
      await expect(line).toContainText(`${day.cycle}年度プログラム`);
      expect(pastAsFuture(await visibleText(page), day.today)).toEqual([]);
    });
  }

  test('on 2026-12-05 the timeline says where the current dates are and what happens now', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T12:00:00'));
    await openApp(page, '/ja/jet/timeline/');
    await expect(page.getByRole('note', { name: '対象年度' })).toContainText('2027年度プログラムの応募受付は終了しました');
    await openApp(page, '/jet/timeline/?country=GB');
    await expect(page.locator('.now-banner:visible')).toHaveText('The next cycle usually opens around September 2027.');
    await expect(page.locator('.stage[aria-current="step"] h3').filter({ visible: true })).toHaveText(['Document screening Now']);
    const text = await visibleText(page);
    expect(text).not.toContain('dates of the 2026 programme');
    expect(pastAsFuture(text, '2026-12-05')).toEqual([]);
  });

  test('without scripts every JET page says a sentence true on any day', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of JET) {
      await page.goto(path);
      const note = page.getByRole('note', { name: 'Programme year' });
      await expect(note.locator('.programme-when > :not(.variant-hidden)')).toHaveText('Applications for each programme year are taken from about September to November of the year before; each country sets its own dates.');
      await expect(note.locator('details [data-dated] > :not(.variant-hidden)')).toHaveText('The details on this site are for the 2026 programme (applications from September to November 2025).');
      const text = await visibleText(page);
      // Whatever the day: no habit or future about a date of the data's cycle.
      expect(pastAsFuture(text, '2026-01-01'), path).toEqual([]);
      expect(text).not.toMatch(/usually close in November 2025|closed in November 2025, so/);
    }
    await page.goto('/ja/jet/');
    await expect(page.getByRole('note', { name: '対象年度' })).toContainText('2026年度プログラム（応募受付は2025年9月〜11月）');
    await context.close();
  });
});

test.describe('provenance', () => {
  const pages = ['/', '/offices/', '/offices/tokyo-hq/', '/offices/london/', '/jet/', '/jet/faq/', '/jet/timeline/?country=US'];

  test('no page claims a check, access or review the data does not record', async ({ page }) => {
    for (const path of pages) {
      for (const prefix of ['', '/ja']) {
        await openApp(page, prefix + path);
        const text = (await page.locator('body').textContent()).replace(/\s+/g, ' ');
        expect(text, prefix + path).not.toMatch(/\baccessed\b|checked on|\bchecked (in )?(November|December)|Content reviewed/);
        expect(text, prefix + path).not.toMatch(/閲覧|確認日|確認した内容/);
      }
    }
  });

  test('sources say the date their page states, or that it states none, and which are secondary', async ({ page }) => {
    await openApp(page, '/jet/');
    const pay = page.locator('details.sources').filter({ hasText: 'contract details' }).first();
    await pay.locator('summary').click();
    await expect(pay).toContainText('page dated March 2014');
    await openApp(page, '/offices/');
    await openApp(page, '/offices/branch-sapporo-city/');
    const sources = page.locator('details.sources').first();
    await sources.locator('summary').click();
    await expect(sources.getByRole('listitem').filter({ hasText: 'Wikipedia' })).toContainText('secondary source');
    await openApp(page, '/ja/offices/tokyo-hq/');
    const ja = page.locator('details.sources').first();
    await ja.locator('summary').click();
    await expect(ja).toContainText('日付の記載がないページ');
    await expect(ja).not.toContainText('付付');
  });

  test('Japanese pages show no English month names and no English division name', async ({ page }) => {
    for (const path of ['/ja/', '/ja/offices/tokyo-hq/', '/ja/jet/', '/ja/jet/timeline/?country=US', '/ja/jet/faq/', '/ja/jet/apply/']) {
      await openApp(page, path);
      const text = await page.evaluate(() => {
        const main = document.querySelector('main').cloneNode(true);
        // Other sites' own titles stay as they are written.
        main.querySelectorAll('.sources li a, [lang="en"], [hidden], .variant-hidden').forEach((el) => el.remove());
        return main.textContent;
      });
      expect(text, path).not.toMatch(new RegExp(`\\b(${MONTHS.join('|')})\\b`));
      expect(text, path).not.toContain('Planning Division');
    }
  });
});
