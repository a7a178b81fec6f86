import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The editor that edits in place (issue 23): questions saved as they are
// typed, a second editor told of a conflict, reordering by drag and drop
// and by keyboard with each move announced, and the live preview beside it.

const addForm = (page: Page) => page.locator('#add-question');
const questionTexts = (page: Page) => page.locator('.question-list .question-text');
const item = (page: Page, text: string) =>
  page.locator('.question-list > li').filter({ has: page.locator('.question-text', { hasText: text }) });
const preview = (page: Page, title: string) => page.frameLocator(`iframe[title="Live preview of ${title}"]`);

/** Drags a question's handle onto another question, both in view. */
async function drag(page: Page, from: string, onto: string) {
  await page.locator('.question-list').evaluate((list) => list.scrollIntoView({ block: 'center' }));
  await item(page, from).locator('.drag-handle').dragTo(item(page, onto));
}

async function newDraft(page: Page, title: string, questions: string[]): Promise<string> {
  await signInToAdatum(page, 'creator@adatum.example');
  await expectAccessible(page);
  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill(title);
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  await waitForHydration(page);
  await expectAccessible(page);
  for (const text of questions) {
    await addForm(page).getByLabel('Question', { exact: true }).fill(text);
    await addForm(page).getByLabel('Type').selectOption({ label: 'Short text' });
    await addForm(page).getByRole('button', { name: 'Add question' }).click();
    await expect(questionTexts(page).filter({ hasText: text })).toBeVisible();
  }
  return page.url();
}

async function openEdit(page: Page, text: string) {
  const question = item(page, text);
  await question.getByText(`Edit question: ${text}`).click();
  return question;
}

test('a question is saved as it is typed, shows in the live preview and survives a reload', async ({ page }) => {
  const title = `Autosave ${Date.now()}`;
  await newDraft(page, title, ['Where did you fly?']);
  await expect(preview(page, title).getByText('Where did you fly?')).toBeVisible();
  const question = await openEdit(page, 'Where did you fly?');
  await expect(question.locator('.save-state')).toHaveText('Changes are saved as you type.');
  await expectAccessible(page);

  const field = question.getByLabel('Question', { exact: true });
  await field.fill('Where did you fly to?');
  await expect(question.locator('.save-state')).toHaveText('All changes saved.');
  // Still typing in place: nothing reloaded under the cursor.
  await expect(field).toBeFocused();
  await expect(preview(page, title).getByText('Where did you fly to?')).toBeVisible();

  // A refused save keeps the edit and says why.
  await question.getByLabel('Type').selectOption({ label: 'One choice' });
  await expect(question.locator('.error-summary')).toContainText('Please correct the marked fields.');
  await expect(question.getByLabel(/Options, one a line/)).toHaveAttribute('aria-invalid', 'true');
  await expect(question.locator('.save-state')).toHaveText('Not saved: see the message above the form.');
  await question.getByLabel(/Options, one a line/).fill('Lisbon\nOslo');
  await expect(question.locator('.save-state')).toHaveText('All changes saved.');
  await expect(question.locator('.error-summary p')).toHaveCount(0);
  await expectAccessible(page);

  await page.reload();
  await waitForHydration(page);
  await expectAccessible(page);
  await expect(questionTexts(page)).toHaveText(['Where did you fly to?']);
  await expect(item(page, 'Where did you fly to?').locator(':scope > p.hint')).toContainText('One choice');
  await expect(preview(page, title).getByLabel('Oslo')).toBeVisible();
});

test('a second editor of the same draft is told of the conflict and overwrites nothing', async ({ page, browser }) => {
  const title = `Two editors ${Date.now()}`;
  const url = await newDraft(page, title, ['How was the flight?']);
  const other = await otherEditor(browser, url);

  const mine = await openEdit(page, 'How was the flight?');
  const theirs = await openEdit(other, 'How was the flight?');
  await mine.getByLabel('Question', { exact: true }).fill('How was your flight?');
  await expect(mine.locator('.save-state')).toHaveText('All changes saved.');

  await theirs.getByLabel('Question', { exact: true }).fill('How was the journey?');
  await expect(theirs.locator('.error-summary')).toContainText('Someone else saved a change to this question after you opened it');
  await expect(theirs.locator('.save-state')).toHaveText('Not saved: see the message above the form.');
  await expect(theirs.getByLabel('Question', { exact: true })).toHaveValue('How was the journey?');
  await expectAccessible(other);

  await other.reload();
  await waitForHydration(other);
  await expect(questionTexts(other)).toHaveText(['How was your flight?']);
  await other.context().close();
});

async function otherEditor(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const other = await context.newPage();
  await signInToAdatum(other, 'admin@adatum.example');
  await other.goto(url);
  await waitForHydration(other);
  await expectAccessible(other);
  return other;
}

test('questions move by drag and drop and by keyboard, and each move is announced', async ({ page }) => {
  const title = `Reorder ${Date.now()}`;
  await newDraft(page, title, ['Alpha?', 'Bravo?', 'Charlie?']);
  await drag(page, 'Charlie?', 'Alpha?');
  await expect(questionTexts(page)).toHaveText(['Charlie?', 'Alpha?', 'Bravo?']);
  await expect(page.locator('#editor-announcement')).toHaveText('Moved “Charlie?” to place 1 of 3.');
  await expect(item(page, 'Charlie?').locator('.question-text')).toBeFocused();
  await expect(preview(page, title).locator('.question-text').first()).toContainText('Charlie?');

  // The keyboard's way: focus stays on the moved question's button.
  await page.getByRole('button', { name: 'Move question down: Charlie?' }).focus();
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['Alpha?', 'Charlie?', 'Bravo?']);
  await expect(page.locator('#editor-announcement')).toHaveText('Moved “Charlie?” to place 2 of 3.');
  await expect(page.getByRole('button', { name: 'Move question down: Charlie?' })).toBeFocused();
  await expectAccessible(page);

  // Dropped lower, across a page break.
  await page.getByRole('button', { name: 'Start a new page at question 3' }).click();
  await expect(page.locator('#logic-page-1')).toHaveText('Page 2');
  await drag(page, 'Alpha?', 'Bravo?');
  await expect(questionTexts(page)).toHaveText(['Charlie?', 'Bravo?', 'Alpha?']);
  await expect(page.locator('#editor-announcement')).toHaveText('Moved “Alpha?” to place 3 of 3, on page 2 of 2.');

  // A whole page moves, with its questions, by keyboard; focus stays on
  // the page and the move is announced.
  await page.getByRole('button', { name: '↑ Move page 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['Bravo?', 'Alpha?', 'Charlie?']);
  await expect(page.locator('#editor-announcement')).toHaveText('Page 2 moved up: it is now page 1.');
  await expect(page.locator('#logic-page-0')).toBeFocused();
  await page.getByRole('button', { name: '↓ Move page 1 down' }).focus();
  await page.keyboard.press('Enter');
  await expect(questionTexts(page)).toHaveText(['Charlie?', 'Bravo?', 'Alpha?']);
  await expect(page.locator('#editor-announcement')).toHaveText('Page 1 moved down: it is now page 2.');
  await expect(page.locator('#logic-page-1')).toBeFocused();
  await expectAccessible(page);
});

/** How a test's hand works the editor: a mouse, or the keyboard alone. */
type Hand = {
  fill: (field: Locator, text: string) => Promise<void>;
  choose: (select: Locator, label: string) => Promise<void>;
  press: (control: Locator) => Promise<void>;
};

const mouse: Hand = {
  fill: (field, text) => field.fill(text),
  choose: async (select, label) => {
    await select.selectOption({ label });
  },
  press: (control) => control.click(),
};

// Focus moves to a control as Tab would bring it there; everything else is
// typed or pressed.
const keyboard: Hand = {
  fill: async (field, text) => {
    await field.focus();
    await field.press('ControlOrMeta+a');
    await field.page().keyboard.type(text);
  },
  choose: async (select, label) => {
    const labels = (await select.locator('option').allTextContents()).map((l) => l.trim());
    await select.focus();
    await select.press('Home');
    for (let i = 0; i < labels.indexOf(label); i++) await select.press('ArrowDown');
    await expect(select.locator('option:checked')).toHaveText(label);
  },
  press: async (control) => {
    await control.focus();
    await control.press('Enter');
  },
};

type NewQuestion = { text: string; type: string; settings?: [RegExp | string, string][] };

const EVERY_TYPE: NewQuestion[] = [
  { text: 'Which plan are you on?', type: 'One choice', settings: [[/Options, one a line/, 'Basic\nPremium']] },
  { text: 'Anything else?', type: 'Long text' },
  { text: 'Your email address', type: 'Short text' },
  { text: 'How many seats?', type: 'Number', settings: [['Unit', 'seats']] },
  { text: 'When did you start?', type: 'Date' },
  { text: 'How was onboarding?', type: 'Star rating (1–5)' },
  { text: 'How easy is the editor?', type: 'Rating scale' },
  { text: 'Would you recommend us?', type: 'Net Promoter Score (0–10)' },
  { text: 'Which features do you use?', type: 'Several choices', settings: [[/Options, one a line/, 'Pages\nLogic\nThemes']] },
  { text: 'Where are you based?', type: 'Dropdown', settings: [[/Options, one a line/, 'Europe\nAmericas\nAsia']] },
  { text: 'How do we do?', type: 'Matrix (Likert)', settings: [[/Statements \(rows\)/, 'Speed\nSupport'], [/Scale \(columns\)/, 'Poor\nFair\nGood']] },
  { text: 'What matters most?', type: 'Ranking', settings: [[/Options, one a line/, 'Price\nSpeed\nSupport']] },
];

async function buildEveryType(page: Page, hand: Hand, title: string) {
  await newDraft(page, title, []);
  const form = addForm(page);
  for (const question of EVERY_TYPE) {
    await hand.fill(form.getByLabel('Question', { exact: true }), question.text);
    await hand.choose(form.getByLabel('Type'), question.type);
    for (const [label, value] of question.settings ?? []) {
      await hand.fill(form.getByLabel(label, { exact: typeof label === 'string' }), value);
    }
    await hand.press(form.getByRole('button', { name: 'Add question' }));
    await expect(questionTexts(page).last()).toHaveText(question.text);
  }
  await expect(questionTexts(page)).toHaveText(EVERY_TYPE.map((q) => q.text));

  // Three pages, and a question shown only on the Premium plan.
  await hand.press(page.getByRole('button', { name: 'Start a new page at question 5' }));
  await expect(page.locator('#logic-page-1')).toHaveText('Page 2');
  await hand.press(page.getByRole('button', { name: 'Start a new page at question 9' }));
  await expect(page.locator('#logic-page-2')).toHaveText('Page 3');
  const condition = page.locator('details.logic-edit').filter({ has: page.getByText('Condition for question 4', { exact: true }) });
  await hand.press(condition.locator('summary'));
  await hand.choose(condition.getByLabel('Test 1'), 'Question 1 is');
  await hand.fill(condition.getByLabel('Value 1'), 'Premium');
  await hand.press(condition.getByRole('button', { name: 'Save the condition of question 4' }));
  await expect(page.getByText('Shown only when question 1 (“Which plan are you on?”) is “Premium”.')).toBeVisible();
  await expectAccessible(page);

  // Edited in place, saved as typed, still there after a reload.
  const edited = await openEditWith(page, hand, 'Anything else?');
  await hand.fill(edited.getByLabel('Question', { exact: true }), 'Anything else to tell us?');
  await expect(edited.locator('.save-state')).toHaveText('All changes saved.');
  // Reordered options: the condition still means "Premium".
  const plan = await openEditWith(page, hand, 'Which plan are you on?');
  await hand.fill(plan.getByLabel(/Options, one a line/), 'Premium\nBasic');
  await expect(plan.locator('.save-state')).toHaveText('All changes saved.');
  await page.reload();
  await waitForHydration(page);
  await expect(questionTexts(page).nth(1)).toHaveText('Anything else to tell us?');
  await expect(page.getByText('Shown only when question 1 (“Which plan are you on?”) is “Premium”.')).toBeVisible();
  await expect(page.locator('#logic-page-2')).toHaveText('Page 3');

  // The preview follows the logic: the seats question waits for Premium.
  const frame = preview(page, title);
  await expect(frame.locator('#page-progress')).toHaveText('Page 1 of 3');
  await expect(frame.getByText('How many seats?')).toBeHidden();
  await frame.getByLabel('Premium').check();
  await expect(frame.getByText('How many seats?')).toBeVisible();
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.locator('#page-progress')).toHaveText('Page 2 of 3');
  await expectAccessible(page);
}

async function openEditWith(page: Page, hand: Hand, text: string) {
  const question = item(page, text);
  await hand.press(question.getByText(`Edit question: ${text}`));
  return question;
}

test('a survey with every type, three pages and a condition is built by mouse', async ({ page }) => {
  test.setTimeout(120_000);
  await buildEveryType(page, mouse, `Every type by mouse ${Date.now()}`);
});

test('a survey with every type, three pages and a condition is built by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await buildEveryType(page, keyboard, `Every type by keyboard ${Date.now()}`);
});
