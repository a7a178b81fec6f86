import type { Page } from '@playwright/test';
import {
  FEDERATED_URL as FED,
  expect,
  expectAccessible,
  signInAtProvider,
  signInWithProvider,
  test,
  waitForHydration,
} from './fixtures';

// The second server of playwright.config.ts (FED): tenants that sign in
// through the real OpenID providers of oidc/test-provider.mjs.
const ADATUM_IDP = 'http://127.0.0.1:3198';
const FABRIKAM_IDP = 'http://127.0.0.1:3199';

/** The provider URL the tenant's sign-in starts with (the browser's session
 *  remembers the sign-in, as if the link had been followed). */
async function startUrl(page: Page, tenant: string): Promise<URL> {
  const started = await page.request.get(`${FED}/t/${tenant}/oidc/start`, { maxRedirects: 0 });
  expect(started.status()).toBe(303);
  return new URL(started.headers()['location']);
}

async function expectRefused(page: Page, tenant: string, text: string | RegExp): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === `/t/${tenant}/oidc/callback`);
  await expect(page.getByRole('alert')).toContainText(text);
  await expectAccessible(page);
  // Nothing was signed in.
  await page.goto(`${FED}/t/${tenant}`);
  await expect(page).toHaveURL((url) => url.pathname === `/t/${tenant}/login`);
  await expectAccessible(page);
}

test('a Premium user signs in at their own provider with the role their groups give, and signs out', async ({ page }) => {
  for (const [login, name, role] of [
    ['alice', 'Alice', 'Survey Creator'],
    ['bob', 'Bob', 'Administrator'],
  ]) {
    await signInWithProvider(page, 'adatum', login);
    await expect(page).toHaveURL((url) => url.origin === FED && url.pathname === '/t/adatum');
    await expect(page.locator('.signed-in')).toHaveText(`Signed in as ${name} (${role})`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/login');
    await expectAccessible(page);
    // The provider remembers who signed in there (single sign-on); the next
    // user starts from a fresh browser.
    await page.context().clearCookies();
  }
});

test('a user whose claims map to no role is refused with a clear page', async ({ page }) => {
  await signInWithProvider(page, 'adatum', 'carol');
  await expectRefused(page, 'adatum', 'has not given that account a role');
});

test("a user of fabrikam's provider cannot reach adatum's dashboard", async ({ page }) => {
  await signInWithProvider(page, 'fabrikam', 'frank');
  await expect(page).toHaveURL((url) => url.pathname === '/t/fabrikam');
  await expect(page.locator('.signed-in')).toHaveText('Signed in as Frank (Survey Creator)');
  await expectAccessible(page);
  const response = await page.goto(`${FED}/t/adatum`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test('a response whose state was changed is refused', async ({ page }) => {
  const url = await startUrl(page, 'adatum');
  url.searchParams.set('state', 'forged-state');
  await page.goto(url.toString());
  await signInAtProvider(page, 'alice');
  await expectRefused(page, 'adatum', 'state mismatch');
});

test('an ID token minted for another nonce is refused', async ({ page }) => {
  const url = await startUrl(page, 'adatum');
  url.searchParams.set('nonce', 'someone-elses-nonce');
  await page.goto(url.toString());
  await signInAtProvider(page, 'alice');
  await expectRefused(page, 'adatum', 'nonce mismatch');
});

test("a response from fabrikam's provider arriving at adatum's callback is refused", async ({ page }) => {
  const url = await startUrl(page, 'adatum');
  expect(url.origin).toBe(ADATUM_IDP);
  // Same client id and redirect URI, but fabrikam's provider answers.
  await page.goto(url.toString().replace(ADATUM_IDP, FABRIKAM_IDP));
  await signInAtProvider(page, 'frank');
  await expectRefused(page, 'adatum', 'issuer mismatch');
});

test('an ID token issued to another application is refused', async ({ page }) => {
  await signInWithProvider(page, 'woodgrove', 'alice');
  await expectRefused(page, 'woodgrove', 'audience mismatch');
});

test('an expired ID token is refused', async ({ page }) => {
  await signInWithProvider(page, 'northwind', 'alice');
  await expectRefused(page, 'northwind', 'expired token');
});

test('only the social identity that owns a Trial subscription can sign in to it', async ({ page }) => {
  await signInWithProvider(page, 'contoso', 'sue');
  await expect(page).toHaveURL((url) => url.pathname === '/oidc/social/callback');
  await expect(page.getByRole('alert')).toContainText('belongs to another account');
  await expectAccessible(page);

  await page.context().clearCookies();
  await signInWithProvider(page, 'contoso', 'sam');
  await expect(page).toHaveURL((url) => url.pathname === '/t/contoso');
  await expect(page.locator('.signed-in')).toHaveText('Signed in as Sam (Administrator)');
  await expectAccessible(page);
});

test("a Premium Administrator edits the provider settings and never sees the client secret", async ({ page }) => {
  await signInWithProvider(page, 'adatum', 'bob');
  await expect(page.locator('.signed-in')).toHaveText('Signed in as Bob (Administrator)');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sign-in settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign-in settings');
  await waitForHydration(page);
  await expect(page.locator('code.redirect-uri')).toHaveText(`${FED}/t/adatum/oidc/callback`);
  await expect(page.getByLabel('Client secret')).toHaveValue('');
  await expect(page.getByText('A client secret is stored.')).toBeVisible();
  expect(await page.content()).not.toContain('tailspin-secret-adatum');
  await expectAccessible(page);

  const rules = page.getByLabel('Claim-mapping rules');
  const original = await rules.inputValue();
  await rules.fill(`${original}\ngroups Staff`);
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(page.locator('#claim-rules-error')).toContainText('Line 3:');
  await expect(rules).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await rules.fill(`# reviewed by Bob\n${original}`);
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The sign-in settings were saved.' })).toBeVisible();
  await expectAccessible(page);

  // The kept secret still works: Alice signs in as before.
  await page.context().clearCookies();
  await signInWithProvider(page, 'adatum', 'alice');
  await expect(page.locator('.signed-in')).toHaveText('Signed in as Alice (Survey Creator)');
  await expectAccessible(page);
});

test('a Trial subscriber can have one active survey; publishing a second is refused with the reason', async ({ page }) => {
  await signInWithProvider(page, 'contoso', 'sam');
  await expect(page).toHaveURL((url) => url.pathname === '/t/contoso');
  await waitForHydration(page);
  await expect(page.getByText('You have no surveys yet.')).toBeVisible();
  await expectAccessible(page);
  for (const title of ['Launch poll', 'Second poll']) {
    await page.goto(`${FED}/t/contoso`);
    await waitForHydration(page);
    await page.locator('#new-survey').getByLabel('Title').fill(title);
    await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await waitForHydration(page);
    const form = page.locator('#add-question');
    await form.getByLabel('Question', { exact: true }).fill('Will you come?');
    await form.getByLabel('Type').selectOption({ label: 'Star rating (1–5)' });
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(page.locator('.question-list .question-text')).toHaveText(['Will you come?']);
    await page.getByLabel(/I understand that the questions can no longer be changed/).check();
    await page.getByRole('button', { name: 'Publish survey' }).click();
    if (title === 'Launch poll') {
      // Leaving the page at once could cancel the publish still on its way.
      await expect(page.locator('.survey-status .badge')).toContainText('Published');
    }
  }
  await expect(page.getByRole('alert')).toContainText('Trial plan allows 1 active surveys');
  await expect(page.locator('.survey-status .badge')).toHaveText('Draft');
  await expectAccessible(page);
});

test('a Premium Administrator defines a metadata field and sets it on a survey; the dashboard shows it', async ({ page }) => {
  await signInWithProvider(page, 'adatum', 'bob');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Metadata fields' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metadata fields');
  await waitForHydration(page);
  await expectAccessible(page);
  const add = page.locator('#add-field');
  await add.getByLabel('Name').fill('Product id');
  await add.getByLabel('Type').selectOption({ label: 'Number' });
  await add.getByRole('button', { name: 'Add field' }).click();
  await expect(page.locator('.field-list')).toContainText('Product id (Number)');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await waitForHydration(page);
  await page.locator('#new-survey').getByLabel('Title').fill('Spring launch');
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring launch');
  await waitForHydration(page);
  const value = page.getByLabel('Product id (Number)');
  await value.fill('forty-two');
  await page.getByRole('button', { name: 'Save Product id' }).click();
  await expect(page.locator('.metadata-form .field-error')).toContainText('Enter a number');
  await expectAccessible(page);
  await value.fill('42');
  await page.getByRole('button', { name: 'Save Product id' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('row', { name: /Spring launch/ })).toContainText('Product id: 42');
  await expectAccessible(page);
});
