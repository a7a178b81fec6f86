import type { Browser, Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  signInAsTailspinAdmin,
  submitSignInForm,
  test,
  waitForHydration,
} from './fixtures';

// A new Standard subscriber's first hour, end to end, as issue 21 asks:
// sign-up, activation by a Tailspin administrator, the first survey, a
// response, and live results — at desktop and phone widths, every page
// checked with axe, and no console errors anywhere along the way.

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** Fails the test on any console error or uncaught exception in `page`. */
function watchConsole(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${new URL(page.url()).pathname}`).toBeLessThanOrEqual(0);
}

async function settle(page: Page): Promise<void> {
  await waitForHydration(page);
  await expectAccessible(page);
  await noSidewaysScroll(page);
}

async function activate(browser: Browser, alias: string, errors: string[]): Promise<void> {
  const context = await browser.newContext();
  const ops = await context.newPage();
  watchConsole(ops, errors);
  await signInAsTailspinAdmin(ops);
  await ops.goto(`/admin/subscribers/${alias}`);
  await waitForHydration(ops);
  await expectAccessible(ops);
  await ops.getByRole('button', { name: 'Activate' }).click();
  await expect(ops.locator('#subscriber-status')).toHaveText('Active');
  await expectAccessible(ops);
  await context.close();
}

for (const { name, viewport } of WIDTHS) {
  test(`a new Standard subscriber signs up, is activated, publishes a survey and watches a response arrive (${name})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const errors: string[] = [];
    watchConsole(page, errors);
    const alias = `walk-${name}-${Date.now() % 1_000_000}`;
    const email = `owner@${alias}.example`;
    const password = 'our first survey password';

    // Sign-up: the plan first, then only Standard's form.
    await page.goto('/signup');
    await settle(page);
    await page.getByRole('link', { name: 'Choose Standard' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Standard plan');
    await settle(page);
    await page.getByLabel('Subscriber name').fill('Walkthrough Outfitters');
    await page.getByLabel('Alias').fill(alias);
    await page.getByLabel("Administrator's name").fill('Wren Owner');
    await page.getByLabel("Administrator's email").fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/signup/welcome/${alias}`);
    await expect(page.getByRole('status')).toContainText('waiting for activation');
    await settle(page);

    // Until activated, the sign-in page explains instead of "not found".
    await page.goto(`/t/${alias}/login`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This subscription is awaiting activation');
    await settle(page);

    await activate(browser, alias, errors);

    // The owner signs in and lands on the dashboard.
    await page.goto(`/t/${alias}/login`);
    await settle(page);
    await submitSignInForm(page, email, password);
    await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}`);
    await expect(page.getByText(/Active surveys: 0 of \d+ on the Standard plan/)).toBeVisible();
    await settle(page);

    // The first survey: a draft, one question of each kind, published.
    const create = page.locator('#new-survey');
    await create.getByLabel('Title').fill('How was your trip');
    await create.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/surveys/how-was-your-trip/edit`);
    await settle(page);
    const add = page.locator('#add-question');
    await add.getByLabel('Question', { exact: true }).fill('How was the trip overall?');
    await add.getByLabel('Type').selectOption({ label: 'Star rating (1–5)' });
    await add.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('.question-list .question-text')).toHaveText(['How was the trip overall?']);
    await add.getByLabel('Question', { exact: true }).fill('What should we change?');
    await add.getByLabel('Type').selectOption({ label: 'Long text' });
    await add.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('.question-list .question-text')).toHaveText([
      'How was the trip overall?',
      'What should we change?',
    ]);
    await expectAccessible(page);
    const publish = page.locator('#publish-survey');
    await publish.getByLabel(/I understand that the questions can no longer be changed/).check();
    await publish.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.locator('#published-notice')).toContainText('Your survey is published.');
    await settle(page);
    const surveyPath = `/s/${alias}/how-was-your-trip`;

    // The results page, open before anyone answered.
    await page.goto(`/t/${alias}/surveys/how-was-your-trip/results`);
    await settle(page);
    await expect(page.locator('.results-total .total')).toHaveText('0');
    await expect(page.locator('.live-status')).toContainText('The page updates by itself');

    // A respondent on a phone answers.
    const respondentContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const respondent = await respondentContext.newPage();
    watchConsole(respondent, errors);
    await respondent.goto(surveyPath);
    await settle(respondent);
    await respondent.locator('.stars span.rating label').nth(4).click();
    await respondent.getByLabel('What should we change?').fill('More time at the lake.\nAnd a later start.');
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent).toHaveURL((url) => url.pathname === `${surveyPath}/thanks`);
    await expectAccessible(respondent);
    await respondentContext.close();

    // ...and the subscriber sees it arrive without reloading.
    const url = page.url();
    await expect(page.locator('.results-total .total')).toHaveText('1', { timeout: 20_000 });
    expect(page.url()).toBe(url);
    await expectAccessible(page);
    await noSidewaysScroll(page);

    // The response itself, numbered 1 for this survey, its two lines kept.
    await page.goto(`/t/${alias}/surveys/how-was-your-trip/responses`);
    await settle(page);
    await expect(page.getByRole('heading', { level: 2, name: /^Response 1 · / })).toBeVisible();
    const answer = page.locator('dd').filter({ hasText: 'More time at the lake.' });
    expect(await answer.innerText()).toBe('More time at the lake.\nAnd a later start.');

    expect(errors, 'console errors along the way').toEqual([]);
  });
}
