import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  signInAsTailspinAdmin,
  signUpForTrial,
  test,
  waitForHydration,
} from './fixtures';

// A subscriber signs up (its data in the main database, region europe),
// publishes a survey and gets an answer. A Tailspin administrator moves it
// to the `us` region, which has a database of its own
// (playwright.config.ts), and watches the move finish; the survey keeps
// its answer and takes the next one there.
const alias = `northwind-${Date.now() % 1_000_000}`;
const slug = 'region-poll';

async function answer(page: Page, choice: string): Promise<void> {
  await page.goto(`/s/${alias}/${slug}`);
  await expect(page.locator('#surveyTitle h1')).toHaveText('Region poll');
  await page.getByLabel(choice).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/thanks'));
  await expectAccessible(page);
}

test('a Tailspin administrator moves a subscriber to another region and its survey keeps answering', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpForTrial(page, 'Northwind Regions', alias, `owner-${alias}`);
  await page.goto(`/t/${alias}`);
  await waitForHydration(page);
  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill('Region poll');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/surveys/${slug}/edit`);
  await waitForHydration(page);
  const add = page.locator('#add-question');
  await add.getByLabel('Question', { exact: true }).fill('Which coast?');
  await add.getByLabel('Type').selectOption({ label: 'One choice' });
  await add.getByLabel(/Options, one a line/).fill('East\nWest');
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText(['Which coast?']);
  const publish = page.locator('#publish-survey');
  await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('#published-notice')).toContainText('Your survey is published.');

  const respondent = await (await browser.newContext()).newPage();
  await answer(respondent, 'East');

  // The operator sees where the data is kept and moves it.
  const operator = await (await browser.newContext()).newPage();
  await signInAsTailspinAdmin(operator);
  await operator.goto(`/admin/subscribers/${alias}`);
  await waitForHydration(operator);
  await expect(operator.locator('#subscriber-region')).toHaveText(
    'Its surveys and answers are kept in the main database (region europe).',
  );
  await expectAccessible(operator);
  await operator.getByLabel('Move to').selectOption({ label: 'us (own database)' });
  await operator.getByRole('button', { name: "Move the subscriber's data" }).click();
  // The page follows the move until it is done.
  const progress = operator.locator('#move-progress');
  await expect(progress).toContainText('europe → us');
  await expectAccessible(operator);
  await expect(progress).toHaveAttribute('data-finished', 'true', { timeout: 30_000 });
  await expect(progress).toContainText('Moved: europe → us');
  await expect(progress).toContainText('Moved 1 survey and 1 response.');
  await operator.reload();
  await waitForHydration(operator);
  await expect(operator.locator('#subscriber-region')).toHaveText(
    "Its surveys and answers are kept in the us region's own database.",
  );
  // A second move to where it is now is not offered.
  await expect(operator.getByLabel('Move to').locator('option', { hasText: 'us' })).toHaveCount(0);
  await expectAccessible(operator);
  await operator.setViewportSize({ width: 390, height: 844 });
  await expect(progress).toBeVisible();
  await expectAccessible(operator);

  // The survey answers from its new region, and both answers count.
  await answer(respondent, 'West');
  await page.goto(`/t/${alias}/surveys/${slug}/results`);
  await expect(page.getByRole('heading', { level: 1, name: 'Results: Region poll' })).toBeVisible();
  await expect
    .poll(async () => Number(await page.locator('.results-total .total').textContent()), { timeout: 15_000 })
    .toBe(2);
  await expectAccessible(page);
});
