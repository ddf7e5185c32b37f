// The first-load budget (size-budget.json), measured as a newcomer's browser gets it: a fresh
// browser context per entry page and language, summing the bytes received (headers and
// compressed bodies) for everything but the API until the network is idle.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, appReady, LOCALES, type Locale } from '../support/fixtures';
import { signInByApi } from '../support/journey';

type Budget = { goalBytes: number; maxWasmFiles: number; entryPages: Record<string, { journey: string; maxBytes: number }> };
const budget = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../size-budget.json'), 'utf8')) as Budget;
const results: { page: string; locale: Locale; bytes: number; wasmFiles: number; requests: number }[] = [];

// Browser languages that make the app choose each locale without `?lang=` in the address.
const BROWSER_LOCALE: Record<(typeof LOCALES)[number], string> = { en: 'en-GB', 'zh-CN': 'zh-CN', ar: 'ar-EG' };

for (const [entry, { maxBytes, journey }] of Object.entries(budget.entryPages)) {
  for (const locale of LOCALES) {
    test(`first load of ${entry} in ${locale} is within the budget`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: BROWSER_LOCALE[locale], baseURL });
      if (entry === '/card') {
        await signInByApi(context.request, baseURL ?? '');
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      const finished: Promise<{ url: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        finished.push(
          request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize })),
        );
      });
      await page.goto(entry, { waitUntil: 'networkidle' });
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const loaded = (await Promise.all(finished)).filter((r) => !new URL(r.url).pathname.startsWith('/api/'));
      const bytes = loaded.reduce((sum, r) => sum + r.bytes, 0);
      const wasm = loaded.filter((r) => new URL(r.url).pathname.endsWith('.wasm'));
      const languages = loaded.filter((r) => new URL(r.url).pathname.startsWith('/locales/'));
      results.push({ page: entry, locale, bytes, wasmFiles: wasm.length, requests: loaded.length });
      await context.close();

      expect(errors, 'console errors').toEqual([]);
      // The language's file, and the journey's own messages when it has a file of them.
      const journeyFile = `locales/${locale}/journeys/${journey}.ftl`;
      const expected = [`/locales/${locale}.ftl`];
      if (journey && fs.existsSync(path.resolve(__dirname, '../..', journeyFile))) expected.push(`/locales/${locale}/${journey}.ftl`);
      expect(languages.map((r) => new URL(r.url).pathname).sort(), 'one request for the language (and its journey part)').toEqual(expected.sort());
      expect(wasm.length, `wasm files: ${wasm.map((r) => r.url).join(' ')}`).toBeLessThanOrEqual(budget.maxWasmFiles);
      expect(bytes, loaded.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join('\n')).toBeLessThanOrEqual(maxBytes);
    });
  }
}

test.afterAll(() => {
  if (results.length === 0) return;
  const out = path.join(process.env.E2E_WORK_DIR ?? 'target/e2e', `first-load-${process.pid}.json`);
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
});
