// A shared kiosk in a service hall: the address keeps saying "kiosk", and a visit ends (on
// Finish, or after the idle warning's countdown) with the session dead on the server and
// nothing of the visit left in the page. Playwright's clock stands in for the minutes of waiting.
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, appReady, axeViolations, switchLanguage, passWelcome, LOCALES, ALL_LOCALES, KIOSK_BASE_URL } from '../support/fixtures';
import { msg, languageName } from '../support/messages';
import { DEMO, RECORDS, registerUpToFaceCheck, signIn, turnOnCamera } from '../support/journey';

const IDLE_MS = 120_000;
const WARNING_MS = 30_000;

const warning = (page: Page) => page.getByRole('dialog', { name: msg('en', 'idle-title') });

/** What `GET /api/v1/session` answers to a request carrying only this session cookie. */
async function sessionStatus(request: APIRequestContext, cookie: string): Promise<number> {
  const response = await request.get(`${KIOSK_BASE_URL}/api/v1/session`, { headers: { cookie } });
  return response.status();
}

async function sessionCookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies(KIOSK_BASE_URL);
  const session = cookies.find((c) => c.httpOnly);
  if (!session) throw new Error('no session cookie');
  return `${session.name}=${session.value}`;
}

/** Lets the warning's countdown run out and waits for the fresh start page. */
async function runOutTheCountdown(page: Page) {
  await page.clock.fastForward(WARNING_MS + 1_000);
  await expect(page).toHaveURL(`${KIOSK_BASE_URL}/`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'home-title'));
  await expect(page.locator('#kiosk-welcome')).toBeVisible();
}

test('a kiosk tried with ?kiosk=1 stays one across links, reloads and the back button', async ({ page }) => {
  await page.goto('/?kiosk=1');
  await appReady(page);
  await passWelcome(page, languageName('en'));
  await page.getByRole('link', { name: msg('en', 'home-life-link') }).click();
  await expect(page).toHaveURL(/\/life-events\?kiosk=1$/);
  await page.reload();
  await appReady(page);
  await expect(page.getByText(msg('en', 'kiosk-badge'))).toBeVisible();
  await switchLanguage(page, languageName('ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?kiosk=1$/);
  await page.reload();
  await appReady(page);
  await expect(page.getByText(msg('en', 'kiosk-badge'))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'kiosk');
});

test('left alone, a signed-in kiosk warns with a countdown, then signs out for good and starts again', async ({ page, request }) => {
  await page.clock.install();
  await page.goto(`${KIOSK_BASE_URL}/sign-in?next=/card`);
  await signIn(page);
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toBeVisible();
  const cookie = await sessionCookie(page);
  expect(await sessionStatus(request, cookie)).toBe(200);

  // Time also runs on its own meanwhile, so the checks leave a margin of seconds.
  await page.clock.fastForward(IDLE_MS - 10_000);
  await expect(warning(page)).toBeHidden();
  await page.clock.fastForward(11_000);
  await expect(warning(page)).toBeVisible();
  // At least 20 seconds to answer (WCAG 2.2.1), counted down on screen.
  await expect(warning(page)).toContainText(/(2\d|30)\W* seconds/);
  await expect(warning(page).getByRole('button', { name: msg('en', 'idle-more-time') })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  await runOutTheCountdown(page);
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toHaveCount(0);
  expect(await sessionStatus(request, cookie)).toBe(204);
  await page.goto(`${KIOSK_BASE_URL}/card`);
  await expect(page).toHaveURL(/\/sign-in\?next=\/card/);
});

test('"I need more time" keeps the visit and its answers; Finish ends it at once', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${KIOSK_BASE_URL}/register-name`);
  await appReady(page);
  const surname = page.getByRole('textbox', { name: msg('en', 'register-surname-label') });
  await surname.fill('Okafor');

  await page.clock.fastForward(IDLE_MS + 1_000);
  await warning(page).getByRole('button', { name: msg('en', 'idle-more-time') }).click();
  await expect(warning(page)).toBeHidden();
  await expect(surname).toHaveValue('Okafor');
  // The idle time starts again from the answer.
  await page.clock.fastForward(IDLE_MS - 10_000);
  await expect(warning(page)).toBeHidden();

  await page.getByRole('button', { name: msg('en', 'idle-finish'), exact: true }).click();
  await expect(page).toHaveURL(`${KIOSK_BASE_URL}/`);
  await appReady(page);
  await expect(page.locator('#kiosk-welcome')).toBeVisible();
  await page.goto(`${KIOSK_BASE_URL}/register-name`);
  await expect(page.getByRole('textbox', { name: msg('en', 'register-surname-label') })).toHaveValue('');
});

test('a running face check gets longer before the warning, and the reset turns the camera off', async ({ page }) => {
  await page.clock.install();
  await registerUpToFaceCheck(page, RECORDS.mueller, 'en', KIOSK_BASE_URL);
  await turnOnCamera(page);
  // While the camera works the idle time is three times as long.
  await page.clock.fastForward(IDLE_MS + 1_000);
  await expect(warning(page)).toBeHidden();
  await page.clock.fastForward(2 * IDLE_MS);
  await expect(warning(page)).toBeVisible();
  await runOutTheCountdown(page);
  await expect(page.locator('video')).toHaveCount(0);
  // The registration's session is gone: the face check asks to sign in again.
  await page.goto(`${KIOSK_BASE_URL}/face-check`);
  await expect(page).toHaveURL(/\/sign-in\?next=\/face-check/);
});

for (const locale of LOCALES) {
  test(`the welcome screen says "Touch to start" in every language in turn, then names each language in itself (${locale})`, async ({ page }) => {
    // Twelve greetings, 2.5 s each: a full turn takes 30 s.
    test.setTimeout(90_000);
    await page.goto(`${KIOSK_BASE_URL}/?lang=${locale}`);
    await appReady(page);
    const welcome = page.locator('#kiosk-welcome');
    await expect(welcome).toBeVisible();
    const touch = welcome.getByRole('button');
    const seen = new Map<string, string>();
    await expect
      .poll(
        async () => {
          // Read at once: the button turns to the next language every few seconds.
          const [lang, text] = await touch.evaluate((button) => [button.lang, button.textContent ?? '']);
          seen.set(lang, text);
          return seen.size;
        },
        { timeout: 45_000, intervals: [500] },
      )
      .toBe(ALL_LOCALES.length);
    for (const other of ALL_LOCALES) expect(seen.get(other)).toBe(msg(other, 'welcome-touch'));
    expect(await axeViolations(page)).toEqual([]);
    await touch.click();
    await expect(welcome.getByRole('heading', { level: 2 })).toHaveText(msg(locale, 'welcome-choose'));
    for (const other of ALL_LOCALES) {
      await expect(welcome.getByRole('button', { name: languageName(other), exact: true })).toHaveAttribute('lang', other);
    }
    expect(await axeViolations(page)).toEqual([]);
    await welcome.getByRole('button', { name: languageName(locale), exact: true }).click();
    await expect(welcome).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}

/** The width of a PDF's first page, in points, from its MediaBox. */
function pageWidthPoints(pdf: Buffer): number {
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  if (!box) throw new Error('no MediaBox in the PDF');
  return Number(box[3]) - Number(box[1]);
}

test('a kiosk with a receipt printer prints the verification result on an 80 mm roll; a personal device on A4', async ({ page }) => {
  const MM = 72 / 25.4;
  await page.goto(`${KIOSK_BASE_URL}/verify`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-print', 'receipt');
  await page.getByRole('textbox', { name: msg('en', 'verify-token-label') }).fill('https://example.com/not-a-card');
  await page.getByRole('button', { name: msg('en', 'verify-submit') }).click();
  await expect(page.locator('[data-result]')).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'print-page') })).toBeVisible();
  const receipt = await page.pdf({ preferCSSPageSize: true });
  expect(pageWidthPoints(receipt)).toBeCloseTo(80 * MM, 0);

  await page.goto('/verify');
  await appReady(page);
  const a4 = await page.pdf({ preferCSSPageSize: true });
  expect(pageWidthPoints(a4)).toBeCloseTo(210 * MM, 0);
});

test('on a kiosk, personal fields suggest nothing, shown card details are masked again after 30 s, and the page moves within reach', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${KIOSK_BASE_URL}/sign-in?next=/card`);
  await appReady(page);
  await expect(page.getByRole('textbox', { name: msg('en', 'sign-in-identifier-label') })).toHaveAttribute('autocomplete', 'off');
  await expect(page.getByLabel(msg('en', 'sign-in-password-label'), { exact: true })).toHaveAttribute('autocomplete', 'off');
  await signIn(page);
  const face = page.locator('.app-card-face');
  await expect(face).toContainText(DEMO.maskedName);
  await page.getByRole('button', { name: msg('en', 'card-show-details') }).click();
  await expect(face).toContainText('VAN DER BERG');
  await page.clock.fastForward(29_000);
  await expect(face).toContainText('VAN DER BERG');
  await page.clock.fastForward(2_000);
  await expect(face).toContainText(DEMO.maskedName);

  const lower = page.getByRole('button', { name: msg('en', 'reach-lower') });
  const top = async () => (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
  const before = await top();
  await lower.click();
  await expect(lower).toHaveAttribute('aria-pressed', 'true');
  expect(await top()).toBeGreaterThan(before + 200);
  await lower.click();
  await expect(lower).toHaveAttribute('aria-pressed', 'false');
  expect(await top()).toBeCloseTo(before, 0);
});

test('the on-screen keyboard fills in the name and number pages, types where the caret is, and Done hides it', async ({ page }) => {
  await page.goto(`${KIOSK_BASE_URL}/register-name`);
  await appReady(page);
  const keyboard = page.getByRole('group', { name: msg('en', 'osk-label') });
  await expect(keyboard).toHaveCount(0);
  const type = async (text: string) => {
    for (const key of text) {
      const name = key === ' ' ? msg('en', 'osk-space') : key;
      await keyboard.getByRole('button', { name, exact: true }).click();
    }
  };
  const surname = page.getByRole('textbox', { name: msg('en', 'register-surname-label') });
  await surname.click();
  await expect(keyboard).toBeVisible();
  await type('DA SILVX');
  await keyboard.getByRole('button', { name: msg('en', 'osk-backspace') }).click();
  await type('A');
  await expect(surname).toHaveValue('DA SILVA');
  await expect(surname).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('textbox', { name: msg('en', 'register-given-label') }).click();
  await type('JOAO PEDRO');
  await expect(page.locator('.app-compared')).toHaveText(RECORDS.dasilva.compared);
  await page.getByRole('button', { name: msg('en', 'register-continue') }).click();
  await page.getByRole('radio', { name: msg('en', 'register-wp-label') }).check();
  const number = page.getByRole('textbox', { name: msg('en', 'register-wp-label') });
  await number.click();
  await type(RECORDS.dasilva.number);
  await expect(number).toHaveValue(RECORDS.dasilva.number);
  await keyboard.getByRole('button', { name: msg('en', 'osk-done') }).click();
  await expect(keyboard).toHaveCount(0);
  await page.getByRole('button', { name: msg('en', 'register-continue') }).click();
  await expect(page).toHaveURL(/\/register-password/);
});

test('a sign-out that does not get through is sent again until the server confirms, with the screen covered meanwhile', async ({ page, request, problems }) => {
  await page.goto(`${KIOSK_BASE_URL}/sign-in?next=/card`);
  await signIn(page);
  await expect(page.getByRole('img', { name: msg('en', 'qr-image-label') })).toBeVisible();
  const cookie = await sessionCookie(page);
  let refused = 0;
  await page.route('**/api/v1/session', async (route) => {
    if (route.request().method() === 'DELETE' && refused < 2) {
      refused += 1;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.getByRole('button', { name: msg('en', 'idle-finish'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: msg('en', 'idle-ending-waiting') })).toBeVisible();
  await expect(page).toHaveURL(`${KIOSK_BASE_URL}/`, { timeout: 15_000 });
  expect(refused).toBe(2);
  expect(await sessionStatus(request, cookie)).toBe(204);
  const unexpected = problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'));
  problems.splice(0, problems.length, ...unexpected);
});
