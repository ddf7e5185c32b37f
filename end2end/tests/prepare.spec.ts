// Preparing the work-permit documents (/prepare): the questions, the category estimate from the
// points table, the checklist's certification rules by country and category, the expiry
// warnings, bad input, a reload, keyboard use, axe in every locale and 320 px in Arabic.
// The device's date is fixed to 1 December 2026, so "today" is known.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { test, expect, open, axeViolations, LOCALES } from '../support/fixtures';
import { msg } from '../support/messages';
import { tabUntil } from '../support/journey';
import {
  EMIRATI_GRADUATE, GERMAN_DOCTOR, PDF, addFiles, answerUpToEstimate, backToChecklist, expectPlain, file, fixToday,
  continueOn, heading, openDocument, readPdf, row, toChecklist, unzip,
} from '../support/prepare';

test.beforeEach(async ({ page }) => fixToday(page));

test('the home page links to the preparation, whose start page says what it does and does not do', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: msg('en', 'prepare-title') }).click();
  await heading(page, 'en', 'prepare-title');
  await expect(page.getByText(msg('en', 'prepare-does-not'))).toBeVisible();
  await expect(page.getByText(msg('en', 'prepare-privacy'))).toBeVisible();
});

test('a doctorate with a high salary is estimated Category A, with each factor and the authority deciding', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  const result = page.locator('#estimate-result');
  await expect(result).toContainText(msg('en', 'term-category-a'));
  await expectPlain(result, '98 of 110 points');
  await expect(result).toContainText(msg('en', 'prepare-estimate-a'));
  const points = await page.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(points).toEqual(['20', '20', '13', '15', '10', '0', '15', '5']);
  await expect(page.getByText(msg('en', 'prepare-authority-decides'))).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp(msg('en', 'term-category-a').replace(/[()]/g, '\\$&')) })).toBeChecked();
});

test('a young graduate is estimated Category C and the direct route to B is explained', async ({ page }) => {
  await answerUpToEstimate(page, EMIRATI_GRADUATE);
  const result = page.locator('#estimate-result');
  await expect(result).toContainText(msg('en', 'term-category-c'));
  await expectPlain(result, '38 of 110 points');
  await expect(page.getByText(msg('en', 'prepare-direct-b'))).toBeVisible();
});

test('from an Apostille country the degree and the record need apostilles, with the CSCSE alternative and the source', async ({ page }) => {
  await answerUpToEstimate(page, { ...GERMAN_DOCTOR, bonuses: [] });
  await page.getByRole('radio', { name: new RegExp(msg('en', 'term-category-b').replace(/[()]/g, '\\$&')) }).check();
  await toChecklist(page);
  await expect(page.locator('.app-task-list__item')).toHaveCount(7);
  await expect(row(page, 'prepare-document-criminal-record')).toContainText(msg('en', 'prepare-status-not-started'));
  await openDocument(page, 'prepare-document-degree');
  await expectPlain(page.locator('#certify'), 'Get an apostille from the competent authority of United Kingdom');
  await expect(page.locator('#alternative')).toHaveText(msg('en', 'prepare-alternative-cscse-verification'));
  await expect(page.locator('#translation')).toHaveText(msg('en', 'prepare-translation-sealed-by-employer'));
  await expect(page.locator('#source')).toContainText('HCCH status table');
  await page.getByRole('link', { name: msg('en', 'back-link') }).click();
  await openDocument(page, 'prepare-document-criminal-record');
  await expectPlain(page.locator('#certify'), 'competent authority of Germany');
  await expect(page.locator('#alternative')).toHaveCount(0);
});

test('from a country outside the Convention documents need consular legalisation', async ({ page }) => {
  await answerUpToEstimate(page, EMIRATI_GRADUATE);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-degree');
  await expectPlain(page.locator('#certify'), 'have it legalised by the authorities of United Arab Emirates, then by a Chinese embassy or consulate');
});

test('Category A may sign a pledge instead of the criminal record certificate', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-criminal-record');
  await expect(page.locator('#alternative')).toHaveText(msg('en', 'prepare-alternative-pledge'));
});

test('a certificate that expires before the filing and a report that expires soon after are named as problems', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-criminal-record');
  await page.locator('#issued').fill('1');
  await page.locator('#issued-month').fill('7');
  await page.locator('#issued-year').fill('2026');
  await expect(page.locator('#valid-until')).toContainText('2026');
  await expectPlain(page.locator('.app-notice--warning'), msg('en', 'term-criminal-record'));
  await backToChecklist(page);
  await expect(row(page, 'prepare-document-criminal-record')).toContainText(msg('en', 'prepare-status-problem'));
  await expectPlain(page.locator('.app-notice--warning'), `Your ${msg('en', 'term-criminal-record')} is valid only until`);

  await openDocument(page, 'prepare-document-medical-report');
  await page.locator('#issued').fill('15');
  await page.locator('#issued-month').fill('9');
  await page.locator('#issued-year').fill('2026');
  await page.getByRole('checkbox', { name: msg('en', 'prepare-ready') }).check();
  await backToChecklist(page);
  await expect(row(page, 'prepare-document-medical-report')).toContainText(msg('en', 'prepare-status-problem'));
  await expectPlain(page.locator('.app-notice--warning').filter({ hasText: msg('en', 'term-physical-examination') }), '13 days after the planned filing date');

  await openDocument(page, 'prepare-document-passport');
  await page.getByRole('checkbox', { name: msg('en', 'prepare-ready') }).check();
  await backToChecklist(page);
  await expect(row(page, 'prepare-document-passport')).toContainText(msg('en', 'prepare-status-completed'));
  await expectPlain(page.locator('#tasks-progress'), 'You have completed 1 of 7 documents.');
});

test('a dated document cannot start yet when the filing is far off, and a renewal needs no work-experience letter', async ({ page }) => {
  await answerUpToEstimate(page, { ...EMIRATI_GRADUATE, application: 'prepare-application-renewal', submission: ['1', '12', '2027'] });
  await toChecklist(page);
  await expect(page.locator('.app-task-list__item')).toHaveCount(6);
  await expect(page.getByRole('link', { name: msg('en', 'prepare-document-work-experience') })).toHaveCount(0);
  await expect(row(page, 'prepare-document-criminal-record')).toContainText(msg('en', 'prepare-status-cannot-start-yet'));
  await expect(row(page, 'prepare-document-medical-report')).toContainText(msg('en', 'prepare-status-cannot-start-yet'));
  await openDocument(page, 'prepare-document-medical-report');
  await expect(page.getByText(/Get it on or after/)).toBeVisible();
});

test('bad answers get clear errors, focus on the summary and lose nothing typed', async ({ page }) => {
  await open(page, '/prepare-nationality');
  await continueOn(page, 'en');
  await expect(page.locator('.app-error-summary')).toBeFocused();
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'prepare-nationality-missing'));
  await page.getByLabel(msg('en', 'prepare-country')).selectOption('DEU');
  await continueOn(page, 'en');
  await page.goto('/prepare-application');
  await page.locator('#submission').fill('31');
  await page.locator('#submission-month').fill('2');
  await page.locator('#submission-year').fill('2027');
  await continueOn(page, 'en');
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'prepare-submission-invalid'));
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'prepare-application-missing'));
  await expect(page.locator('#submission')).toHaveValue('31');
  await page.locator('#submission').fill('30');
  await page.locator('#submission-month').fill('11');
  await page.locator('#submission-year').fill('2026');
  await continueOn(page, 'en');
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'prepare-submission-past'));
  await page.goto('/prepare-points');
  await page.getByRole('textbox', { name: msg('en', 'prepare-salary') }).fill('lots');
  await page.getByRole('textbox', { name: msg('en', 'prepare-months') }).fill('13');
  await continueOn(page, 'en');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toContainText(msg('en', 'prepare-salary-invalid'));
  await expect(summary).toContainText(msg('en', 'prepare-months-invalid'));
  await expect(summary).toContainText(msg('en', 'prepare-age-invalid'));
  await expect(summary).toContainText(msg('en', 'prepare-chinese-missing'));
  await expect(page.getByRole('textbox', { name: msg('en', 'prepare-salary') })).toHaveValue('lots');
});

test('after a reload the answers are gone from memory and the checklist says so, with nothing in browser storage', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  const stored = await page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k !== 'essc.lang'),
    session: Object.keys(sessionStorage),
  }));
  expect(stored).toEqual({ local: [], session: [] });
  await page.reload();
  await expect(page.getByText(msg('en', 'prepare-lost'))).toBeVisible();
  await expect(page.getByRole('link', { name: msg('en', 'prepare-start-again') })).toHaveAttribute('href', '/prepare');
});

test('the checklist works with the keyboard alone', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await tabUntil(page, msg('en', 'prepare-document-photo'));
  await page.keyboard.press('Enter');
  await heading(page, 'en', 'prepare-document-photo');
  await tabUntil(page, msg('en', 'prepare-ready'));
  await page.keyboard.press('Space');
  await tabUntil(page, msg('en', 'prepare-save'));
  await page.keyboard.press('Enter');
  await heading(page, 'en', 'prepare-tasks-title');
  await expect(row(page, 'prepare-document-photo')).toContainText(msg('en', 'prepare-status-completed'));
});

for (const locale of LOCALES) {
  test(`axe finds no violation on any preparation page in ${locale}`, async ({ page }) => {
    test.slow();
    const check = async () => expect(await axeViolations(page), page.url()).toEqual([]);
    await answerUpToEstimate(page, GERMAN_DOCTOR, locale, check);
    await toChecklist(page, locale);
    await check();
    await page.locator('.app-task-list__link').nth(5).click();
    await heading(page, locale, 'prepare-document-criminal-record');
    await check();
    await page.getByRole('button', { name: msg(locale, 'prepare-save') }).click();
    await heading(page, locale, 'prepare-tasks-title');
  });
}

test('the checklist fits 320 px in Arabic, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await answerUpToEstimate(page, GERMAN_DOCTOR, 'ar');
  await toChecklist(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const status = page.locator('.app-task-list__status').first();
  const link = page.locator('.app-task-list__link').first();
  // Right to left: the name starts at the right, the status sits to its left or below it.
  const [statusBox, linkBox] = [await status.boundingBox(), await link.boundingBox()];
  expect(linkBox!.x + linkBox!.width).toBeGreaterThan(statusBox!.x + statusBox!.width - 1);
});

test('files are checked from their content before they are kept, and refused ones say why', async ({ page }) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-degree');
  await expect(page.locator('#file-list')).toHaveText(msg('en', 'prepare-no-files'));
  await addFiles(page, [
    file('degree.pdf', 'application/pdf', PDF),
    file('scan.pdf', 'application/pdf', Buffer.from('just some text, named like a PDF')),
    file('empty.pdf', 'application/pdf', Buffer.alloc(0)),
    file('huge.pdf', 'application/pdf', Buffer.alloc(20 * 1024 * 1024, 0x25)),
    file('cut.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 1, 2])),
  ]);
  const error = page.locator('#files-error');
  await expectPlain(error, `scan.pdf: ${msg('en', 'validation-file-type-not-allowed')}`);
  await expectPlain(error, `empty.pdf: ${msg('en', 'validation-file-empty')}`);
  await expectPlain(error, 'huge.pdf: The file must be smaller than 1024 KB');
  await expectPlain(error, `cut.jpg: ${msg('en', 'validation-image-unreadable')}`);
  await expect(page.locator('#file-list li')).toHaveCount(1);
  await expect(page.locator('#file-list')).toContainText('degree.pdf');
  // A PNG named .pdf is a PNG: accepted as what it is.
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.from([0, 0, 1, 0, 0, 0, 1, 0]), Buffer.alloc(40)]);
  await addFiles(page, [file('photo-of-degree.pdf', 'application/pdf', png)]);
  await expect(page.locator('#file-list li')).toHaveCount(2);
  await expect(error).toHaveCount(0);
  await page.getByRole('button', { name: `${msg('en', 'prepare-remove')} photo-of-degree.pdf` }).click();
  await expect(page.locator('#file-list li')).toHaveCount(1);
});

test('the package downloads, opens in another reader, and restores the checklist after a reload', async ({ page }, testInfo) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-passport');
  await page.getByRole('checkbox', { name: msg('en', 'prepare-ready') }).check();
  await backToChecklist(page);
  await openDocument(page, 'prepare-document-degree');
  await addFiles(page, [file('degree.pdf', 'application/pdf', PDF)]);
  await expect(page.locator('#file-list li')).toHaveCount(1);
  await backToChecklist(page);
  await openDocument(page, 'prepare-document-criminal-record');
  await page.locator('#issued').fill('1');
  await page.locator('#issued-month').fill('7');
  await page.locator('#issued-year').fill('2026');
  await backToChecklist(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'prepare-download-package') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('work-permit-documents-2026-12-01.zip');
  const zipPath = testInfo.outputPath('package.zip');
  await download.saveAs(zipPath);
  const entries = unzip(zipPath);
  expect(Object.keys(entries)).toEqual(['manifest.json', 'checklist.html', '04-degree-1.pdf']);
  const manifest = JSON.parse(Buffer.from(entries['manifest.json'], 'base64').toString('utf8'));
  expect(manifest.format).toBe('essc-prepare/1');
  expect(manifest.answers).toMatchObject({ nationality: 'DEU', degreeCountry: 'GBR', category: 'a', submission: '2027-03-01' });
  expect(manifest.files).toEqual([
    { name: '04-degree-1.pdf', document: 'degree', kind: 'application/pdf', bytes: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') },
  ]);
  expect(Buffer.from(entries['04-degree-1.pdf'], 'base64').equals(PDF)).toBe(true);
  const checklist = Buffer.from(entries['checklist.html'], 'base64').toString('utf8');
  expect(checklist).toContain(msg('en', 'prepare-document-criminal-record'));
  expect(checklist).toContain(msg('zh-CN', 'prepare-document-criminal-record'));
  expect(checklist).toContain(msg('zh-CN', 'prepare-status-completed'));

  await page.reload();
  await expect(page.getByText(msg('en', 'prepare-lost'))).toBeVisible();
  await page.goto('/prepare');
  await page.getByLabel(msg('en', 'prepare-open-package')).setInputFiles(zipPath);
  await heading(page, 'en', 'prepare-tasks-title');
  await expect(row(page, 'prepare-document-passport')).toContainText(msg('en', 'prepare-status-completed'));
  await expect(row(page, 'prepare-document-criminal-record')).toContainText(msg('en', 'prepare-status-problem'));
  await openDocument(page, 'prepare-document-degree');
  await expect(page.locator('#file-list')).toContainText('04-degree-1.pdf');
});

/** A4 is 210 × 297 mm, 595.3 × 841.9 pt; Chromium rounds its paper to whole hundredths of an inch. */
function expectA4(sheet: { width: number; height: number }) {
  expect(Math.abs(sheet.width - 595.3)).toBeLessThan(1.5);
  expect(Math.abs(sheet.height - 841.9)).toBeLessThan(1.5);
}

test('the checklist prints on A4 without the package controls, and so does the HR checklist, dates in both languages', async ({ page }, testInfo) => {
  await answerUpToEstimate(page, GERMAN_DOCTOR);
  await toChecklist(page);
  await openDocument(page, 'prepare-document-criminal-record');
  await page.locator('#issued').fill('1');
  await page.locator('#issued-month').fill('7');
  await page.locator('#issued-year').fill('2026');
  await backToChecklist(page);
  type Counted = { printed: number };
  await page.evaluate(() => {
    (window as unknown as Counted).printed = 0;
    window.print = () => { (window as unknown as Counted).printed += 1; };
  });
  await page.getByRole('button', { name: msg('en', 'prepare-print-checklist') }).click();
  expect(await page.evaluate(() => (window as unknown as Counted).printed)).toBe(1);
  const printed = testInfo.outputPath('checklist-print.pdf');
  await page.pdf({ path: printed, format: 'A4' });
  const pages = readPdf(printed);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  for (const sheet of pages) expectA4(sheet);
  // pypdf's text breaks lines and words where it likes and keeps ligatures (ﬁ): compared
  // without white space, ligatures undone.
  const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  const text = squeeze(pages.map((sheet) => sheet.text).join(''));
  expect(text).toContain(squeeze(msg('en', 'prepare-document-criminal-record')));
  expect(text).toContain(squeeze(msg('en', 'prepare-tasks-title')));
  expect(text).not.toContain(squeeze(msg('en', 'prepare-download-package')));

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'prepare-download-package') }).click();
  const zipPath = testInfo.outputPath('package.zip');
  await (await downloading).saveAs(zipPath);
  const html = Buffer.from(unzip(zipPath)['checklist.html'], 'base64').toString('utf8');
  // The HR checklist is a file of its own: opened in a blank page, as the employer would.
  const hr = await page.context().newPage();
  await hr.setContent(html);
  const hrPath = testInfo.outputPath('hr-checklist.pdf');
  await hr.pdf({ path: hrPath, preferCSSPageSize: true });
  const hrPages = readPdf(hrPath);
  expect(hrPages.length).toBeGreaterThanOrEqual(1);
  for (const sheet of hrPages) expectA4(sheet);
  expect(html).toContain('July 1, 2026');
  expect(html).toContain('2026年7月1日');
});

test('a changed package or another zip file is refused with a clear message', async ({ page }, testInfo) => {
  await open(page, '/prepare');
  const notOurs = testInfo.outputPath('photos.zip');
  execFileSync('python3', ['-c', 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w") as z: z.writestr("a.txt", "hi")', notOurs]);
  await page.getByLabel(msg('en', 'prepare-open-package')).setInputFiles(notOurs);
  await expect(page.locator('#package-error')).toContainText(msg('en', 'prepare-package-not-ours'));
  await page.getByLabel(msg('en', 'prepare-open-package')).setInputFiles(file('notes.zip', 'application/zip', Buffer.from('not a zip at all')));
  await expect(page.locator('#package-error')).toContainText(msg('en', 'prepare-package-not-ours'));
});

test('on a shared kiosk leaving the journey forgets the answers; on a personal device they stay', async ({ page }) => {
  for (const [address, kept] of [['/prepare?kiosk=1', ''], ['/prepare', 'DEU']] as const) {
    await page.goto(address);
    await page.getByRole('link', { name: msg('en', 'prepare-start') }).click();
    await page.getByLabel(msg('en', 'prepare-country')).selectOption('DEU');
    await continueOn(page, 'en');
    await heading(page, 'en', 'prepare-degree-title');
    await page.getByRole('link', { name: msg('en', 'back-link') }).click();
    await expect(page.getByLabel(msg('en', 'prepare-country')), 'kept between pages of the journey').toHaveValue('DEU');
    await page.locator('.app-header__service').click();
    await heading(page, 'en', 'home-title');
    await page.getByRole('link', { name: msg('en', 'home-prepare-link') }).click();
    await page.getByRole('link', { name: msg('en', 'prepare-start') }).click();
    await expect(page.getByLabel(msg('en', 'prepare-country'))).toHaveValue(kept);
  }
});
