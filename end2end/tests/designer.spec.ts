import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The demo tenant adatum (Standard plan), designed by its Survey Creator.

async function addQuestion(page: Page, text: string, type: string, settings: (form: ReturnType<Page['locator']>) => Promise<void>) {
  const form = page.locator('#add-question');
  await form.getByLabel('Question', { exact: true }).fill(text);
  await form.getByLabel('Type').selectOption({ label: type });
  await settings(form);
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text').filter({ hasText: text })).toBeVisible();
}

const questionTexts = (page: Page) => page.locator('.question-list .question-text');

test('a subscriber designs a survey with all three question types, previews, publishes, and a respondent answers it', async ({ page, browser }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });

  await signInToAdatum(page, 'creator@adatum.example');
  await expect(page.getByRole('row', { name: /Customer satisfaction/ })).toContainText('Published');
  await expect(page.getByText(/Active surveys: \d+ of 20 on the Standard plan/)).toBeVisible();
  await expectAccessible(page);

  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill('Store visit feedback');
  await expect(create.getByLabel('Address (optional)')).toHaveAttribute('placeholder', 'store-visit-feedback');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/surveys/store-visit-feedback/edit');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Store visit feedback');
  await expect(page.getByText('No questions yet.')).toBeVisible();
  await expectAccessible(page);

  // An XSS attempt in the description renders inert; Markdown still works.
  const details = page.locator('#survey-details');
  await details.getByLabel('Description').fill(
    '**Thanks** for visiting. <script>alert("xss")</script> <img src=x onerror="alert(1)"> [bad](javascript:alert(2)) [our site](https://adatum.example)',
  );
  await details.getByRole('button', { name: 'Save title and description' }).click();
  const rendered = page.locator('.description-preview');
  await expect(rendered.locator('strong')).toHaveText('Thanks');
  await expect(rendered.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(rendered.getByRole('link', { name: 'our site' })).toHaveAttribute('href', 'https://adatum.example');
  await expect(rendered.locator('a[href^="javascript"]')).toHaveCount(0);
  await expectAccessible(page);

  // A choice with a single option is refused next to the field.
  const form = page.locator('#add-question');
  await form.getByLabel('Question', { exact: true }).fill('Which department?');
  await form.getByLabel('Type').selectOption({ label: 'Multiple choice (one answer)' });
  await form.getByLabel(/Options, one a line/).fill('Only one');
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('#new-options-error')).toContainText('Give 2 to 10 options');
  await expectAccessible(page);

  await addQuestion(page, 'How was your visit?', 'Rating from 1 to 5 stars', async (f) => {
    await f.getByLabel('Label for 1 star').fill('Poor');
    await f.getByLabel('Label for 5 stars').fill('Excellent');
  });
  await addQuestion(page, 'Which department?', 'Multiple choice (one answer)', async (f) => {
    await f.getByLabel(/Options, one a line/).fill('Garden\nKitchen\nTools');
  });
  await addQuestion(page, 'What should we improve?', 'Free text', async (f) => {
    await f.getByLabel('Longest answer (characters)').fill('500');
  });
  await expect(questionTexts(page)).toHaveText(['How was your visit?', 'Which department?', 'What should we improve?']);

  // Reorder with the keyboard-operable buttons.
  await page.getByRole('button', { name: 'Move question up: What should we improve?' }).click();
  await expect(questionTexts(page)).toHaveText(['How was your visit?', 'What should we improve?', 'Which department?']);
  await page.getByRole('button', { name: 'Move question down: How was your visit?' }).focus();
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['What should we improve?', 'How was your visit?', 'Which department?']);
  await expectAccessible(page);

  // The preview is the respondent's page, with sending switched off.
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/preview'));
  // In a frame, so the tenant's style sheet stays inside it.
  const preview = page.frameLocator('iframe.survey-preview');
  await expect(preview.getByRole('note')).toContainText('Preview');
  await expect(preview.locator('#surveyForm ol li')).toHaveCount(3);
  await expect(preview.locator('#surveyTitle h1')).toHaveText('Store visit feedback');
  await expect(preview.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await waitForHydration(page);

  await page.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');
  await expect(page.getByRole('button', { name: /Move question/ })).toHaveCount(0);
  await expectAccessible(page);

  // A respondent in a fresh browser answers at the public address.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  respondent.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/store-visit-feedback`);
  await expect(respondent.locator('#surveyTitle .description strong')).toHaveText('Thanks');
  await waitForHydration(respondent);
  await expectAccessible(respondent);
  await respondent.getByLabel('What should we improve?').fill('More parking');
  await respondent.locator('.stars span.rating label').nth(3).click();
  await respondent.getByLabel('Kitchen').check();
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname === '/s/adatum/store-visit-feedback/thanks');
  await expectAccessible(respondent);

  // Closing stops answers at once.
  await page.getByRole('button', { name: 'Close survey' }).click();
  await expect(page.locator('.survey-status .badge')).toHaveText('Closed');
  await expectAccessible(page);
  const closed = await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/store-visit-feedback`);
  expect(closed?.status()).toBe(410);
  await expectAccessible(respondent);
  await context.close();

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('row', { name: /Store visit feedback/ })).toContainText('Closed');
  await expect(page.getByRole('row', { name: /Store visit feedback/ })).toContainText('1');
  await expectAccessible(page);
  expect(dialogs).toEqual([]);
});
