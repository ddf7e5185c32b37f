// Runs in the `camera-denied` project: Chromium refuses every camera permission request.
import { test, expect, open, axeViolations } from '../support/fixtures';
import { msg } from '../support/messages';
import { signIn } from '../support/journey';

for (const locale of ['en', 'ar'] as const) {
  test(`a refused camera gets its own page with a way forward, in ${locale}`, async ({ page }) => {
    await open(page, '/sign-in?next=/face-check', { lang: locale });
    await signIn(page, locale);
    await expect(page).toHaveURL(/\/face-check$/);
    await page.getByRole('button', { name: msg(locale, 'face-start-camera') }).click();
    await expect(page).toHaveURL(/\/face-check-camera\?reason=denied$/);
    await expect(page.locator('main')).toContainText(msg(locale, 'face-camera-denied'));
    await expect(page.locator('main')).toContainText(msg(locale, 'face-camera-allow-heading'));
    await expect(page.getByRole('link', { name: msg(locale, 'face-in-person-link') })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
