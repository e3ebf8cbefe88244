// The content editor at /admin/ (Decap CMS) against make edit's servers, editing
// target/edit-repo, a copy of the repository's public/ (scripts/e2e.sh): what an editor
// saves lands in the file as one changed line and passes `content check`; what the
// content rules refuse is refused before it is saved, with a reason.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const site = `http://127.0.0.1:${Number(process.env.E2E_PORT || 18080) + 5}`;
const repo = 'target/edit-repo';
const FILES = ['offices.json', 'jet/faq.json'];
const original = (/** @type {string} */ file) => readFileSync(`public/data/${file}`, 'utf8');
const saved = (/** @type {string} */ file) => readFileSync(`${repo}/public/data/${file}`, 'utf8');

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeEach(() => {
  for (const file of FILES) writeFileSync(`${repo}/public/data/${file}`, original(file));
});

/** The lines of `after` that differ from `before`, which has as many. */
function changedLines(/** @type {string} */ before, /** @type {string} */ after) {
  const [a, b] = [before.split('\n'), after.split('\n')];
  expect(b.length, 'no line added or removed').toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

/** `content check` on the edited copy, as CI runs it on the repository. */
function contentCheck() {
  return execFileSync('./target/debug/content', ['check'], {
    env: { ...process.env, CLAIR_DATA_DIR: `${repo}/public/data` },
    encoding: 'utf8',
  });
}

/** Logs in with the local backend and opens one file's form. */
async function openEntry(/** @type {import('@playwright/test').Page} */ page, /** @type {string} */ path) {
  await page.goto(`${site}/admin/#/collections/${path}`);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible({ timeout: 30_000 });
}

/** A collapsed list item, by its summary, opened. */
async function openItem(/** @type {import('@playwright/test').Locator | import('@playwright/test').Page} */ scope, /** @type {string} */ summary) {
  const item = scope.getByText(summary, { exact: true }).locator('..');
  await item.getByRole('button').first().click();
  return item;
}

async function publish(/** @type {import('@playwright/test').Page} */ page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

test('the editor is not for visitors: never indexed, in the sitemap or the offline copy', async ({ request }) => {
  const response = await request.get(`${site}/admin/`);
  expect(response.headers()['x-robots-tag']).toContain('noindex');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toContain("script-src 'self' 'unsafe-eval'");
  expect(await (await request.get(`${site}/sitemap.xml`)).text()).not.toContain('/admin');
  expect(await (await request.get(`${site}/sw.js`)).text()).not.toContain('admin/');
  const home = await (await request.get(`${site}/`)).text();
  expect(home).not.toContain('/admin');
  expect(home).not.toContain("'unsafe-eval'");
});

test('an office’s website is changed and saved: one line of the file, and the content check passes', async ({ page }) => {
  await openEntry(page, 'offices/entries/offices');
  const london = await openItem(page, 'london — CLAIR London');
  await london.getByLabel('Website (optional)').fill('https://www.example.org/london/');
  await publish(page);
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 30_000 });
  expect(changedLines(original('offices.json'), saved('offices.json')))
    .toEqual(['      "website": "https://www.example.org/london/",']);
  expect(contentCheck()).toContain('no problems');
  // The preview shows the office with the site's stylesheet.
  const preview = page.frameLocator('iframe').first();
  // What changed comes first: London, then the whole file.
  await expect(preview.getByRole('heading', { level: 1 }).first()).toHaveText('Changed: 1 office');
  await expect(preview.getByRole('heading', { name: 'CLAIR London' }).first()).toBeVisible();
  await expect(preview.locator('link[href$="site.css"]')).toHaveCount(1);
});

test('an http: website or an empty required name is refused with a reason, and nothing is saved', async ({ page }) => {
  await openEntry(page, 'offices/entries/offices');
  const london = await openItem(page, 'london — CLAIR London');
  const website = london.getByLabel('Website (optional)');
  await website.fill('http://example.com');
  await publish(page);
  await expect(london.getByText(/Must be an https: URL/)).toBeVisible();
  expect(saved('offices.json')).toBe(original('offices.json'));

  await website.fill('https://www.jlgc.org.uk/');
  await london.getByLabel('English (en)', { exact: true }).first().fill('');
  await publish(page);
  await expect(page.getByText(/missed a required field/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^English \(en\) is required\.$/ })).toBeVisible();
  expect(saved('offices.json')).toBe(original('offices.json'));
});

test('a FAQ answer in Japanese is edited and saved; markup or an empty English text is refused', async ({ page }) => {
  await openEntry(page, 'jet/entries/jet_faq');
  const group = await openItem(page, 'about — About the programme');
  const question = await openItem(group, 'what-is-jet — What is the JET Programme?');
  const faq = JSON.parse(original('jet/faq.json'));
  const paragraph = await openItem(question, faq.groups[0].items[0].answer[0].en);
  const answer = paragraph.getByLabel('日本語 (ja) (optional)', { exact: true });
  const text = 'JETプログラムは、外国青年を日本の地域に招く事業です。';
  await answer.fill(text);
  await publish(page);
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 30_000 });
  const lines = changedLines(original('jet/faq.json'), saved('jet/faq.json'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`"ja": "${text}"`);
  expect(contentCheck()).toContain('no problems');
  const preview = page.frameLocator('iframe').first();
  await preview.getByRole('button', { name: 'ja', exact: true }).click();
  await expect(preview.getByText(text)).toHaveCount(2); // what changed, then the whole FAQ

  const before = saved('jet/faq.json');
  await answer.fill('<b>太字</b>');
  await publish(page);
  await expect(question.getByText(/plain text \(no <markup>\)/).first()).toBeVisible();
  expect(saved('jet/faq.json')).toBe(before);

  await answer.fill(text);
  await paragraph.getByLabel('English (en)', { exact: true }).fill('');
  await publish(page);
  await expect(page.getByText(/missed a required field/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^English \(en\) is required\.$/ })).toBeVisible();
  expect(saved('jet/faq.json')).toBe(before);
});
