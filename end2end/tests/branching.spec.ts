import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// Pages and branching: a subscriber splits a survey into pages, shows a
// question only for large teams, and sends Basic customers past the team
// page. Respondents follow two routes, with and without JavaScript.

async function addQuestion(page: Page, text: string, type: string, options = '', required = true) {
  const form = page.locator('#add-question');
  await form.getByLabel('Question', { exact: true }).fill(text);
  await form.getByLabel('An answer is required').setChecked(required);
  await form.getByLabel('Type').selectOption({ label: type });
  if (options) await form.getByLabel(/Options, one a line/).fill(options);
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text').filter({ hasText: text })).toBeVisible();
}

/** Chooses a score of the NPS question by its drawn button. */
async function score(page: Page, value: string) {
  await page.locator('li.kind-nps label').filter({ hasText: new RegExp(`^${value}$`) }).click();
  await expect(page.locator('li.kind-nps').getByRole('radio', { name: value, exact: true })).toBeChecked();
}

/** Opens a <details> by its summary and returns it. */
async function open(page: Page, summary: string): Promise<Locator> {
  const details = page.locator('details.logic-edit').filter({ has: page.getByText(summary, { exact: true }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
  return details;
}

async function designBranchingSurvey(page: Page, title: string, js: boolean): Promise<string> {
  await signInToAdatum(page, 'creator@adatum.example', undefined, js);
  await page.locator('#new-survey').getByLabel('Title').fill(title);
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  if (js) await waitForHydration(page);
  await addQuestion(page, 'Which plan are you on?', 'One choice', 'Basic\nPremium');
  await addQuestion(page, 'How many seats?', 'Number');
  await addQuestion(page, 'Why so many seats?', 'Long text', '', false);
  await addQuestion(page, 'How likely are you to recommend us?', 'Net Promoter Score (0–10)');
  const logic = page.locator('#logic-heading');
  await expect(logic).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Start a new page at question 2' }).click();
  await expect(page.locator('#logic-page-1')).toHaveText('Page 2');
  await page.getByRole('button', { name: 'Start a new page at question 4' }).click();
  await expect(page.locator('#logic-page-2')).toHaveText('Page 3');

  const pageTwo = await open(page, 'Title and description of page 2');
  await pageTwo.getByLabel('Page title (optional)').fill('Your team');
  await pageTwo.getByRole('button', { name: 'Save page 2' }).click();
  await expect(page.locator('#logic-page-1')).toHaveText('Page 2: Your team');

  // A value that is not an option is refused with the reason.
  let condition = await open(page, 'Condition for question 3');
  await condition.getByLabel('Test 1').selectOption({ label: 'Question 1 is' });
  await condition.getByLabel('Value 1').fill('Gold');
  await condition.getByRole('button', { name: 'Save the condition of question 3' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not one of the options' })).toBeVisible();
  await expectAccessible(page);

  // Only earlier questions, with only the operators that fit them.
  condition = await open(page, 'Condition for question 3');
  const test1 = condition.getByLabel('Test 1');
  await expect(test1.locator('optgroup')).toHaveCount(2);
  await expect(test1.locator('optgroup').first().locator('option')).toHaveText(
    ['Question 1 is', 'Question 1 is not', 'Question 1 is any of', 'Question 1 is answered', 'Question 1 is not answered'],
  );
  await expect(page.getByText('Add a rule after page 3')).toHaveCount(0);
  await test1.selectOption('1:greater');
  await condition.getByLabel('Value 1').fill('10');
  await condition.getByRole('button', { name: 'Save the condition of question 3' }).click();
  await expect(page.getByText('Shown only when question 2 (“How many seats?”) is more than “10”.')).toBeVisible();

  const rule = await open(page, 'Add a rule after page 1');
  await rule.getByLabel('Go to').selectOption({ label: 'Page 3' });
  await rule.getByLabel('Test 1').selectOption('0:equals');
  await rule.getByLabel('Value 1').fill('basic');
  await rule.getByRole('button', { name: 'Add the rule after page 1' }).click();
  await expect(page.getByText('When question 1 (“Which plan are you on?”) is “Basic”, go to page 3.')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/I understand that the questions can no longer be changed/).check();
  await page.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');
  return new URL(page.url()).pathname.replace('/t/adatum/surveys/', '/s/adatum/').replace(/\/edit$/, '');
}

test('a branching survey is designed, and answered along two routes with JavaScript', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const path = await designBranchingSurvey(page, `Plan check ${Date.now() % 1_000_000}`, true);

  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(path);
  await waitForHydration(respondent);
  await expect(respondent.locator('#page-progress')).toHaveText('Page 1 of 3');
  await expectAccessible(respondent);

  // Next without the required answer is refused on the page itself.
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.getByRole('alert')).toContainText('Please answer this question.');
  await respondent.getByRole('radio', { name: 'Basic' }).check();
  await expect(respondent.locator('#page-progress')).toHaveText('Page 1 of 2');
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.locator('#page-progress')).toHaveText('Page 2 of 2');
  await expect(respondent.locator('#page-progress')).toBeFocused();
  await expect(respondent.getByText('How many seats?')).toBeHidden();
  await score(respondent, '9');
  await expectAccessible(respondent);
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname === `${path}/thanks`);

  // Premium: the team page, where "why" appears above ten seats, and Back
  // keeps every answer.
  await respondent.goto(path);
  await waitForHydration(respondent);
  await respondent.getByRole('radio', { name: 'Premium' }).check();
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.getByRole('heading', { name: 'Your team' })).toBeVisible();
  await expect(respondent.locator('#page-progress')).toHaveText('Page 2 of 3');
  const why = respondent.getByLabel(/Why so many seats\?/);
  await expect(why).toBeHidden();
  await respondent.getByLabel(/How many seats\?/).fill('25');
  await expect(why).toBeVisible();
  await why.fill('Three offices');
  await expectAccessible(respondent);
  // Save and resume: a reload finds the answers where they were left.
  await respondent.reload();
  await waitForHydration(respondent);
  await expect(respondent.getByRole('radio', { name: 'Premium' })).toBeChecked();
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.getByLabel(/How many seats\?/)).toHaveValue('25');
  await expect(why).toHaveValue('Three offices');
  await respondent.getByRole('button', { name: 'Back' }).click();
  await expect(respondent.getByRole('radio', { name: 'Premium' })).toBeChecked();
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.getByLabel(/How many seats\?/)).toHaveValue('25');
  await expect(why).toHaveValue('Three offices');
  await respondent.getByRole('button', { name: 'Next' }).click();
  await expect(respondent.locator('#page-progress')).toHaveText('Page 3 of 3');
  await score(respondent, '10');
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname === `${path}/thanks`);
  await context.close();

  // Two routes, two different sets of answers.
  await page.goto(path.replace('/s/adatum/', '/t/adatum/surveys/') + '/responses');
  await expect(page.getByText('Three offices')).toBeVisible();
  await expect(page.getByText('25', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the designer builds pages and logic, and each page is a form post', async ({ page }) => {
    test.setTimeout(120_000);
    const path = await designBranchingSurvey(page, `Team check ${Date.now() % 1_000_000}`, false);

    // The designer's preview turns its pages by form posts too, and the
    // route follows the answers there as well.
    await page.goto(path.replace('/s/adatum/', '/t/adatum/surveys/') + '/preview');
    const frame = page.frameLocator('iframe.survey-preview');
    await expect(frame.locator('#page-progress')).toHaveText('Page 1 of 3');
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(frame.getByRole('alert')).toContainText('Please answer this question.');
    await frame.getByRole('radio', { name: 'Premium' }).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(frame.locator('#page-progress')).toHaveText('Page 2 of 3');
    await expect(frame.getByRole('heading', { name: 'Your team' })).toBeVisible();
    await expectAccessible(page);
    await frame.getByRole('button', { name: 'Back' }).click();
    await expect(frame.getByRole('radio', { name: 'Premium' })).toBeChecked();
    await frame.getByRole('radio', { name: 'Basic' }).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect(frame.locator('#page-progress')).toHaveText('Page 2 of 2');

    await page.goto(path);
    await expect(page.locator('#page-progress')).toHaveText('Page 1 of 3');
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Premium' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#page-progress')).toHaveText('Page 2 of 3');
    await expect(page.getByRole('heading', { name: 'Your team' })).toBeVisible();
    await expectAccessible(page);
    // An answer that brings up a question on the same page: asked first.
    await page.getByLabel(/How many seats\?/).fill('40');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toContainText('Your answers brought up more questions on this page.');
    const why = page.getByLabel(/Why so many seats\?/);
    await expect(why).toBeVisible();
    await why.fill('Growing fast');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Premium' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel(/How many seats\?/)).toHaveValue('40');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#page-progress')).toHaveText('Page 3 of 3');
    await score(page, '7');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `${path}/thanks`);
    await expectAccessible(page);

    await page.goto(path.replace('/s/adatum/', '/t/adatum/surveys/') + '/responses');
    await expect(page.getByText('Growing fast')).toBeVisible();
    await expectAccessible(page);
  });
});
