import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The designer with every question type (issue 22): the demo tenant adatum,
// designed by its Survey Creator.

const addForm = (page: Page) => page.locator('#add-question');
const questionTexts = (page: Page) => page.locator('.question-list .question-text');
const item = (page: Page, text: string) =>
  page.locator('.question-list > li').filter({ has: page.locator('.question-text', { hasText: text }) });

/** Creates a blank draft from the dashboard and opens it in the editor. */
async function newDraft(page: Page, title: string) {
  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill(title);
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expectAccessible(page);
}

type Kind = {
  text: string;
  type: string;
  fill: (form: Locator) => Promise<void>;
  summary: string;
};

// One question of every kind, with the settings it takes, and how the
// question list sums it up.
const KINDS: Kind[] = [
  {
    text: 'What else should we know?', type: 'Long text',
    fill: async (f) => { await f.getByLabel('Longest answer (characters)').fill('800'); },
    summary: 'Long text, up to 800 characters · optional',
  },
  {
    text: 'Your email address', type: 'Short text',
    fill: async (f) => {
      await f.getByLabel('Longest answer (characters)').fill('120');
      await f.getByLabel('The answer must be').selectOption({ label: 'Email address' });
    },
    summary: 'Short text, Email address, up to 120 characters · optional',
  },
  {
    text: 'How much does your bag weigh?', type: 'Number',
    fill: async (f) => {
      await f.getByLabel('Lowest', { exact: true }).fill('0');
      await f.getByLabel('Highest', { exact: true }).fill('120');
      await f.getByLabel('Step').fill('0.5');
      await f.getByLabel('Unit').fill('kg');
    },
    summary: 'Number, 0 to 120 kg, step 0.5 · optional',
  },
  {
    text: 'When did you travel?', type: 'Date',
    fill: async (f) => {
      await f.getByLabel('Earliest').fill('2026-01-01');
      await f.getByLabel('Latest').fill('2026-12-31');
    },
    summary: 'Date, from 2026-01-01 to 2026-12-31 · optional',
  },
  {
    text: 'How was the flight?', type: 'Star rating (1–5)',
    fill: async (f) => {
      await f.getByLabel('Label for 1 star').fill('Awful');
      await f.getByLabel('Label for 5 stars').fill('Superb');
    },
    summary: 'Star rating (1–5), Awful … Superb · optional',
  },
  {
    text: 'How comfortable was your seat?', type: 'Rating scale',
    fill: async (f) => {
      await f.getByLabel('Points').selectOption({ label: '1 to 7' });
      await f.getByLabel('Label for 1').fill('Cramped');
    },
    summary: 'Rating scale, 1 to 7 (Cramped … –) · optional',
  },
  {
    text: 'Would you recommend us?', type: 'Net Promoter Score (0–10)',
    fill: async () => {},
    summary: 'Net Promoter Score (0–10) · optional',
  },
  {
    text: 'Which class did you fly?', type: 'One choice',
    fill: async (f) => {
      await f.getByLabel(/Options, one a line/).fill('Economy\nBusiness\nFirst');
      await f.getByLabel('Offer “Other (please specify)”').check();
    },
    summary: 'One choice, Economy / Business / First / Other · optional',
  },
  {
    text: 'What did you buy on board?', type: 'Several choices',
    fill: async (f) => {
      await f.getByLabel(/Options, one a line/).fill('Food\nDrinks\nDuty free');
      await f.getByLabel('Show the options in a different order to each respondent').check();
      await f.getByLabel('At least').fill('1');
      await f.getByLabel('At most').fill('2');
    },
    summary: 'Several choices, Food / Drinks / Duty free, shuffled, tick 1 to 2 · optional',
  },
  {
    text: 'Where did you fly from?', type: 'Dropdown',
    fill: async (f) => { await f.getByLabel(/Options, one a line/).fill('Oslo\nParis\nRome'); },
    summary: 'Dropdown, Oslo / Paris / Rome · optional',
  },
  {
    text: 'How did we do?', type: 'Matrix (Likert)',
    fill: async (f) => {
      await f.getByLabel(/Statements \(rows\)/).fill('Check-in\nBoarding\nCrew');
      await f.getByLabel(/Scale \(columns\)/).fill('Poor\nFair\nGood\nVery good\nExcellent');
    },
    summary: 'Matrix (Likert), 3 statements × 5 points (Poor / Fair / Good / Very good / Excellent) · optional',
  },
  {
    text: 'What matters most to you?', type: 'Ranking',
    fill: async (f) => { await f.getByLabel(/Options, one a line/).fill('Price\nPunctuality\nComfort'); },
    summary: 'Ranking, Price / Punctuality / Comfort · optional',
  },
];

test('a question of every type is added with its settings, and editing shows them again', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await expectAccessible(page);
  await newDraft(page, 'Flight feedback');
  const form = addForm(page);

  // The type menu lists every type, grouped.
  await expect(form.getByLabel('Type').locator('optgroup')).toHaveCount(5);
  await expect(form.getByLabel('Type').locator('option')).toHaveCount(12);

  // A refused add keeps what was typed and marks the field.
  await form.getByLabel('Question', { exact: true }).fill('How old are you?');
  await form.getByLabel('Type').selectOption({ label: 'Number' });
  await expect(form.getByRole('group', { name: 'Allowed numbers' })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Options' })).toBeHidden();
  await form.getByLabel('Lowest', { exact: true }).fill('10');
  await form.getByLabel('Highest', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('#new-max-error')).toContainText('more than the lowest');
  await expect(form.getByLabel('Highest', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Highest', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Lowest', { exact: true })).toHaveValue('10');
  await expect(form.getByLabel('Question', { exact: true })).toHaveValue('How old are you?');
  await expect(questionTexts(page)).toHaveCount(0);
  await expectAccessible(page);
  await form.getByLabel('Question', { exact: true }).fill('');
  await form.getByLabel('Lowest', { exact: true }).fill('');
  await form.getByLabel('Highest', { exact: true }).fill('');

  for (const kind of KINDS) {
    await form.getByLabel('Question', { exact: true }).fill(kind.text);
    await form.getByLabel('Type').selectOption({ label: kind.type });
    await kind.fill(form);
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(item(page, kind.text).locator(':scope > p.hint')).toHaveText(kind.summary);
  }
  await expect(questionTexts(page)).toHaveText(KINDS.map((k) => k.text));
  await expectAccessible(page);

  // From the server's page: every setting is filled back in.
  await page.reload();
  await waitForHydration(page);
  const number = item(page, 'How much does your bag weigh?');
  await number.getByText('Edit question: How much does your bag weigh?').click();
  const edit = number.locator('form.stacked');
  await expect(edit.getByLabel('Type')).toHaveValue('number');
  await expect(edit.getByLabel('Lowest', { exact: true })).toHaveValue('0');
  await expect(edit.getByLabel('Highest', { exact: true })).toHaveValue('120');
  await expect(edit.getByLabel('Step')).toHaveValue('0.5');
  await expect(edit.getByLabel('Unit')).toHaveValue('kg');
  await expect(edit.getByRole('group', { name: 'Options' })).toBeHidden();
  await expectAccessible(page);
  await edit.getByLabel('Highest', { exact: true }).fill('32');
  await edit.getByLabel('Unit').fill('kilograms');
  await edit.getByRole('button', { name: 'Save question' }).click();
  await expect(number.locator(':scope > p.hint')).toHaveText('Number, 0 to 32 kilograms, step 0.5 · optional');

  const boxes = item(page, 'What did you buy on board?');
  await boxes.getByText('Edit question: What did you buy on board?').click();
  const boxesEdit = boxes.locator('form.stacked');
  await expect(boxesEdit.getByLabel(/Options, one a line/)).toHaveValue('Food\nDrinks\nDuty free');
  await expect(boxesEdit.getByLabel('Show the options in a different order to each respondent')).toBeChecked();
  await expect(boxesEdit.getByLabel('Offer “Other (please specify)”')).not.toBeChecked();
  await expect(boxesEdit.getByLabel('At least')).toHaveValue('1');
  await expect(boxesEdit.getByLabel('At most')).toHaveValue('2');

  const matrix = item(page, 'How did we do?');
  await matrix.getByText('Edit question: How did we do?').click();
  const matrixEdit = matrix.locator('form.stacked');
  await expect(matrixEdit.getByLabel(/Statements \(rows\)/)).toHaveValue('Check-in\nBoarding\nCrew');
  await expect(matrixEdit.getByLabel(/Scale \(columns\)/)).toHaveValue('Poor\nFair\nGood\nVery good\nExcellent');
  const scale = item(page, 'How comfortable was your seat?');
  await scale.getByText('Edit question: How comfortable was your seat?').click();
  await expect(scale.locator('form.stacked').getByLabel('Points')).toHaveValue('7');
  await expect(scale.locator('form.stacked').getByLabel('Label for 1')).toHaveValue('Cramped');
  await expectAccessible(page);
});

test('a number question is added by keyboard alone', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await newDraft(page, 'Keyboard weigh-in');
  const form = addForm(page);
  await form.getByLabel('Question', { exact: true }).focus();
  await page.keyboard.type('How tall are you?');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('An answer is required')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Type')).toBeFocused();
  // Long text, Short text, Number.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByLabel('Type')).toHaveValue('number');
  // Only the number's settings are in the way.
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Lowest', { exact: true })).toBeFocused();
  await page.keyboard.type('50');
  await page.keyboard.press('Tab');
  await page.keyboard.type('250');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Step')).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('cm');
  await page.keyboard.press('Enter');
  await expect(item(page, 'How tall are you?').locator(':scope > p.hint')).toHaveText('Number, 50 to 250 cm, step 1 · required');
  await expect(form.getByLabel('Question', { exact: true })).toBeFocused();
  await expectAccessible(page);
});

test('a survey is duplicated from the dashboard and from the editor', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await expectAccessible(page);
  // The demo's survey with one question of every type, published.
  await page.getByRole('button', { name: 'Duplicate: Product feedback' }).click();
  await expect(page).toHaveURL(/\/t\/adatum\/surveys\/copy-of-product-feedback(-\d+)?\/edit$/);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Copy of Product feedback');
  await expect(page.locator('.survey-status .badge')).toHaveText('Draft');
  await expect(questionTexts(page)).toHaveCount(12);
  await expect(item(page, 'How many people in your team use it?').locator(':scope > p.hint'))
    .toHaveText('Number, 1 to 10000 people, step 1 · optional');
  await expect(page.getByText('0 responses')).toBeVisible();
  await expectAccessible(page);

  // The copy is a draft: it takes questions.
  await addForm(page).getByLabel('Question', { exact: true }).fill('Anything to add?');
  await addForm(page).getByRole('button', { name: 'Add question' }).click();
  await expect(questionTexts(page)).toHaveCount(13);

  await page.getByRole('button', { name: 'Duplicate survey: Copy of Product feedback' }).click();
  await expect(page).toHaveURL(/\/copy-of-copy-of-product-feedback(-\d+)?\/edit$/);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Copy of Copy of Product feedback');
  await expect(questionTexts(page)).toHaveCount(13);
  await expectAccessible(page);
});

test('a survey starts from a template and can be edited', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  const create = page.locator('#new-survey');
  await expect(create.getByRole('group', { name: /Start from a template/ }).getByRole('radio')).toHaveCount(5);
  await expect(create.getByLabel('Blank survey')).toBeChecked();
  await create.getByLabel('Employee pulse').check();
  await expect(create.getByLabel('Title')).toHaveAttribute('placeholder', 'Employee pulse');
  await expect(create.getByLabel('Address (optional)')).toHaveAttribute('placeholder', 'employee-pulse');
  await expectAccessible(page);
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/t\/adatum\/surveys\/employee-pulse(-\d+)?\/edit$/);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Employee pulse');
  await expect(questionTexts(page)).toHaveCount(5);
  await expect(item(page, 'How much do you agree with these statements?').locator(':scope > p.hint'))
    .toHaveText(/^Matrix \(Likert\), 4 statements × 5 points/);
  await expectAccessible(page);

  // Edit one of its questions.
  const workload = item(page, 'How was your workload over the last two weeks?');
  await workload.getByText('Edit question: How was your workload over the last two weeks?').click();
  const edit = workload.locator('form.stacked');
  await expect(edit.getByLabel('Points')).toHaveValue('7');
  await edit.getByLabel('Points').selectOption({ label: '1 to 5' });
  await edit.getByRole('button', { name: 'Save question' }).click();
  await expect(workload.locator(':scope > p.hint')).toHaveText(/^Rating scale, 1 to 5 \(Far too light … Far too heavy\)/);
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a template is chosen with a plain form post, and every settings group names its types', async ({ page }) => {
    await signInToAdatum(page, 'creator@adatum.example', undefined, false);
    const create = page.locator('#new-survey');
    await create.getByLabel('Net Promoter Score').check();
    await create.getByLabel('Title').fill('Quarterly NPS');
    await create.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\/t\/adatum\/surveys\/quarterly-nps(-\d+)?\/edit$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quarterly NPS');
    await expect(questionTexts(page)).toHaveCount(4);
    await expectAccessible(page);

    // Every group is shown, under a heading naming the types it is for; the
    // ones that do not fit the chosen type are ignored.
    const form = addForm(page);
    await expect(form.getByRole('group', { name: 'Options — for One choice, Several choices, Dropdown and Ranking' })).toBeVisible();
    await expect(form.getByRole('group', { name: 'Allowed numbers (all optional) — for Number' })).toBeVisible();
    await form.getByLabel('Question', { exact: true }).fill('How many flights a year?');
    await form.getByLabel('Type').selectOption({ label: 'Number' });
    await form.getByLabel('Lowest', { exact: true }).fill('0');
    await form.getByLabel(/Options, one a line/).fill('Not used');
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(item(page, 'How many flights a year?').locator(':scope > p.hint')).toHaveText('Number, at least 0 · optional');
    await expectAccessible(page);
  });
});
