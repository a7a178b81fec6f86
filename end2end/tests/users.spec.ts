import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The demo tenant adatum keeps its own accounts (Standard plan: 5 users).
const USERS = '/t/adatum/users';

async function fillNewUser(page: Page, name: string, email: string, password: string) {
  const form = page.locator('#add-user');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('First password').fill(password);
  await form.getByRole('button', { name: 'Add user' }).click();
}

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('an Administrator adds a user and resets their password; the new Survey Creator cannot manage users', async ({ page }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Adatum Ltd. pages' }).getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL((url) => url.pathname === USERS);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
  await expect(row(page, 'Ada Administrator')).toContainText('Administrator');
  // Signed in just now: the row says when, not "never".
  await expect(row(page, 'Ada Administrator')).not.toContainText('never');
  await expect(row(page, 'Carl Creator')).toContainText('Survey Creator');
  // The password rule is stated where a password is chosen, as it is checked.
  await expect(page.getByLabel('First password')).toHaveAccessibleDescription(/At least 10 characters\./);
  await expectAccessible(page);

  // A taken email is refused next to the field, and nobody is added.
  await fillNewUser(page, 'Dana Designer', 'creator@adatum.example', 'dana-first-password');
  await expect(page.locator('#new-email-error')).toContainText('already signs in with this email');
  await expect(page.locator('#add-user').getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(row(page, 'Dana Designer')).toHaveCount(0);
  await expectAccessible(page);

  await fillNewUser(page, 'Dana Designer', 'dana@adatum.example', 'dana-first-password');
  await expect(page.getByRole('status').filter({ hasText: 'The user was added' })).toBeVisible();
  await expect(row(page, 'Dana Designer')).toContainText('dana@adatum.example');
  await expectAccessible(page);

  await row(page, 'Dana Designer').getByText('Reset password of Dana Designer').click();
  await page.getByLabel('New password for Dana Designer').fill('dana-second-password');
  await row(page, 'Dana Designer').getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The password was changed.' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/login');
  await signInToAdatum(page, 'dana@adatum.example', 'dana-second-password');
  await expectAccessible(page);
  await expect(page.locator('.signed-in')).toHaveText('Signed in as Dana Designer (Survey Creator)');
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  const refused = await page.goto(USERS);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an Administrator fills the plan, is told the limit, and removes a user', async ({ page }) => {
    // Six full page round trips, each checked with axe, on two cores.
    test.setTimeout(90_000);
    await signInToAdatum(page, 'admin@adatum.example', DEMO_PASSWORD, false);
    await expectAccessible(page);
    await page.goto(USERS);
    await expectAccessible(page);
    const before = await page.locator('tbody tr').count();
    // Standard allows 5 users: fill up what is left.
    for (let n = before + 1; n <= 5; n++) {
      await fillNewUser(page, `Temp ${n}`, `temp${n}@adatum.example`, 'a-long-first-password');
      await expect(page).toHaveURL((url) => url.pathname === USERS);
      await expect(row(page, `Temp ${n}`)).toBeVisible();
      await expectAccessible(page);
    }
    await expect(page.getByText("Your plan's user limit is reached; remove a user before adding another.")).toBeVisible();
    await fillNewUser(page, 'One Too Many', 'toomany@adatum.example', 'a-long-first-password');
    await expect(page.getByRole('alert')).toContainText('Standard plan allows 5 users');
    await expect(row(page, 'One Too Many')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByText('Remove Temp 5', { exact: true }).click();
    await page.getByRole('button', { name: 'Yes, remove Temp 5' }).click();
    await expect(row(page, 'Temp 5')).toHaveCount(0);
    await expect(page.getByText('4 of 5 users on the Standard plan.')).toBeVisible();
    await expectAccessible(page);
  });
});
