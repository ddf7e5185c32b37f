import fs from 'node:fs';
import { test, expect, open, axeViolations, LOCALES, KIOSK_BASE_URL } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { msg } from '../support/messages';
import { DEMO, signIn, tabUntil } from '../support/journey';

const SSN = '931528198410030077';

async function signedIn(page: Page, path: string, locale: (typeof LOCALES)[number] = 'en') {
  await open(page, `/sign-in?next=${path}`, { lang: locale });
  await signIn(page, locale);
  await expect(page).toHaveURL(new RegExp(`${path.replace('?', '\\?')}$`));
}

async function verifyToken(page: Page, token: string) {
  await page.getByRole('textbox', { name: msg('en', 'verify-token-label') }).fill(token);
  await page.getByRole('button', { name: msg('en', 'verify-submit') }).click();
  return page.locator('[data-result]');
}

test('the card is masked until the eye is pressed, and masked again when the page is hidden', async ({ page }) => {
  await signedIn(page, '/card');
  const face = page.locator('.app-card-face');
  await expect(face).toContainText(DEMO.maskedName);
  await expect(face).not.toContainText(SSN);
  // The button says what it will do next, rather than being a pressed/unpressed toggle.
  const eye = page.getByRole('button', { name: msg('en', 'card-show-details') });
  await eye.click();
  await expect(face).toContainText(SSN);
  await expect(face).toContainText('VAN DER BERG');
  await expect(page.getByRole('button', { name: msg('en', 'card-hide-details') })).toBeFocused();
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect(face).not.toContainText(SSN);
  await expect(page.getByRole('button', { name: msg('en', 'card-show-details') })).toBeVisible();
});

// The first test moves the server's clock a minute on, which would expire any code another
// test is holding: the QR tests run one after the other.
test.describe('QR codes', () => {
  test.describe.configure({ mode: 'serial' });

  test('the QR code verifies as genuine, is replaced before it expires, and the old one then reads as expired', async ({ page, context }) => {
    await page.clock.install();
    await signedIn(page, '/card');
    const qr = page.getByRole('img', { name: msg('en', 'qr-image-label') });
    await expect(qr).toBeVisible();
    const first = (await qr.getAttribute('data-token')) ?? '';
    expect(first.length).toBeGreaterThan(40);
    await expect(page.getByRole('timer')).toContainText(/\d+/);

    const verifier = await context.newPage();
    await open(verifier, '/verify');
    await expect(await verifyToken(verifier, first)).toHaveAttribute('data-result', 'genuine');
    await expect(verifier.locator('[data-result]')).toContainText(DEMO.maskedName);
    await expect(verifier.locator('[data-result]')).toContainText('Senior Water Resources Engineer');

    // A minute later, for the server and then for the browser, whose page replaces the code.
    const moved = await page.request.post('/api/dev/clock', { data: { advanceSeconds: 61 }, headers: { 'x-essc-client': 'app' } });
    expect(moved.ok()).toBe(true);
    await page.clock.fastForward(61_000);
    await expect(qr).not.toHaveAttribute('data-token', first);
    const second = (await qr.getAttribute('data-token')) ?? '';
    expect(second.length).toBeGreaterThan(40);

    await expect(await verifyToken(verifier, first)).toHaveAttribute('data-result', 'expired');
    await expect(verifier.getByRole('heading', { name: msg('en', 'verify-expired') })).toBeFocused();
    await expect(await verifyToken(verifier, second)).toHaveAttribute('data-result', 'genuine');
    await expect(await verifyToken(verifier, `${second.slice(0, -2)}xx`)).toHaveAttribute('data-result', 'invalid');
  });

  test('the QR code copies as text and verifies as genuine on the same device', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signedIn(page, '/card');
    const qr = page.getByRole('img', { name: msg('en', 'qr-image-label') });
    const token = (await qr.getAttribute('data-token')) ?? '';
    await page.getByRole('button', { name: msg('en', 'qr-copy-text') }).click();
    await expect(page.getByRole('status').filter({ hasText: msg('en', 'copied') })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(token);
    await open(page, '/verify');
    await expect(await verifyToken(page, copied)).toHaveAttribute('data-result', 'genuine');
  });
});

test('a shared kiosk offers no copy buttons and no downloads', async ({ page }) => {
  await page.goto(`${KIOSK_BASE_URL}/sign-in?next=/card`);
  await signIn(page);
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'qr-copy-text') })).toHaveCount(0);
  await page.goto(`${KIOSK_BASE_URL}/work-permit`);
  await expect(page.locator('#permit-number')).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'copy-number') })).toHaveCount(0);
  // Nor downloads: the payment records print instead.
  await page.goto(`${KIOSK_BASE_URL}/payments`);
  await expect(page.getByRole('button', { name: msg('en', 'print-page') })).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'payments-export') })).toHaveCount(0);
});

test('a QR code that cannot be refreshed says so and offers a manual refresh', async ({ page, problems }) => {
  await signedIn(page, '/card');
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toBeVisible();
  await page.route('**/api/v1/card/qr-token', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: msg('en', 'qr-refresh') }).click();
  await expect(page.getByText(msg('en', 'qr-refresh-failed'))).toBeVisible();
  await page.unroute('**/api/v1/card/qr-token');
  await page.getByRole('button', { name: msg('en', 'qr-refresh') }).click();
  await expect(page.getByText(msg('en', 'qr-refresh-failed'))).toHaveCount(0);
  const unexpected = problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'));
  problems.splice(0, problems.length, ...unexpected);
});

test('offline, the QR code says it cannot be renewed, and renews itself when the connection returns', async ({ page, context, problems }) => {
  await signedIn(page, '/card');
  const qr = page.getByRole('img', { name: msg('en', 'qr-image-label') });
  const first = await qr.getAttribute('data-token');
  await context.setOffline(true);
  await page.getByRole('button', { name: msg('en', 'qr-refresh') }).click();
  await expect(page.getByText(msg('en', 'qr-refresh-failed'))).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText(msg('en', 'qr-refresh-failed'))).toHaveCount(0);
  await expect(qr).not.toHaveAttribute('data-token', first ?? '');
  const unexpected = problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'));
  problems.splice(0, problems.length, ...unexpected);
});

test('the work-permit details match the seeded record, with the official terms and a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedIn(page, '/work-permit');
  const list = page.locator('.app-summary-list');
  for (const value of [DEMO.number, 'Tulip Harbour Engineering (Shanghai) Co., Ltd.', 'Xuhui Office', 'Senior Water Resources Engineer', 'No. 222 Tianyaoqiao Road, Xuhui District, Shanghai', '2025-04-01 – 2028-03-31']) {
    await expect(list).toContainText(value);
  }
  for (const zh of ['外国人工作许可证号', '用人单位', '工作单位', '职位', '工作地点', '有效期', '外国专业人才（B类）']) {
    await expect(list).toContainText(zh);
  }
  await page.getByRole('button', { name: msg('en', 'copy-number') }).click();
  await expect(page.getByRole('status').filter({ hasText: msg('en', 'copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DEMO.number);
});

test('payments: the filter changes the rows, the arrears month is flagged, and the CSV has the table', async ({ page }) => {
  // The demo history ends last month (still pending); four months before that is in arrears.
  // Months are China's (UTC+8), as the server counts them: from 16:00 UTC on a month's last
  // day, China is already in the next month.
  const china = new Date(Date.now() + 8 * 3600 * 1000);
  const arrears = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 5, 1));
  const year = arrears.getUTCFullYear();
  const arrearsMonth = `${year}-${String(arrears.getUTCMonth() + 1).padStart(2, '0')}`;
  await signedIn(page, `/payments?year=${year}`);
  const rows = page.locator('tbody tr[data-status]');
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  expect(all % 4).toBe(0);
  const flagged = page.locator('tbody tr[data-status="arrears"]');
  await expect(flagged).toHaveCount(4);
  await expect(flagged.first()).toContainText(arrearsMonth);
  await expect(page.locator('.app-notice--warning')).toContainText(msg('en', 'payments-arrears-explained'));
  await expect(page.locator('.app-chart figcaption')).toContainText('1 month is in arrears');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel(msg('en', 'payments-insurance'), { exact: true }).selectOption('medical');
  await page.getByRole('button', { name: msg('en', 'payments-apply') }).click();
  await expect(page).toHaveURL(/insurance=medical/);
  await expect(rows).toHaveCount(all / 4);
  for (const cell of await page.locator('tbody tr[data-status] td:nth-of-type(1)').allTextContents()) {
    expect(cell).toBe(msg('en', 'term-medical'));
  }
  // The filter survives a reload: it lives in the address.
  await page.reload();
  await expect(rows).toHaveCount(all / 4);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: msg('en', 'payments-export') }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`payments-${year}.csv`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(['term-contribution-period', 'payments-insurance', 'term-employer', 'term-contribution-base', 'term-employer-contribution', 'term-employee-contribution', 'payments-status'].map((id) => msg('en', id)).join(','));
  expect(lines.length - 1).toBe(all / 4);
  expect(lines.filter((l) => l.includes(msg('en', 'term-arrears')))).toHaveLength(1);
});

const CALCULATIONS = [
  // protocol::contributions unit tests: inside the range, below the floor, above the ceiling.
  { month: '1', year: '2025', salary: '12345.67', base: '12,345.67', employer: '3,167.90', employee: '1,296.29', adjustment: 'none' },
  { month: '7', year: '2024', salary: '5000', base: '7,384.00', employer: '1,894.73', employee: '775.32', adjustment: 'raised-to-floor' },
  { month: '6', year: '2025', salary: '100,000', base: '36,921.00', employer: '9,473.93', employee: '3,876.71', adjustment: 'lowered-to-ceiling' },
];

test('the calculator takes a salary as German writes it, with a decimal comma, and answers in German number format', async ({ page }) => {
  await open(page, '/calculator', { lang: 'de' });
  await page.getByRole('radio', { name: msg('de', 'calculator-shanghai') }).check();
  await page.getByLabel(msg('de', 'calculator-month'), { exact: true }).selectOption('1');
  await page.getByLabel(msg('de', 'calculator-year'), { exact: true }).selectOption('2025');
  await page.getByRole('textbox', { name: msg('de', 'calculator-salary') }).fill('12.345,67');
  await page.getByRole('button', { name: msg('de', 'calculator-submit') }).click();
  await expect(page.locator('[data-adjustment]')).toHaveAttribute('data-adjustment', 'none');
  // The same figures as 12345.67 in English (CALCULATIONS below), written the German way.
  await expect(page.locator('#calculator-base')).toContainText('12.345,67');
  await expect(page.locator('#calculator-employer-total')).toContainText('3.167,90');
});

test('the calculator gives the protocol figures below, inside and above the range, and refuses an uncovered month', async ({ page }) => {
  await open(page, '/calculator');
  await page.getByRole('radio', { name: msg('en', 'calculator-shanghai') }).check();
  for (const c of CALCULATIONS) {
    await page.getByLabel(msg('en', 'calculator-month'), { exact: true }).selectOption(c.month);
    await page.getByLabel(msg('en', 'calculator-year'), { exact: true }).selectOption(c.year);
    await page.getByRole('textbox', { name: msg('en', 'calculator-salary') }).fill(c.salary);
    await page.getByRole('button', { name: msg('en', 'calculator-submit') }).click();
    await expect(page.locator('[data-adjustment]')).toHaveAttribute('data-adjustment', c.adjustment);
    await expect(page.locator('#calculator-base')).toContainText(c.base);
    await expect(page.locator('#calculator-employer-total')).toContainText(c.employer);
    await expect(page.locator('#calculator-employee-total')).toContainText(c.employee);
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(msg('en', 'calculator-year'), { exact: true }).selectOption('2026');
  await page.getByRole('button', { name: msg('en', 'calculator-submit') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('2026-06');
  await expect(summary).toContainText('2024-07');
  await expect(page.locator('#calculator-base')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the public check needs no sign-in and explains an empty or foreign code', async ({ page }) => {
  await open(page, '/verify');
  await page.getByRole('button', { name: msg('en', 'verify-submit') }).click();
  await expect(page.locator('.app-error-summary')).toBeFocused();
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'verify-token-missing'));
  await expect(await verifyToken(page, 'https://example.com/not-a-card')).toHaveAttribute('data-result', 'invalid');
  await expect(page.locator('[data-result]')).toContainText(msg('en', 'verify-invalid-malformed'));
});

test('a rate-limited check says when to try again and keeps the pasted text', async ({ page, problems }) => {
  await open(page, '/verify');
  // The server's limit is per client address, shared by the whole suite, so its answer is
  // played back here rather than provoked.
  await page.route('**/api/v1/qr/verify', (route) => route.fulfill({
    status: 429,
    headers: { 'content-type': 'application/problem+json', 'retry-after': '42' },
    body: JSON.stringify({ type: 'about:blank', status: 429, code: 'rate-limited', params: { retryAfterSeconds: 42 } }),
  }));
  await verifyToken(page, 'some-token-text');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('42');
  await expect(page.locator('[data-result]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: msg('en', 'verify-token-label') })).toHaveValue('some-token-text');
  const unexpected = problems.filter((p) => !p.includes('status of 429'));
  problems.splice(0, problems.length, ...unexpected);
});

for (const locale of LOCALES) {
  test(`axe finds no violation on the card, work-permit, payments, calculator and verification pages, in ${locale}`, async ({ page }) => {
    await signedIn(page, '/card', locale);
    await expect(page.locator('.app-qr__svg')).toBeVisible();
    expect(await axeViolations(page), 'card').toEqual([]);
    for (const [path, ready] of [['/work-permit', '#permit-number'], ['/payments', '.app-chart']] as const) {
      await page.getByRole('link', { name: msg(locale, path === '/work-permit' ? 'work-permit-title' : 'payments-title') }).click();
      await expect(page.locator(ready)).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await open(page, '/calculator', { lang: locale });
    await page.getByRole('radio', { name: msg(locale, 'calculator-beijing') }).check();
    await page.getByRole('textbox', { name: msg(locale, 'calculator-salary') }).fill('20000');
    await page.getByLabel(msg(locale, 'calculator-year'), { exact: true }).selectOption('2024');
    await page.getByLabel(msg(locale, 'calculator-month'), { exact: true }).selectOption('12');
    await page.getByRole('button', { name: msg(locale, 'calculator-submit') }).click();
    await expect(page.locator('#calculator-base')).toBeVisible();
    expect(await axeViolations(page), 'calculator').toEqual([]);
    await open(page, '/verify', { lang: locale });
    await page.getByRole('button', { name: msg(locale, 'verify-submit') }).click();
    await expect(page.locator('.app-error-summary')).toBeFocused();
    expect(await axeViolations(page), 'verify').toEqual([]);
  });
}

test('the work-permit details print on one A4 page without the page furniture', async ({ page }) => {
  await signedIn(page, '/work-permit');
  await expect(page.locator('#permit-number')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-sub-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: msg('en', 'print-page') })).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('the holder pages and the public tools fit a 320 px wide screen, right to left too', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await signedIn(page, '/card', 'ar');
  await expect(page.locator('.app-qr__svg')).toBeVisible();
  expect(await overflow(), 'card').toBeLessThanOrEqual(0);
  for (const [path, ready] of [['/work-permit', '#permit-number'], ['/payments', '.app-chart'], ['/calculator', 'h1'], ['/verify', 'h1']] as const) {
    await open(page, path, { lang: 'ar' });
    await expect(page.locator(ready).first()).toBeVisible();
    expect(await overflow(), path).toBeLessThanOrEqual(0);
  }
});

test('the card, the payments filter and the calculator work with the keyboard alone', async ({ page }) => {
  await signedIn(page, '/card');
  await tabUntil(page, msg('en', 'card-show-details'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-card-face')).toContainText(SSN);

  await tabUntil(page, msg('en', 'payments-title'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/payments$/);
  await tabUntil(page, msg('en', 'payments-insurance'));
  await page.keyboard.press('ArrowDown');
  await tabUntil(page, msg('en', 'payments-apply'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/insurance=pension/);

  await open(page, '/calculator');
  await tabUntil(page, msg('en', 'calculator-beijing'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: msg('en', 'calculator-shanghai') })).toBeChecked();
  await tabUntil(page, msg('en', 'calculator-salary'));
  await page.keyboard.type('12345.67');
  await page.keyboard.press('Enter');
  await expect(page.locator('#calculator-employer-total')).toContainText('3,167.90');
});
