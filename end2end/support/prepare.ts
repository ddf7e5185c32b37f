// Steps and files shared by the document-preparation tests (/prepare).
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, open, type Locale } from './fixtures';
import { msg } from './messages';

export const TODAY = new Date('2026-12-01T10:00:00Z');

export type Profile = {
  nationality: string;
  education: string;
  degreeCountry: string;
  application: string;
  submission: [string, string, string];
  salary: string;
  experience: string;
  months: string;
  age: string;
  chinese: string;
  bonuses: string[];
};

/** 98 points: 20 + 20 + 13 + 15 + 10 + 0 + 15 + 5, Category A. */
export const GERMAN_DOCTOR: Profile = {
  nationality: 'DEU',
  education: 'prepare-education-doctorate',
  degreeCountry: 'GBR',
  application: 'prepare-application-new',
  submission: ['1', '3', '2027'],
  salary: '500000',
  experience: '10',
  months: '12',
  age: '35',
  chinese: 'prepare-chinese-chinese-taught-degree-or-hsk5',
  bonuses: ['prepare-bonus-distinction'],
};

/** 38 points: 8 + 10 + 0 + 10 + 0 + 0 + 10 + 0, Category C. */
export const EMIRATI_GRADUATE: Profile = {
  nationality: 'ARE',
  education: 'prepare-education-bachelor',
  degreeCountry: 'ARE',
  application: 'prepare-application-new',
  submission: ['1', '3', '2027'],
  salary: '120000',
  experience: '1',
  months: '6',
  age: '24',
  chinese: 'prepare-chinese-none',
  bonuses: [],
};

/** Text without Fluent's bidirectional isolation marks around placeables. */
export async function expectPlain(locator: Locator, expected: string) {
  await expect.poll(async () => ((await locator.first().textContent()) ?? '').replace(/[\u2066-\u2069]/g, '')).toContain(expected);
}

export async function fixToday(page: Page) {
  await page.clock.setFixedTime(TODAY);
}

export async function continueOn(page: Page, locale: Locale) {
  await page.getByRole('button', { name: msg(locale, 'prepare-continue') }).click();
}

export async function heading(page: Page, locale: Locale, id: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, id));
}

/** From the start page to the estimate, answering as `p`; runs `each` on every page. */
export async function answerUpToEstimate(page: Page, p: Profile, locale: Locale = 'en', each?: () => Promise<void>) {
  await open(page, '/prepare', { lang: locale });
  await each?.();
  await page.getByRole('link', { name: msg(locale, 'prepare-start') }).click();
  await heading(page, locale, 'prepare-nationality-title');
  await each?.();
  await page.getByLabel(msg(locale, 'prepare-country')).selectOption(p.nationality);
  await continueOn(page, locale);
  await heading(page, locale, 'prepare-degree-title');
  await each?.();
  await page.getByRole('radio', { name: msg(locale, p.education), exact: true }).check();
  await page.getByLabel(msg(locale, 'prepare-degree-country')).selectOption(p.degreeCountry);
  await continueOn(page, locale);
  await heading(page, locale, 'prepare-application-title');
  await each?.();
  await page.getByRole('radio', { name: msg(locale, p.application), exact: true }).check();
  await page.locator('#submission').fill(p.submission[0]);
  await page.locator('#submission-month').fill(p.submission[1]);
  await page.locator('#submission-year').fill(p.submission[2]);
  await continueOn(page, locale);
  await heading(page, locale, 'prepare-points-title');
  await each?.();
  await page.getByRole('textbox', { name: msg(locale, 'prepare-salary') }).fill(p.salary);
  await page.getByRole('textbox', { name: msg(locale, 'prepare-experience') }).fill(p.experience);
  await page.getByRole('textbox', { name: msg(locale, 'prepare-months') }).fill(p.months);
  await page.getByRole('textbox', { name: msg(locale, 'prepare-age') }).fill(p.age);
  await page.getByRole('radio', { name: msg(locale, p.chinese), exact: true }).check();
  for (const bonus of p.bonuses) await page.getByRole('checkbox', { name: msg(locale, bonus) }).check();
  await continueOn(page, locale);
  await heading(page, locale, 'prepare-estimate-title');
  await each?.();
}

export async function toChecklist(page: Page, locale: Locale = 'en') {
  await page.getByRole('button', { name: msg(locale, 'prepare-see-checklist') }).click();
  await heading(page, locale, 'prepare-tasks-title');
}

export function row(page: Page, documentId: string) {
  return page.locator('.app-task-list__item').filter({ has: page.getByRole('link', { name: msg('en', documentId), exact: true }) });
}

export async function openDocument(page: Page, documentId: string) {
  await page.getByRole('link', { name: msg('en', documentId), exact: true }).click();
  await heading(page, 'en', documentId);
}

export async function backToChecklist(page: Page) {
  await page.getByRole('button', { name: msg('en', 'prepare-save') }).click();
  await heading(page, 'en', 'prepare-tasks-title');
}

/** A small PDF with no pages, made by hand. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });

export async function addFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByLabel(msg('en', 'prepare-add-files')).setInputFiles(files);
}

/** The entries of a ZIP file, read by Python's zipfile (an independent reader). */
export function unzip(zipPath: string): Record<string, string> {
  const script = 'import sys, zipfile, json, base64\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))';
  const out = execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' });
  return JSON.parse(out) as Record<string, string>;
}


/**
 * A real JPEG made by the browser's own encoder: a plain `background` with a face-sized oval of
 * coloured speckles in the middle (detail, as a face and hair have), at `width` × `height`.
 */
export async function photoJpeg(page: Page, width: number, height: number, background: string, speckles = 8000, quality = 0.92): Promise<Buffer> {
  const base64 = await page.evaluate(async ([w, h, bg, count, q]) => {
    const canvas = new OffscreenCanvas(w, h);
    const context = canvas.getContext('2d')!;
    context.fillStyle = bg;
    context.fillRect(0, 0, w, h);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const side = Math.min(w, h);
    for (let i = 0; i < count; i++) {
      const angle = random() * Math.PI * 2;
      const radius = Math.sqrt(random());
      context.fillStyle = `rgb(${Math.floor(random() * 255)},${Math.floor(random() * 200)},${Math.floor(random() * 160)})`;
      context.fillRect(w / 2 + Math.cos(angle) * radius * side * 0.28, h * 0.45 + Math.sin(angle) * radius * side * 0.36, side / 70, side / 70);
    }
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: q });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, [width, height, background, speckles, quality] as const);
  return Buffer.from(base64, 'base64');
}

/** A JPEG's width and height from its first start-of-frame marker. */
export function jpegSize(jpeg: Buffer): { width: number; height: number } {
  expect(jpeg.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
  let at = 2;
  while (at < jpeg.length) {
    const marker = jpeg[at + 1];
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
    }
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no frame header');
}

/** A PDF's pages as Debian's pypdf reads them (a reader independent of ours): each page's size in points, text and images. */
export type PdfPage = { width: number; height: number; text: string; images: { width: number; height: number; filter: string }[] };
export function readPdf(path: string): PdfPage[] {
  const script = [
    'import sys, json, pypdf',
    'reader = pypdf.PdfReader(sys.argv[1], strict=True)',
    'pages = []',
    'for page in reader.pages:',
    '    objects = page["/Resources"].get("/XObject", {})',
    '    images = [objects[k].get_object() for k in objects]',
    '    pages.append({"width": float(page.mediabox.width), "height": float(page.mediabox.height), "text": page.extract_text(),',
    '        "images": [{"width": int(i["/Width"]), "height": int(i["/Height"]), "filter": str(i["/Filter"])} for i in images]})',
    'print(json.dumps(pages))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as PdfPage[];
}
