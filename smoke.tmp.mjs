import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', e => console.log('pageerror: '+e));
await page.goto('http://127.0.0.1:8092/offices/');
const t = Date.now();
await page.locator('#office-q').focus();
await page.locator('#office-q').fill('x');
console.log('right after fill', await page.locator('#office-q').inputValue(), await page.evaluate(() => document.querySelectorAll('#office-q').length));
for (let i = 0; i < 10; i++) { await page.waitForTimeout(1000); console.log(Date.now() - t, await page.locator('p.result-count').innerText(), await page.locator('#office-q').inputValue(), await page.evaluate(() => String(document.querySelector('leptos-island').$$running))); }
await browser.close();
