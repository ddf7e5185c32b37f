// Life events after the work permit (/life-events): each page from the home page; a new
// passport's deadline in warning and passed; the extension window; a cancellation counted in
// working days over the holiday table's end; the calendar file read by Python's icalendar (an
// independent reader); bad dates; a kiosk prints instead; keyboard only; axe in every locale;
// 320 px in Arabic. The device's date is fixed to 1 December 2026.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, open, axeViolations, LOCALES, type Locale } from '../support/fixtures';
import { msg } from '../support/messages';
import { expectPlain, fixToday } from '../support/prepare';

test.beforeEach(async ({ page }) => fixToday(page));

async function heading(page: Page, id: string, locale: Locale = 'en') {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, id));
}

async function enterDate(page: Page, field: string, [day, month, year]: [string, string, string]) {
  await page.locator(`#${field}`).fill(day);
  await page.locator(`#${field}-month`).fill(month);
  await page.locator(`#${field}-year`).fill(year);
  await page.getByRole('button', { name: msg('en', 'life-show') }).click();
}

type CalendarEvent = { uid: string; summary: string; start: string; end: string; alarms: number[] };

/** The events of a calendar file as Debian's python3-icalendar reads them. */
function readCalendar(path: string): CalendarEvent[] {
  const script = [
    'import sys, json',
    'from icalendar import Calendar',
    'raw = open(sys.argv[1], "rb").read()',
    'assert b"\\r\\n" in raw and b"\\n" not in raw.replace(b"\\r\\n", b"")',
    'calendar = Calendar.from_ical(raw)',
    'events = []',
    'for event in calendar.walk("VEVENT"):',
    '    events.append({"uid": str(event["UID"]), "summary": str(event["SUMMARY"]),',
    '        "start": event["DTSTART"].dt.isoformat(), "end": event["DTEND"].dt.isoformat(),',
    '        "alarms": [-alarm["TRIGGER"].dt.days for alarm in event.walk("VALARM")]})',
    'print(json.dumps(events))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as CalendarEvent[];
}

async function downloadCalendar(page: Page, path: string): Promise<CalendarEvent[]> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: msg('en', 'life-calendar') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('work-permit-dates.ics');
  await download.saveAs(path);
  return readCalendar(path);
}

const PAGES = [
  ['life-new-passport-link', 'life-new-passport-title'],
  ['life-expiry-link', 'life-expiry-title'],
  ['life-employer-link', 'life-employer-title'],
  ['life-leaving-link', 'life-leaving-title'],
] as const;

test('every life-event page is reached from the home page', async ({ page }) => {
  for (const [link, title] of PAGES) {
    await open(page, '/');
    await page.getByRole('link', { name: msg('en', 'home-life-link') }).click();
    await heading(page, 'life-title');
    await page.getByRole('link', { name: msg('en', link) }).click();
    await heading(page, title);
  }
});

test('a new passport: 4 days left is a warning, 11 days ago has passed, and the calendar file has the date', async ({ page }, testInfo) => {
  await open(page, '/new-passport');
  await enterDate(page, 'passport-issued', ['25', '11', '2026']);
  const deadline = page.locator('.app-deadline');
  await expect(deadline).toHaveAttribute('data-urgency', 'soon');
  await expectPlain(deadline, 'Due by December 5, 2026 4 days left.');
  await expect(deadline).toContainText(msg('en', 'life-soon'));
  await expect(deadline).toContainText(msg('en', 'life-uncertain'));
  await expect(page.locator('#dates')).toBeFocused();

  await enterDate(page, 'passport-issued', ['10', '11', '2026']);
  await expect(deadline).toHaveAttribute('data-urgency', 'passed');
  await expectPlain(deadline, 'Due by November 20, 2026 It passed 11 days ago.');
  await expect(deadline).toContainText(msg('en', 'life-passed'));
  const events = await downloadCalendar(page, testInfo.outputPath('passport.ics'));
  expect(events).toEqual([
    { uid: 'new-passport-change-2026-11-20@essc', summary: msg('en', 'life-passport-change'), start: '2026-11-20', end: '2026-11-21', alarms: [7] },
  ]);
});

test('a permit expiring on 30 June 2027: the window opens on 1 April and closes on 31 May, all three in the calendar', async ({ page }, testInfo) => {
  await open(page, '/permit-expiry');
  await enterDate(page, 'permit-expires', ['30', '6', '2027']);
  await expect(page.locator('#standing')).toHaveText(msg('en', 'life-expiry-not-yet'));
  await expect(page.locator('.app-deadline')).toHaveCount(3);
  await expect(page.locator('.app-deadline[data-urgency="ahead"]')).toHaveCount(3);
  const events = await downloadCalendar(page, testInfo.outputPath('expiry.ics'));
  expect(events.map((e) => [e.summary, e.start])).toEqual([
    [msg('en', 'life-expiry-opens'), '2027-04-01'],
    [msg('en', 'life-expiry-closes'), '2027-05-31'],
    [msg('en', 'life-expiry-ends'), '2027-06-30'],
  ]);
  // Expiring in 3 weeks: the window has closed.
  await enterDate(page, 'permit-expires', ['22', '12', '2026']);
  await expect(page.locator('#standing')).toHaveText(msg('en', 'life-expiry-closed'));
});

test('a cancellation counts working days, and past the holiday table it says it counted weekdays only', async ({ page }) => {
  await open(page, '/changing-employer');
  // Friday 18 December 2026: 21–25, 28–31 December, then Friday 1 January 2027.
  await enterDate(page, 'last-day', ['18', '12', '2026']);
  const deadline = page.locator('.app-deadline');
  await expectPlain(deadline, 'Due by January 1, 2027');
  await expect(deadline).toContainText('Counted in working days');
  await expect(deadline).toContainText(msg('en', 'life-uncertain'));
});

test('no date or an impossible date gets an error with focus on the summary, and keeps what was typed', async ({ page }) => {
  await open(page, '/leaving-china');
  await page.getByRole('button', { name: msg('en', 'life-show') }).click();
  await expect(page.locator('.app-error-summary')).toBeFocused();
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'life-date-missing'));
  await enterDate(page, 'last-day', ['31', '2', '2027']);
  await expect(page.locator('.app-error-summary')).toContainText(msg('en', 'life-date-invalid'));
  await expect(page.locator('#last-day')).toHaveValue('31');
  await expect(page.locator('.app-deadline')).toHaveCount(0);
});

test('on a shared kiosk the dates print instead of downloading', async ({ page }) => {
  await page.goto('/new-passport?kiosk=1');
  await enterDate(page, 'passport-issued', ['25', '11', '2026']);
  await expect(page.getByRole('button', { name: msg('en', 'life-print') })).toBeVisible();
  await expect(page.getByRole('button', { name: msg('en', 'life-calendar') })).toHaveCount(0);
});

test('the new-passport page works with the keyboard alone', async ({ page }) => {
  await open(page, '/new-passport');
  await page.locator('#passport-issued').focus();
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await page.keyboard.press('Enter');
  await expect(page.locator('#dates')).toBeFocused();
  await expect(page.locator('.app-deadline')).toHaveAttribute('data-urgency', 'soon');
});

for (const locale of LOCALES) {
  test(`axe finds no violation on the life-event pages in ${locale}`, async ({ page }) => {
    await open(page, '/life-events', { lang: locale });
    await heading(page, 'life-title', locale);
    expect(await axeViolations(page), 'hub').toEqual([]);
    await page.getByRole('link', { name: msg(locale, 'life-new-passport-link') }).click();
    await heading(page, 'life-new-passport-title', locale);
    await page.locator('#passport-issued').fill('10');
    await page.locator('#passport-issued-month').fill('11');
    await page.locator('#passport-issued-year').fill('2026');
    await page.getByRole('button', { name: msg(locale, 'life-show') }).click();
    await expect(page.locator('.app-deadline')).toHaveAttribute('data-urgency', 'passed');
    expect(await axeViolations(page), 'results').toEqual([]);
  });
}

test('the permit-expiry page fits 320 px in Arabic, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '/permit-expiry', { lang: 'ar' });
  await page.locator('#permit-expires').fill('30');
  await page.locator('#permit-expires-month').fill('6');
  await page.locator('#permit-expires-year').fill('2027');
  await page.getByRole('button', { name: msg('ar', 'life-show') }).click();
  await expect(page.locator('.app-deadline')).toHaveCount(3);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
