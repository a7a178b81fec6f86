import {
  DEMO_PASSWORD,
  expect,
  expectAccessible,
  receivedMail,
  signInAsTailspinAdmin,
  signUpForTrial,
  submitSignInForm,
  test,
  waitForHydration,
} from './fixtures';

// The demo server: a visitor signs up for a Trial with a social identity;
// a Tailspin administrator moves it to Standard (the owner chooses a
// password by the emailed link), then back to Individual (the owner signs
// in with the social identity whose verified email they named).
const alias = `tailwind-${Date.now() % 1_000_000}`;
const ownerLogin = `owner-${alias}`;

test('a Tailspin administrator moves a subscriber to passwords and back to a social identity', async ({ page, browser }) => {
  await signUpForTrial(page, 'Tailwind Traders', alias, ownerLogin);

  // The operator, in another browser, finds the guided move from the
  // subscriber's page.
  const operator = await (await browser.newContext()).newPage();
  await signInAsTailspinAdmin(operator);
  await operator.goto(`/admin/subscribers/${alias}`);
  await waitForHydration(operator);
  await operator.getByRole('link', { name: 'Change how the subscriber signs in' }).click();
  await expect(operator).toHaveURL((url) => url.pathname === `/admin/subscribers/${alias}/sign-in`);
  await expect(operator.getByRole('heading', { level: 1 })).toHaveText('Change how Tailwind Traders signs in');
  await waitForHydration(operator);
  await expect(operator.getByText('Tailwind Traders is on the Trial plan and signs in with one social identity')).toBeVisible();
  const premium = operator.locator('.plan-card[data-plan="premium"]');
  await expect(premium).toContainText('no email the new sign-in could find them by, and are removed');
  await expect(premium.getByLabel('Issuer URL')).toBeHidden();
  await premium.getByText('Set up the provider and move to Premium').click();
  await expect(premium.getByRole('button', { name: 'Test the provider and move to Premium' })).toBeVisible();
  await expectAccessible(operator);

  // A malformed email is refused where it was typed; nothing moves.
  const standard = operator.locator('.plan-card[data-plan="standard"]');
  await expect(standard.getByRole('listitem')).toHaveText([`O${ownerLogin.slice(1)} (${ownerLogin})`]);
  await standard.getByLabel("Owner's email to sign in with").fill('owner@tailwind');
  await standard.getByRole('button', { name: 'Move to Standard' }).click();
  await expect(standard.getByLabel("Owner's email to sign in with")).toHaveAccessibleDescription(/Enter the email you will sign in with/);
  await expect(operator.getByText('is on the Trial plan')).toBeVisible();
  const ownerEmail = `owner@${alias}.example`;
  await standard.getByLabel("Owner's email to sign in with").fill(ownerEmail);
  await standard.getByRole('button', { name: 'Move to Standard' }).click();
  await expect(operator.getByRole('status')).toHaveText(
    `Moved to Standard; everyone was signed out. We sent what to do next to ${ownerEmail}.`,
  );
  await expect(operator.getByText('Tailwind Traders is on the Standard plan')).toBeVisible();
  await expectAccessible(operator);

  // The owner was signed out, and chooses a password with the link.
  await page.goto(`/t/${alias}`);
  await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/login`);
  await expectAccessible(page);
  const passwordMail = await receivedMail(ownerEmail);
  expect(passwordMail.subject).toBe('Choose a password for Tailwind Traders');
  const token = /token=([A-Za-z0-9_-]+)/.exec(passwordMail.text)?.[1];
  expect(token, passwordMail.text).toBeTruthy();
  await page.goto(`/t/${alias}/password-reset/new?token=${token}`);
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill('tailwind owner passphrase');
  await page.getByLabel('New password again').fill('tailwind owner passphrase');
  await page.getByRole('button', { name: /password/ }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/login`);
  await waitForHydration(page);
  await expectAccessible(page);
  await submitSignInForm(page, ownerEmail, 'tailwind owner passphrase');
  await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}`);
  await waitForHydration(page);
  await expectAccessible(page);

  // Back to one social identity: the owner's account there verifies
  // another address, which the operator names.
  await operator.reload();
  await waitForHydration(operator);
  const individual = operator.locator('.plan-card[data-plan="individual"]');
  await expect(individual.getByLabel("Owner's email")).toHaveValue(ownerEmail);
  await expect(individual.getByLabel('Social provider')).toHaveValue('social');
  const socialEmail = `${ownerLogin}@social.example`;
  await individual.getByLabel("Owner's email").fill(socialEmail);
  await individual.getByRole('button', { name: 'Move to Individual' }).click();
  await expect(operator.getByRole('status')).toHaveText(
    `Moved to Individual; everyone was signed out. We sent what to do next to ${socialEmail}.`,
  );
  await expect(operator.locator('.plan-card[data-plan="standard"]')).toBeVisible();
  await operator.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(operator);
  const socialMail = await receivedMail(socialEmail);
  expect(socialMail.subject).toBe('Sign in to Tailwind Traders with Social ID');
  expect(socialMail.text).toContain(`whose verified email is ${socialEmail}`);

  // The password no longer works; the social identity opens the account.
  await page.goto(`/t/${alias}/login`);
  await waitForHydration(page);
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expectAccessible(page);
  // Still signed in at the provider since the sign-up: straight back.
  await page.getByRole('link', { name: 'Sign in with Social ID' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}`);
  await waitForHydration(page);
  await expectAccessible(page);
  await page.goto(`/t/${alias}/settings/plan`);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Your plan: Individual' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Standard Individual Tailspin Surveys/ })).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the operator moves a subscriber to passwords, and the page says so', async ({ page }) => {
    const plainAlias = `plainmove-${Date.now() % 1_000_000}`;
    await signUpForTrial(page, 'Plain Movers', plainAlias, `owner-${plainAlias}`, false);

    await page.goto('/admin/login');
    await expectAccessible(page);
    await submitSignInForm(page, 'ops@tailspin.example', DEMO_PASSWORD);
    await expect(page).toHaveURL((url) => url.pathname === '/admin');
    await expectAccessible(page);
    await page.goto(`/admin/subscribers/${plainAlias}/sign-in`);
    await expect(page.getByText('Plain Movers is on the Trial plan')).toBeVisible();
    await expectAccessible(page);
    const standard = page.locator('.plan-card[data-plan="standard"]');
    await standard.getByLabel("Owner's email to sign in with").fill(`owner@${plainAlias}.example`);
    await standard.getByRole('button', { name: 'Move to Standard' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('moved') === 'standard');
    await expect(page.getByRole('status')).toHaveText('Moved to Standard; everyone was signed out.');
    await expect(page.getByText('Plain Movers is on the Standard plan')).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
  });
});
