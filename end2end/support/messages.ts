// Reads the shipped Fluent files so tests expect exactly what a user of each locale sees,
// without copying strings into the tests. Handles the simple messages tests look for.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from './fixtures';

const localesDir = path.resolve(__dirname, '../../locales');
const cache = new Map<string, Map<string, string>>();

function load(locale: Locale): Map<string, string> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const messages = new Map<string, string>();
  const dir = path.join(localesDir, locale);
  // The language's main files and each journey's own (locales/<id>/journeys/).
  const journeys = path.join(dir, 'journeys');
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.ftl')).map((f) => path.join(dir, f)),
    ...(fs.existsSync(journeys) ? fs.readdirSync(journeys).filter((f) => f.endsWith('.ftl')).map((f) => path.join(journeys, f)) : []),
  ];
  for (const file of files) {
    let current: string | null = null;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const entry = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
      if (entry) {
        current = entry[1];
        messages.set(current, entry[2].trim());
      } else if (current && /^\s+\S/.test(line) && !/^\s+\./.test(line)) {
        messages.set(current, `${messages.get(current)} ${line.trim()}`.trim());
      } else {
        current = null;
      }
    }
  }
  cache.set(locale, messages);
  return messages;
}

/** The text of a message without variables, in a locale. */
export function msg(locale: Locale, id: string): string {
  const value = load(locale).get(id);
  if (value === undefined) throw new Error(`no message ${id} in ${locale}`);
  if (value.includes('{')) throw new Error(`${id} has placeables; tests read only plain messages`);
  return value;
}

/** Names of the languages, in their own language (locales/languages.json). */
export function languageName(locale: Locale): string {
  const list = JSON.parse(fs.readFileSync(path.join(localesDir, 'languages.json'), 'utf8')) as { id: string; name: string }[];
  const found = list.find((l) => l.id === locale);
  if (!found) throw new Error(`${locale} missing from languages.json`);
  return found.name;
}

export function pageTitle(locale: Locale, id: string): string {
  return `${msg(locale, id)} – ${msg(locale, 'service-name')}`;
}
