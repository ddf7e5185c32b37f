import { test, expect, open, PAGES } from '../support/fixtures';
import { msg } from '../support/messages';

test('an empty submit focuses the error summary, which links to every field', async ({ page }) => {
  await open(page, PAGES.designSystem);
  await page.getByRole('button', { name: msg('en', 'design-system-submit') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: msg('en', 'error-summary-title') })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(4);
  await expect(page).toHaveTitle(new RegExp(`^${msg('en', 'title-error-prefix')} `));

  // Each field is marked invalid and describes its error.
  const surname = page.getByRole('textbox', { name: msg('en', 'design-system-surname-label') });
  await expect(surname).toHaveAttribute('aria-invalid', 'true');
  await expect(surname).toHaveAttribute('aria-describedby', 'example-surname-hint example-surname-error');
  await expect(surname).toHaveAccessibleDescription(new RegExp(msg('en', 'design-system-surname-missing')));

  await summary.getByRole('link', { name: msg('en', 'design-system-documents-missing') }).click();
  await expect(page.getByRole('checkbox').first()).toBeFocused();
});

test('a complete answer clears the errors and shows the panel and the summary list', async ({ page }) => {
  await open(page, PAGES.designSystem);
  await page.getByRole('button', { name: msg('en', 'design-system-submit') }).click();
  await page.getByRole('textbox', { name: msg('en', 'design-system-surname-label') }).fill('Müller');
  await page.getByRole('radio', { name: msg('en', 'term-work-permit-number') }).check();
  await page.getByRole('checkbox', { name: msg('en', 'term-passport-page') }).check();
  await page.getByRole('textbox', { name: msg('en', 'date-day') }).fill('12');
  await page.getByRole('textbox', { name: msg('en', 'date-month') }).fill('8');
  await page.getByRole('textbox', { name: msg('en', 'date-year') }).fill('1974');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  await page.getByRole('button', { name: msg('en', 'design-system-submit') }).click();
  await expect(page.getByRole('heading', { name: msg('en', 'design-system-panel-title') })).toBeVisible();
  // The summary shows the surname as the protocol normalises it for comparison.
  await expect(page.locator('.app-summary-list')).toContainText('MUELLER');
  await expect(page.locator('.app-summary-list')).toContainText('1974-8-12');
  await expect(page).not.toHaveTitle(new RegExp(`^${msg('en', 'title-error-prefix')}`));
});

test('a surname in another script gets the protocol rule and its translated message', async ({ page }) => {
  for (const locale of ['en', 'ar'] as const) {
    await open(page, PAGES.designSystem, { lang: locale });
    await page.getByRole('textbox', { name: msg(locale, 'design-system-surname-label') }).fill('张伟');
    await page.getByRole('button', { name: msg(locale, 'design-system-submit') }).click();
    const summary = page.locator('.app-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: msg(locale, 'validation-non-latin-script') })).toBeVisible();
  }
});
