// Steps of the registration journey shared by the registration and face-check tests.
import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { msg } from './messages';
import type { Locale } from './fixtures';

export type DemoRecord = { surname: string; given: string; number: string; compared: string };

/** Unregistered demo records from the README; each test registers a different one. */
export const RECORDS = {
  mueller: { surname: 'müller', given: 'Lena  Sophie', number: '3100 0020 2200 0418 73', compared: 'MUELLER, LENA SOPHIE' },
  garcia: { surname: 'García López', given: 'María de los Ángeles', number: '110000202300087214', compared: 'GARCIA LOPEZ, MARIA DE LOS ANGELES' },
  nguyen: { surname: 'Nguyễn', given: 'Thị Thu Hà', number: '310000202600009158', compared: 'NGUYEN, THI THU HA' },
  dasilva: { surname: 'da Silva', given: 'João Pedro', number: '110000202200091142', compared: 'DA SILVA, JOAO PEDRO' },
  dubois: { surname: 'Dubois-Lefèvre', given: 'Claire', number: '310000201800012650', compared: 'DUBOIS LEFEVRE, CLAIRE' },
  oconnor: { surname: "O'Connor", given: 'Sean Patrick', number: '110000201700033719', compared: 'OCONNOR, SEAN PATRICK' },
} satisfies Record<string, DemoRecord>;

/** The README's registered demo account. */
export const DEMO = { number: '310000201900047735', password: 'Shanghai-2026', maskedName: 'VAN DER BERG, P***** J**' };
/** The README's newly arrived demo holder, whose deadlines are running. */
export const ARRIVAL = { number: '310000202600058214', password: 'Arrival-2026' };

export async function continueOn(page: Page, locale: Locale) {
  await page.getByRole('button', { name: msg(locale, 'register-continue') }).click();
}

/** Answers every question and stops on the check-your-answers page. */
export async function answerUpToCheck(page: Page, record: DemoRecord, locale: Locale = 'en', phone = '') {
  await page.getByRole('textbox', { name: msg(locale, 'register-surname-label') }).fill(record.surname);
  await page.getByRole('textbox', { name: msg(locale, 'register-given-label') }).fill(record.given);
  await expect(page.locator('.app-compared')).toHaveText(record.compared);
  await continueOn(page, locale);
  await page.getByRole('radio', { name: msg(locale, 'register-wp-label') }).check();
  await page.getByRole('textbox', { name: msg(locale, 'register-wp-label') }).fill(record.number);
  await continueOn(page, locale);
  await page.getByLabel(msg(locale, 'register-password-label'), { exact: true }).fill('correct-h0rse');
  await continueOn(page, locale);
  await page.getByRole('textbox', { name: msg(locale, 'register-phone-label') }).fill(phone);
  await continueOn(page, locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'register-check-title'));
}

/** Registers `record` without a phone number and arrives on the face check. */
export async function registerUpToFaceCheck(page: Page, record: DemoRecord, locale: Locale = 'en', base = '') {
  await page.goto(`${base}/register-name?lang=${locale}`);
  await answerUpToCheck(page, record, locale);
  await page.getByRole('button', { name: msg(locale, 'register-submit') }).click();
  await expect(page).toHaveURL(/\/face-check$/);
}

/** The newest SMS code the demo server's outbox holds for a phone. */
export async function codeFor(page: Page, phone: string): Promise<string> {
  const outbox = (await (await page.request.get('/api/dev/outbox')).json()) as { phone: string; code: string }[];
  const entry = outbox.find((e) => e.phone === phone);
  if (!entry) throw new Error(`no code for ${phone}`);
  return entry.code;
}

/** Signs the demo holder in through the API; the request's browser context keeps the cookie. */
export async function signInByApi(request: APIRequestContext, baseURL: string) {
  const response = await request.post('/api/v1/session', {
    headers: { 'x-essc-client': 'app', origin: baseURL },
    data: { identifierKind: 'work-permit-number', identifier: DEMO.number, password: DEMO.password },
  });
  expect(response.status()).toBe(200);
}

/** Signs in as the demo account (or another) from the sign-in page. */
export async function signIn(page: Page, locale: Locale = 'en', password = DEMO.password, number = DEMO.number) {
  await page.getByRole('radio', { name: msg(locale, 'term-work-permit-number') }).check();
  await page.getByRole('textbox', { name: msg(locale, 'sign-in-identifier-label') }).fill(number);
  await page.getByLabel(msg(locale, 'sign-in-password-label'), { exact: true }).fill(password);
  await page.getByRole('button', { name: msg(locale, 'sign-in-submit') }).click();
}

/** Turns the (fake) camera on and waits for the preview to play. */
export async function turnOnCamera(page: Page, locale: Locale = 'en') {
  await page.getByRole('button', { name: msg(locale, 'face-start-camera') }).click();
  await expect(page.getByRole('button', { name: msg(locale, 'face-start-check') })).toBeVisible();
  await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
}

/** Presses Tab until the focused element's label (or text) is `name`; fails after 30 presses. */
export async function tabUntil(page: Page, name: string | RegExp) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.getAttribute('id');
      const labelled = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (labelled ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`could not reach ${name} by Tab`);
}

/**
 * Lets the first request to `pattern` reach the server but loses its answer on the way back
 * (the connection resets), and lets later requests through. Returns the `Idempotency-Key` of
 * every request, in order.
 */
export async function loseFirstAnswer(page: Page, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let dropped = false;
  await page.route(pattern, async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (!dropped) {
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.continue();
  });
  return keys;
}
