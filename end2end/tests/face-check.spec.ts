import { test, expect, open, axeViolations, LOCALES } from '../support/fixtures';
import { msg } from '../support/messages';
import { RECORDS, loseFirstAnswer, registerUpToFaceCheck, signIn, turnOnCamera } from '../support/journey';

test('pictures whose answer is lost are sent again under the same key', async ({ page, problems }) => {
  test.setTimeout(60_000);
  await registerUpToFaceCheck(page, RECORDS.oconnor);
  // The server checks the pictures, but the first answer never reaches the browser.
  const keys = await loseFirstAnswer(page, '**/api/v1/face-checks');
  await turnOnCamera(page);
  await page.getByRole('button', { name: msg('en', 'face-start-check') }).click();
  const again = page.getByRole('button', { name: msg('en', 'face-send-again') });
  await expect(again).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(msg('en', 'network-failed'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await again.click();
  await expect(page).toHaveURL(/\/register-done$/);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBe(keys[1]);
  const unexpected = problems.filter((p) => !p.includes('ERR_CONNECTION_RESET'));
  problems.splice(0, problems.length, ...unexpected);
});

test('signed out, the face check asks to sign in and comes back afterwards', async ({ page }) => {
  await page.goto('/face-check');
  await expect(page).toHaveURL(/\/sign-in\?next=\/face-check$/);
});

for (const locale of LOCALES) {
  test(`the camera-problem and in-person pages explain the alternatives, axe-clean, in ${locale}`, async ({ page }) => {
    for (const reason of ['denied', 'absent', 'busy'] as const) {
      await open(page, `/face-check-camera?reason=${reason}`, { lang: locale });
      await expect(page.locator('main')).toContainText(msg(locale, `face-camera-${reason}`));
      await expect(page.getByRole('link', { name: msg(locale, 'face-try-again') })).toHaveAttribute('href', '/face-check');
      expect(await axeViolations(page), reason).toEqual([]);
    }
    await page.getByRole('link', { name: msg(locale, 'face-in-person-link') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'face-in-person-title'));
    await expect(page.locator('main')).toContainText(msg(locale, 'face-in-person-bring-passport'));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the journey pages and the live camera fit a 320 px wide screen, right to left too', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const locale of LOCALES) {
    for (const path of ['/register', '/register-name', '/register-check', '/face-check-camera?reason=denied', '/face-check-in-person']) {
      await open(page, path, { lang: locale });
      if (path === '/register-name') await page.getByText(msg(locale, 'register-mrz-summary')).click();
      expect(await overflow(), `${path} in ${locale}`).toBeLessThanOrEqual(0);
    }
  }
  await open(page, '/sign-in?next=/face-check', { lang: 'ar' });
  await signIn(page, 'ar');
  await expect(page).toHaveURL(/\/face-check$/);
  await turnOnCamera(page, 'ar');
  expect(await overflow()).toBeLessThanOrEqual(0);
  const box = await page.locator('.app-camera').boundingBox();
  expect(box?.width).toBeGreaterThan(250);
});
