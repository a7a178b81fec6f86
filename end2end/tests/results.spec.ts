import { expect, expectAccessible, test, waitForHydration } from './fixtures';

const PASSWORD = process.env.TAILSPIN_DEMO_PASSWORD ?? 'tailspin-demo-2026';
const RESULTS = '/t/adatum/surveys/customer-satisfaction/results';

test('answers given in another browser appear on the open results page without a reload', async ({ page, browser }) => {
  await page.goto('/t/adatum/login');
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByLabel('Email').fill('creator@adatum.example');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum');
  await page.getByRole('link', { name: 'Results of Customer satisfaction' }).click();
  await expect(page).toHaveURL((url) => url.pathname === RESULTS);
  await waitForHydration(page);
  // Charts are images with a name and the counts as their description.
  const chart = page.getByRole('img', { name: /Which channel did you use to contact us\?/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/Phone: \d+, Email: \d+, Chat: \d+, In person: \d+/);
  await expectAccessible(page);
  // Let the task merge whatever earlier tests submitted before counting.
  await page.waitForTimeout(3_000);
  const before = Number(await page.locator('.results-total .total').textContent());

  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
  await waitForHydration(respondent);
  await expectAccessible(respondent);
  await respondent.locator('.stars span.rating label').nth(4).click();
  await respondent.getByLabel('Chat').check();
  await respondent.getByLabel('What could we do better?').fill('Faster replies by chat');
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname.endsWith('/thanks'));
  await expectAccessible(respondent);
  await context.close();

  const url = page.url();
  await expect(page.locator('.results-total .total')).toHaveText(String(before + 1), { timeout: 15_000 });
  expect(page.url()).toBe(url);
  await expect(page.locator('.top-words')).toContainText('replies');
  await expectAccessible(page);
});
