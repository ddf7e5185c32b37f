// Every language on every page. One test per locale visits each page once, moving in the app
// (no reload), so twelve languages and two pseudo-locales stay within the suite's time:
// - axe and text overflow at 320 px in each of the twelve offered languages;
// - in the pseudo-locales (en-XA: accented, 40 % longer and bracketed; ar-XB: English laid out
//   right to left), no text that overflows its box and no visible text outside the brackets
//   (a string that bypassed Fluent).
import fs from 'node:fs';
import path from 'node:path';
import type { Cookie, Page } from '@playwright/test';
import { test, expect, open, axeViolations, ALL_LOCALES, PSEUDO_LOCALES, type Locale } from '../support/fixtures';
import { signInByApi } from '../support/journey';

/** Every page reachable by its address (src/routes.rs); a page that needs answers first sends
 * to the journey's start, which is then checked once. */
const PUBLIC = [
  '/', '/accessibility', '/design-system', '/no-such-page', '/sign-in', '/signed-out',
  '/register', '/register-name', '/register-number', '/register-password', '/register-phone',
  '/register-check', '/register-code', '/face-check', '/face-check-camera', '/face-check-in-person',
  '/register-done', '/calculator', '/verify', '/prepare', '/prepare-nationality', '/prepare-degree',
  '/prepare-application', '/prepare-points', '/prepare-estimate', '/prepare-tasks', '/prepare-document',
  '/life-events', '/new-passport', '/permit-expiry', '/changing-employer', '/leaving-china',
  '/application-status',
];
const SIGNED_IN = ['/card', '/work-permit', '/payments', '/timeline'];

const languages = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales/languages.json'), 'utf8')) as { id: string; name: string; dir: string }[];

/** Moves to `target` inside the app, as a link would, and waits for its new heading; gives
 * the path shown (a page that needs earlier answers sends elsewhere). Moving to the page
 * already shown changes nothing. */
async function go(page: Page, target: string): Promise<string> {
  if (new URL(page.url()).pathname === target) return target;
  await page.locator('main#main-content h1').evaluate((h1) => h1.setAttribute('data-left', ''));
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, target);
  await expect(page.locator('main#main-content h1:not([data-left])')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The demo holder's session, signed in once per worker through the API and then given to
 * each sweep's browser context (the sign-in limit counts every attempt). */
let session: Cookie[] | null = null;
async function signIn(page: Page, baseURL: string) {
  if (session) {
    await page.context().addCookies(session);
    return;
  }
  await signInByApi(page.request, baseURL);
  session = await page.context().cookies();
}

/** Visits every page once; `check` runs on each page actually shown (by its path). */
async function sweep(page: Page, locale: Locale, baseURL: string, check: (shown: string) => Promise<void>) {
  const seen = new Set<string>();
  await open(page, '/', { lang: locale });
  const visit = async (target: string) => {
    const shown = await go(page, target);
    if (seen.has(shown)) return;
    seen.add(shown);
    await check(shown);
  };
  for (const target of PUBLIC) await visit(target);
  // Signed in through the API, then one load: the app reads the session when it starts.
  await signIn(page, baseURL);
  await open(page, SIGNED_IN[0], { lang: locale });
  const card = new URL(page.url()).pathname;
  seen.add(card);
  await check(card);
  for (const target of SIGNED_IN.slice(1)) await visit(target);
  // The language stayed as chosen through every move.
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return [...seen];
}

test('every offered language is in the languages file, in the order the switcher shows', () => {
  expect(languages.map((l) => l.id)).toEqual([...ALL_LOCALES]);
});

for (const locale of ALL_LOCALES) {
  // On a 320 px phone, where long words (German compounds, Thai without spaces) must wrap.
  test(`axe finds no WCAG 2.2 AA violation and no text overflows, on any page at 320 px, in ${locale}`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const failures: string[] = [];
    const shown = await sweep(page, locale, baseURL ?? '', async (at) => {
      for (const violation of await axeViolations(page)) failures.push(`${at}: ${JSON.stringify(violation)}`);
      for (const problem of await page.evaluate(overflowing)) failures.push(`${at}: overflows: ${problem}`);
    });
    expect(failures).toEqual([]);
    expect(shown).toContain('/card');
    expect(shown.length).toBeGreaterThan(20);
  });
}

/** Text elements whose text is wider than their box, outside scroll regions. */
function overflowing(): string[] {
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const inScrollRegion = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(a).overflowX) && a !== document.documentElement && a !== document.body) return true;
    }
    return false;
  };
  const out: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    if (style.display === 'inline' || style.display === 'contents' || el.closest('.app-visually-hidden')) continue;
    // Text kept for screen readers only (a 1 px clip), not laid out to be read.
    if (el.clientWidth <= 1) continue;
    if (['SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'svg'].includes(el.tagName)) continue;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText || el.scrollWidth <= el.clientWidth + 1 || inScrollRegion(el)) continue;
    out.push(`${name(el)} (${el.scrollWidth} > ${el.clientWidth}): ${(el.textContent ?? '').trim().slice(0, 60)}`);
  }
  return out;
}

/** Visible text outside the pseudo-locale's brackets. Not messages, so skipped: text marked as
 * another language (the official Chinese terms, language names), personal data marked
 * `translate="no"` (names, employer, address), decorative text hidden from assistive
 * technology, and values with digits (money, dates and numbers formatted by `Intl`). */
function unbracketed(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let depth = 0;
  const pageLang = document.documentElement.lang;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent ?? '';
    if (!el || el.closest('script, style, noscript, template')) continue;
    const marked = el.closest('[lang]');
    const exempt =
      /\d/.test(text) ||
      el.closest('[translate="no"], [aria-hidden="true"]') !== null ||
      (marked !== null && marked !== document.documentElement && marked.getAttribute('lang') !== pageLang) ||
      (!el.checkVisibility() && !el.closest('.app-visually-hidden'));
    let outside = false;
    for (const c of text) {
      if (c === '[') depth += 1;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && !exempt && /\p{L}/u.test(c)) outside = true;
    }
    if (outside) out.push(`${el.tagName.toLowerCase()}: ${text.trim().slice(0, 60)}`);
  }
  return out;
}

for (const locale of PSEUDO_LOCALES) {
  test(`in ${locale} no text overflows its box and none bypasses Fluent, on any page, at 320 px and on a desktop`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const failures: string[] = [];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.context().clearCookies();
      await sweep(page, locale, baseURL ?? '', async (at) => {
        for (const problem of await page.evaluate(overflowing)) failures.push(`${width}px ${at}: overflows: ${problem}`);
        if (width === 1280) for (const problem of await page.evaluate(unbracketed)) failures.push(`${at}: not from Fluent: ${problem}`);
      });
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar-XB' ? 'rtl' : 'ltr');
    }
    expect(failures).toEqual([]);
  });
}

test('a pseudo-locale is never listed, and the switcher lists the twelve languages each named in itself', async ({ page }) => {
  await open(page, '/', { lang: 'en-XA' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await page.locator('summary.app-language__toggle').click();
  const options = page.locator('.app-language__option');
  await expect(options).toHaveCount(ALL_LOCALES.length);
  for (const [i, language] of languages.entries()) {
    await expect(options.nth(i)).toHaveText(language.name);
    await expect(options.nth(i)).toHaveAttribute('lang', language.id);
  }
});

test('switching through all twelve languages never reloads and fetches only the chosen one', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
  const fetched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/locales/')) fetched.push(url.pathname);
  });
  for (const language of [...languages.slice(1), languages[0]]) {
    await page.locator('summary.app-language__toggle').click();
    await page.getByRole('button', { name: language.name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.id);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
  }
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
  // English was loaded at the start; each other language once, when chosen.
  expect(fetched.sort()).toEqual(languages.slice(1).map((l) => `/locales/${l.id}.ftl`).sort());
});
