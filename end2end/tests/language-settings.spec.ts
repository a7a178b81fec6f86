import { expect, expectAccessible, signUpForTrial, test, waitForHydration } from './fixtures';

// A user's own language outranks the browser's; the organisation's speaks
// where the browser asks for none Tailspin offers. A fresh subscriber, so
// that no other test's pages change language meanwhile.
const alias = `lingua-${Date.now() % 1_000_000}`;

test("a user's own language, and the organisation's for everyone else", async ({ page, browser }) => {
  await signUpForTrial(page, 'Lingua Franca', alias, `owner-${alias}`);
  await page.goto(`/t/${alias}/settings/language`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Language');
  await expectAccessible(page);

  // Nothing typed can be chosen that the list does not offer.
  await expect(page.getByLabel('Show the pages to me in').locator('option')).toHaveText([
    'The language my browser asks for',
    'English',
    'Deutsch',
    'Español',
  ]);
  await page.getByLabel('Show the pages to me in').selectOption('de');
  await page.getByRole('button', { name: 'Save my language' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved. The next page you open is in this language.');
  await page.goto(`/t/${alias}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectAccessible(page);

  // The organisation's language: Spanish for a browser asking for French.
  await page.goto(`/t/${alias}/settings/language`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprache');
  await page.getByLabel('Sprache für alle anderen').selectOption('es');
  await page.getByRole('button', { name: 'Sprache der Organisation speichern' }).click();
  await expect(page.locator('#tenant-language').getByRole('status')).toHaveText('Gespeichert.');
  await expectAccessible(page);

  const french = await browser.newContext({ locale: 'fr-FR' });
  const visitor = await french.newPage();
  await visitor.goto(`/t/${alias}/login`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(visitor);
  await french.close();
  const english = await browser.newContext({ locale: 'en-US' });
  const other = await english.newPage();
  await other.goto(`/t/${alias}/login`);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await english.close();

  // Back to the browser's language (this browser asks for English).
  await page.getByLabel('Seiten für mich anzeigen auf').selectOption('');
  await page.getByRole('button', { name: 'Meine Sprache speichern' }).click();
  await expect(page.locator('#own-language').getByRole('status')).toHaveText(
    'Gespeichert. Die nächste Seite, die Sie öffnen, erscheint in dieser Sprache.',
  );
  await page.goto(`/t/${alias}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
