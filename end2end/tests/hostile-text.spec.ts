import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// Text that ends a raw-text element or an attribute, then adds something
// marked data-pwned. Typed into the designer, it must come back as text on
// every page, after hydration as before it.
const TITLE = '</title><meta http-equiv=refresh data-pwned>';
const TEXTAREA = '</textarea><b data-pwned>x</b>';
const QUOTES = `"><s data-pwned>' data-pwned='`;
const COMMENT = '<!--pwned';
const hostileTitle = `${TITLE}${QUOTES}`;
const hostileText = `${TITLE}${TEXTAREA}</script><i data-pwned></style>${QUOTES}${COMMENT}`;

async function expectNoInjectedMarkup(page: import('@playwright/test').Page) {
  const injected = await page.evaluate(() => {
    const found = [...document.querySelectorAll('[data-pwned], meta[http-equiv]')].map((e) => e.outerHTML);
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes('pwned')) found.push(`<!--${node.textContent}-->`);
    }
    return found;
  });
  expect(injected).toEqual([]);
}

test('hostile text typed into the designer stays text on every page, in the browser', async ({ page, browser }) => {
  // The e2e server lives for the whole run: each run of this test its own address.
  const slug = `hostile-${Date.now() % 1_000_000}`;
  await signInToAdatum(page, 'creator@adatum.example');
  const create = page.locator('#new-survey');
  await create.getByLabel('Title').fill(hostileTitle);
  await create.getByLabel('Address (optional)').fill(slug);
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/adatum/surveys/${slug}/edit`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileTitle);
  expect(await page.title()).toContain(hostileTitle);

  const details = page.locator('#survey-details');
  await details.getByLabel('Description').fill(hostileText);
  // The editor re-renders when the save answers, resetting the add-question
  // form (issue 21), so the question waits for that answer.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/save_survey_details'));
  await details.getByRole('button', { name: 'Save title and description' }).click();
  expect((await saved).status()).toBe(200);
  const form = page.locator('#add-question');
  await form.getByLabel('Question', { exact: true }).fill(hostileText);
  await form.getByLabel('Type').selectOption({ label: 'One choice' });
  await expect(form.getByLabel(/Options, one a line/)).toBeVisible();
  await form.getByLabel(/Options, one a line/).fill(`${TEXTAREA}\n${QUOTES}`);
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.locator('.question-list .question-text')).toHaveText([hostileText]);
  await expectNoInjectedMarkup(page);
  await expectAccessible(page);

  // Loaded afresh, the editor's boxes hold the text exactly as typed.
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('#survey-details').getByLabel('Description')).toHaveValue(hostileText);
  await expectNoInjectedMarkup(page);
  await expectAccessible(page);

  await page.getByLabel(/I understand that the questions can no longer be changed/).check();
  await page.getByRole('button', { name: 'Publish survey' }).click();
  await expect(page.locator('.survey-status .badge')).toContainText('Published');

  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/${slug}`);
  await waitForHydration(respondent);
  expect(await respondent.title()).toBe(`${hostileTitle} · Tailspin Surveys`);
  await expect(respondent.locator('#surveyTitle h1')).toHaveText(hostileTitle);
  await expect(respondent.getByRole('radio', { name: QUOTES })).toBeVisible();
  await expectNoInjectedMarkup(respondent);
  await expectAccessible(respondent);
  await context.close();

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('row', { name: /data-pwned/ }).first()).toBeVisible();
  await expectNoInjectedMarkup(page);
  await expectAccessible(page);
});
