import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForHydration } from './fixtures';

// Accounts kept by Tailspin Surveys, from the demo data. The password is the
// README's local default (TAILSPIN_DEMO_PASSWORD is not set for the suite).
const PASSWORD = process.env.TAILSPIN_DEMO_PASSWORD ?? 'tailspin-demo-2026';
const DASHBOARD = '/t/adatum';
const LOGIN = '/t/adatum/login';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a subscriber signs in, sees the dashboard with their role, and signs out', async ({ page }) => {
      // The dashboard sends an anonymous visitor to the sign-in page.
      await page.goto(DASHBOARD);
      await expect(page).toHaveURL((url) => url.pathname === LOGIN);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Adatum Ltd.');
      if (js) await waitForHydration(page);
      await expectAccessible(page);

      // A wrong password is refused with a message and the email kept.
      await signIn(page, 'creator@adatum.example', 'not the password');
      await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
      await expect(page.getByLabel('Email')).toHaveValue('creator@adatum.example');
      await expectAccessible(page);

      await signIn(page, 'creator@adatum.example', PASSWORD);
      await expect(page).toHaveURL((url) => url.pathname === DASHBOARD);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adatum Ltd.');
      await expect(page.locator('.signed-in')).toHaveText('Signed in as Carl Creator (Survey Creator)');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL((url) => url.pathname === LOGIN);
      await expectAccessible(page);

      // Signed out for real: the dashboard asks to sign in again.
      await page.goto(DASHBOARD);
      await expect(page).toHaveURL((url) => url.pathname === LOGIN);
      await expectAccessible(page);
    });
  });
}

test('a Tailspin administrator signs in to administration and out again', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL((url) => url.pathname === '/admin/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tailspin administration');
  await waitForHydration(page);
  await expectAccessible(page);

  await signIn(page, 'ops@tailspin.example', PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === '/admin');
  await expect(page.locator('.signed-in')).toHaveText('Signed in as ops@tailspin.example');
  // The statistics task's queue and counters (the demo server runs it in-process).
  await expect(page.getByRole('heading', { level: 2, name: 'Statistics task' })).toBeVisible();
  await expect(page.locator('.task-counters')).toContainText('Version conflicts (retried)');
  await expectAccessible(page);

  // Administration is not a way into a tenant's private pages.
  const response = await page.goto(DASHBOARD);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);

  await page.goto('/admin');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/admin/login');
  await expectAccessible(page);
});
