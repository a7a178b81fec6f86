import { expect, expectAccessible, receivedMail, test, waitForHydration } from './fixtures';

// Self-service sign-up for a paid plan, with and without JavaScript: a plan
// first (only the plans this installation can complete; the demo server has
// a social provider, so all four), then only that plan's form. A common
// password is refused. The new subscriber awaits activation, and its pages
// say so in any browser instead of "Page not found".
for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a visitor picks Standard, is refused a common password, signs up and is told it awaits activation', async ({ page, browser }) => {
      // Seven pages, each checked with axe (without JavaScript through a
      // twin page), on two cores.
      test.setTimeout(120_000);
      const alias = `tailwind-${js ? 'js' : 'html'}-${Date.now() % 1_000_000}`;
      const settle = async () => {
        if (js) await waitForHydration(page);
        await expectAccessible(page);
      };

      await page.goto('/signup');
      await settle();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for Tailspin Surveys');
      const plans = page.getByRole('list', { name: 'Choose a plan' }).getByRole('listitem');
      await expect(plans).toHaveCount(4);
      await expect(plans.nth(2)).toContainText('Up to 5 users');
      await expect(plans.nth(2)).toContainText('With email and password');
      // Nothing to fill in before a plan is chosen.
      await expect(page.locator('form#signup-form')).toHaveCount(0);
      await expect(page.getByLabel('Sign in with')).toHaveCount(0);

      await page.getByRole('link', { name: 'Choose Standard' }).click();
      await expect(page).toHaveURL((url) => url.pathname === '/signup' && url.searchParams.get('plan') === 'standard');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Standard plan');
      await settle();
      // Only what Standard needs: no social identity, no identity provider.
      await expect(page.getByLabel('Sign in with')).toHaveCount(0);
      await expect(page.getByLabel('Issuer URL')).toHaveCount(0);
      await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Not a commonly used password/);

      const fill = async (password: string) => {
        await page.getByLabel('Subscriber name').fill('Tailwind Traders');
        await page.getByLabel('Alias').fill(alias);
        await page.getByLabel("Administrator's name").fill('Tess Owner');
        await page.getByLabel("Administrator's email").fill(`tess@${alias}.example`);
        await page.getByLabel('Password').fill(password);
        await page.getByRole('button', { name: 'Sign up' }).click();
      };
      await fill('Password123');
      await expect(page.locator('#field-password-error')).toHaveText(
        'This password is too common. Choose one that is harder to guess.',
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Standard plan');
      await settle();
      const taken = await page.request.get(`/t/${alias}/login`);
      expect(taken.status(), 'nothing was created').toBe(404);

      await fill('tailwind traders first password');
      await expect(page).toHaveURL((url) => url.pathname === `/signup/welcome/${alias}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Tailwind Traders');
      await expect(page.getByRole('status')).toContainText('Your Standard subscription is waiting for activation.');
      // The promise to write is kept: the confirmation is already on its way.
      await expect(page.getByText(`we will write to tess@${alias}.example when it is ready`)).toBeVisible();
      const notice = await receivedMail(`tess@${alias}.example`);
      expect(notice.subject).toBe('We have your sign-up for Tailwind Traders');
      expect(notice.text).toContain(`/t/${alias}`);
      // The public list opens on activation: named, not linked.
      await expect(page.getByText(`/s/${alias}`)).toBeVisible();
      await expect(page.getByRole('link', { name: `/s/${alias}` })).toHaveCount(0);
      await settle();

      // The welcome page's link leads to the sign-in page, which explains.
      await page.getByRole('link', { name: 'Branding' }).click();
      await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/login`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This subscription is awaiting activation');
      await settle();

      // Another browser, later: the welcome page says the same, and nothing
      // of what was signed up.
      const other = await browser.newContext({ javaScriptEnabled: true });
      const stranger = await other.newPage();
      const welcome = await stranger.goto(`/signup/welcome/${alias}`);
      expect(welcome?.status()).toBe(200);
      await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('This subscription is awaiting activation');
      await expect(stranger.locator('main')).not.toContainText('Tailwind Traders');
      await expectAccessible(stranger);
      await other.close();
    });
  });
}

test('the plan can be changed before signing up, and each plan shows only its own fields', async ({ page }) => {
  await page.goto('/signup?plan=premium');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Premium plan');
  await expect(page.getByLabel('Issuer URL')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveCount(0);
  // No Administrator's email on this plan: an address for notices instead.
  await expect(page.getByLabel('Email for notices')).toHaveAccessibleDescription(/We write here when the subscription is ready/);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Change plan' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/signup' && url.search === '');
  await expect(page.getByRole('link', { name: 'Choose Trial' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Choose Trial' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Trial plan');
  await expect(page.getByLabel('Sign in with')).toHaveValue('social');
  await expect(page.getByLabel('Email for notices')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await expect(page.getByLabel('Issuer URL')).toHaveCount(0);
  await expectAccessible(page);
});
