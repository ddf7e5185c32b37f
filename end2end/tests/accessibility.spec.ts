// axe on every page in every language is one sweep per language (locales.spec.ts); these are
// the states a page visit alone does not reach.
import { test, expect, open, axeViolations, LOCALES, PAGES } from '../support/fixtures';
import { msg } from '../support/messages';

for (const locale of LOCALES) {
  test(`axe finds no violation with the language menu open and with errors shown, in ${locale}`, async ({ page }) => {
    await open(page, PAGES.designSystem, { lang: locale });
    await page.locator('summary.app-language__toggle').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('summary.app-language__toggle').click();
    await page.getByRole('button', { name: msg(locale, 'design-system-submit') }).click();
    await expect(page.locator('.app-error-summary')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}
