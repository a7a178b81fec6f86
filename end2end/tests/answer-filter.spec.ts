import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

const SURVEY = '/t/adatum/surveys/customer-satisfaction';

/** Two answers with a comment no other test writes, by Chat, rated 5. */
async function answerTwice(browser: import('@playwright/test').Browser, marker: string): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const respondent = await context.newPage();
  for (let i = 0; i < 2; i++) {
    await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
    await waitForHydration(respondent);
    await respondent.locator('.stars span.rating label').nth(4).click();
    await respondent.getByLabel('Chat').check();
    await respondent.getByLabel('What could we do better?').fill(marker);
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent).toHaveURL((url) => url.pathname.endsWith('/thanks'));
  }
  await context.close();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('results and responses are filtered by an answer', async ({ page, browser }) => {
      const marker = `filter marker ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`;
      await answerTwice(browser, marker);
      await signInToAdatum(page, 'creator@adatum.example', undefined, javaScriptEnabled);
      await page.goto(`${SURVEY}/results`);
      if (javaScriptEnabled) await waitForHydration(page);
      // Folded until used.
      const filter = page.getByRole('search', { name: 'Filter by answer' });
      await expect(filter).toBeHidden();
      await page.getByText('Filter by answer', { exact: true }).click();
      await expect(filter).toBeVisible();
      await expectAccessible(page);

      // Only the operators that fit each question are offered.
      const test1 = filter.getByLabel('Test 1');
      await expect(test1.locator('option', { hasText: 'Question 2 is more than' })).toHaveCount(0);
      await expect(test1.locator('option', { hasText: 'Question 1 is more than' })).toHaveCount(1);
      await test1.selectOption({ label: 'Question 3 is' });
      await filter.getByLabel('Value 1').fill(marker.toUpperCase());
      await filter.getByRole('button', { name: 'Apply the filter' }).click();

      await expect(page).toHaveURL((url) => url.searchParams.get('test1') === '2:equals');
      await expect(page.locator('#filter-applied')).toContainText(
        `Results of the responses where question 3 (“What could we do better?”) is “${marker.toUpperCase()}”.`,
      );
      await expect(page.locator('.results-total .total')).toHaveText('2');
      await expect(page.locator('.results-total')).toContainText(/of \d+ responses pass the filter/);
      await expect(page.locator('.live-status')).toContainText('Filtered results are computed when the page loads');
      const channels = page.getByRole('img', { name: 'Which channel did you use to contact us?' });
      await expect(channels).toHaveAccessibleDescription(/^Phone: 0 \(0%\), Email: 0 \(0%\), Chat: 2 \(100%\), In person: 0 \(0%\)\./);
      // The form keeps what was typed.
      await expect(page.getByLabel('Value 1')).toHaveValue(marker.toUpperCase());
      await expectAccessible(page);

      // The same responses, one by one.
      await page.getByRole('link', { name: 'Browse these responses' }).click();
      if (javaScriptEnabled) await waitForHydration(page);
      await expect(page.locator('#filter-applied')).toContainText('Responses of the responses where question 3');
      await expect(page.locator('.response')).toHaveCount(2);
      for (const response of await page.locator('.response').all()) {
        await expect(response.locator('dd').nth(2)).toHaveText(marker);
      }
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Results of these responses' }).click();
      await expect(page.locator('.results-total .total')).toHaveText('2');
      await expectAccessible(page);

      // A test that does not fit the question says why and filters nothing.
      await page.getByLabel('Test 1').selectOption({ label: 'Question 1 is more than' });
      await page.getByLabel('Value 1').fill('9');
      await page.getByRole('button', { name: 'Apply the filter' }).click();
      await expect(page.getByRole('alert')).toContainText('The filter: question 1 is answered from 1 to 5, not “9”. The filter was not applied: every response is shown.');
      await expect(page.locator('#filter-applied')).toHaveCount(0);
      await expectAccessible(page);

      await page.goto(`${SURVEY}/results?test1=2%3Aequals&value1=${encodeURIComponent(marker)}`);
      await expect(page.locator('.results-total .total')).toHaveText('2');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Clear the filter' }).click();
      await expect(page).toHaveURL((url) => url.search === '');
      await expect(page.locator('#filter-applied')).toHaveCount(0);
      await expectAccessible(page);
    });
  });
}
