import { test, expect, open, LOCALES, PAGES } from '../support/fixtures';
import { msg, pageTitle } from '../support/messages';

for (const locale of LOCALES) {
  test(`home page explains the e-SSC in ${locale}`, async ({ page }) => {
    await open(page, PAGES.home, { lang: locale });
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', locale);
    await expect(html).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(pageTitle(locale, 'home-title'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'home-title'));
    for (const id of ['home-changed-heading', 'home-card-heading', 'home-insurance-heading', 'home-documents-heading']) {
      await expect(page.getByRole('heading', { level: 2, name: msg(locale, id) })).toBeVisible();
    }
    // The five insurances, each a row header in the table.
    const rows = page.getByRole('table').getByRole('rowheader');
    await expect(rows).toHaveCount(5);
    for (const id of ['term-pension', 'term-medical', 'term-work-injury', 'term-unemployment', 'term-maternity']) {
      await expect(rows.filter({ hasText: msg(locale, id) })).toHaveCount(1);
    }
    // Official Chinese terms beside ours outside Chinese; not repeated in Chinese.
    const glosses = page.locator('main .app-term__zh[lang="zh-CN"]');
    if (locale === 'zh-CN') {
      await expect(glosses).toHaveCount(0);
    } else {
      await expect(glosses.filter({ hasText: '基本养老保险' })).toHaveCount(1);
      await expect(glosses.filter({ hasText: '外国人工作许可证号' })).toHaveCount(1);
    }
    await expect(page.getByRole('link', { name: msg(locale, 'accessibility-title') })).toBeVisible();
  });
}

test('the home page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of LOCALES) {
    await open(page, PAGES.home, { lang: locale });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${locale} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

for (const locale of LOCALES) {
  test(`on a 390 px phone the header is one row and the page starts above the fold in ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, PAGES.home, { lang: locale });
    const header = await page.locator('header.app-header').boundingBox();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    const start = await page.getByRole('link', { name: msg(locale, 'register-start-title') }).first().boundingBox();
    // One row: a 44 px target, its padding and the border (about 70 px); it was about 190.
    expect(header!.height).toBeLessThan(90);
    expect(heading!.y).toBeLessThan(160);
    expect(start!.y + start!.height).toBeLessThan(844);
    // The full name is still the link's name for a screen reader.
    await expect(page.getByRole('link', { name: msg(locale, 'service-name') })).toBeVisible();
  });
}

test('a page load asks for nothing that is missing, and the manifest names real PNG icons and screenshots of their stated sizes', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await open(page, PAGES.home);
  await page.waitForLoadState('networkidle');
  expect(missing).toEqual([]);
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
    screenshots: { src: string; sizes: string; type: string; form_factor: string }[];
  };
  expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of [...pngs, ...manifest.screenshots]) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const png = await response.body();
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});
