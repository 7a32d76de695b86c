// Opens the gateway's Swagger UI in Debian's headless Chromium and checks what a person would see: the
// description's title, both seed APIs listed, each one opening with its request example, and not one error
// in the browser console or the page.
//
//   node swagger-ui.mjs http://127.0.0.1:8080        (SCREENSHOT=file.png also saves what it saw)
//
// The browser is the system's (/usr/bin/chromium, or CHROMIUM=path): playwright-core downloads none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const API_PATHS = ['/vision/customer/cloudstorage/bind/order', '/vision/customer/cloudstorage/order/get'];
const base = process.argv[2];
if (!base) {
  console.error('usage: node swagger-ui.mjs GATEWAY_URL');
  process.exit(2);
}

const problems = [];
const userDataDir = mkdtempSync(join(tmpdir(), 'gateway-chromium-'));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 1600 },
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));

  await page.goto(`${base}/swagger-ui.html`);
  await page.waitForSelector('.opblock-summary-path[data-path]');
  const title = (await page.locator('.info .title').first().textContent()) ?? '';
  if (!title.includes('Cloud-storage order gateway')) problems.push(`title is "${title}"`);
  if (await page.locator('.errors-wrapper').count() > 0) {
    problems.push(`Swagger UI reports errors: ${await page.locator('.errors-wrapper').first().innerText()}`);
  }

  const listed = await page.$$eval('.opblock-summary-path[data-path]', (paths) => paths.map((path) => path.dataset.path));
  for (const path of API_PATHS) {
    if (!listed.includes(path)) {
      problems.push(`${path} is not listed (listed: ${listed.join(', ')})`);
      continue;
    }
    const operation = page.locator(`.opblock-summary-path[data-path="${path}"]`);
    await operation.click();
    const body = page.locator('.opblock.is-open', { has: operation }).locator('.opblock-body');
    await body.locator('.body-param__example, .microlight, pre').first().waitFor();
    const text = await body.innerText();
    if (!text.includes('"apiVer"')) problems.push(`${path} opens without its request example`);
  }

  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: false });
} catch (failure) {
  problems.push(`${failure}`);
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Swagger UI lists ${API_PATHS.join(' and ')} and renders without console errors`);
