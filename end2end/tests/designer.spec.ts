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
  await form.getByLabel('Type').selectOption({ label: 'One choice' });
  await form.getByLabel(/Options, one a line/).fill('Only one');
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('#new-options-error')).toContainText('Give 2 to 10 options');
  await expectAccessible(page);

  await addQuestion(page, 'How was your visit?', 'Star rating (1–5)', async (f) => {
    await f.getByLabel('Label for 1 star').fill('Poor');
    await f.getByLabel('Label for 5 stars').fill('Excellent');
  });
  await addQuestion(page, 'Which department?', 'One choice', async (f) => {
    await f.getByLabel(/Options, one a line/).fill('Garden\nKitchen\nTools');
  });
  await addQuestion(page, 'What should we improve?', 'Long text', async (f) => {
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

  await page.getByLabel(/I understand that the questions can no longer be changed/).check();
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

// The designer's forms across changes (issue 21, "Designer").

/** Creates a draft from the dashboard and opens it in the editor. */
async function newDraft(page: Page, title: string, js = true) {
  await page.locator('#new-survey').getByLabel('Title').fill(title);
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  if (js) await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(page);
}

const addForm = (page: Page) => page.locator('#add-question');
const settings = (page: Page, legend: string) => addForm(page).getByRole('group', { name: legend });

test('the add-question form keeps its type through a refused add and starts empty after an added one', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await newDraft(page, 'Shop opening hours');
  const form = addForm(page);

  // Refused: the type, its settings and the text stay; the problem is
  // shown at the options, which are visible, and focus goes there.
  await form.getByLabel('Question', { exact: true }).fill('Which shop?');
  await form.getByLabel('Type').selectOption({ label: 'One choice' });
  await form.getByLabel(/Options, one a line/).fill('Only one');
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('#new-options-error')).toContainText('Give 2 to 10 options');
  await expect(page.locator('#new-options-error')).toBeVisible();
  await expect(form.getByLabel('Type')).toHaveValue('choice');
  await expect(settings(page, 'Options')).toBeVisible();
  await expect(settings(page, 'Answer length')).toBeHidden();
  await expect(form.getByLabel('Question', { exact: true })).toHaveValue('Which shop?');
  await expect(form.getByLabel(/Options, one a line/)).toBeFocused();
  await expectAccessible(page);

  // Added: the form is empty again, on the first type, ready for the next.
  await form.getByLabel(/Options, one a line/).fill('North\nSouth');
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(questionTexts(page)).toHaveText(['Which shop?']);
  await expect(page.getByRole('status').filter({ hasText: 'Question added.' })).toBeVisible();
  await expect(form.getByLabel('Question', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Question', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Type')).toHaveValue('free_text');
  await expect(settings(page, 'Answer length')).toBeVisible();
  await expect(settings(page, 'Options')).toBeHidden();
  await expect(form.getByLabel(/Options, one a line/)).toHaveValue('');
  await expect(page.locator('#new-options-error')).toHaveText('');
  await expectAccessible(page);

  // Another change (a move) keeps what is being typed, type included.
  await addQuestion(page, 'Anything else?', 'Long text', async () => {});
  await form.getByLabel('Question', { exact: true }).fill('How friendly were we?');
  await form.getByLabel('Type').selectOption({ label: 'Star rating (1–5)' });
  await page.getByRole('button', { name: 'Move question up: Anything else?' }).click();
  await expect(questionTexts(page)).toHaveText(['Anything else?', 'Which shop?']);
  await expect(form.getByLabel('Type')).toHaveValue('range');
  await expect(settings(page, 'End labels (optional)')).toBeVisible();
  await expect(settings(page, 'Answer length')).toBeHidden();
  await expect(form.getByLabel('Question', { exact: true })).toHaveValue('How friendly were we?');
});

test('moving a question keeps keyboard focus on it, and each edit panel keeps its own question', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await newDraft(page, 'Garden centre visit');
  await addQuestion(page, 'How was your visit?', 'Star rating (1–5)', async () => {});
  await addQuestion(page, 'Which department?', 'One choice', async (f) => {
    await f.getByLabel(/Options, one a line/).fill('Garden\nKitchen\nTools');
  });
  await addQuestion(page, 'What should we improve?', 'Long text', async () => {});
  // From the server's page, as a returning designer sees it.
  await page.reload();
  await waitForHydration(page);

  // The first question cannot move up, the last not down; it shows.
  const firstUp = page.getByRole('button', { name: 'Move question up: How was your visit?' });
  const lastDown = page.getByRole('button', { name: 'Move question down: What should we improve?' });
  const enabled = page.getByRole('button', { name: 'Move question down: How was your visit?' });
  await expect(firstUp).toBeDisabled();
  await expect(lastDown).toBeDisabled();
  await expect(firstUp).toHaveCSS('cursor', 'not-allowed');
  await expect(enabled).toHaveCSS('cursor', 'pointer');
  const look = (b: typeof firstUp) => b.evaluate((e) => getComputedStyle(e).borderStyle + ' ' + getComputedStyle(e).color);
  expect(await look(firstUp)).not.toEqual(await look(enabled));

  // Enter on "Move up" moves the question, and focus stays on that button.
  const up = page.getByRole('button', { name: 'Move question up: What should we improve?' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['How was your visit?', 'What should we improve?', 'Which department?']);
  await expect(up).toBeFocused();
  // Again: now first, its "Move up" is disabled, so focus is on the question.
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['What should we improve?', 'How was your visit?', 'Which department?']);
  await expect(page.getByRole('button', { name: 'Move question up: What should we improve?' })).toBeDisabled();
  await expect(questionTexts(page).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move question down: What should we improve?' })).toBeFocused();
  await expectAccessible(page);

  // Each question's edit panel holds that question, after the moves.
  const item = (text: string) => page.locator('.question-list > li').filter({ has: page.locator('.question-text', { hasText: text }) });
  const expected: [string, string, string][] = [
    ['What should we improve?', 'free_text', ''],
    ['How was your visit?', 'range', ''],
    ['Which department?', 'choice', 'Garden\nKitchen\nTools'],
  ];
  for (const [text, kind, options] of expected) {
    await item(text).getByText(`Edit question: ${text}`).click();
    const panel = item(text).locator('form.stacked');
    await expect(panel.getByLabel('Question', { exact: true })).toHaveValue(text);
    await expect(panel.getByLabel('Type')).toHaveValue(kind);
    await expect(panel.getByLabel(/Options, one a line/)).toHaveValue(options);
  }
  await expect(item('Which department?').getByRole('group', { name: 'Options' })).toBeVisible();
  await expectAccessible(page);
});

test('publishing is confirmed, then shows the public address; a stale refusal goes away', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await newDraft(page, 'Kitchen planning service');
  const publish = page.locator('#publish-survey');
  const confirm = publish.getByLabel(/I understand that the questions can no longer be changed/);
  const noQuestions = page.getByText('Add at least one question before publishing.');

  await confirm.check();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(noQuestions).toBeVisible();
  await expectAccessible(page);
  await addQuestion(page, 'Was the planner helpful?', 'Star rating (1–5)', async () => {});
  await expect(noQuestions).toHaveCount(0);

  // Not confirmed: nothing is sent.
  await confirm.uncheck();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(confirm).toBeFocused();
  await expect(page.locator('.survey-status .badge')).toHaveText('Draft');

  await confirm.check();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');
  const address = `${test.info().project.use.baseURL}/s/adatum/kitchen-planning-service`;
  const notice = page.locator('#published-notice');
  await expect(notice).toContainText('Your survey is published.');
  await expect(notice.getByRole('link', { name: address })).toHaveAttribute('href', address);
  await expect(notice).toBeFocused();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the designer marks a refused add at a visible field, forgets stale refusals, and confirms publishing', async ({ page }) => {
    await signInToAdatum(page, 'creator@adatum.example', undefined, false);
    await newDraft(page, 'Delivery feedback', false);
    const form = addForm(page);
    const publish = page.locator('#publish-survey');
    const noQuestions = page.getByText('Add at least one question before publishing.');

    await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
    await publish.getByRole('button', { name: 'Publish survey' }).click();
    await expect(noQuestions).toBeVisible();
    await expectAccessible(page);

    await form.getByLabel('Question', { exact: true }).fill('Which van?');
    await form.getByLabel('Type').selectOption({ label: 'One choice' });
    await form.getByLabel(/Options, one a line/).fill('Only one');
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('#new-options-error')).toContainText('Give 2 to 10 options');
    await expect(page.locator('#new-options-error')).toBeVisible();
    await expect(form.getByLabel(/Options, one a line/)).toBeVisible();
    await expect(noQuestions).toHaveCount(0);
    await expectAccessible(page);

    await form.getByLabel('Question', { exact: true }).fill('Which van?');
    await form.getByLabel('Type').selectOption({ label: 'One choice' });
    await form.getByLabel(/Options, one a line/).fill('Red\nBlue');
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(questionTexts(page)).toHaveText(['Which van?']);
    await expect(form.getByLabel('Question', { exact: true })).toHaveValue('');
    await expect(form.getByLabel(/Options, one a line/)).toHaveValue('');
    await expect(page.locator('#new-options-error')).toHaveText('');
    await expectAccessible(page);

    await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
    await publish.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');
    const address = `${test.info().project.use.baseURL}/s/adatum/delivery-feedback`;
    await expect(page.locator('#published-notice').getByRole('link', { name: address })).toBeVisible();
    await expectAccessible(page);
  });
});
