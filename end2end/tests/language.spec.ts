import { test, expect, open, switchLanguage, passWelcome, appReady, PAGES, KIOSK_BASE_URL } from '../support/fixtures';
import { msg, languageName } from '../support/messages';

test('switching language re-renders in place and persists across a reload', async ({ page }) => {
  await open(page, PAGES.home);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));

  await switchLanguage(page, languageName('zh-CN'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('zh-CN', 'home-title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);

  // The page's loader reads the stored choice too: the language is one request, started by it.
  const languageRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/locales/')) languageRequests.push(url.pathname);
  });
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('zh-CN', 'home-title'));
  expect(await page.evaluate(() => localStorage.getItem('essc.lang'))).toBe('zh-CN');
  expect(languageRequests).toEqual(['/locales/zh-CN.ftl']);
});

test('Arabic lays the page out right to left', async ({ page }) => {
  await open(page, PAGES.home);
  await switchLanguage(page, languageName('ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('ar', 'home-title'));
  // Logical CSS: the header's service link starts at the right edge in right-to-left.
  const box = await page.locator('.app-header__service').boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x + box.width).toBeGreaterThan(width / 2);
});

test('the language switcher works with the keyboard alone', async ({ page }) => {
  await open(page, PAGES.home);
  const toggle = page.locator('summary.app-language__toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const arabic = page.getByRole('button', { name: languageName('ar'), exact: true });
  await expect(arabic).toBeVisible();
  for (let i = 0; i < 5 && !(await arabic.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(arabic).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(toggle).toBeFocused();
});

test('?lang= chooses the language for a deep link', async ({ page }) => {
  await open(page, PAGES.accessibility, { lang: 'zh-CN' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('zh-CN', 'accessibility-title'));
});

test('the browser language is used when nothing else says otherwise', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto(PAGES.home);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await context.close();
});

test('kiosk mode by address: the choice is not stored and is gone after a reload', async ({ page }) => {
  await page.goto('/?kiosk=1');
  await appReady(page);
  await expect(page.getByText(msg('en', 'kiosk-badge'))).toBeVisible();
  await passWelcome(page, languageName('zh-CN'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await page.goto('/?kiosk=1');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('kiosk mode set by the server: nothing stored, nothing remembered', async ({ page }) => {
  await page.goto(`${KIOSK_BASE_URL}/`);
  await appReady(page);
  await expect(page.getByText(msg('en', 'kiosk-badge'))).toBeVisible();
  await passWelcome(page, languageName('ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a language that cannot be fetched leaves the page usable and says so', async ({ page, problems }) => {
  await open(page, PAGES.home);
  await page.route('**/locales/ar.ftl*', (route) => route.abort('internetdisconnected'));
  await switchLanguage(page, languageName('ar'));
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
  // The browser reports the refused request itself; nothing else may be logged.
  const unexpected = problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'));
  problems.splice(0, problems.length, ...unexpected);
});
