import { MIN_FILL_SECONDS } from '../timing';
import {
  expect,
  expectAccessible,
  FEDERATED_URL,
  signInToAdatum,
  signInWithProvider,
  test,
  waitForHydration,
} from './fixtures';

// Public survey forms carry a honeypot: a field people never meet (off
// screen, skipped by the keyboard, hidden from screen readers) that
// form-filling bots fill in. A person answers as always; a bot's answers
// are thanked like anyone's and not stored.

const SURVEY = '/s/adatum/customer-satisfaction';

test('people never meet the honeypot; a bot that fills it is thanked and ignored', async ({ page }) => {
  await page.goto(SURVEY);
  await waitForHydration(page);
  await expectAccessible(page);
  const bait = page.locator('#hp-website');
  await expect(bait).toHaveAttribute('tabindex', '-1');
  await expect(bait).not.toBeInViewport();
  // The keyboard goes from the first star to the next control, never to it.
  await page.locator('#surveyForm input').first().focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('hp-website');
  }

  // A bot posts the form with every field filled.
  const key = await page.locator('input[name="idempotency_key"]').inputValue();
  const bot = await page.request.post(SURVEY, {
    form: { idempotency_key: key, website: 'https://cheap-pills.example', 'q-1': '5', 'q-2': '0' },
    maxRedirects: 0,
  });
  expect(bot.status()).toBe(303);
  expect(bot.headers()['location']).toBe(`${SURVEY}/thanks`);
  // (That nothing was stored is checked in Rust.) The person answers as
  // always.
  await page.locator('.stars label').nth(3).click();
  await page.getByRole('radio', { name: 'Email', exact: true }).check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `${SURVEY}/thanks`);
  await expectAccessible(page);
});

// The federated server keeps a minimum fill time of ten seconds (the
// main one turns it off, since scenarios answer at machine speed): a form
// sent back sooner after its page was served is held, with its answers,
// and taken when sent again a moment later; with and without JavaScript.
test('answers sent moments after the page opened are held until sent again', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Quick poll ${Date.now() % 1_000_000}`;
  const slug = title.toLowerCase().replace(/ /g, '-');
  await signInWithProvider(page, 'adatum', 'bob');
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum');
  await waitForHydration(page);
  await page.locator('#new-survey').getByLabel('Title').fill(title);
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await waitForHydration(page);
  const add = page.locator('#add-question');
  await add.getByLabel('Question', { exact: true }).fill('Is this quick?');
  await add.getByLabel('Type').selectOption({ label: 'One choice' });
  await add.getByLabel(/Options, one a line/).fill('Yes\nNo');
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText(['Is this quick?']);
  await page.getByLabel(/I understand that the questions can no longer be changed/).check();
  await page.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published');
  await expectAccessible(page);

  const survey = `${FEDERATED_URL}/s/adatum/${slug}`;
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const respondent = await context.newPage();
    await respondent.goto(survey);
    const served = Date.now();
    if (javaScriptEnabled) await waitForHydration(respondent);
    await respondent.getByRole('radio', { name: 'Yes', exact: true }).check();
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    const summary = respondent.locator('.error-summary');
    await expect(summary).toContainText('This form was sent within moments of opening it');
    await expect(respondent.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    if (javaScriptEnabled) {
      await expect(summary).toBeFocused();
      await expectAccessible(respondent);
    }
    await respondent.waitForTimeout(MIN_FILL_SECONDS * 1000 - (Date.now() - served) + 200);
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent).toHaveURL((url) => url.pathname === `/s/adatum/${slug}/thanks`);
    await context.close();
  }
});

// A creator turns on the proof-of-work puzzle on the share page. With
// JavaScript, the respondent's browser solves it in a worker while they
// answer, and nothing changes for them; without JavaScript, the page says
// beforehand that the survey needs it, and sending is refused with the
// answers kept, until the creator lets such browsers answer.
test('a survey can ask the browser to solve a puzzle before its answers are sent', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Puzzle poll ${Date.now() % 1_000_000}`;
  const slug = title.toLowerCase().replace(/ /g, '-');
  await signInToAdatum(page, 'creator@adatum.example');
  await page.locator('#new-survey').getByLabel('Title').fill(title);
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await waitForHydration(page);
  const add = page.locator('#add-question');
  await add.getByLabel('Question', { exact: true }).fill('Did you find what you came for?');
  await add.getByLabel('Type').selectOption({ label: 'One choice' });
  await add.getByLabel(/Options, one a line/).fill('Yes\nNo');
  await add.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText(['Did you find what you came for?']);
  await page.getByLabel(/I understand that the questions can no longer be changed/).check();
  await page.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published');
  await expectAccessible(page);

  const share = `/t/adatum/surveys/${slug}/share`;
  const choose = async (label: string | RegExp) => {
    await page.goto(share);
    await waitForHydration(page);
    const form = page.locator('#spam-protection-form');
    await form.getByRole('radio', { name: label }).check();
    await form.getByRole('button', { name: 'Save spam protection' }).click();
    await expect(page.getByText('Spam protection was saved.')).toBeVisible();
    await expect(form.getByRole('radio', { name: label })).toBeChecked();
    await expectAccessible(page);
  };
  await page.goto(share);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Spam protection' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Off/ })).toBeChecked();
  await expectAccessible(page);
  await choose('On; answering needs JavaScript');

  // With JavaScript: answered as always; the solution goes with the answers.
  // Here the worker arrives late, as on a slow phone: sending waits for
  // the check and says so.
  let releaseWorker = () => {};
  const workerHeld = new Promise<void>((resolve) => (releaseWorker = resolve));
  await page.context().route('**/challenge-worker.js', async (route) => {
    await workerHeld;
    await route.continue();
  });
  const survey = `/s/adatum/${slug}`;
  await page.goto(survey);
  await waitForHydration(page);
  await expect(page.locator('#challenge-note')).toContainText('Answering this survey needs JavaScript');
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/submit_answers'));
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('button', { name: 'Checking this browser…' })).toBeDisabled();
  await expect(page.getByText('Your browser is finishing its check against automated spam')).toBeVisible();
  await expectAccessible(page);
  releaseWorker();
  expect((await sent).postData()).toMatch(/"challenge","[0-9]+"/);
  await expect(page).toHaveURL((url) => url.pathname === `${survey}/thanks`);
  await expectAccessible(page);
  await page.context().unroute('**/challenge-worker.js');

  // Without JavaScript: told beforehand, refused with the answer kept.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const scriptless = await context.newPage();
  await scriptless.goto(survey);
  await expect(scriptless.locator('#challenge-note')).toBeVisible();
  await scriptless.getByRole('radio', { name: 'No', exact: true }).check();
  await scriptless.getByRole('button', { name: 'Submit answers' }).click();
  await expect(scriptless.locator('.error-summary')).toContainText('Please turn JavaScript on');
  await expect(scriptless.getByRole('radio', { name: 'No', exact: true })).toBeChecked();

  // Let in browsers without JavaScript: the same answer is taken.
  await choose(/people whose browser runs no JavaScript can still answer/);
  await scriptless.goto(survey);
  await expect(scriptless.locator('#challenge-note')).toHaveCount(0);
  await scriptless.getByRole('radio', { name: 'No', exact: true }).check();
  await scriptless.getByRole('button', { name: 'Submit answers' }).click();
  await expect(scriptless).toHaveURL((url) => url.pathname === `${survey}/thanks`);
  await context.close();
});
