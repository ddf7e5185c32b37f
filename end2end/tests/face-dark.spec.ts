// Runs in the `dark-camera` project: Chromium's fake camera plays a dark clip.
import { test, expect, axeViolations } from '../support/fixtures';
import { msg } from '../support/messages';
import { RECORDS, registerUpToFaceCheck, turnOnCamera } from '../support/journey';

test('a dark picture fails with its reason and advice, and the third failure leads to verification in person', async ({ page }) => {
  test.setTimeout(90_000);
  await registerUpToFaceCheck(page, RECORDS.dubois);
  await turnOnCamera(page);
  await page.getByRole('button', { name: msg('en', 'face-start-check') }).click();
  const reasons = page.locator('[data-reason]');
  await expect(reasons.filter({ hasText: msg('en', 'face-failure-too-dark') })).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByText(msg('en', 'face-advice-too-dark'))).toBeVisible();
  await expect(page.locator('[data-reason="too-dark"]')).toBeVisible();
  // Fluent isolates the number with bidi marks, so match the digit alone, in its own sentence.
  await expect(page.locator('#face-attempts')).toContainText('2');
  await expect(page.locator('#face-outcome')).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${msg('en', 'title-error-prefix')}`));
  expect(await axeViolations(page)).toEqual([]);

  for (const attempt of [2, 3]) {
    await page.getByRole('button', { name: msg('en', 'face-try-again') }).click();
    if (attempt === 2) {
      await expect(page.locator('#face-attempts')).toContainText('once more', { timeout: 20_000 });
    }
  }
  await expect(page).toHaveURL(/\/face-check-in-person$/, { timeout: 20_000 });
  await expect(page.locator('main')).toContainText(msg('en', 'face-in-person-saved'));
  expect(await axeViolations(page)).toEqual([]);
  // The card stays sealed, and another check is refused until staff have verified the holder.
  await page.getByRole('link', { name: msg('en', 'face-in-person-card-link') }).click();
  await expect(page.locator('.app-card-face')).toContainText(msg('en', 'card-status-sealed'));
});
