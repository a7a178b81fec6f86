import type { Browser, Page } from '@playwright/test';
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
});
