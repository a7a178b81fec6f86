import type { Page } from '@playwright/test';
import { expect, expectAccessible, markScriptless, signInToAdatum, test, waitForHydration } from './fixtures';

// A creator writes a survey in English, translates it into German and
// Arabic side by side, is refused publishing while a translation lacks
// texts, then publishes; respondents read it in their language with and
// without JavaScript, and the results filter by the language answered in.

const title = `Canteen check ${Date.now() % 1_000_000}`;
const slug = title.toLowerCase().replaceAll(' ', '-');

/** The side-by-side field of `language` for the survey text `source`. */
const field = (page: Page, language: string, source: string) =>
  page
    .locator(`#translation-form-${language} tr`)
    .filter({ has: page.getByRole('cell', { name: source, exact: true }) })
    .locator('input, textarea');

test('a survey translated side by side is answered in English, German and Arabic', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInToAdatum(page, 'creator@adatum.example');
  await page.locator('#new-survey').getByLabel('Title').fill(title);
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  await waitForHydration(page);
  const add = page.locator('#add-question');
  await add.getByLabel('Question', { exact: true }).fill('How was lunch?');
  await add.getByLabel('Type').selectOption({ label: 'One choice' });
  await add.getByLabel(/Options, one a line/).fill('Good\nBad');
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText(['How was lunch?']);

  await page.getByRole('link', { name: 'Languages' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/adatum/surveys/${slug}/translations`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Languages of “${title}”`);
  await expect(page.getByLabel('The survey is written in')).toHaveValue('en');
  await expectAccessible(page);
  for (const language of ['de', 'ar']) {
    await page.getByLabel('Add a language').selectOption(language);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator(`#translation-form-${language}`)).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'German' })).toBeVisible();
  await expect(page.locator('#translation-form-de').locator('..').getByText('4 of 4 texts still need translating.')).toBeVisible();
  await expectAccessible(page);

  // German in full; Arabic with one text left.
  for (const [source, german] of [
    [title, 'Kantinen-Check'],
    ['How was lunch?', 'Wie war das Mittagessen?'],
    ['Good', 'Gut'],
    ['Bad', 'Schlecht'],
  ]) {
    await field(page, 'de', source).fill(german);
  }
  await page.getByRole('button', { name: 'Save the German translation' }).click();
  await expect(page.getByRole('status')).toHaveText('The translation was saved.');
  await expect(page.getByText('Every text is translated.')).toBeVisible();
  for (const [source, arabic] of [
    [title, 'فحص المقصف'],
    ['How was lunch?', 'كيف كان الغداء؟'],
    ['Good', 'جيد'],
  ]) {
    await field(page, 'ar', source).fill(arabic);
  }
  await page.getByRole('button', { name: 'Save the Arabic translation' }).click();
  await expect(page.getByText('1 of 4 texts still needs translating.')).toBeVisible();
  await expect(field(page, 'ar', 'How was lunch?')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page);
  // At a phone's width the two columns stay readable.
  await page.setViewportSize({ width: 390, height: 900 });
  const narrow = field(page, 'de', 'How was lunch?');
  await narrow.scrollIntoViewIfNeeded();
  const box = (await narrow.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: '/tmp/translations-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: '/tmp/translations-1280.png', fullPage: true });

  // Publishing is refused while Arabic lacks a text.
  await page.getByRole('link', { name: '← Back to the editor' }).click();
  await waitForHydration(page);
  const publish = page.locator('#publish-survey');
  await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.getByText('Some translations are not complete (Arabic lacks 1 text).', { exact: false })).toBeVisible();
  await expect(page.locator('.survey-status .badge')).toHaveText('Draft');
  await expectAccessible(page);
  await page.goto(`/t/adatum/surveys/${slug}/translations`);
  await waitForHydration(page);
  await field(page, 'ar', 'Bad').fill('سيئ');
  await page.getByRole('button', { name: 'Save the Arabic translation' }).click();
  await expect(page.locator('#translation-form-ar').locator('..').getByText('Every text is translated.')).toBeVisible();
  await page.getByRole('link', { name: '← Back to the editor' }).click();
  await waitForHydration(page);
  await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');

  // Respondents: German without JavaScript, Arabic with it, English.
  const survey = `/s/adatum/${slug}`;
  const german = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false });
  const de = markScriptless(await german.newPage());
  await de.goto(survey);
  await expect(de.locator('html')).toHaveAttribute('lang', 'de');
  await expect(de.getByRole('heading', { level: 1 })).toHaveText('Kantinen-Check');
  await de.getByRole('radio', { name: 'Gut' }).check();
  await de.getByRole('button', { name: 'Antworten senden' }).click();
  await expect(de.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank!');
  await expectAccessible(de);
  await german.close();

  const arabic = await browser.newContext();
  const ar = await arabic.newPage();
  await ar.goto(`${survey}?lang=ar`);
  await waitForHydration(ar);
  await expect(ar.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(ar.getByRole('heading', { level: 1 })).toHaveText('فحص المقصف');
  await ar.getByRole('radio', { name: 'سيئ' }).check();
  await ar.getByRole('button', { name: 'إرسال الإجابات' }).click();
  await expect(ar.getByRole('heading', { level: 1 })).toHaveText('شكرًا لك!');
  await expectAccessible(ar);
  await arabic.close();

  const english = await browser.newContext({ locale: 'fr-FR' });
  const en = await english.newPage();
  await en.goto(survey);
  await waitForHydration(en);
  await expect(en.locator('html')).toHaveAttribute('lang', 'en');
  // The switcher offers the survey's languages only.
  await expect(en.getByRole('navigation', { name: 'Language' }).getByRole('link')).toHaveText(['Deutsch', 'العربية']);
  await en.getByRole('radio', { name: 'Good' }).check();
  await en.getByRole('button', { name: 'Submit answers' }).click();
  await expect(en.getByRole('heading', { level: 1 })).toHaveText('Thank you!');
  await english.close();

  // The results, by the language answered in.
  await page.goto(`/t/adatum/surveys/${slug}/results?language=de`);
  await waitForHydration(page);
  await expect(page.locator('#filter-applied')).toContainText('the answers are in German');
  await expect(page.getByText('of 3 responses pass the filter')).toBeVisible();
  await expect(page.locator('p', { hasText: 'of 3 responses pass the filter' }).locator('strong')).toHaveText('1');
  await expectAccessible(page);
  await page.goto(`/t/adatum/surveys/${slug}/responses?language=ar`);
  await waitForHydration(page);
  await expect(page.locator('.response-list > li .meta')).toHaveText(['Answered in Arabic']);
  await expectAccessible(page);
});
