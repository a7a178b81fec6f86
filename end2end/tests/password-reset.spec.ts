import type { Browser, Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  receivedMail,
  signInAsTailspinAdmin,
  signInToAdatum,
  submitSignInForm,
  test,
  waitForHydration,
} from './fixtures';

// A person who forgot their password asks for a link on the sign-in page,
// follows it from the email the real test SMTP server received, chooses a
// new password and signs in with it, at desktop and phone widths and
// without JavaScript. The account is added for the test and removed after.

const FIRST_PASSWORD = 'my very first password';

async function addAccount(browser: Browser, name: string, email: string): Promise<void> {
  // The administrator's browser runs JavaScript, whatever the test's does.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await signInToAdatum(page, 'admin@adatum.example');
  await page.goto('/t/adatum/users');
  await waitForHydration(page);
  const form = page.locator('#add-user');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('First password').fill(FIRST_PASSWORD);
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  await context.close();
}

async function removeAccount(browser: Browser, name: string): Promise<void> {
  // The administrator's browser runs JavaScript, whatever the test's does.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await signInToAdatum(page, 'admin@adatum.example');
  await page.goto('/t/adatum/users');
  await waitForHydration(page);
  await page.getByText(`Remove ${name}`, { exact: true }).click();
  await page.getByRole('button', { name: `Yes, remove ${name}` }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  await context.close();
}

/** Asks for a link on the sign-in page and returns the one that arrives. */
async function askForLink(page: Page, email: string, js: boolean): Promise<string> {
  await page.goto('/t/adatum/login');
  if (js) await waitForHydration(page);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/password-reset');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your Adatum Ltd. password');
  if (js) await waitForHydration(page);
  await expectAccessible(page);
  // A malformed address is refused at the field, and sends nothing.
  await page.getByLabel('Email').fill('not-an-address@');
  await page.getByLabel('Email').evaluate((input: HTMLInputElement) => (input.type = 'text'));
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Email')).toBeFocused();
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter the email you sign in with/);
  await expectAccessible(page);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await expect(page.getByText(`If ${email} has an account here, we have sent it a link`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to sign in' })).toBeFocused();
  await expectAccessible(page);
  const mail = await receivedMail(email);
  expect(mail.subject).toBe('Reset your Adatum Ltd. password');
  expect(mail.text).toContain('your Adatum Ltd. account');
  const link = mail.text.split(/\s+/).find((word) => word.includes('/password-reset/new?token='));
  expect(link, mail.text).toBeTruthy();
  expect(link, 'the page opens in the mail\'s language').toMatch(/&lang=en$/);
  expect(mail.html).toContain(`href="${link!.replace(/&/g, '&amp;')}"`);
  return link!;
}

async function chooseNewPassword(page: Page, link: string, email: string, js: boolean): Promise<void> {
  await page.goto(link);
  if (js) await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new Adatum Ltd. password');
  await expect(page.getByText(`For ${email}.`, { exact: false })).toBeVisible();
  await expectAccessible(page);
  // Too short, then two different passwords: each refused where it is typed.
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('New password again').fill('short');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('New password', { exact: true })).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(/at least 10 characters/);
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('New password again').fill('a brand new passfrase');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByLabel('New password again')).toHaveAccessibleDescription(/not the same/);
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('New password again').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/login');
  await expect(page.getByRole('status')).toHaveText('Your password was changed. Sign in with the new one.');
  if (js) await waitForHydration(page);
  await expectAccessible(page);
  await submitSignInForm(page, email, 'a brand new passphrase');
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum');

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
  await expect(page.getByText('This link was already used.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await expectAccessible(page);
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test(`a person who forgot their password resets it with the emailed link (${name})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const stamp = Date.now() % 1_000_000;
    const person = `Riley Reset ${name}`;
    const email = `riley-${name}-${stamp}@adatum.example`;
    await addAccount(browser, person, email);
    try {
      const link = await askForLink(page, email, true);
      await chooseNewPassword(page, link, email, true);
    } finally {
      await removeAccount(browser, person);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reset works as plain form posts', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const person = 'Robin Noscript';
    const email = `robin-${Date.now() % 1_000_000}@adatum.example`;
    await addAccount(browser, person, email);
    try {
      const link = await askForLink(page, email, false);
      await chooseNewPassword(page, link, email, false);
    } finally {
      await removeAccount(browser, person);
    }
  });
});

test('Tailspin administrators see the email that was sent', async ({ page, browser }) => {
  // A message of its own to look for: a link for the demo creator (never used).
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto('/t/adatum/password-reset');
  await visitor.getByLabel('Email').fill('creator@adatum.example');
  await visitor.getByRole('button', { name: 'Send me a link' }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await context.close();

  await signInAsTailspinAdmin(page);
  await page.getByRole('navigation', { name: 'Tailspin administration' }).getByRole('link', { name: 'Email' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/admin/email');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email');
  await expect(page.getByText('Email is sent through the SMTP server')).toBeVisible();
  const row = page
    .getByRole('region', { name: 'Recent messages' })
    .getByRole('row')
    .filter({ hasText: 'creator@adatum.example' })
    .first();
  await expect(row).toContainText('Password reset');
  await expect(row).toContainText('Reset your Adatum Ltd. password');
  // Sent by the job runner within a moment; the page shows it on reload.
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText('sent', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page);
});

test('an Administrator invites a person, who chooses their own password from the email', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `ivy-${Date.now() % 1_000_000}@adatum.example`;
  await signInToAdatum(page, 'admin@adatum.example');
  await page.goto('/t/adatum/users');
  await waitForHydration(page);
  const form = page.locator('#invite-user');
  await form.getByLabel('Name').fill('Ivy Invited');
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The invitation was sent.' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Ivy Invited/ }) });
  await expect(row).toContainText('invited, has not chosen a password yet');
  await expect(row.getByRole('button', { name: 'Send the invitation to Ivy Invited again' })).toBeVisible();
  await expectAccessible(page);

  const mail = await receivedMail(email);
  expect(mail.subject).toBe('You are invited to Adatum Ltd. on Tailspin Surveys');
  const link = mail.text.split(/\s+/).find((word) => word.includes('/password-reset/new?token='))!;
  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto(link);
  await waitForHydration(invited);
  await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Welcome to Adatum Ltd.: choose your password');
  await expectAccessible(invited);
  await invited.getByLabel('New password', { exact: true }).fill('ivy chooses her own');
  await invited.getByLabel('New password again').fill('ivy chooses her own');
  await invited.getByRole('button', { name: 'Set my password' }).click();
  await expect(invited.getByRole('status')).toHaveText('Your password was changed. Sign in with the new one.');
  await submitSignInForm(invited, email, 'ivy chooses her own');
  await expect(invited).toHaveURL((url) => url.pathname === '/t/adatum');
  await context.close();

  // Listed as a user now; removed again so the plan's limit stays free.
  await page.reload();
  await waitForHydration(page);
  await expect(row).not.toContainText('invited');
  await page.getByText('Remove Ivy Invited', { exact: true }).click();
  await page.getByRole('button', { name: 'Yes, remove Ivy Invited' }).click();
  await expect(row).toHaveCount(0);
});
