// Shared fixtures: every test fails on a console error, an uncaught exception or a CSP
// violation, and pages are reached through small page objects.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The locales every journey's own tests run in: the source, Chinese and right-to-left. */
export const LOCALES = ['en', 'zh-CN', 'ar'] as const;
/** Every language offered (locales/languages.json), for the sweeps in locales.spec.ts. */
export const ALL_LOCALES = ['en', 'zh-CN', 'ar', 'ko', 'ja', 'ru', 'fr', 'de', 'es', 'pt', 'vi', 'th'] as const;
/** The pseudo-locales made from English at build time (i18n-tools/pseudo.rs); the suite's
 * servers allow them with --pseudo-locales. */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type Locale = (typeof ALL_LOCALES)[number] | (typeof PSEUDO_LOCALES)[number];

/** Paths of the app's pages (mirrors src/routes.rs) and one unknown path. */
export const PAGES = {
  home: '/',
  accessibility: '/accessibility',
  designSystem: '/design-system',
  notFound: '/no-such-page',
} as const;

export const KIOSK_BASE_URL = `http://127.0.0.1:${process.env.E2E_KIOSK_PORT ?? '18081'}`;
/** A server whose demo clock only the timeline tests move (by days). */
export const CLOCK_BASE_URL = `http://127.0.0.1:${process.env.E2E_CLOCK_PORT ?? '18082'}`;

type Fixtures = { problems: string[] };

/**
 * Chromium notes that it cannot check the integrity of Trunk's `<link rel=preload as=fetch>`
 * for the wasm. It is a notice about the preload hint, not a failure: the JS module that loads
 * the wasm is integrity-checked. Every other warning fails the test.
 */
const KNOWN_WARNINGS = [
  /integrity. attribute is currently ignored for preload destinations/,
  // The suite blocks the app's service worker (playwright.config.ts) except in offline.spec.ts.
  /Service Worker registration blocked by Playwright/,
];

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const known = KNOWN_WARNINGS.some((pattern) => pattern.test(message.text()));
        if (message.type() === 'error' || (message.type() === 'warning' && !known)) {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a path and waits until the app (not the static loading shell) is on screen. */
export async function open(page: Page, path: string, options: { lang?: Locale; base?: string } = {}) {
  const url = new URL(path, options.base ?? 'http://placeholder');
  if (options.lang) url.searchParams.set('lang', options.lang);
  const target = options.base ? url.toString() : `${url.pathname}${url.search}`;
  await page.goto(target);
  await appReady(page);
}

export async function appReady(page: Page) {
  await expect(page.locator('main#main-content h1')).toBeVisible();
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns the violations. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The language switcher: a disclosure whose options are named in their own language. */
export async function switchLanguage(page: Page, nativeName: string) {
  await page.locator('summary.app-language__toggle').click();
  await page.getByRole('button', { name: nativeName, exact: true }).click();
}

/** A kiosk's welcome screen (on its start page): touches "Touch to start", in whichever
 * language it shows, then chooses the language named `nativeName`. */
export async function passWelcome(page: Page, nativeName: string) {
  const welcome = page.locator('#kiosk-welcome');
  await expect(welcome).toBeVisible();
  await welcome.getByRole('button').first().click();
  await welcome.getByRole('button', { name: nativeName, exact: true }).click();
  await expect(welcome).toBeHidden();
}
