// The public status check of an application (/application-status, no account) and the
// signed-in holder's timeline (/timeline), against the demo records of the reference server:
// three stages and a wrong pair; bad input; the new arrival's deadlines in warning, then (the
// server's clock moved nine days on a server of its own) passed; the registered holder's
// earlier refusal and the documents asked for; the life events from the timeline; keyboard
// only; axe in every locale; 320 px in Arabic.
import type { Page } from '@playwright/test';
import { test, expect, open, axeViolations, LOCALES, CLOCK_BASE_URL, type Locale } from '../support/fixtures';
import { msg } from '../support/messages';
import { ARRIVAL, signIn } from '../support/journey';

/** Public demo applications (crates/server/src/demo_applications.rs). */
const APPLICATIONS = {
  submitted: { number: '3100000000418201', birth: ['14', '2', '1991'] },
  accepted: { number: '3100 0000 0041 8203', birth: ['2', '11', '1993'] },
  refused: { number: '3100000000418207', birth: ['17', '3', '1982'] },
} as const;

async function check(page: Page, number: string, [day, month, year]: readonly string[], locale: Locale = 'en') {
  await page.locator('#application-number').fill(number);
  await page.locator('#birth-date').fill(day);
  await page.locator('#birth-date-month').fill(month);
  await page.locator('#birth-date-year').fill(year);
  await page.getByRole('button', { name: msg(locale, 'status-submit') }).click();
}

test('the status check from the home page gives the stage and its date for three stages', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: msg('en', 'home-status-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'status-title'));

  const stage = page.locator('.app-status');
  await check(page, APPLICATIONS.submitted.number, APPLICATIONS.submitted.birth);
  await expect(page.locator('#status-result')).toBeFocused();
  await expect(stage).toHaveAttribute('data-stage', 'submitted');
  await expect(stage).toContainText(msg('en', 'stage-submitted'));
  await expect(stage).toContainText('已提交');
  await expect(page.locator('.app-steps__item[data-step="current"]')).toContainText(msg('en', 'stage-submitted'));
  await expect(page.locator('.app-steps__item[data-step="to-come"]')).toHaveCount(4);

  await check(page, APPLICATIONS.accepted.number, APPLICATIONS.accepted.birth);
  await expect(stage).toHaveAttribute('data-stage', 'accepted');
  await expect(page.locator('.app-steps__item[data-step="done"]')).toHaveCount(2);
  // 20 working days from acceptance, counted over the holiday table.
  await expect(page.locator('#decision-due')).toContainText('A decision is due by');

  await check(page, APPLICATIONS.refused.number, APPLICATIONS.refused.birth);
  await expect(stage).toHaveAttribute('data-stage', 'refused');
  await expect(page.getByText(msg('en', 'stage-refused-meaning'))).toBeVisible();
  // Only the stage and its date: no reason, no steps, no name.
  await expect(page.locator('.app-steps')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('Reason:');
});

test('a wrong pair gets one generic answer, with focus on the summary and nothing typed lost', async ({ page, problems }) => {
  await open(page, '/application-status');
  await check(page, APPLICATIONS.submitted.number, ['15', '2', '1991']);
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'api-application-not-found')]);
  await expect(page.locator('#application-number')).toHaveValue(APPLICATIONS.submitted.number);
  await expect(page.locator('#birth-date')).toHaveValue('15');
  await expect(page.locator('.app-status')).toHaveCount(0);
  // Chromium logs the expected 404 itself; nothing else may be logged.
  const unexpected = problems.filter((p) => !p.includes('status of 404'));
  problems.splice(0, problems.length, ...unexpected);
});

test('missing or malformed answers are caught before anything is sent', async ({ page }) => {
  await open(page, '/application-status');
  let sent = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/application-status')) sent += 1;
  });
  await page.getByRole('button', { name: msg('en', 'status-submit') }).click();
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([msg('en', 'status-number-missing'), msg('en', 'status-birth-missing')]);
  await check(page, '31-00', ['31', '2', '1990']);
  // Fluent isolates the number: match around the marks.
  await expect(summary.getByRole('link')).toHaveText([/^Enter at least \W*10\W* characters$/, msg('en', 'life-date-invalid')]);
  await expect(page.locator('#application-number')).toHaveValue('31-00');
  expect(sent).toBe(0);
});

test('the status check works with the keyboard alone', async ({ page }) => {
  await open(page, '/application-status');
  await page.locator('#application-number').focus();
  await page.keyboard.type(APPLICATIONS.accepted.number);
  for (const part of APPLICATIONS.accepted.birth) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#status-result')).toBeFocused();
  await expect(page.locator('.app-status')).toHaveAttribute('data-stage', 'accepted');
});

/** Opens the timeline on the clock server, signing in as the new arrival on the way. */
async function arrivalTimeline(page: Page, locale: Locale = 'en') {
  await page.goto(`${CLOCK_BASE_URL}/timeline?lang=${locale}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'sign-in-title'));
  await signIn(page, locale, ARRIVAL.password, ARRIVAL.number);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'card-timeline-title'));
  await expect(page.locator('.app-deadline').first()).toBeVisible();
}

test('the new arrival: the residence permit is due in days (a warning); nine days on it has passed and the medical report is close', async ({ page }) => {
  await arrivalTimeline(page);
  const deadline = (kind: string) => page.locator(`.app-deadline[data-kind="${kind}"]`);
  await expect(deadline('residence-permit')).toHaveAttribute('data-urgency', 'soon');
  await expect(deadline('residence-permit')).toContainText(/\d+\W* days left/);
  await expect(deadline('residence-permit')).toContainText(msg('en', 'life-soon'));
  await expect(deadline('on-site-verification')).toHaveAttribute('data-urgency', 'soon');
  await expect(deadline('medical-report-expires')).toHaveAttribute('data-urgency', 'ahead');
  // The letter no longer matters after entry; the extension window is far off.
  await expect(deadline('notification-letter-expires')).toHaveCount(0);
  await expect(deadline('extension-opens')).toHaveAttribute('data-urgency', 'ahead');
  // The chain: approved, entered, e-SSC done; the residence permit is the step now.
  const step = (kind: string) => page.locator(`.app-steps__item[data-kind="${kind}"]`);
  await expect(step('approved')).toHaveAttribute('data-step', 'done');
  await expect(step('entry')).toHaveAttribute('data-step', 'done');
  await expect(step('card')).toHaveAttribute('data-step', 'done');
  await expect(step('residence-permit')).toHaveAttribute('data-step', 'current');
  await expect(step('residence-permit')).toContainText('Due by');
  await expect(step('on-site-verification')).toHaveAttribute('data-step', 'current');

  const before = await page.locator('#timeline-today').textContent();
  const moved = await page.request.post(`${CLOCK_BASE_URL}/api/dev/clock`, {
    data: { advanceSeconds: 9 * 86_400 },
    headers: { 'x-essc-client': 'app' },
  });
  expect(moved.ok()).toBe(true);
  // Nine days on, the session has long expired: sign in again.
  await arrivalTimeline(page);
  await expect(page.locator('#timeline-today')).not.toHaveText(before ?? '');
  await expect(deadline('residence-permit')).toHaveAttribute('data-urgency', 'passed');
  await expect(deadline('residence-permit')).toContainText(/It passed \W*\d+\W* days? ago\./);
  await expect(deadline('residence-permit')).toContainText(msg('en', 'life-passed'));
  await expect(deadline('on-site-verification')).toHaveAttribute('data-urgency', 'passed');
  await expect(deadline('medical-report-expires')).toHaveAttribute('data-urgency', 'soon');
});

test("the registered holder's timeline shows an earlier refusal with its reason and the documents once asked for", async ({ page }) => {
  await page.goto('/timeline');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'card-timeline-title'));
  const asked = page.locator('.app-steps__item[data-kind="more-documents"]');
  await expect(asked).toContainText(msg('en', 'timeline-asked-for'));
  await expect(asked.locator('[data-document="degree"]')).toBeVisible();
  await expect(page.locator('.app-steps__item[data-kind="approved"]').first()).toHaveAttribute('data-step', 'done');
  // Every step after approval is done: no residence-permit or on-site dates left to watch.
  await expect(page.locator('.app-deadline[data-kind="residence-permit"]')).toHaveCount(0);
  await expect(page.locator('.app-deadline[data-kind="extension-opens"]')).toBeVisible();
  const refusal = page.locator('[data-reason="not-authenticated"]');
  await expect(refusal).toBeHidden();
  await page.getByText(msg('en', 'timeline-earlier')).click();
  await expect(refusal).toHaveText(msg('en', 'refusal-not-authenticated'));
  expect(await axeViolations(page)).toEqual([]);
  // The life events are one step away, and the timeline is in the card's navigation.
  await page.getByRole('link', { name: msg('en', 'life-new-passport-link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'life-new-passport-title'));
  await page.goto('/card');
  await page.getByRole('link', { name: msg('en', 'card-timeline-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'card-timeline-title'));
});

for (const locale of LOCALES) {
  test(`axe finds no violation on the status check and the timeline in ${locale}`, async ({ page }) => {
    await open(page, '/application-status', { lang: locale });
    await check(page, APPLICATIONS.accepted.number, APPLICATIONS.accepted.birth, locale);
    await expect(page.locator('.app-status')).toBeVisible();
    expect(await axeViolations(page), 'status').toEqual([]);
    await arrivalTimeline(page, locale);
    expect(await axeViolations(page), 'timeline').toEqual([]);
  });
}

test('the status check and the timeline fit 320 px in Arabic, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await open(page, '/application-status', { lang: 'ar' });
  await check(page, APPLICATIONS.submitted.number, APPLICATIONS.submitted.birth, 'ar');
  await expect(page.locator('.app-status')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await arrivalTimeline(page, 'ar');
  expect(await overflow()).toBeLessThanOrEqual(0);
});
