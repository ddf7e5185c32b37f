import { test, expect, open, axeViolations, LOCALES, type Locale } from '../support/fixtures';
import { msg } from '../support/messages';
import { RECORDS, answerUpToCheck, codeFor, continueOn, loseFirstAnswer, tabUntil, turnOnCamera } from '../support/journey';

for (const [locale, record, phone] of [['en', RECORDS.mueller, '13812345678'], ['zh-CN', RECORDS.garcia, '13912345678'], ['ar', RECORDS.nguyen, '13712345678']] as const) {
  test(`a seeded record registers, passes the face check and gets a working card, in ${locale}`, async ({ page }) => {
    test.setTimeout(60_000);
    await open(page, '/', { lang: locale });
    await page.getByRole('link', { name: msg(locale, 'register-start-title') }).click();
    await expect(page.getByRole('img', { name: msg(locale, 'register-start-letter-alt') })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: msg(locale, 'register-start-button') }).click();
    await answerUpToCheck(page, record, locale, `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    await expect(page.locator('.app-summary-list')).toContainText(record.compared);
    await expect(page.locator('.app-summary-list')).toContainText(msg(locale, 'register-check-password-set'));
    await expect(page.locator('.app-summary-list')).not.toContainText('correct-h0rse');
    await expect(page.locator('.app-summary-list')).toContainText(phone);
    await expect(page.getByText(msg(locale, 'register-declaration'))).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: msg(locale, 'register-submit') }).click();
    await expect(page).toHaveURL(/\/register-code$/);
    await expect(page.locator('main')).toContainText(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: msg(locale, 'register-code-label') }).fill(await codeFor(page, phone));
    await page.getByRole('button', { name: msg(locale, 'register-continue') }).click();

    await expect(page).toHaveURL(/\/face-check$/);
    expect(await axeViolations(page)).toEqual([]);
    await turnOnCamera(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    const uploads: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/v1/face-checks')) uploads.push(r.headers()['content-type'] ?? ''); });
    // Keep hold of the camera's track, to see it stopped afterwards.
    await page.evaluate(() => {
      const stream = (document.querySelector('video') as HTMLVideoElement).srcObject as MediaStream;
      (window as unknown as { cameraTrack: MediaStreamTrack }).cameraTrack = stream.getVideoTracks()[0];
    });
    await page.getByRole('button', { name: msg(locale, 'face-start-check') }).click();
    await expect(page.getByRole('status').getByText(msg(locale, 'face-prompt-turn-one-way'))).toBeVisible();
    await expect(page).toHaveURL(/\/register-done$/, { timeout: 20_000 });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatch(/^multipart\/form-data/);
    // The camera is off once the check is over.
    expect(await page.evaluate(() => (window as unknown as { cameraTrack: MediaStreamTrack }).cameraTrack.readyState)).toBe('ended');
    await expect(page.locator('.app-panel')).toContainText(msg(locale, 'register-done-panel'));
    await expect(page.locator('.app-summary-list')).toContainText(msg(locale, 'card-status-active'));
    await expect(page.locator('.app-summary-list')).not.toContainText(record.number);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: msg(locale, 'register-done-card-link') }).click();
    await expect(page).toHaveURL(/\/card$/);
    await expect(page.locator('.app-card-face')).toContainText(msg(locale, 'card-status-active'));
    expect(await page.evaluate(() => sessionStorage.getItem('essc.register'))).toBeNull();
  });
}

test('each question shows every problem, focused, with the protocol message', async ({ page }) => {
  await open(page, '/register-name');
  await continueOn(page, 'en');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'register-surname-missing')]);
  await page.getByRole('textbox', { name: msg('en', 'register-surname-label') }).fill('王');
  await continueOn(page, 'en');
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'validation-non-latin-script')]);
  expect(await axeViolations(page)).toEqual([]);

  await open(page, '/register-number');
  await page.getByRole('radio', { name: msg('en', 'register-ssn-label') }).check();
  await page.getByRole('textbox', { name: msg('en', 'register-ssn-label') }).fill('931528198410030078');
  await continueOn(page, 'en');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'validation-check-character-mismatch')]);

  await open(page, '/register-password');
  const rules = page.locator('.app-rule');
  await page.getByLabel(msg('en', 'register-password-label'), { exact: true }).fill('abcdefgh');
  await expect(rules.nth(0)).toHaveAttribute('data-met', 'true');
  await expect(rules.nth(1)).toHaveAttribute('data-met', 'false');
  await page.getByLabel(msg('en', 'register-password-label'), { exact: true }).fill('abcdefg1');
  await expect(rules.nth(1)).toHaveAttribute('data-met', 'true');
});

test('the passport lines fill in the name, and each wrong check digit is named', async ({ page }) => {
  const line1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
  const line2 = 'L898902C36UTO7408122F3404159ZE184226B<<<<<16';
  await open(page, '/register-name');
  await page.getByText(msg('en', 'register-mrz-summary')).click();
  const zone = page.getByRole('textbox', { name: msg('en', 'register-mrz-label') });
  // The birth date's check digit 2 mistyped as 3: that digit and line 2's final digit fail.
  await zone.fill(`${line1}\n${line2.replace('7408122', '7408123')}`);
  await page.getByRole('button', { name: msg('en', 'register-mrz-use') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    /check digit of the date of birth does not match/,
    /final check digit of line 2 does not match/,
  ]);
  await expect(page.locator('#mrz-error')).toContainText('date of birth');
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole('textbox', { name: msg('en', 'register-surname-label') })).toHaveValue('');

  await zone.fill(`  ${line1}\r\n${line2}  `);
  await page.getByRole('button', { name: msg('en', 'register-mrz-use') }).click();
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(msg('en', 'register-mrz-filled'));
  await expect(page.getByRole('textbox', { name: msg('en', 'register-surname-label') })).toHaveValue('ERIKSSON');
  await expect(page.getByRole('textbox', { name: msg('en', 'register-given-label') })).toHaveValue('ANNA MARIA');
  await expect(page.locator('.app-compared')).toHaveText('ERIKSSON, ANNA MARIA');
  // The zone holds the passport number and birth date: it is never stored.
  expect(await page.evaluate(() => sessionStorage.getItem('essc.register') ?? '')).not.toContain('L898902C3');
});

test('a name that does not match the record gets the one generic answer', async ({ page, problems }) => {
  await open(page, '/register-name');
  await answerUpToCheck(page, { ...RECORDS.dasilva, surname: 'Silva', compared: 'SILVA, JOAO PEDRO' });
  await page.getByRole('button', { name: msg('en', 'register-submit') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'api-identity-mismatch')]);
  await expect(page.getByText(msg('en', 'register-mismatch-help'))).toBeVisible();
  const unexpected = problems.filter((p) => !p.includes('status of 422'));
  problems.splice(0, problems.length, ...unexpected);
});

test('a reload mid-journey keeps the answers but never the password, and a double click registers once', async ({ page }) => {
  await open(page, '/register-name');
  await answerUpToCheck(page, RECORDS.dasilva);
  await page.reload();
  await expect(page.locator('.app-summary-list')).toContainText(RECORDS.dasilva.compared);
  await expect(page.locator('.app-summary-list')).not.toContainText(msg('en', 'register-check-password-set'));
  const stored = await page.evaluate(() => sessionStorage.getItem('essc.register') ?? '');
  expect(stored).toContain('da Silva');
  expect(stored).not.toContain('correct-h0rse');
  expect(await page.evaluate(() => localStorage.getItem('essc.register'))).toBeNull();

  await page.goto('/register-password');
  await page.getByLabel(msg('en', 'register-password-label'), { exact: true }).fill('correct-h0rse');
  await continueOn(page, 'en');
  await continueOn(page, 'en');
  const requests: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/v1/registrations')) requests.push(r.headers()['idempotency-key'] ?? ''); });
  await page.getByRole('button', { name: msg('en', 'register-submit') }).dblclick();
  await expect(page).toHaveURL(/\/face-check$/);
  expect(requests.length).toBe(1);
});

test('in kiosk mode nothing of the journey is stored', async ({ page }) => {
  await page.goto('/register-name?kiosk=1');
  await page.getByRole('textbox', { name: msg('en', 'register-surname-label') }).fill('Takahashi');
  await continueOn(page, 'en');
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
});

for (const locale of LOCALES) {
  test(`axe finds no violation on the question pages with errors, in ${locale}`, async ({ page }) => {
    for (const path of ['/register-name', '/register-number', '/register-password', '/register-phone']) {
      await open(page, path, { lang: locale });
      await page.getByRole('button', { name: msg(locale, 'register-continue') }).click();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await open(page, '/register-check', { lang: locale });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a wrong SMS code says how many tries are left, and a new code waits for the cooldown', async ({ page, problems }) => {
  await open(page, '/register-name');
  await answerUpToCheck(page, { surname: 'Ivanova', given: 'Yekaterina Sergeyevna', number: '310000202000064580', compared: 'IVANOVA, YEKATERINA SERGEYEVNA' }, 'en', '13612345678');
  await page.getByRole('button', { name: msg('en', 'register-submit') }).click();
  await expect(page).toHaveURL(/\/register-code$/);
  const resend = page.getByRole('button', { name: msg('en', 'register-code-resend') });
  await expect(resend).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText(/60|59|58/).first()).toBeVisible();
  const right = await codeFor(page, '13612345678');
  const wrong = right === '000000' ? '111111' : '000000';
  await page.getByRole('textbox', { name: msg('en', 'register-code-label') }).fill(wrong);
  await page.getByRole('button', { name: msg('en', 'register-continue') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  // The message names the tries left (Fluent isolates the number with bidi marks).
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(summary.getByRole('link')).toContainText('4');
  await expect(summary.getByRole('link')).not.toContainText(msg('en', 'api-sms-code-expired'));
  await page.getByRole('textbox', { name: msg('en', 'register-code-label') }).fill(right);
  await page.getByRole('button', { name: msg('en', 'register-continue') }).click();
  await expect(page).toHaveURL(/\/face-check$/);
  const unexpected = problems.filter((p) => !p.includes('status of 422'));
  problems.splice(0, problems.length, ...unexpected);
});

test('a response lost to the network is retried with the same key and creates exactly one account', async ({ page, problems }) => {
  await open(page, '/register-name');
  await answerUpToCheck(page, { surname: "Al-Ja'fari", given: 'Rania', number: '110000202500120496', compared: 'AL JAFARI, RANIA' });
  // The server registers the account, but the first answer never reaches the browser.
  const keys = await loseFirstAnswer(page, '**/api/v1/registrations');
  const submit = page.getByRole('button', { name: msg('en', 'register-submit') });
  await submit.click();
  const summary = page.locator('.app-error-summary');
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'network-failed')]);
  // Nothing typed is lost: the answers are still on the page.
  await expect(page.locator('.app-summary-list')).toContainText('AL JAFARI, RANIA');
  await submit.click();
  await expect(page).toHaveURL(/\/face-check$/);
  expect(keys).toHaveLength(2);
  expect(keys[0]).toBe(keys[1]);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  const unexpected = problems.filter((p) => !p.includes('ERR_CONNECTION_RESET'));
  problems.splice(0, problems.length, ...unexpected);
});

test('the journey works with the keyboard alone', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page, '/register');
  const tabTo = (name: string | RegExp) => tabUntil(page, name);
  await tabTo(msg('en', 'register-start-button'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(msg('en', 'register-surname-label'));
  await page.keyboard.type('Takahashi');
  await tabTo(msg('en', 'register-given-label'));
  await page.keyboard.type('Kenta');
  await tabTo(msg('en', 'register-continue'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register-number$/);
  // The radio's label carries the official term after ours.
  await tabTo(`${msg('en', 'register-wp-label')} 外国人工作许可证号`);
  await page.keyboard.press('Space');
  await tabTo(msg('en', 'register-wp-label'));
  await expect(page.getByRole('textbox', { name: msg('en', 'register-wp-label') })).toBeFocused();
  await page.keyboard.type('110000201900055021');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register-password$/);
  await tabTo(msg('en', 'register-password-label'));
  await page.keyboard.type('correct-h0rse');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register-phone$/);
  await tabTo(msg('en', 'register-phone-label'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register-check$/);
  await tabTo(msg('en', 'register-submit'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/face-check$/);
  await tabTo(msg('en', 'face-start-camera'));
  await page.keyboard.press('Enter');
  // When the preview is ready, focus moves to its instructions, just before the button.
  await expect(page.getByRole('heading', { name: msg('en', 'face-ready-heading') })).toBeFocused();
  await tabTo(msg('en', 'face-start-check'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register-done$/, { timeout: 20_000 });
  await tabTo(msg('en', 'register-done-card-link'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/card$/);
});
