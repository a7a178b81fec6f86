import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The respondent's path in English, German, Spanish and Arabic (right to
// left), with and without JavaScript: the language comes from ?lang=,
// then the switcher's cookie, then Accept-Language. Checks are run by the
// server (no JavaScript) and by the browser's bundle (with it), each in
// the page's language.

const SURVEY_PATH = '/s/adatum/customer-satisfaction';
const THANKS_PATH = `${SURVEY_PATH}/thanks`;
// The demo survey is written in English and translated into German,
// Spanish and Arabic: its questions speak the page's language too.
const Q_FEEDBACK = {
  en: 'What could we do better?',
  de: 'Was könnten wir besser machen?',
  es: '¿Qué podríamos hacer mejor?',
  ar: 'ما الذي يمكننا تحسينه؟',
};
const Q_SATISFIED = {
  en: 'How satisfied are you with our service overall?',
  de: 'Wie zufrieden sind Sie insgesamt mit unserem Service?',
  ar: 'ما مدى رضاك عن خدمتنا بشكل عام؟',
};

const REQUIRED = {
  en: 'Please answer this question.',
  de: 'Bitte beantworten Sie diese Frage.',
  es: 'Responda esta pregunta.',
  ar: 'يُرجى الإجابة على هذا السؤال.',
};

const question = (page: Page, index: number): Locator =>
  page.locator('form#surveyForm ol > li').nth(index);
const fieldError = (page: Page, index: number): Locator =>
  question(page, index).locator('.field-error');
const switcher = (page: Page): Locator =>
  page.getByRole('navigation', { name: /Language|Sprache|Idioma|اللغة/ });

async function expectLanguage(page: Page, code: string, dir = 'ltr'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** Rates four stars, picks the first channel and sends the form. */
async function answerAndSend(page: Page, submitLabel: string): Promise<void> {
  await question(page, 0).locator('.stars label').nth(3).click();
  await question(page, 1).getByRole('radio').first().check();
  await page.getByRole('button', { name: submitLabel }).click();
  await expect(page).toHaveURL((url) => url.pathname === THANKS_PATH);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher turns the survey German; the server checks in German', async ({ page }) => {
    await page.goto(SURVEY_PATH);
    await expectLanguage(page, 'en');
    await expectAccessible(page);
    await switcher(page).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(`${SURVEY_PATH}?lang=de`);
    await expectLanguage(page, 'de');
    await expect(switcher(page).locator('[aria-current]')).toHaveText('Deutsch');
    await expect(page.getByRole('button', { name: 'Antworten senden' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '4 Sterne', exact: true })).toBeAttached();
    await expect(question(page, 0)).toContainText(Q_SATISFIED.de);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kundenzufriedenheit');
    await expect(page.getByText(Q_SATISFIED.en)).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Antworten senden' }).click();
    await expect(page.getByRole('alert')).toContainText('Einige Antworten brauchen Ihre Aufmerksamkeit');
    await expect(fieldError(page, 0)).toHaveText(REQUIRED.de);
    await expect(page.getByRole('alert')).toContainText(`Frage 1: ${REQUIRED.de}`);
    await expectLanguage(page, 'de');
    await expectAccessible(page);

    await answerAndSend(page, 'Antworten senden');
    // The choice was remembered: the thank-you page speaks German too.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank!');
    await expectLanguage(page, 'de');
    await expectAccessible(page);
  });

  test('Arabic is written right to left, checked by the server', async ({ page }) => {
    await page.goto(`${SURVEY_PATH}?lang=ar`);
    await expectLanguage(page, 'ar', 'rtl');
    await expect(page.getByRole('button', { name: 'إرسال الإجابات' })).toBeVisible();
    await expect(question(page, 0)).toContainText(Q_SATISFIED.ar);
    await expect(page.getByLabel(Q_FEEDBACK.ar)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
    await expect(fieldError(page, 0)).toHaveText(REQUIRED.ar);
    await expectLanguage(page, 'ar', 'rtl');
    await expectAccessible(page);
    await answerAndSend(page, 'إرسال الإجابات');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('شكرًا لك!');
    await expectAccessible(page);
  });
});

test.describe('with JavaScript', () => {
  test.describe('a browser asking for Spanish', () => {
    test.use({ locale: 'es-ES' });

    test('gets Spanish, checked in the browser in Spanish', async ({ page }) => {
      await page.goto(SURVEY_PATH);
      await waitForHydration(page);
      await expectLanguage(page, 'es');
      await expectAccessible(page);
      const feedback = page.getByLabel(Q_FEEDBACK.es);
      await feedback.fill('Más rápido, por favor.');
      // The counter is the browser's, formatted from the page's patterns.
      await expect(page.locator('.character-count')).toHaveText(/^Quedan \d+ caracteres$/);
      await page.getByRole('button', { name: 'Enviar respuestas' }).click();
      await expect(fieldError(page, 0)).toHaveText(REQUIRED.es);
      await expect(page.getByRole('alert')).toContainText(`Pregunta 2: ${REQUIRED.es}`);
      await expectAccessible(page);
      await answerAndSend(page, 'Enviar respuestas');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('¡Gracias!');
      await expectAccessible(page);
    });
  });

  test('Arabic, hydrated: mirrored, checked in Arabic, at 390 and 1280 px', async ({ page }, testInfo) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${SURVEY_PATH}?lang=ar`);
      await waitForHydration(page);
      await expectLanguage(page, 'ar', 'rtl');
      await page.getByRole('button', { name: 'إرسال الإجابات' }).click();
      await expect(fieldError(page, 1)).toHaveText(REQUIRED.ar);
      // Mirrored: the form's text starts at the right edge.
      const direction = await page
        .locator('#surveyForm')
        .evaluate((form) => getComputedStyle(form).direction);
      expect(direction).toBe('rtl');
      await expectAccessible(page);
      await testInfo.attach(`arabic-${width}px`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    }
    await answerAndSend(page, 'إرسال الإجابات');
    await expectLanguage(page, 'ar', 'rtl');
  });

  test('English stays the default, and ?lang= outranks the browser', async ({ page }) => {
    await page.goto(SURVEY_PATH);
    await expectLanguage(page, 'en');
    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
    await expect(page.getByLabel(Q_FEEDBACK.en)).toBeVisible();
    await page.goto(`${SURVEY_PATH}?lang=xx`);
    await expectLanguage(page, 'en');
    await page.goto(`${SURVEY_PATH}?lang=es`);
    await expectLanguage(page, 'es');
    // Remembered for the next visit without ?lang=.
    await page.goto(SURVEY_PATH);
    await expectLanguage(page, 'es');
    await waitForHydration(page);
    await expectAccessible(page);
  });
});

test.describe('results by language', () => {
  test.use({ javaScriptEnabled: false });

  test('responses keep their language; results and responses filter by it', async ({ page, browser }) => {
    // A respondent answers in Arabic, in a browser of their own.
    const respondent = await browser.newPage({ javaScriptEnabled: false });
    await respondent.goto(`${SURVEY_PATH}?lang=ar`);
    await answerAndSend(respondent, 'إرسال الإجابات');
    await respondent.close();

    await signInToAdatum(page, 'creator@adatum.example', undefined, false);
    await page.goto(`${SURVEY_PATH.replace('/s/adatum/', '/t/adatum/surveys/')}/results`);
    await page.getByText('Filter by answer').click();
    await page.getByLabel('Answered in').selectOption({ label: 'Arabic' });
    await page.getByRole('button', { name: 'Apply the filter' }).click();
    await expect(page).toHaveURL(/[?&]language=ar(&|$)/);
    await expect(page.locator('#filter-applied')).toContainText('the answers are in Arabic');
    await expect(page.getByLabel('Answered in')).toHaveValue('ar');
    await expectAccessible(page);

    await page.goto(
      `${SURVEY_PATH.replace('/s/adatum/', '/t/adatum/surveys/')}/responses?language=ar`,
    );
    const responses = page.locator('.response-list > li');
    await expect(responses.first()).toBeVisible();
    for (const meta of await responses.locator('.meta').allTextContents()) {
      expect(meta).toBe('Answered in Arabic');
    }
    await expect(page.locator('#filter-applied')).toContainText('the answers are in Arabic');
    await expectAccessible(page);
  });
});
