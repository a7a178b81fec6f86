import {
  expect,
  expectAccessible,
  signInAsTailspinAdmin,
  signInAtProvider,
  receivedMail,
  signInToAdatum,
  test,
  waitForHydration,
} from './fixtures';

// The demo server: a visitor signs up for a Trial through the real social
// provider (oidc/test-provider.mjs), then a Tailspin administrator manages
// that subscriber through its whole lifecycle.
const alias = `lamna-${Date.now() % 1_000_000}`;
const surveyPath = `/s/${alias}/first-survey`;

test.describe.serial('subscriber lifecycle', () => {
  test('a visitor signs up for a Trial with a social identity and creates a first survey', async ({ page }) => {
    await page.goto('/signup');
    await waitForHydration(page);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Choose Trial' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Trial plan');
    await expectAccessible(page);

    // The alias is suggested from the name and checked as it is typed.
    await page.getByLabel('Subscriber name').fill('Lamna Healthcare');
    await expect(page.getByLabel('Alias')).toHaveValue('lamna-healthcare');
    await expect(page.locator('#field-alias-status')).toHaveText('lamna-healthcare is available.');
    await page.getByLabel('Alias').fill('admin');
    await expect(page.locator('#field-alias-status')).toContainText('this alias is reserved');
    await page.getByLabel('Alias').fill(alias);
    await expect(page.locator('#field-alias-status')).toHaveText(`${alias} is available.`);

    // Only what a Trial needs: the identity that will own it.
    await expect(page.getByLabel('Password')).toHaveCount(0);
    await expect(page.getByLabel('Sign in with')).toBeVisible();
    // Without an address for notices the form is refused, and says why.
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.locator('#field-contact_email-error')).toHaveText(
      'Enter the email where we send notices about this subscription.',
    );
    await page.getByLabel('Email for notices').fill(`owner@${alias}.example`);
    await page.getByRole('button', { name: 'Sign up' }).click();

    // At the provider: the identity that will own the subscription.
    await signInAtProvider(page, 'lamna-owner', { checkAccessible: false });

    await expect(page).toHaveURL((url) => url.pathname === `/signup/welcome/${alias}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Lamna Healthcare');
    await expect(page.getByRole('status')).toContainText('Your Trial subscription is ready.');
    await expectAccessible(page);
    const ready = await receivedMail(`owner@${alias}.example`);
    expect(ready.subject).toBe('Lamna Healthcare is ready on Tailspin Surveys');

    await page.getByRole('link', { name: 'Open your dashboard' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}`);
    await waitForHydration(page);
    await expect(page.getByText(/Active surveys: 0 of 1 on the Trial plan/)).toBeVisible();
    await expectAccessible(page);
    const create = page.locator('#new-survey');
    await create.getByLabel('Title').fill('First survey');
    await create.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/t/${alias}/surveys/first-survey/edit`);
    await waitForHydration(page);
    const form = page.locator('#add-question');
    await form.getByLabel('Question', { exact: true }).fill('How did we do?');
    await form.getByLabel('Type').selectOption({ label: 'Star rating (1–5)' });
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('.question-list .question-text')).toHaveText(['How did we do?']);
    await page.getByLabel(/I understand that the questions can no longer be changed/).check();
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.locator('.survey-status .badge')).toContainText('Published, open until');
    await expectAccessible(page);

    const published = await page.request.get(surveyPath);
    expect(published.status()).toBe(200);
  });

  test('a Tailspin administrator finds, suspends, re-activates and deletes the subscriber', async ({ page, browser }) => {
    await signInAsTailspinAdmin(page);
    await page.getByRole('link', { name: 'Subscribers' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/admin/subscribers');
    await waitForHydration(page);
    await expectAccessible(page);
    await page.getByLabel('Name or alias').fill('lamna');
    await page.getByLabel('Plan').selectOption({ label: 'Trial' });
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.locator(`tr[data-alias="${alias}"]`);
    await expect(row).toContainText('Trial');
    await expect(row).toContainText('Active');
    await expect(row.locator('td.number').first()).toHaveText('1');
    await expectAccessible(page);
    await row.getByRole('link', { name: 'Lamna Healthcare' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/admin/subscribers/${alias}`);
    await waitForHydration(page);
    await expectAccessible(page);

    // A respondent has the survey open while the subscriber is suspended.
    const respondentContext = await browser.newContext();
    const respondent = await respondentContext.newPage();
    await respondent.goto(surveyPath);
    await waitForHydration(respondent);

    // Suspending is behind a disclosure and a box to tick.
    await page.getByText('Suspend this subscriber…').click();
    await page.getByLabel(/Yes, sign everyone at .* out/).check();
    await page.getByRole('button', { name: 'Suspend Lamna Healthcare' }).click();
    await expect(page.locator('#subscriber-status')).toHaveText('Suspended');
    await respondent.locator('.stars label').nth(3).click();
    await respondent.getByRole('button', { name: 'Submit answers' }).click();
    await expect(respondent.getByText('We could not find that page. Your answers are still here.')).toBeVisible();
    await expectAccessible(respondent);
    expect((await page.request.get(surveyPath)).status()).toBe(404);

    await page.getByRole('button', { name: 'Re-activate' }).click();
    await expect(page.locator('#subscriber-status')).toHaveText('Active');
    expect((await page.request.get(surveyPath)).status()).toBe(200);

    // Deleting asks for the alias; a wrong one changes nothing.
    const remove = page.locator('#delete-form');
    await remove.getByLabel(`Type ${alias} to confirm`).fill('lamna');
    await remove.getByRole('button', { name: /Delete the subscriber/ }).click();
    await expect(page.locator('#field-confirmation-error')).toContainText(`Type ${alias} exactly`);
    expect((await page.request.get(surveyPath)).status()).toBe(200);

    await remove.getByLabel(`Type ${alias} to confirm`).fill(alias);
    await remove.getByRole('button', { name: /Delete the subscriber/ }).click();
    // Gone from the public site at once; then purged in the background.
    await expect(page.locator('#purge-progress')).toBeVisible();
    expect((await page.request.get(surveyPath)).status()).toBe(404);
    expect((await page.request.get(`/s/${alias}`)).status()).toBe(404);
    await expect(page.locator('#purge-progress')).toHaveAttribute('data-finished', 'true', { timeout: 30_000 });
    await expect(page.locator('#purge-progress')).toContainText('Purged');
    await expectAccessible(page);

    // Nothing of it is left: not in the list, only in recent deletions.
    await page.goto(`/admin/subscribers?q=${alias}`);
    await waitForHydration(page);
    await expect(page.getByText('0 subscribers found.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recent deletions' })).toContainText(alias);
    await respondentContext.close();
  });

  test('usage for billing and dead letters are shown to Tailspin administrators', async ({ page }) => {
    await signInAsTailspinAdmin(page);
    await page.getByRole('link', { name: 'Usage for billing' }).click();
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Usage for');
    await expect(page.locator('tr[data-alias="adatum"]')).toBeVisible();
    await expectAccessible(page);
    const month = new Date().toISOString().slice(0, 7);
    const csv = await page.request.get(`/admin/usage.csv?month=${month}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('month,alias,name,plan,status,responses,surveys_published,active_surveys,users,storage_bytes');
    expect(text).toContain(`${month},adatum,`);
    const bad = await page.request.get('/admin/usage.csv?month=2026-13');
    expect(bad.status()).toBe(400);

    await page.getByRole('link', { name: 'Dead letters' }).click();
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dead letters');
    await expectAccessible(page);
  });

  test('an Administrator downloads a backup that a Tailspin administrator restores under a new alias', async ({ page, browser }) => {
    await signInToAdatum(page, 'admin@adatum.example');
    await page.goto('/t/adatum/export');
    await waitForHydration(page);
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tailspin-adatum-\d{4}-\d{2}-\d{2}\.tar\.gz$/);
    const archive = await download.path();

    const opsContext = await browser.newContext();
    const ops = await opsContext.newPage();
    await signInAsTailspinAdmin(ops);
    await expectAccessible(ops);
    await ops.goto('/admin/restore');
    await waitForHydration(ops);
    await expectAccessible(ops);

    // A taken alias is refused with the reason, and nothing is created.
    await ops.locator('#restore-archive').setInputFiles(archive);
    await ops.getByLabel('New alias').fill('adatum');
    await ops.getByLabel(/Password for the first Administrator/).fill('a restored password');
    await ops.getByRole('button', { name: 'Restore into a new subscriber' }).click();
    await expect(ops).toHaveURL((url) => url.pathname === '/admin/restore');
    await expect(ops.getByRole('alert')).toContainText('The alias adatum is taken.');
    await waitForHydration(ops);
    await expectAccessible(ops);

    const restored = `adatum-copy-${Date.now() % 100_000}`;
    await ops.locator('#restore-archive').setInputFiles(archive);
    await ops.getByLabel('New alias').fill(restored);
    await ops.getByLabel(/Password for the first Administrator/).fill('a restored password');
    await ops.getByRole('button', { name: 'Restore into a new subscriber' }).click();
    await expect(ops).toHaveURL((url) => url.pathname === `/admin/subscribers/${restored}`);
    await waitForHydration(ops);
    await expect(ops.locator('#subscriber-status')).toHaveText('Active');
    await expectAccessible(ops);
    const list = await ops.request.get(`/s/${restored}/customer-satisfaction`);
    expect(list.status()).toBe(200);
    await opsContext.close();
  });

  test('a Tailspin administrator adds a Premium subscriber after testing its provider, then edits its provider', async ({ page }) => {
    await signInAsTailspinAdmin(page);
    await expectAccessible(page);
    await page.goto('/admin/subscribers/new');
    await waitForHydration(page);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Choose Premium' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a Premium subscriber');
    await expectAccessible(page);
    const premium = `woodgrove-${Date.now() % 100_000}`;
    await page.getByLabel('Subscriber name').fill('Woodgrove Premium');
    await page.getByLabel('Alias').fill(premium);
    await expect(page.locator('#field-alias-status')).toHaveText(`${premium} is available.`);
    await expect(page.getByLabel('Sign in with')).toHaveCount(0);

    // "Test connection" runs discovery: first at nothing, then at the provider.
    await page.getByLabel('Issuer URL').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.locator('#field-issuer-status')).toContainText('could not be reached');
    await page.getByLabel('Issuer URL').fill('http://127.0.0.1:3198');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.locator('#field-issuer-status')).toContainText('Connected: http://127.0.0.1:3198');
    await expectAccessible(page);

    await page.getByLabel('Client ID').fill('tailspin');
    await page.getByLabel('Client secret').fill('tailspin-secret-adatum');
    await page.getByLabel('Administrator (email or identifier)').fill('ada@adatum.example');
    await page.getByRole('button', { name: 'Add the subscriber' }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/admin/subscribers/${premium}`);
    await waitForHydration(page);
    await expect(page.locator('#subscriber-status')).toHaveText('Active');
    await expect(page.getByText(`/t/${premium}/oidc/callback`)).toBeVisible();

    const provider = page.locator('#provider-form');
    await expect(provider.getByLabel('Issuer URL')).toHaveValue('http://127.0.0.1:3198');
    await provider.getByLabel('Issuer URL').fill('ftp://login.woodgrove.example');
    await provider.getByRole('button', { name: 'Save provider settings' }).click();
    await expect(provider.locator('#field-issuer-error')).toContainText('issuer URL');
    // A new issuer must not receive the stored secret: it is asked for again.
    await provider.getByLabel('Issuer URL').fill('http://127.0.0.1:3199');
    await provider.getByRole('button', { name: 'Save provider settings' }).click();
    await expect(provider.locator('#field-client_secret-error')).toContainText('Enter the client secret again');
    await expectAccessible(page);
    await provider.getByLabel('Client secret').fill('tailspin-secret-fabrikam');
    await provider.getByRole('button', { name: 'Save provider settings' }).click();
    await expect(page.getByText('The provider settings were saved.')).toBeVisible();
    await expectAccessible(page);
  });
});
