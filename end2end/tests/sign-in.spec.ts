import { DEMO_PASSWORD, expect, expectAccessible, submitSignInForm, test, waitForHydration } from './fixtures';

// The sign-in pages themselves are under test here, so each step is spelled
// out rather than left to signInToAdatum / signInAsTailspinAdmin. Accounts
// kept by Tailspin Surveys, from the demo data, with the demo password.
const DASHBOARD = '/t/adatum';
const LOGIN = '/t/adatum/login';

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
      await submitSignInForm(page, 'creator@adatum.example', 'not the password');
      await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
      await expect(page.getByLabel('Email')).toHaveValue('creator@adatum.example');
      await expectAccessible(page);

      await submitSignInForm(page, 'creator@adatum.example', DEMO_PASSWORD);
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

  await submitSignInForm(page, 'ops@tailspin.example', DEMO_PASSWORD);
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
