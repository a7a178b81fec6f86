import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

const RESULTS = '/t/adatum/surveys/customer-satisfaction/results';

test('a response submitted right after the page loads appears without a reload', async ({ page, browser }) => {
  // The respondent is ready first, so the answer goes in the moment the
  // results page has loaded: before it hydrated or opened its event stream.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
  await waitForHydration(respondent);
  await expectAccessible(respondent);
  await respondent.locator('.stars span.rating label').nth(4).click();
  await respondent.getByLabel('Chat').check();
  // Repeated so that it tops the words of earlier tests' answers.
  await respondent.getByLabel('What could we do better?').fill('Replies! Quicker replies, kinder replies, replies replies replies');

  await signInToAdatum(page, 'creator@adatum.example');
  await page.getByRole('link', { name: 'Results of Customer satisfaction' }).click();
  await expect(page).toHaveURL((url) => url.pathname === RESULTS);
  const rendered = Number(await page.locator('.results-total .total').textContent());
  const renderedVersion = Number(await page.locator('.live-status').getAttribute('data-version'));
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname.endsWith('/thanks'));
  await expectAccessible(respondent);
  await context.close();

  await waitForHydration(page);
  await expect(page.locator('.live-status')).toContainText('The page updates by itself');
  // Charts are images named by their question, with the counts as their
  // description.
  const chart = page.getByRole('img', { name: 'Which channel did you use to contact us?' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(
    /^Phone: \d+ \(\d+%\), Email: \d+ \(\d+%\), Chat: \d+ \(\d+%\), In person: \d+ \(\d+%\)\./,
  );
  const url = page.url();
  // Earlier tests' answers may be merged too: at least ours is counted.
  await expect
    .poll(async () => Number(await page.locator('.results-total .total').textContent()), { timeout: 15_000 })
    .toBeGreaterThan(rendered);
  await expect
    .poll(async () => Number(await page.locator('.live-status').getAttribute('data-version')))
    .toBeGreaterThan(renderedVersion);
  expect(page.url()).toBe(url);
  // No earlier test answers with this word, so it is there only if the
  // live update brought the new answer in (however other tests rank).
  await expect(page.locator('.top-words li').filter({ hasText: /^replies \(\d+\)$/ })).toHaveCount(1);
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the results page is a page to reload', async ({ page }) => {
    await signInToAdatum(page, 'creator@adatum.example', undefined, false);
    await page.goto(RESULTS);
    await expect(page.getByRole('heading', { level: 1, name: 'Results: Customer satisfaction' })).toBeVisible();
    await expect(page.locator('.live-status')).toContainText('Reload the page to see answers that arrive later.');
    await expectAccessible(page);
  });
});

test('a subscriber pages through responses and downloads them as CSV', async ({ page, browser }) => {
  // 26 answers through a real browser take a while on two cores.
  test.setTimeout(120_000);
  // Enough responses for two pages, from a respondent's browser.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  for (let i = 0; i < 26; i++) {
    await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
    await waitForHydration(respondent);
    if (i === 0) await expectAccessible(respondent);
    await respondent.locator('.stars label').nth(2).click();
    await respondent.getByLabel('Phone').check();
    const comment = i === 0 ? '=1+1 formula' : i === 25 ? 'Line one\nLine two' : `Paging answer ${i}`;
    await respondent.getByLabel('What could we do better?').fill(comment);
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent).toHaveURL((url) => url.pathname.endsWith('/thanks'));
  }
  await expectAccessible(respondent);
  await context.close();

  await signInToAdatum(page, 'creator@adatum.example');
  await expectAccessible(page);
  await page.goto('/t/adatum/surveys/customer-satisfaction/responses');
  await waitForHydration(page);
  await expect(page.locator('.response')).toHaveCount(25);
  // Numbered within the survey, from 1.
  await expect(page.locator('.response h2').first()).toHaveText(/^Response 1 · /);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Next 25 responses' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has('after'));
  await expect(page.locator('.response').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'First page' })).toBeVisible();
  await expectAccessible(page);
  // Straight to the newest responses from the first page, then back a page.
  await page.getByRole('link', { name: 'First page' }).click();
  await expect(page.locator('.response')).toHaveCount(25);
  await page.getByRole('link', { name: 'Last page' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('page') === 'last');
  await expect(page.locator('.response')).toHaveCount(25);
  await expect(page.getByRole('link', { name: 'Last page' })).toHaveCount(0);
  // The newest answer spans two lines, and is shown on two lines.
  const multiLine = page.locator('.response dd', { hasText: 'Line one' }).last();
  await expect(multiLine).toHaveCSS('white-space', 'pre-wrap');
  expect(await multiLine.evaluate((dd) => dd.textContent)).toBe('Line one\nLine two');
  const lineHeight = parseFloat(await multiLine.evaluate((dd) => getComputedStyle(dd).lineHeight));
  expect((await multiLine.boundingBox())!.height).toBeGreaterThan(lineHeight * 1.5);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Previous 25 responses' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.has('before'));
  await expect(page.locator('.response').first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download all responses (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('customer-satisfaction-responses.csv');
  const fs = await import('node:fs');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toContain('"How satisfied are you with our service overall?"');
  expect(lines.length).toBeGreaterThanOrEqual(27);
  expect(csv).toContain('"\'=1+1 formula"');
  expect(csv).toContain('"Paging answer 24"');
  expect(csv).toContain('"Line one\nLine two"');
});
