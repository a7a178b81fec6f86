import { expect, expectAccessible, test, waitForHydration } from './fixtures';

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
