import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForHydration } from './fixtures';

// Respondent journeys against the demo tenant "adatum" and its published
// "Customer satisfaction" survey (loaded by TAILSPIN_DEMO_DATA=true).

const TENANT_PATH = '/s/adatum';
const SURVEY_PATH = '/s/adatum/customer-satisfaction';
const THANKS_PATH = '/s/adatum/customer-satisfaction/thanks';

const Q_RATING = 'How satisfied are you with our service overall?';
const Q_CHANNEL = 'Which channel did you use to contact us?';
const Q_FEEDBACK = 'What could we do better?';
const CHANNELS = ['Phone', 'Email', 'Chat', 'In person'];

const ANSWER_REQUIRED = 'Please answer this question.';
const ERROR_SUMMARY = 'Some answers need your attention';

const PHONE_VIEWPORT = { width: 390, height: 844 };

// --- page helpers -----------------------------------------------------------

const question = (page: Page, index: number): Locator =>
  page.locator('form#surveyForm ol > li').nth(index);

const star = (page: Page, count: number): Locator =>
  page.getByRole('radio', { name: count === 1 ? '1 star' : `${count} stars`, exact: true });

// The star inputs are visually hidden; people click the star labels.
const starLabel = (page: Page, count: number): Locator =>
  question(page, 0).locator('.stars label').nth(count - 1);

const channel = (page: Page, name: string): Locator =>
  page.getByRole('radio', { name, exact: true });

const feedback = (page: Page): Locator => page.getByLabel(Q_FEEDBACK);

const fieldError = (page: Page, index: number): Locator =>
  question(page, index).locator('.field-error');

const errorSummary = (page: Page): Locator =>
  page.locator('[role="alert"]').filter({ hasText: ERROR_SUMMARY });

async function openSurvey(page: Page, { js }: { js: boolean }): Promise<void> {
  const response = await page.goto(SURVEY_PATH);
  expect(response?.status(), `GET ${SURVEY_PATH}`).toBe(200);
  await expect(page.locator('#surveyTitle h1')).toHaveText('Customer satisfaction');
  if (js) {
    await waitForHydration(page);
  } else {
    // Guards the no-JS tests against silently running with scripts on.
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', 'true');
  }
  await expectAccessible(page);
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit answers' }).click();
}

async function expectThankYouPage(page: Page): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === THANKS_PATH);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thank you!', exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
}

async function rateWithStars(page: Page, count: number): Promise<void> {
  await starLabel(page, count).click();
  for (let k = 1; k <= 5; k++) {
    if (k === count) await expect(star(page, k)).toBeChecked();
    else await expect(star(page, k)).not.toBeChecked();
  }
}

async function answerEverythingAndSubmit(page: Page): Promise<void> {
  await rateWithStars(page, 4);
  await channel(page, 'Email').check();
  await expect(channel(page, 'Email')).toBeChecked();
  await feedback(page).fill('Shorter waiting times on the phone line, please.');
  await submit(page);
  await expectThankYouPage(page);
}

/**
 * Submits with required answers missing, twice, and checks that exactly the
 * unanswered required questions are flagged and that given answers survive
 * each round trip; then completes the survey.
 */
async function fixValidationErrorsAndSubmit(page: Page): Promise<void> {
  const text = 'The hold music is far too loud.';

  // Round 1: only the optional question answered.
  await feedback(page).fill(text);
  await submit(page);
  await expect(errorSummary(page)).toBeVisible();
  await expect(fieldError(page, 0)).toHaveText(ANSWER_REQUIRED);
  await expect(fieldError(page, 1)).toHaveText(ANSWER_REQUIRED);
  await expect(fieldError(page, 2)).toHaveCount(0);
  await expect(feedback(page)).toHaveValue(text);
  expect(new URL(page.url()).pathname).not.toBe(THANKS_PATH);
  await expectAccessible(page);

  // Round 2: the channel answered too; only the rating is still missing.
  await channel(page, 'Email').check();
  await submit(page);
  // This one changes with the new response, so it is awaited first: the
  // assertions below would also hold on the page before the submit.
  await expect(fieldError(page, 1)).toHaveCount(0);
  await expect(errorSummary(page)).toBeVisible();
  await expect(fieldError(page, 0)).toHaveText(ANSWER_REQUIRED);
  await expect(fieldError(page, 2)).toHaveCount(0);
  await expect(channel(page, 'Email')).toBeChecked();
  await expect(feedback(page)).toHaveValue(text);
  await expectAccessible(page);

  // Round 3: everything required answered.
  await rateWithStars(page, 4);
  await submit(page);
  await expectThankYouPage(page);
}

/** Paths of the POST requests the page makes from now on. */
function recordPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
  });
  return posts;
}

// --- scenarios ----------------------------------------------------------------

test.describe('with JavaScript', () => {
  test('the tenant page lists the published survey and links to it', async ({ page }) => {
    const response = await page.goto(TENANT_PATH);
    expect(response?.status(), `GET ${TENANT_PATH}`).toBe(200);
    await waitForHydration(page);
    const link = page.getByRole('link', { name: 'Customer satisfaction', exact: true });
    await expect(link).toHaveAttribute('href', /\/s\/adatum\/customer-satisfaction$/);
    await expectAccessible(page);

    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === SURVEY_PATH);
    await expect(page.locator('#surveyTitle h1')).toHaveText('Customer satisfaction');
    await expectAccessible(page);
  });

  test('a respondent answers every question and is thanked', async ({ page }) => {
    const posts = recordPosts(page);
    await openSurvey(page, { js: true });
    await answerEverythingAndSubmit(page);
    // Hydrated, the answers go through the server function, not a page post.
    expect(posts).toEqual(['/api/submit_answers']);
  });

  test('the star rating follows the arrow keys', async ({ page }) => {
    await openSurvey(page, { js: true });
    await rateWithStars(page, 4);

    await star(page, 4).focus();
    await expect(star(page, 4)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(star(page, 5)).toBeChecked();
    await expect(star(page, 5)).toBeFocused();
    await expect(star(page, 4)).not.toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(star(page, 3)).toBeChecked();
    await expect(star(page, 5)).not.toBeChecked();
    await expectAccessible(page);
  });

  test('missing answers are flagged, kept answers survive, then it submits', async ({ page }) => {
    const posts = recordPosts(page);
    await openSurvey(page, { js: true });
    await fixValidationErrorsAndSubmit(page);
    // The browser checks the same rules first: only the valid round is sent.
    expect(posts).toEqual(['/api/submit_answers']);
  });

  test("the survey page loads the respondent's small bundle; the home page loads its own", async ({
    page,
  }) => {
    const wasm: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.wasm')) wasm.push(path);
    });
    await openSurvey(page, { js: true });
    // Named after its content (see server/src/routes/asset_names.rs).
    expect(wasm).toEqual([expect.stringMatching(/^\/pkg\/respondent\.[0-9a-f]{16}\.wasm$/)]);

    // The respondent's bundle does not know the home page: the link loads
    // it from the server, hydrated by the public pages' bundle.
    const publicBundle = page.waitForRequest((request) =>
      /^\/pkg\/public\.[0-9a-f]{16}\.wasm$/.test(new URL(request.url()).pathname),
    );
    const home = page.getByRole('link', { name: 'Tailspin Surveys', exact: true });
    await expect(home).toHaveAttribute('rel', 'external');
    await home.click();
    await publicBundle;
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tailspin Surveys', exact: true })).toBeVisible();
    await waitForHydration(page);
    await expectAccessible(page);

    // Back returns to the survey, not to a page in between. (It once
    // stayed on the home page: the respondent bundle replaced the survey's
    // history entry before its router had pushed the new one. The home
    // link now leaves the bundle with rel="external".) history.back() and
    // the checks below: a restore from the back/forward cache does not
    // always send the navigation event page.goBack waits for. The back
    // is scheduled after evaluate returns: navigating inside it can destroy
    // the context before its result comes back (a flaky failure in CI).
    await page.evaluate(() => {
      setTimeout(() => history.back(), 0);
    });
    await expect(page).toHaveURL((url) => url.pathname === SURVEY_PATH);
    await expect(page.locator('#surveyTitle h1')).toHaveText('Customer satisfaction');
  });

  for (const path of ['/s/adatum/no-such-survey', '/s/nobody', '/s/adatum/customer-satisfaction/no-such-page']) {
    test(`${path} is a 404 "Page not found"`, async ({ page }) => {
      let loads = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) loads += 1;
      });
      const response = await page.goto(path);
      expect(response?.status(), `GET ${path}`).toBe(404);
      await waitForHydration(page);
      // Hydrating a "not found" page must not send the browser elsewhere.
      await page.waitForTimeout(500);
      expect(loads, 'page loads').toBe(1);
      // Checked after hydration too: the client must not render something else.
      await expect(
        page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }),
      ).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe('respondent page details, with JavaScript', () => {
  test('the error summary moves focus to the first input of the flagged question', async ({ page }) => {
    await openSurvey(page, { js: true });
    await submit(page);
    await expect(errorSummary(page)).toBeVisible();
    await expectAccessible(page);
    const links = errorSummary(page).getByRole('link');
    await links.nth(0).click();
    await expect(star(page, 1)).toBeFocused();
    await links.nth(1).click();
    await expect(channel(page, 'Phone')).toBeFocused();
    // The question's text stays in view above its first input.
    await expect(question(page, 1).locator('legend')).toBeInViewport();
  });

  test('a counter shows the characters left and what is too long is refused, not cut', async ({ page }) => {
    await openSurvey(page, { js: true });
    const counter = question(page, 2).locator('.character-count');
    await expect(counter).toHaveText('2,000 characters left');
    await expect(feedback(page)).toHaveAttribute('aria-describedby', /q-\d+-count/);
    await feedback(page).fill('Two\nlines');
    await expect(counter).toHaveText('1,991 characters left');
    const tooLong = 'x'.repeat(2005);
    await feedback(page).fill(tooLong);
    await expect(feedback(page)).toHaveValue(tooLong);
    await expect(counter).toHaveText('5 characters too many');
    await rateWithStars(page, 4);
    await channel(page, 'Chat').check();
    await submit(page);
    await expect(fieldError(page, 2)).toContainText('at most 2,000 characters');
    await expect(feedback(page)).toHaveValue(tooLong);
    await expectAccessible(page);
    await feedback(page).fill('Just right.');
    await expect(counter).toHaveText('1,989 characters left');
    await submit(page);
    await expectThankYouPage(page);
  });

  test('the thank-you heading takes focus, and Back says the answers were sent', async ({ page }) => {
    await openSurvey(page, { js: true });
    await expect(page.getByText('You have already sent answers')).toHaveCount(0);
    await answerEverythingAndSubmit(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === SURVEY_PATH);
    await expect(page.getByRole('note')).toContainText(
      'You have already sent answers to this survey from this browser.',
    );
    await expectAccessible(page);
    // Sending again is allowed: it is another response.
    await answerEverythingAndSubmit(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server renders the whole survey form', async ({ page }) => {
    await openSurvey(page, { js: false });

    const form = page.locator('form#surveyForm');
    await expect(form).toHaveAttribute('method', /^post$/i);
    await expect(form).toHaveAttribute('novalidate');
    await expect(form.locator('ol > li')).toHaveCount(3);

    // 1. Star rating: a fieldset named by the question, five radios in one group.
    await expect(question(page, 0).locator('fieldset > legend')).toContainText(Q_RATING);
    await expect(question(page, 0).locator('.stars input[type="radio"]')).toHaveCount(5);
    const groupNames = new Set<string | null>();
    for (let k = 1; k <= 5; k++) {
      await expect(star(page, k)).toHaveAttribute('value', String(k));
      groupNames.add(await star(page, k).getAttribute('name'));
    }
    expect(groupNames.size, 'all star radios share one name').toBe(1);

    // 2. Channel: four radio options in order.
    await expect(question(page, 1)).toContainText(Q_CHANNEL);
    await expect(question(page, 1).locator('.option label')).toHaveText(CHANNELS);
    for (const name of CHANNELS) {
      await expect(question(page, 1).getByRole('radio', { name, exact: true })).toHaveCount(1);
    }

    // 3. Free text, optional, at most 2,000 characters.
    await expect(question(page, 2)).toContainText(Q_FEEDBACK);
    await expect(feedback(page)).toHaveJSProperty('tagName', 'TEXTAREA');
    // No maxlength: it would cut pasted text silently; the hint states the
    // limit and the server refuses more, keeping the text.
    await expect(feedback(page)).not.toHaveAttribute('maxlength');
    await expect(question(page, 2).locator('.character-count')).toHaveText('Up to 2,000 characters.');

    await expect(page.getByRole('button', { name: 'Submit answers' })).toBeVisible();
  });

  test('a respondent answers every question and is thanked', async ({ page }) => {
    await openSurvey(page, { js: false });
    await answerEverythingAndSubmit(page);
  });

  test('missing answers are flagged, kept answers survive, then it submits', async ({ page }) => {
    await openSurvey(page, { js: false });
    await fixValidationErrorsAndSubmit(page);
  });

  test('the error summary links to the first input of each flagged question', async ({ page }) => {
    await openSurvey(page, { js: false });
    await submit(page);
    await expect(errorSummary(page)).toBeVisible();
    await expectAccessible(page);
    const links = errorSummary(page).getByRole('link');
    await expect(links).toHaveCount(2);
    const first = await star(page, 1).getAttribute('id');
    const second = await channel(page, 'Phone').getAttribute('id');
    await expect(links.nth(0)).toHaveAttribute('href', `#${first}`);
    await expect(links.nth(1)).toHaveAttribute('href', `#${second}`);
    await links.nth(1).click();
    await expect(page).toHaveURL((url) => url.hash === `#${second}`);
  });

  test('Back after sending says the answers were already sent', async ({ page }) => {
    await openSurvey(page, { js: false });
    await expect(page.getByText('You have already sent answers')).toHaveCount(0);
    await answerEverythingAndSubmit(page);
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === SURVEY_PATH);
    await expect(page.getByRole('note')).toContainText(
      'You have already sent answers to this survey from this browser.',
    );
    await expectAccessible(page);
  });
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: PHONE_VIEWPORT });

  test('a respondent answers every question and is thanked', async ({ page }) => {
    await openSurvey(page, { js: true });
    // Nothing may force sideways scrolling at phone width.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await answerEverythingAndSubmit(page);
  });
});
