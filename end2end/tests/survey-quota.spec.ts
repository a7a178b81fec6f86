import type { Page } from '@playwright/test';
import { expect, expectAccessible, SMTP_API_URL, signInToAdatum, test, waitForHydration } from './fixtures';

// A Survey Creator publishes a survey that closes itself after two
// responses. Two respondents answer; the third finds it closed, the
// dashboard and the editor say why, and the tenant's contact address (the
// demo's Administrator) gets the email, read from the real SMTP server.

/** Signs in as the demo Survey Creator and makes a draft with one
 *  two-option question; returns its slug, with the editor open. */
async function draftWithOneQuestion(page: Page, title: string, question: string): Promise<string> {
  const slug = title.toLowerCase().replace(/ /g, '-');
  await signInToAdatum(page, 'creator@adatum.example');
  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill(title);
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/adatum/surveys/${slug}/edit`);
  await waitForHydration(page);
  const add = page.locator('#add-question');
  await add.getByLabel('Question', { exact: true }).fill(question);
  await add.getByLabel('Type').selectOption({ label: 'One choice' });
  await add.getByLabel(/Options, one a line/).fill('Yes\nNo');
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText([question]);
  return slug;
}

async function mailWithSubject(recipient: string, subject: string): Promise<{ text: string }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${SMTP_API_URL}/messages?to=${encodeURIComponent(recipient)}`);
    const messages: { subject: string; text: string }[] = await response.json();
    const found = messages.find((m) => m.subject === subject);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no "${subject}" for ${recipient} within 20 s`);
}

test('a survey limited to two responses closes itself after the second', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Quota poll ${Date.now() % 1_000_000}`;
  const slug = await draftWithOneQuestion(page, title, 'Will you come again?');

  // A limit below one is refused by the browser before anything is sent
  // (the server's own refusal is tested in Rust), and nothing is published.
  const publish = page.locator('#publish-survey');
  await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
  const limit = publish.getByLabel('Close after this many responses (optional)');
  await expect(limit).toHaveAccessibleDescription(/closes itself when it has them/);
  await limit.fill('0');
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  expect(await limit.evaluate((input: HTMLInputElement) => input.validationMessage)).not.toBe('');
  await expect(page.locator('#published-notice')).toHaveCount(0);
  await expectAccessible(page);
  await limit.fill('2');
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('#published-notice')).toContainText('Your survey is published.');
  await expect(page.locator('#response-limit')).toHaveText('It closes itself after 2 responses (0 so far).');
  await expectAccessible(page);

  const surveyPath = `/s/adatum/${slug}`;
  for (const answer of ['Yes', 'No']) {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const respondent = await context.newPage();
    await respondent.goto(surveyPath);
    await waitForHydration(respondent);
    await respondent.getByRole('radio', { name: answer, exact: true }).check();
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent).toHaveURL((url) => url.pathname === `${surveyPath}/thanks`);
    await expectAccessible(respondent);
    await context.close();
  }

  // The third respondent: closed.
  const late = await browser.newContext({ javaScriptEnabled: true });
  const third = await late.newPage();
  const response = await third.goto(surveyPath);
  expect(response?.status()).toBe(410);
  await expect(third.locator('main')).toContainText('no longer accept');
  await expectAccessible(third);
  await late.close();

  // The dashboard and the editor say why.
  await page.goto('/t/adatum');
  await waitForHydration(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Closed at its limit');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2 of 2');
  await expectAccessible(page);
  await page.goto(`/t/adatum/surveys/${slug}/edit`);
  await waitForHydration(page);
  await expect(page.locator('#closed-reason')).toContainText('It closed itself when it reached its 2 responses.');
  await expectAccessible(page);

  const mail = await mailWithSubject('admin@adatum.example', `${title} has all its responses`);
  expect(mail.text).toContain('received the 2 responses it was limited to');
  expect(mail.text).toContain(`/t/adatum/surveys/${slug}/results`);
});

test('a survey published to open tomorrow says when, and the dashboard shows it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Tomorrow poll ${Date.now() % 1_000_000}`;
  const slug = await draftWithOneQuestion(page, title, 'Ready for tomorrow?');

  // The field takes UTC; the day after now, to the minute.
  const opens = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 16);
  const shown = `${opens.replace('T', ' ')} UTC`;
  const publish = page.locator('#publish-survey');
  await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
  await publish.getByRole('group', { name: 'When it takes answers (optional, UTC)' }).getByLabel('Opens at').fill(opens);
  await publish.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('#published-notice')).toContainText('Your survey is published.');
  await expect(page.locator('#opens-at')).toContainText(`It opens to respondents on ${shown}`);
  await expectAccessible(page);

  const context = await browser.newContext({ javaScriptEnabled: true });
  const respondent = await context.newPage();
  const response = await respondent.goto(`/s/adatum/${slug}`);
  expect(response?.status()).toBe(403);
  await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('This survey is not open yet');
  await expect(respondent.locator('main')).toContainText(`It opens on ${shown}. Please come back then.`);
  await expect(respondent.getByRole('button', { name: 'Submit answers' })).toHaveCount(0);
  await expectAccessible(respondent);
  await context.close();

  await page.goto('/t/adatum');
  await waitForHydration(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(`Published, opens ${shown}`);
  await expectAccessible(page);
});
