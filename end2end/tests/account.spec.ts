import { test, expect, open, axeViolations, LOCALES, type Locale } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { msg } from '../support/messages';
import { DEMO, signIn } from '../support/journey';

test('the demo holder signs in, sees the card with masked values, and signs out', async ({ page }) => {
  await open(page, '/sign-in');
  await signIn(page);
  await expect(page).toHaveURL(/\/card$/);
  await expect(page.getByRole('banner')).toContainText(DEMO.maskedName);
  const face = page.locator('.app-card-face');
  await expect(face).toContainText(DEMO.maskedName);
  await expect(face).toContainText('9315************77');
  await expect(face).toContainText(msg('en', 'card-status-active'));
  await expect(face).not.toContainText('931528198410030077');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: msg('en', 'header-sign-out') }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'signed-out-title'));
  await expect(page.getByRole('banner').getByRole('link', { name: msg('en', 'header-sign-in'), exact: true })).toBeVisible();
  expect((await page.request.get('/api/v1/session')).status()).toBe(204);
});

test('the card page sends a signed-out visitor to sign in and back to the card', async ({ page }) => {
  await page.goto('/card');
  await expect(page).toHaveURL(/\/sign-in\?next=\/card/);
  await signIn(page);
  await expect(page).toHaveURL(/\/card$/);
  await expect(page.locator('.app-card-face')).toContainText(DEMO.maskedName);
});

test('an empty or wrong sign-in shows every problem in the summary, focused', async ({ page, problems }) => {
  await open(page, '/sign-in');
  await page.getByRole('button', { name: msg('en', 'sign-in-submit') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'sign-in-kind-missing'), msg('en', 'sign-in-password-missing')]);
  await expect(page).toHaveTitle(new RegExp(`^${msg('en', 'title-error-prefix')} `));

  // A social security number starting with 9 with a wrong check character, caught in the browser.
  await page.getByRole('radio', { name: msg('en', 'term-social-security-number') }).check();
  await page.getByRole('textbox', { name: msg('en', 'sign-in-identifier-label') }).fill('931528198410030078');
  await page.getByLabel(msg('en', 'sign-in-password-label'), { exact: true }).fill('whatever1');
  await page.getByRole('button', { name: msg('en', 'sign-in-submit') }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'validation-check-character-mismatch')]);
  await expect(page.getByRole('textbox', { name: msg('en', 'sign-in-identifier-label') })).toHaveAttribute('aria-invalid', 'true');

  // A wrong password comes back from the server as one generic message.
  await page.getByRole('radio', { name: msg('en', 'term-work-permit-number') }).check();
  await signIn(page, 'en', 'not-the-password1');
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'api-invalid-credentials')]);
  await expect(summary).toBeFocused();
  // The browser logs the 401 of the refused sign-in itself; nothing else may be logged.
  const unexpected = problems.filter((p) => !p.includes('status of 401'));
  problems.splice(0, problems.length, ...unexpected);
});

test('the password can be shown and hidden', async ({ page }) => {
  await open(page, '/sign-in');
  const password = page.getByLabel(msg('en', 'sign-in-password-label'), { exact: true });
  await password.fill('secret-1');
  await expect(password).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: msg('en', 'password-show') }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: msg('en', 'password-hide') }).click();
  await expect(password).toHaveAttribute('type', 'password');
});

for (const locale of LOCALES) {
  test(`axe finds no violation on sign-in (with errors) and signed-out, in ${locale}`, async ({ page }) => {
    await open(page, '/sign-in', { lang: locale });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: msg(locale, 'sign-in-submit') }).click();
    await expect(page.locator('.app-error-summary')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await open(page, '/signed-out', { lang: locale });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the card page in Arabic is laid out right to left with numbers left to right', async ({ page }) => {
  await open(page, '/sign-in', { lang: 'ar' });
  await signIn(page, 'ar');
  await expect(page).toHaveURL(/\/card$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Every value on the card face (name and numbers) runs left to right inside the RTL page.
  const values = page.locator('.app-card-face span[dir="ltr"]');
  await expect(values.filter({ hasText: '9315' })).toHaveText('9315************77');
  await expect(values.first()).toHaveText('VAN DER BERG, P***** J**');
  expect(await axeViolations(page)).toEqual([]);
});

test('in Chinese the card status is shown once, without a Chinese gloss of itself', async ({ page }) => {
  await open(page, '/sign-in', { lang: 'zh-CN' });
  await signIn(page, 'zh-CN');
  await expect(page).toHaveURL(/\/card$/);
  const face = page.locator('.app-card-face');
  await expect(face).toContainText(msg('zh-CN', 'card-status-active'));
  expect(((await face.textContent()) ?? '').split(msg('zh-CN', 'card-status-active')).length - 1).toBe(1);
});
