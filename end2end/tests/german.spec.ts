import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInAsTailspinAdmin, signInToAdatum, test, waitForHydration } from './fixtures';

// Every private page, and the public ones, in German, chosen with the
// switcher (a user's own setting is in language-settings.spec.ts). The
// pages' texts (visible, and in labels, titles and placeholders) are
// scanned for the catalogue's keys (a message missing from the catalogue
// shows its key) and for the catalogue's English sentences (a message
// German lacks falls back to English). The demo data stays English and
// is not the catalogue's, so it is not mistaken for a leftover.

const LOCALES = path.join(__dirname, '..', '..', 'app', 'locales');

/** Each message of `language`'s files: key → text (placeholders kept). */
function messages(language: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(LOCALES, language))) {
    let key: string | undefined;
    for (const line of fs.readFileSync(path.join(LOCALES, language, file), 'utf8').split('\n')) {
      const start = /^([a-z][a-z0-9-]*)\s*=\s?(.*)$/.exec(line);
      if (start) {
        key = start[1];
        found.set(key, start[2]);
      } else if (key && /^\s+\S/.test(line)) {
        found.set(key, `${found.get(key)} ${line.trim()}`.trim());
      } else {
        key = undefined;
      }
    }
  }
  return found;
}

const english = messages('en');
const german = messages('de');
// Keys of one word ("loading") are words too, in code samples and data.
const KEYS = [...english.keys()].filter((key) => key.includes('-'));
// Sentences (two words or more, no placeholder or variants) that German
// says otherwise: seen on a German page, German fell back to English.
// Those German quotes itself (role names a rule must spell in English)
// are not leftovers. Nor are the built-in templates' words (template-…):
// the English demo survey says some of them too ("Customer satisfaction",
// "What could we do better?"), and their German is checked in Rust.
const GERMAN_TEXT = [...german.values()].join('\n');
const ENGLISH_SENTENCES = [...english.entries()]
  .filter(([key]) => !key.startsWith('template-'))
  .filter(([key, text]) => !text.includes('{') && text.includes(' ') && german.get(key) !== text)
  .map(([, text]) => text)
  .filter((text) => !GERMAN_TEXT.includes(text));

/** What the page says: its text, title, and words in attributes. */
async function wordsOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap(
      (e) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** Visits each address in German; every page's leftovers, together. */
async function expectGerman(page: Page, addresses: string[]): Promise<void> {
  const found: string[] = [];
  for (const address of addresses) {
    await page.goto(address);
    await waitForHydration(page);
    await expect(page.locator('html'), address).toHaveAttribute('lang', 'de');
    const words = await wordsOf(page);
    for (const key of KEYS.filter((key) => new RegExp(`(^|[^a-z0-9-])${key}([^a-z0-9-]|$)`).test(words))) {
      found.push(`${address}: the key ${key}`);
    }
    for (const sentence of ENGLISH_SENTENCES.filter((sentence) => words.includes(sentence))) {
      found.push(`${address}: “${sentence}”`);
    }
    await expectAccessible(page);
  }
  expect(found, 'catalogue keys or English sentences on German pages').toEqual([]);
}

const survey = '/t/adatum/surveys/customer-satisfaction';
const TENANT_PAGES = [
  '/t/adatum',
  `${survey}/results`,
  `${survey}/responses`,
  `${survey}/share`,
  `${survey}/invitations`,
  `${survey}/edit`,
  `${survey}/preview`,
  '/t/adatum/users',
  '/t/adatum/settings/sign-in',
  '/t/adatum/settings/plan',
  '/t/adatum/settings/api',
  '/t/adatum/settings/webhooks',
  '/t/adatum/settings/language',
  '/t/adatum/branding',
  '/t/adatum/export',
];
const ADMIN_PAGES = [
  '/admin',
  '/admin/subscribers',
  '/admin/subscribers/new',
  '/admin/subscribers/adatum',
  '/admin/subscribers/adatum/sign-in',
  '/admin/usage',
  '/admin/restore',
  '/admin/dead-letters',
  '/admin/email',
];
// /developers/api shows its code (paths, headers, scopes, problem codes,
// the example delivery) as it is; its prose is the catalogue's
// (api-reference.ftl), so it is scanned like any other page.
const PUBLIC_PAGES = [
  '/',
  '/signup',
  '/t/adatum/login',
  '/t/adatum/password-reset',
  '/admin/login',
  '/developers/api',
];

test.describe('every page in German', () => {
  test.describe.configure({ timeout: 240_000 });

  test("a subscriber's pages, with the switcher", async ({ page }) => {
    await signInToAdatum(page, 'admin@adatum.example');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectGerman(page, TENANT_PAGES);
  });

  test("Tailspin administration's pages, with the switcher", async ({ page }) => {
    await signInAsTailspinAdmin(page);
    await waitForHydration(page);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectGerman(page, ADMIN_PAGES);
  });

  test.describe('the public pages, from the browser', () => {
    test.use({ locale: 'de-DE' });
    test('German', async ({ page }) => {
      await expectGerman(page, PUBLIC_PAGES);
    });
  });
});
