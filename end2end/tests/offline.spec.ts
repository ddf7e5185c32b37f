// The installable app on a personal device: after a first visit, the service worker opens the
// pages that need no server without a network; it never keeps an API answer; a new build is
// offered, not forced; a kiosk gets no service worker.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, open, appReady, KIOSK_BASE_URL } from '../support/fixtures';
import { signIn } from '../support/journey';
import { msg } from '../support/messages';
import type { Locale } from '../support/fixtures';

test.use({ serviceWorkers: 'allow' });

/** Every URL in the app's caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
    }
    return urls;
  });

/** A first visit, then waits until the worker controls the page and keeps its language. */
async function firstVisit(page: Page, locale: Locale) {
  await open(page, '/', { lang: locale });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(async () => (await cachedUrls(page)).some((url) => url.includes(`/locales/${locale}.ftl?v=`))).toBe(true);
}

/** Offline, the browser logs each refused request (the health check, the worker's update
 * check); those are expected here, nothing else is. */
function offlineNoiseOnly(problems: string[]) {
  const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|ServiceWorker script/.test(p));
  problems.splice(0, problems.length, ...unexpected);
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

for (const locale of ['en', 'ar'] as const) {
  test(`a second visit without a network opens the home page and the calculator in ${locale}`, async ({ page, context, problems }) => {
    await firstVisit(page, locale);
    await goOffline(context);
    await page.goto(`/?lang=${locale}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'home-title'));
    // Said plainly: signing in needs a connection.
    await expect(page.getByRole('alert').filter({ hasText: msg(locale, 'backend-unreachable') })).toBeVisible();
    // The calculator was never opened online: its code was kept at the first visit.
    await page.goto(`/calculator?lang=${locale}`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'calculator-title'));
    offlineNoiseOnly(problems);
  });
}

test('no API answer is ever kept or served by the worker', async ({ page, context, problems }) => {
  await firstVisit(page, 'en');
  await page.goto('/sign-in?next=/card');
  await signIn(page);
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toBeVisible();
  expect((await cachedUrls(page)).filter((url) => url.includes('/api/'))).toEqual([]);
  await goOffline(context);
  const answered = await page.evaluate(() =>
    fetch('/api/v1/session').then(
      (response) => `answered ${response.status}`,
      () => 'network error',
    ),
  );
  expect(answered).toBe('network error');
  offlineNoiseOnly(problems);
});

test('a new build is offered, and taken only when the person chooses it', async ({ page, context }) => {
  // The build's worker, marked so that a later fetch of it is a new version.
  let build = 1;
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// build ${build}\n` });
  });
  await firstVisit(page, 'en');
  const offer = page.getByRole('button', { name: msg('en', 'update-reload') });
  await expect(offer).toHaveCount(0);
  build = 2;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText(msg('en', 'update-ready'))).toBeVisible();
  // Nothing changed meanwhile: the page is the same until the person chooses.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
  await Promise.all([page.waitForEvent('load'), offer.click()]);
  await appReady(page);
  await expect(page.getByText(msg('en', 'update-ready'))).toHaveCount(0);
});

test('a kiosk registers no service worker', async ({ page }) => {
  await page.goto(`${KIOSK_BASE_URL}/`);
  await appReady(page);
  await page.waitForLoadState('load');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
