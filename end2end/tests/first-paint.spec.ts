// Before the wasm arrives, an entry page already shows its heading and lead in the visitor's
// language (size-budget.json `firstPaint`, painted by the loader in index.html), the journey's
// wasm files are already downloading, and the app then takes over without the heading moving.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { test, expect, appReady, LOCALES, type Locale } from '../support/fixtures';

type Entry = { journey: string; firstPaint?: { heading: string; lead: string } };
const budget = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../size-budget.json'), 'utf8')) as {
  entryPages: Record<string, Entry>;
};
const BROWSER_LOCALE: Record<(typeof LOCALES)[number], string> = { en: 'en-GB', 'zh-CN': 'zh-CN', ar: 'ar-EG' };
const MAIN_WASM = /\/essc-app-[0-9a-f]+_bg\.wasm$/;

/** Holds the main wasm back until `release` is called. */
async function holdMainWasm(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAIN_WASM, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

const headingTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((h) => Math.round(h.getBoundingClientRect().top));

for (const [entry, { journey, firstPaint }] of Object.entries(budget.entryPages)) {
  if (!firstPaint) continue;
  for (const locale of LOCALES) {
    for (const width of [320, 1280]) {
      test(`${entry} in ${locale} at ${width} px shows its heading before the wasm, and keeps it in place`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ locale: BROWSER_LOCALE[locale], baseURL, viewport: { width, height: 800 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const wasmRequests: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('.wasm')) wasmRequests.push(new URL(request.url()).pathname);
        });
        const release = await holdMainWasm(page);
        await page.goto(entry, { waitUntil: 'domcontentloaded' });

        const early = page.locator('.app-first-paint');
        await expect(early.locator('h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
        const heading = (await early.locator('h1').textContent()) ?? '';
        const lead = (await early.locator('p').textContent()) ?? '';
        expect(heading.length).toBeGreaterThan(5);
        expect(lead.length).toBeGreaterThan(heading.length / 2);
        await expect(page).toHaveTitle(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
        const before = await headingTop(page, '.app-first-paint h1');
        if (journey) {
          // The journey's files start with the main wasm rather than after it.
          await expect.poll(() => wasmRequests.filter((p) => p.includes(`split_${journey}-`)).length).toBe(1);
        }

        release();
        await appReady(page);
        await expect(page.locator('.app-first-paint')).toHaveCount(0);
        await expect(page.locator('main#main-content h1')).toHaveText(heading);
        await expect(page.locator('main#main-content h1 + p')).toContainText(lead);
        expect(await headingTop(page, 'main#main-content h1')).toBe(before);
        // Every wasm file once: the preloads were used, not fetched again.
        expect(wasmRequests.length).toBe(new Set(wasmRequests).size);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
}

test('a page without a first paint keeps the loading message until the app starts', async ({ page }) => {
  const release = await holdMainWasm(page);
  await page.goto('/accessibility', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('.app-shell[aria-busy="true"]')).toBeVisible();
  await expect(page.locator('.app-first-paint')).toHaveCount(0);
  release();
  await appReady(page);
});
