import { test, expect, open, appReady, PAGES } from '../support/fixtures';
import { msg, pageTitle } from '../support/messages';

test('a deep link loads and survives a reload', async ({ page }) => {
  await page.goto(PAGES.accessibility);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'accessibility-title'));
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'accessibility-title'));
  await expect(page).toHaveTitle(pageTitle('en', 'accessibility-title'));
});

test('in-app navigation sets the title and moves focus to the new heading', async ({ page }) => {
  await open(page, PAGES.home);
  await page.getByRole('contentinfo').getByRole('link', { name: msg('en', 'accessibility-title') }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(msg('en', 'accessibility-title'));
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(pageTitle('en', 'accessibility-title'));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
});

test('the title follows a language switch', async ({ page }) => {
  await open(page, PAGES.accessibility, { lang: 'ar' });
  await expect(page).toHaveTitle(pageTitle('ar', 'accessibility-title'));
});

test('an unknown path shows the not-found page with a way home', async ({ page }) => {
  await open(page, PAGES.notFound);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'not-found-title'));
  await expect(page).toHaveTitle(pageTitle('en', 'not-found-title'));
  await page.getByRole('link', { name: msg('en', 'not-found-home') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
});

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await open(page, PAGES.home);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: msg('en', 'skip-to-content') });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
});

test('landmarks: one banner, one main, one contentinfo', async ({ page }) => {
  await open(page, PAGES.home);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
});

test('the app checks the backend once and says so when it cannot be reached', async ({ page, problems }) => {
  await open(page, PAGES.home);
  await expect(page.getByText(msg('en', 'backend-unreachable'))).toHaveCount(0);

  await page.route('**/api/health', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"status":"unavailable","database":"unavailable","version":"0"}' }));
  await open(page, PAGES.accessibility);
  await expect(page.getByRole('alert').filter({ hasText: msg('en', 'backend-unreachable') })).toBeVisible();
  // The page itself still works.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'accessibility-title'));
  // The browser logs the 503 itself; nothing else may be logged.
  const unexpected = problems.filter((p) => !p.includes('status of 503'));
  problems.splice(0, problems.length, ...unexpected);
});
