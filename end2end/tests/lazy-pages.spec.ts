// Every page but the home page is downloaded with its journey's wasm chunk when first opened
// (src/journeys.rs). Each must open by typing its address and by following a link, in every
// locale, and a chunk that fails to download must say so and offer a retry that works.
import { test, expect, open, appReady, LOCALES, PAGES } from '../support/fixtures';
import { msg } from '../support/messages';

/** Each lazily loaded page (mirrors src/routes.rs) and the title of its `<h1>` when opened
 * without a session: the holder's pages, the SMS code step and the face check send a visitor to sign in. */
const LAZY_PAGES: Record<string, string> = {
  '/accessibility': 'accessibility-title',
  '/design-system': 'design-system-title',
  '/sign-in': 'sign-in-title',
  '/signed-out': 'signed-out-title',
  '/card': 'sign-in-title',
  '/register': 'register-start-title',
  '/register-name': 'register-name-title',
  '/register-number': 'register-identifier-title',
  '/register-password': 'register-password-title',
  '/register-phone': 'register-phone-title',
  '/register-check': 'register-check-title',
  '/register-code': 'sign-in-title',
  '/face-check': 'sign-in-title',
  '/face-check-camera': 'face-camera-title',
  '/face-check-in-person': 'face-in-person-title',
  '/register-done': 'sign-in-title',
  '/work-permit': 'sign-in-title',
  '/payments': 'sign-in-title',
  '/calculator': 'calculator-title',
  '/verify': 'verify-title',
  '/prepare': 'prepare-title',
  '/prepare-nationality': 'prepare-nationality-title',
  '/prepare-degree': 'prepare-degree-title',
  '/prepare-application': 'prepare-application-title',
  '/prepare-points': 'prepare-points-title',
  '/prepare-estimate': 'prepare-estimate-title',
  '/prepare-tasks': 'prepare-tasks-title',
  '/prepare-document': 'prepare-tasks-title',
};

for (const locale of LOCALES) {
  test(`every lazily loaded page opens by its address in ${locale}`, async ({ page }) => {
    test.slow();
    for (const [path, title] of Object.entries(LAZY_PAGES)) {
      await open(page, path, { lang: locale });
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(msg(locale, title));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
  });

  test(`every lazily loaded page opens from a link in ${locale}`, async ({ page }) => {
    test.slow();
    await open(page, PAGES.home, { lang: locale });
    for (const [path, title] of Object.entries(LAZY_PAGES)) {
      // A link in the page, followed by the app's router without a page load.
      await page.evaluate((href) => {
        const link = document.createElement('a');
        link.href = href;
        link.id = 'test-link';
        link.textContent = href;
        document.querySelector('main')?.append(link);
      }, path);
      await page.locator('#test-link').click();
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(msg(locale, title));
      await page.evaluate(() => document.getElementById('test-link')?.remove());
    }
    // Still the same document: every page came from the router, not a reload.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
}

test('a journey whose code cannot be downloaded says so, and Try again loads it', async ({ page, problems }) => {
  await open(page, PAGES.home);
  let blocked = true;
  await page.route(/\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/calculator';
    link.id = 'test-link';
    link.textContent = 'calculator';
    document.querySelector('main')?.append(link);
  });
  await page.locator('#test-link').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'calculator-title'));
  await expect(page.getByRole('alert')).toContainText(msg('en', 'page-load-failed'));
  await expect(page.getByRole('alert')).toContainText(msg('en', 'page-load-failed-advice'));
  const retry = page.getByRole('button', { name: msg('en', 'page-load-retry') });

  blocked = false;
  await retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'calculator-title'));
  await expect(page.getByText(msg('en', 'page-load-failed'))).toHaveCount(0);
  await expect(page.getByRole('button', { name: msg('en', 'page-load-retry') })).toHaveCount(0);
  // The page works: its own form is there.
  await expect(page.locator('main form')).toBeVisible();

  // The refused downloads are reported by the browser and the chunk loader; nothing else.
  const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/.test(p));
  problems.splice(0, problems.length, ...unexpected);
});

test('the page says so when the app itself cannot be downloaded', async ({ page, problems }) => {
  await page.route(/essc-app-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(PAGES.home);
  await expect(page.locator('#app-unavailable')).toBeVisible();
  await expect(page.locator('#app-unavailable')).toContainText('The service could not be loaded.');
  await expect(page.locator('.app-shell')).toBeHidden();
  const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError/.test(p));
  problems.splice(0, problems.length, ...unexpected);
});

test('a first visit that is offline for the language file still starts, in English', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ar-EG', baseURL });
  const page = await context.newPage();
  await page.route(/\/locales\/ar\.ftl/, (route) => route.abort('internetdisconnected'));
  await page.goto(PAGES.home);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
  await expect(page.getByRole('alert').first()).toBeVisible();
  await context.close();
});
