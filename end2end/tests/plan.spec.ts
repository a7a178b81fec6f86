import {
  FEDERATED_URL as FED,
  expect,
  expectAccessible,
  receivedMail,
  signInWithProvider,
  signUpForTrial,
  submitSignInForm,
  test,
  waitForHydration,
} from './fixtures';

// litware (federated server) is a Trial owned by the social identity lee.
test('a Trial owner moves up to Individual, then to Standard, and signs in with the password they chose', async ({ page }) => {
  await signInWithProvider(page, 'litware', 'lee');
  await expect(page).toHaveURL((url) => url.pathname === '/t/litware');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Your plan: Trial' })).toBeVisible();
  await expect(page.getByText('No plan changes yet.')).toBeVisible();
  // Premium signs in through the subscriber's own provider: its form says
  // first that the social owner would be replaced.
  const premium = page.locator('.plan-card[data-plan="premium"]');
  await expect(premium.getByLabel('Issuer URL')).toBeHidden();
  await premium.getByText('Set up your provider and move to Premium').click();
  await expect(premium.getByRole('listitem')).toHaveText(['Lee (lee)']);
  await expect(premium).toContainText('cannot vouch for, and are removed');
  await expect(premium.getByRole('button', { name: 'Test the provider and move to Premium' })).toBeVisible();
  await expectAccessible(page);

  await page.locator('.plan-card[data-plan="individual"]').getByRole('button', { name: 'Move to Individual' }).click();
  await expect(page.getByRole('status')).toHaveText('You are on the Individual plan now.');
  await expect(page.getByRole('heading', { name: 'Your plan: Individual' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Trial Individual lee/ })).toBeVisible();
  await expect(page.locator('.plan-card[data-plan="individual"]')).toHaveCount(0);
  await expectAccessible(page);

  // Standard signs in with passwords: a bad email is refused where it is typed.
  const standard = page.locator('.plan-card[data-plan="standard"]');
  await standard.getByLabel('Email to sign in with').fill('lee@litware');
  await standard.getByRole('button', { name: 'Move to Standard' }).click();
  await expect(standard.getByLabel('Email to sign in with')).toHaveAccessibleDescription(/Enter the email you will sign in with/);
  await expect(page.getByRole('heading', { name: 'Your plan: Individual' })).toBeVisible();
  await standard.getByLabel('Email to sign in with').fill('lee@litware.example');
  await standard.getByRole('button', { name: 'Move to Standard' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'You are on the Standard plan now. We sent a link to lee@litware.example to choose your password.',
  );
  await expect(page.getByRole('heading', { name: 'Your plan: Standard' })).toBeVisible();
  await expect(page.locator('#password-pending')).toContainText('lee@litware.example');
  await expectAccessible(page);

  const mail = await receivedMail('lee@litware.example');
  expect(mail.subject).toBe('Choose a password for Litware');
  expect(mail.text).toContain('no longer with your Social ID account');
  const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token, mail.text).toBeTruthy();
  await page.goto(`${FED}/t/litware/password-reset/new?token=${token}`);
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByLabel('New password', { exact: true }).fill('litware owner passphrase');
  await page.getByLabel('New password again').fill('litware owner passphrase');
  await page.getByRole('button', { name: /password/ }).click();
  // Choosing it signs every session out; the sign-in page says why.
  await expect(page).toHaveURL((url) => url.pathname === '/t/litware/login');
  await expect(page.getByText('Your password was changed.')).toBeVisible();
  await waitForHydration(page);
  await expect(page.getByRole('link', { name: /^Sign in with/ })).toHaveCount(0);
  await expectAccessible(page);
  await submitSignInForm(page, 'lee@litware.example', 'litware owner passphrase');
  await expect(page).toHaveURL((url) => url.pathname === '/t/litware');
  await page.goto(`${FED}/t/litware/settings/plan`);
  await waitForHydration(page);
  await expect(page.locator('#password-pending')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Individual Standard lee/ })).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a new Trial owner moves up to Individual, and the page says so', async ({ page }) => {
    const alias = `plain-${Date.now() % 1_000_000}`;
    await signUpForTrial(page, 'Plain Traders', alias, `owner-${alias}`, false);

    await page.goto(`/t/${alias}/settings/plan`);
    await expect(page.getByRole('heading', { name: 'Your plan: Trial' })).toBeVisible();
    await expectAccessible(page);
    await page.locator('.plan-card[data-plan="individual"]').getByRole('button', { name: 'Move to Individual' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('upgraded') === 'individual');
    await expect(page.getByRole('status')).toHaveText('You are on the Individual plan now.');
    await expect(page.getByRole('heading', { name: 'Your plan: Individual' })).toBeVisible();
    await expectAccessible(page);
    // Reloaded later, the page no longer says it: it names the plan moved to
    // only while that is still the plan.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/t/${alias}/settings/plan`);
    await expect(page.getByRole('status')).toHaveText('');
    await expectAccessible(page);
  });
});
