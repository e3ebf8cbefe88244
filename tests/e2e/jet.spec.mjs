// The JET application flow: eligibility checker, timeline and calendar export,
// step-by-step guide with its saved checklist, where to apply and the FAQ.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { mainHeading, openApp, watchErrors } from './helpers.mjs';

const data = (file) => JSON.parse(readFileSync(new URL(`../../public/data/jet/${file}`, import.meta.url)));
const rules = data('eligibility.json');
const faq = data('faq.json');
const guide = data('apply.json');
const question = (id) => rules.questions.find((q) => q.id === id);

/** Answers the question on screen by keyboard: option `index`, then Continue. */
async function answerByKeyboard(page, index) {
  const first = page.locator('.question input[type="radio"]').first();
  if (!(await first.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  if (index === 0) {
    await page.keyboard.press('Space');
  } else {
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Answers by clicking the option's label. */
async function answer(page, id, option) {
  const q = question(id);
  await expect(page.locator('#question-heading')).toHaveText(q.text.en);
  const label = q.options.find((o) => o.id === option).label.en;
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test.describe('eligibility checker', () => {
  test('by keyboard to a positive ALT result, and CIR explained', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page, '/jet/eligibility/');
    await expect(mainHeading(page)).toHaveText('Check your eligibility');
    await expect(page.getByRole('note', { name: 'Programme year' })).toContainText('2026 programme');
    // nationality yes, Japanese nationality no, degree yes, language yes, Japanese none,
    // never on JET, declined no, commitment yes, health yes.
    const picks = [0, 0, 0, 0, 2, 0, 0, 0, 0];
    await page.locator('.question input[type="radio"]').first().focus();
    for (const [i, pick] of picks.entries()) {
      await expect(page.getByText(`Question ${i + 1} of`)).toBeVisible();
      // A new question starts blank: the previous answer must not carry over.
      await expect(page.locator('.question input:checked')).toHaveCount(0);
      await answerByKeyboard(page, pick);
      if (i < picks.length - 1) await expect(page.locator('#question-heading')).toBeFocused();
    }
    // The verdict comes first, then what to do on this day, then the answers.
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
    await expect(page).toHaveURL(/nationality=yes.*step=summary/);
    const order = await page.locator('.checker h2').allTextContents();
    expect(order.slice(0, 3)).toEqual(['Your results', 'What to do next', 'Your answers']);
    await expect(page.getByRole('region', { name: 'What to do next' }).locator('.programme-when'))
      .toContainText(/Applications for the \d{4} programme|Deadlines for the \d{4} programme/);
    const alt = page.getByRole('region', { name: 'Assistant Language Teacher (ALT)' });
    await expect(alt).toContainText('You appear to meet the criteria for Assistant Language Teacher (ALT).');
    const cir = page.getByRole('region', { name: 'Coordinator for International Relations (CIR)' });
    await expect(cir).toContainText('You do not appear to meet the criteria');
    await expect(cir.locator('.reason-0')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Sports Exchange Advisor (SEA)' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a permanent resident gets a clear no for both positions', async ({ page }) => {
    await openApp(page, '/jet/eligibility/');
    await answer(page, 'nationality', 'permanent-resident');
    for (const [id, option] of [
      ['japanese-nationality', 'no'], ['degree', 'yes'], ['language', 'yes'], ['japanese', 'functional'],
      ['previous-jet', 'never'], ['declined', 'no'], ['commitment', 'yes'], ['health', 'yes'],
    ]) {
      await answer(page, id, option);
    }
    for (const name of ['Assistant Language Teacher (ALT)', 'Coordinator for International Relations (CIR)']) {
      const region = page.getByRole('region', { name });
      await expect(region).toContainText('You do not appear to meet the criteria');
      await expect(region.locator('.reason-0')).toContainText('Not met');
    }
  });

  test('answers come back from the URL; Back and Change keep them', async ({ page }) => {
    await openApp(page, '/jet/eligibility/?nationality=yes&degree=no&step=teaching-certificate');
    await expect(page.locator('#question-heading')).toHaveText(question('teaching-certificate').text.en);
    await expect(page.getByText('Question 4 of 10')).toBeVisible();
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.locator('#question-heading')).toHaveText(question('degree').text.en);
    await expect(page.getByLabel('No', { exact: true })).toBeChecked();
    // A degree after all: the certificate question drops out of the flow.
    await answer(page, 'degree', 'yes');
    await expect(page.locator('#question-heading')).toHaveText(question('language').text.en);
    await expect(page.getByText('Question 4 of 9')).toBeVisible();

    const all = 'nationality=yes&japanese-nationality=no&degree=yes&language=yes&japanese=functional'
      + '&previous-jet=before&declined=no&commitment=yes&health=yes';
    await openApp(page, `/jet/eligibility/?${all}`);
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    const cir = page.getByRole('region', { name: 'Coordinator for International Relations (CIR)' });
    await expect(cir).toContainText('confirm the points marked below');
    await expect(cir.locator('.reason-1')).toContainText('To confirm');
    await page.getByRole("link", { name: `Change ${question("previous-jet").text.en}` }).click();
    await expect(page.getByLabel('Yes, for less than five years in total')).toBeChecked();
    await answer(page, 'previous-jet', 'never');
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    await expect(cir).toContainText('You appear to meet the criteria');
  });

  test('Continue without an answer explains what to do', async ({ page }) => {
    await openApp(page, '/jet/eligibility/');
    await page.getByRole('button', { name: 'Continue' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('There is a problem');
    await expect(alert).toBeFocused();
    await expect(page.locator('#question-fieldset')).toHaveAttribute('aria-describedby', /question-error/);
  });

  test('unknown answers in the URL are ignored', async ({ page }) => {
    await openApp(page, '/jet/eligibility/?nationality=%3Cscript%3E&degree=yes&step=nope');
    await expect(page.locator('#question-heading')).toHaveText(question('nationality').text.en);
    await expect(page.locator('.question input:checked')).toHaveCount(0);
  });

  test('the Japanese checker speaks Japanese', async ({ page }) => {
    await openApp(page, '/ja/jet/eligibility/');
    await expect(mainHeading(page)).toHaveText('応募資格をチェック');
    await expect(page.locator('#question-heading')).toHaveText(question('nationality').text.ja);
    await expect(page.getByRole('button', { name: '次へ' })).toBeVisible();
  });
});

test.describe('timeline', () => {
  test('places today before a published deadline and exports the dates as ICS', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-11-05T12:00:00'));
    await openApp(page, '/jet/timeline/?country=US');
    await expect(page.locator('.now-banner:visible'))
      .toHaveText('Applications close in 10 days (15 November 2024).');
    await expect(page.locator('.stage[aria-current="step"] h3').filter({ visible: true })).toContainText('Application deadline');
    const link = page.getByRole('link', { name: 'Add these dates to your calendar (.ics)' });
    await expect(link).toHaveAttribute('download', 'jet-2025-us.ics');
    const downloadPromise = page.waitForEvent('download');
    await link.click();
    const download = await downloadPromise;
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('DTSTART:20241116T095900Z');
    expect(text).toContain('DTSTART;VALUE=DATE:20250726');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  test('between cycles it points to the next opening; a country without dates says so', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-10T12:00:00'));
    await openApp(page, '/jet/timeline/');
    await expect(page.locator('.now-banner:visible')).toHaveText('The next cycle usually opens around September 2027.');
    await page.getByLabel('Your country').selectOption('CA');
    await expect(page).toHaveURL(/country=CA/);
    await expect(page.getByRole('heading', { name: 'Dates for Canada' })).toBeVisible();
    await expect(page.getByText('No exact dates for this country are in our data').filter({ visible: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /calendar/ })).toHaveCount(0);
  });
});

test.describe('timeline after the last published dates', () => {
  test('shows them as the last published cycle and offers a reminder, not a calendar of the past', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-10T12:00:00'));
    await openApp(page, '/jet/timeline/?country=US');
    await expect(page.locator('.now-banner:visible')).toHaveText('The next cycle usually opens around September 2027.');
    await expect(page.getByText('Dates published for the 2025 programme, all passed:').filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByText('These exact dates were published for the 2025 programme, and they have all passed.').filter({ visible: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add these dates to your calendar (.ics)' })).toHaveCount(0);
    const reminder = page.getByRole('link', { name: 'Remind me to check the JET desk in September 2027, when applications usually open (.ics)' });
    await expect(reminder).toHaveAttribute('download', 'jet-reminder-us.ics');
    const downloadPromise = page.waitForEvent('download');
    await reminder.click();
    const text = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;VALUE=DATE:20270901');
    expect(text).toContain('SUMMARY:JET Programme: check whether applications have opened');

    await openApp(page, '/ja/jet/timeline/?country=US');
    await expect(page.getByText(/^2025年度プログラムについて公表された日程/).filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /2027年9月に、JET窓口を確認するリマインダーを追加/ })).toBeVisible();
  });
});

test.describe('step-by-step guide and checklist', () => {
  test('steps expand, ticks survive a reload, and clearing empties the list', async ({ page }) => {
    await openApp(page, '/jet/apply/');
    const first = page.getByRole('button', { name: new RegExp(guide.steps[0].title.en) });
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`#step-${guide.steps[0].id}-body`)).toBeVisible();

    const total = guide.documents.length;
    await expect(page.getByText(`0 of ${total} documents ready`)).toBeVisible();
    await page.getByLabel(guide.documents[0].name.en, { exact: true }).check();
    await page.getByLabel(guide.documents[2].name.en, { exact: true }).check();
    await expect(page.getByText(`2 of ${total} documents ready`)).toBeVisible();
    await page.reload();
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(page.getByLabel(guide.documents[0].name.en, { exact: true })).toBeChecked();
    await expect(page.getByLabel(guide.documents[2].name.en, { exact: true })).toBeChecked();
    await expect(page.getByText(`2 of ${total} documents ready`)).toBeVisible();
    await page.getByRole('button', { name: 'Clear my checklist' }).click();
    await expect(page.getByText(`0 of ${total} documents ready`)).toBeVisible();
    await page.reload();
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    await expect(page.locator('.check-item input:checked')).toHaveCount(0);
  });

  test('corrupted storage is reset with a notice, not a crash', async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('clair.jet.checklist', '{"version":1,"ticked":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await openApp(page, '/jet/apply/');
    await expect(page.getByRole('alert')).toHaveText('Your saved checklist could not be read, so it has been reset.');
    await expect(page.locator('.check-item input:checked')).toHaveCount(0);
    await page.getByLabel(guide.documents[1].name.en, { exact: true }).check();
    expect(await page.evaluate(() => localStorage.getItem('clair.jet.checklist')))
      .toBe(`{"version":1,"ticked":["${guide.documents[1].id}"]}`);
    expect(errors).toEqual([]);
  });

  test('the print view shows every step and the ticks, without navigation', async ({ page }) => {
    await openApp(page, '/jet/apply/');
    await page.getByLabel(guide.documents[0].name.en, { exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    for (const step of guide.steps) {
      await expect(page.locator(`#step-${step.id}-body`)).toBeVisible();
    }
    await expect(page.getByRole('navigation', { name: 'JET Programme pages' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByLabel(guide.documents[0].name.en, { exact: true })).toBeChecked();
  });
});

test.describe('where to apply', () => {
  test('the United States has its own JET desk', async ({ page }) => {
    await openApp(page, '/jet/where-to-apply/');
    await page.getByLabel('Your country of nationality').fill('united st');
    await page.getByRole('link', { name: 'United States' }).click();
    await expect(page).toHaveURL(/country=US/);
    await expect(page.getByRole('heading', { name: 'Applying from United States' })).toBeVisible();
    await expect(page.locator('.desk a[href^="https://jetprogramusa.org"]').first()).toBeVisible();
  });

  test('a country without data gets the general rule', async ({ page }) => {
    await openApp(page, '/jet/where-to-apply/');
    await page.getByLabel('Your country of nationality').fill('braz');
    await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText('Showing 1 of 1 matching countries.');
    await page.getByRole('link', { name: 'Brazil' }).click();
    await expect(page.getByText('We have no details of a JET desk in Brazil.')).toBeVisible();
    // Not every country takes part: the page must not imply that Brazil does.
    await expect(page.getByText(/Not every country takes part in the JET Programme/).first()).toBeVisible();
    await expect(page.getByText(/Ask the Embassy or Consulate of Japan in Brazil whether the programme is recruiting there/)).toBeVisible();
    // … and a way forward: the JET Programme's own page on participating countries.
    await expect(page.getByRole('link', { name: /Participating countries and applying through the embassy/ }))
      .toHaveAttribute('href', 'https://jetprogramme.org/ja/countries/');
    await expect(page.getByRole('heading', { name: 'The general rule' })).toBeVisible();
    await page.getByLabel('Your country of nationality').fill('atlantis');
    await expect(page.getByText('No country matches.')).toBeVisible();
  });

  test('an unknown country code in the URL shows the picker only', async ({ page }) => {
    await openApp(page, '/jet/where-to-apply/?country=ZZ');
    await expect(page.getByRole('heading', { name: /Applying from/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Canada' })).toBeVisible();
  });
});

test.describe('FAQ', () => {
  const items = faq.groups.flatMap((g) => g.items);

  test('search filters questions and answers in the current language', async ({ page }) => {
    await openApp(page, '/jet/faq/');
    await expect(page.locator('.faq-item:visible')).toHaveCount(items.length);
    await page.getByLabel('Search the questions').fill('age limit');
    await expect(page.locator('#age-limit')).toBeVisible();
    await expect(page.locator('#pay')).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'questions match' })).toContainText(`of ${items.length} questions match`);
    await page.getByLabel('Search the questions').fill('zzzz');
    await expect(page.getByText('No question matches.')).toBeVisible();
    await expect(page.locator('.faq-item:visible')).toHaveCount(0);
  });

  test('every question has a numbered deep link', async ({ page }) => {
    const target = items[5];
    await openApp(page, `/jet/faq/#${target.id}`);
    const item = page.locator(`#${target.id}`);
    await expect(item.getByRole('heading', { level: 3 })).toContainText(target.question.en);
    await expect(item).toHaveAttribute('value', '6');
    await expect(item.getByRole('link', { name: `Link to this question: ${target.question.en}` }))
      .toHaveAttribute('href', `#${target.id}`);
  });

  test('the Japanese FAQ searches Japanese text', async ({ page }) => {
    await openApp(page, '/ja/jet/faq/');
    const pay = items.find((i) => i.id === 'pay');
    await page.getByLabel('質問を検索').fill(pay.question.ja.slice(0, 2));
    await expect(page.locator('#pay')).toBeVisible();
  });
});

test('the overview shows three positions, dated pay and the participants table', async ({ page }) => {
  await openApp(page, '/jet/');
  const positions = page.getByRole('region', { name: 'Three positions' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(positions).toHaveCount(3);
  await expect(page.locator('.pay caption')).toContainText('2014');
  await page.getByText('Show the figures as a table').click();
  const table = page.getByRole('table', { name: 'JET Programme participants per fiscal year' });
  await expect(table.getByRole('row', { name: /2002 6,273/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /2020 –/ })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('65,000');
  await page.getByRole('navigation', { name: 'JET Programme pages' }).getByRole('link', { name: 'Where to apply' }).click();
  await expect(mainHeading(page)).toHaveText('Where to apply');
  await expect(mainHeading(page)).toBeFocused();
  await expect(page).toHaveTitle('Where to apply — CLAIR');
});
