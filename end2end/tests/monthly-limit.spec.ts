import type { Browser } from '@playwright/test';
import {
  expect,
  expectAccessible,
  SMTP_API_URL,
  signInAsTailspinAdmin,
  signInAtProvider,
  test,
  waitForHydration,
} from './fixtures';

// A Trial subscriber (signed up through the real social provider) is given
// five responses a month by a Tailspin administrator. After four its
// dashboard warns; the fifth fills the month: the dashboard says the
// surveys are paused and until when, a sixth respondent reads that the
// survey is paused, and the contact address gets both warnings from the
// real SMTP server. Raising the limit reopens the survey at once.
const alias = `contoso-${Date.now() % 1_000_000}`;
const contact = `owner@${alias}.example`;
const surveyPath = `/s/${alias}/monthly-check`;

async function mailWithSubject(recipient: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${SMTP_API_URL}/messages?to=${encodeURIComponent(recipient)}`);
    const messages: { subject: string; text: string }[] = await response.json();
    const found = messages.find((m) => subject.test(m.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${subject} for ${recipient} within 20 s`);
}

async function answerOnce(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(surveyPath);
  await waitForHydration(respondent);
  await respondent.getByRole('radio', { name: 'Yes', exact: true }).check();
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname === `${surveyPath}/thanks`);
  await context.close();
}

test.describe.serial('responses a month', () => {
  test('a Trial signs up and publishes a survey', async ({ page }) => {
    await page.goto('/signup?plan=trial');
    await waitForHydration(page);
    await expectAccessible(page);
    await page.getByLabel('Subscriber name').fill('Contoso Pharmacies');
    await page.getByLabel('Alias').fill(alias);
    await expect(page.locator('#field-alias-status')).toHaveText(`${alias} is available.`);
    await page.getByLabel('Email for notices').fill(contact);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await signInAtProvider(page, 'contoso-owner', { checkAccessible: false });
    await expect(page).toHaveURL((url) => url.pathname === `/signup/welcome/${alias}`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Open your dashboard' }).click();
    await waitForHydration(page);
    await expect(page.getByText('Responses this month: 0 of 100 on the Trial plan')).toBeVisible();
    await expectAccessible(page);

    const create = page.locator('#new-survey');
    await create.getByLabel('Title').fill('Monthly check');
    await create.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/surveys/monthly-check/edit`);
    await waitForHydration(page);
    const add = page.locator('#add-question');
    await add.getByLabel('Question', { exact: true }).fill('Did you find what you needed?');
    await add.getByLabel('Type').selectOption({ label: 'One choice' });
    await add.getByLabel(/Options, one a line/).fill('Yes\nNo');
    await add.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel(/I understand that the questions can no longer be changed/).check();
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.locator('#published-notice')).toContainText('Your survey is published.');
    await expectAccessible(page);
  });

  test('five responses a month: warned at four, paused at five, reopened when raised', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signInAsTailspinAdmin(page);
    await page.goto(`/admin/subscribers/${alias}`);
    await waitForHydration(page);
    const settings = page.locator('#settings-form');
    const monthly = settings.getByLabel('Responses a month');
    await expect(monthly).toHaveAttribute('placeholder', 'plan: 100');
    await expect(monthly).toHaveAccessibleDescription(/Empty: the plan's limit/);
    // A limit that is not a whole number is refused, and nothing changes.
    await monthly.fill('0');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#field-monthly_responses-error')).toContainText('Enter a whole number from 1 to 10000000');
    await expectAccessible(page);
    await monthly.fill('5');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('The settings were saved.')).toBeVisible();

    for (let n = 0; n < 4; n++) await answerOnce(browser);
    const owner = await browser.newContext();
    const dashboard = await owner.newPage();
    await dashboard.goto(`/t/${alias}/login`);
    await waitForHydration(dashboard);
    await dashboard.getByRole('link', { name: /^Sign in with/ }).click();
    await signInAtProvider(dashboard, 'contoso-owner', { checkAccessible: false });
    await expect(dashboard).toHaveURL((url) => url.pathname === `/t/${alias}`);
    await waitForHydration(dashboard);
    await expect(dashboard.getByText('Responses this month: 4 of 5 on the Trial plan')).toBeVisible();
    await expect(dashboard.locator('.limit-warning')).toContainText("You have used 80% of this month's responses.");
    await expectAccessible(dashboard);
    const warned = await mailWithSubject(contact, /has used 80% of its responses for/);
    expect(warned.text).toContain('has received 4 of the 5 responses its Trial plan allows');

    await answerOnce(browser);
    await dashboard.reload();
    await waitForHydration(dashboard);
    await expect(dashboard.getByText('Responses this month: 5 of 5 on the Trial plan')).toBeVisible();
    const paused = dashboard.getByRole('alert').filter({ hasText: 'Your surveys are paused.' });
    await expect(paused).toContainText(/Until \d{4}-\d{2}-01 \(UTC\)/);
    await expectAccessible(dashboard);
    for (const width of [1280, 390]) {
      await dashboard.setViewportSize({ width, height: 900 });
      const box = await paused.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }
    const full = await mailWithSubject(contact, /has received all its responses for/);
    expect(full.text).toContain('Your surveys take no more answers until');

    // The sixth respondent: paused, and nothing to send.
    const late = await browser.newContext();
    const sixth = await late.newPage();
    const response = await sixth.goto(surveyPath);
    expect(response?.status()).toBe(403);
    await expect(sixth.getByRole('heading', { level: 1 })).toHaveText('This survey is paused');
    await expect(sixth.locator('main')).toContainText('Nothing you send now is stored.');
    await expect(sixth.getByRole('button', { name: 'Submit answers' })).toHaveCount(0);
    await expectAccessible(sixth);

    // A higher limit reopens it at once.
    await monthly.fill('10');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('The settings were saved.')).toBeVisible();
    await expectAccessible(page);
    const reopened = await sixth.goto(surveyPath);
    expect(reopened?.status()).toBe(200);
    await expectAccessible(sixth);
    await late.close();
    await owner.close();
  });
});
