// The ID photo of the document preparation: a real phone-sized JPEG with a grey background is
// checked, fixed in the browser (cropped to 3:4, scaled, re-encoded inside the byte range) and
// downloaded, and the test measures the download itself; a landscape photo's crop is moved; a
// photo too small to fix is explained; the fixed photo passes when chosen again. Phone photos of
// a paper document's pages become one PDF under the limit, opened by pypdf.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, type Locale } from '../support/fixtures';
import { msg } from '../support/messages';
import {
  GERMAN_DOCTOR, addFiles, answerUpToEstimate, backToChecklist, expectPlain, file, fixToday, jpegSize, openDocument, photoJpeg,
  readPdf, toChecklist, unzip,
} from '../support/prepare';

async function toPhoto(page: Page, locale: Locale = 'en') {
  await fixToday(page);
  await answerUpToEstimate(page, GERMAN_DOCTOR, locale);
  await toChecklist(page, locale);
  if (locale === 'en') {
    await openDocument(page, 'prepare-document-photo');
  } else {
    await page.getByRole('link', { name: msg(locale, 'prepare-document-photo'), exact: true }).click();
  }
}

const choose = (page: Page, locale: Locale = 'en') => page.getByLabel(msg(locale, 'prepare-photo-choose'));

test('a 3000 × 4000 phone photo on grey is fixed to 420 × 560 inside 40–120 KB, and the download is that photo', async ({ page }, testInfo) => {
  await toPhoto(page);
  const original = await photoJpeg(page, 3000, 4000, '#9a9a9a');
  await choose(page).setInputFiles(file('me.jpg', 'image/jpeg', original));
  const problems = page.locator('#photo-problems');
  await expectPlain(problems, 'It is 3000 × 4000 pixels; at most 420 × 560 are accepted.');
  await expect(problems).toContainText(msg('en', 'prepare-photo-background'));
  await expect(problems).not.toContainText(msg('en', 'prepare-photo-wrong-ratio'));
  // Already 3:4: the frame is the whole photo and there is nothing to move.
  await expect(page.locator('#crop-across')).toHaveCount(0);
  await expect(page.locator('#crop-down')).toHaveCount(0);
  await expect(page.locator('#photo-result')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'prepare-photo-download') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('photo.jpg');
  const path = testInfo.outputPath('photo.jpg');
  await download.saveAs(path);
  const fixed = readFileSync(path);
  expect(jpegSize(fixed)).toEqual({ width: 420, height: 560 });
  expect(fixed.length).toBeGreaterThanOrEqual(40 * 1024);
  expect(fixed.length).toBeLessThanOrEqual(120 * 1024);
  await expectPlain(page.locator('#photo-result'), `420 × 560 pixels, ${Math.ceil(fixed.length / 1024)} KB`);

  await page.getByRole('button', { name: msg('en', 'prepare-photo-use') }).click();
  await expect(page.locator('#photo-used')).toBeVisible();
  await expect(page.locator('#file-list li')).toHaveCount(1);
  await expectPlain(page.locator('#file-list'), `photo.jpg, ${Math.ceil(fixed.length / 1024)} KB`);
});

test('a landscape photo is cropped around the centre, the crop moves, and the fixed photo then passes', async ({ page }, testInfo) => {
  await toPhoto(page);
  await choose(page).setInputFiles(file('wide.jpg', 'image/jpeg', await photoJpeg(page, 2000, 1500, '#ffffff')));
  await expect(page.locator('#photo-problems')).toContainText(msg('en', 'prepare-photo-wrong-ratio'));
  await expect(page.locator('#photo-problems')).not.toContainText(msg('en', 'prepare-photo-background'));
  const frame = page.locator('.app-photo__crop');
  // 1125 × 1500 of 2000 × 1500, centred: 437 px of room on each side.
  await expect(frame).toHaveAttribute('style', /left: 21\.8\d%/);
  await expect(page.locator('#crop-down')).toHaveCount(0);
  await expect(page.locator('#photo-result')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'prepare-photo-download') }).click();
  const path = testInfo.outputPath('fixed.jpg');
  await (await downloading).saveAs(path);
  const fixed = readFileSync(path);
  expect(jpegSize(fixed)).toEqual({ width: 420, height: 560 });

  // The frame moves with the keyboard, and the fix follows it.
  const across = page.getByLabel(msg('en', 'prepare-photo-across'));
  await across.focus();
  await page.keyboard.press('Home');
  await expect(frame).toHaveAttribute('style', /left: 0(\.00)?%/);
  // The re-fix runs up to seven JPEG encodings; a loaded CI machine needs longer than the default.
  await expect(page.locator('#photo-result')).toBeVisible({ timeout: 30_000 });

  // The fixed photo, chosen again, meets every rule and is kept as it is.
  await choose(page).setInputFiles(file('fixed.jpg', 'image/jpeg', fixed));
  await expect(page.locator('#photo-passes')).toBeVisible();
  await expect(page.locator('.app-photo')).toHaveCount(0);
  await expectPlain(page.locator('#file-list'), 'fixed.jpg');
});

test('a photo too small to fix, a PDF and a cut JPEG are explained, and nothing is kept', async ({ page }) => {
  await toPhoto(page);
  await choose(page).setInputFiles(file('tiny.jpg', 'image/jpeg', await photoJpeg(page, 300, 400, '#ffffff')));
  await expectPlain(page.locator('#photo-problems'), 'It is 300 × 400 pixels; at least 354 × 472 are needed.');
  await expect(page.locator('.app-photo')).toHaveCount(0);
  await expect(page.locator('#file-list li')).toHaveCount(0);
  await choose(page).setInputFiles(file('photo.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')));
  await expectPlain(page.locator('#photo-error'), `photo.pdf: ${msg('en', 'validation-file-type-not-allowed')}`);
  await choose(page).setInputFiles(file('cut.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2])));
  await expectPlain(page.locator('#photo-error'), `cut.jpg: ${msg('en', 'validation-image-unreadable')}`);
  await expect(page.locator('#file-list li')).toHaveCount(0);
});

test('the fix fits 320 px in Arabic and axe finds no violation with both previews shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await toPhoto(page, 'ar');
  await choose(page, 'ar').setInputFiles(file('wide.jpg', 'image/jpeg', await photoJpeg(page, 2000, 1500, '#ffffff')));
  await expect(page.locator('#photo-result')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The slider runs left to right even in a right-to-left page, as the photo's pixels do.
  await expect(page.getByLabel(msg('ar', 'prepare-photo-across'))).toHaveAttribute('dir', 'ltr');
  expect(await axeViolations(page)).toEqual([]);
});

test('phone photos of a degree, one over 1 MB, become one PDF under 1 MB that another reader opens, a page each', async ({ page }, testInfo) => {
  await fixToday(page);
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-degree');
  const first = await photoJpeg(page, 3000, 4000, '#f4f1ea', 60000, 1);
  expect(first.length).toBeGreaterThan(1024 * 1024);
  const second = await photoJpeg(page, 4000, 3000, '#f4f1ea');
  await addFiles(page, [file('page-1.jpg', 'image/jpeg', first), file('page-2.jpg', 'image/jpeg', second)]);
  await expect(page.locator('#file-list li')).toHaveCount(2);
  await expect(page.locator('#files-error')).toHaveCount(0);
  await expectPlain(page.locator('#file-list li').first(), 'Larger than 1024 KB');
  // A double click makes one PDF, not two.
  await page.getByRole('button', { name: msg('en', 'prepare-combine') }).dblclick();
  await expectPlain(page.locator('#combined'), 'The images are now one PDF of 2 pages.');
  await expect(page.locator('#file-list li')).toHaveCount(1);
  await expect(page.locator('#file-list')).toContainText('degree.pdf');
  await expect(page.getByRole('button', { name: msg('en', 'prepare-combine') })).toHaveCount(0);

  await backToChecklist(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'prepare-download-package') }).click();
  const zipPath = testInfo.outputPath('package.zip');
  await (await downloading).saveAs(zipPath);
  const pdf = Buffer.from(unzip(zipPath)['04-degree-1.pdf'], 'base64');
  expect(pdf.length).toBeLessThanOrEqual(1024 * 1024);
  const pdfPath = testInfo.outputPath('degree.pdf');
  writeFileSync(pdfPath, pdf);
  // A4 portrait for the portrait photo, A4 landscape for the landscape one; each photo scaled to
  // 1600 px on its long side and kept a JPEG.
  expect(readPdf(pdfPath)).toMatchObject([
    { width: 595, height: 842, images: [{ width: 1200, height: 1600, filter: '/DCTDecode' }] },
    { width: 842, height: 595, images: [{ width: 1600, height: 1200, filter: '/DCTDecode' }] },
  ]);
});
