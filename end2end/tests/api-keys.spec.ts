import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// An Administrator creates an API key, a program uses it, and it stops
// working the moment it is revoked.
const KEYS = '/t/adatum/settings/api';

const keyRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

test('an Administrator creates a key, the API answers it, and revoking stops it at once', async ({ page, request }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Adatum Ltd. pages' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page).toHaveURL((url) => url.pathname === KEYS);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API keys');
  await expectAccessible(page);

  // Nothing chosen to allow: refused beside the choices, nothing created.
  const name = `Reporting ${test.info().workerIndex}-${Date.now()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('checkbox', { name: /surveys:read/ }).uncheck();
  await page.getByRole('button', { name: 'Create key' }).click();
  await expect(page.locator('#key-scopes-error')).toContainText('Choose at least one thing the key may do.');
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await expect(keyRow(page, name)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('checkbox', { name: /surveys:read/ }).check();
  await page.getByRole('checkbox', { name: /surveys:write/ }).check();
  await page.getByRole('checkbox', { name: /responses:read/ }).check();
  await page.getByLabel('Expires').selectOption('30');
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByRole('textbox', { name: 'New API key' });
  await expect(shown).toBeVisible();
  await expect(shown).toBeFocused();
  await expect(page.locator('.new-key')).toContainText('this is the only time it is shown');
  const key = await shown.inputValue();
  expect(key).toMatch(/^tsk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  await expect(keyRow(page, name)).toContainText(key.slice(0, 16));
  await expect(keyRow(page, name)).toContainText('responses:read');
  await expect(keyRow(page, name)).toContainText('Never');
  await expectAccessible(page);

  // A program calls the API with it.
  const surveys = await request.get('/api/v1/surveys', { headers: { authorization: `Bearer ${key}` } });
  expect(surveys.status()).toBe(200);
  const listed = await surveys.json();
  expect(listed.data.map((s: { slug: string }) => s.slug)).toContain('customer-satisfaction');
  const responses = await request.get('/api/v1/surveys/customer-satisfaction/responses?limit=5', {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(responses.status()).toBe(200);
  expect(await responses.json()).toHaveProperty('cursor');

  // A program makes a draft; the subscriber finds it on the dashboard.
  const title = `Made by a program ${test.info().workerIndex}-${Date.now()}`;
  const made = await request.post('/api/v1/surveys', {
    headers: { authorization: `Bearer ${key}`, 'idempotency-key': title },
    data: {
      title,
      questions: [
        { text: 'Which plan are you on?', kind: 'choice', required: true, options: ['Basic', 'Premium'] },
        { text: 'Anything to add?', kind: 'free_text' },
      ],
    },
  });
  expect(made.status(), await made.text()).toBe(201);
  const draft = await made.json();
  expect(draft.state).toBe('draft');
  await page.goto('/t/adatum');
  await waitForHydration(page);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/t/adatum/surveys/${draft.slug}/edit`);
  await waitForHydration(page);
  await expect(page.getByText('Which plan are you on?').first()).toBeVisible();
  await expectAccessible(page);

  // The program lists the draft's contacts; the subscriber sees them on
  // its Invitations page. A draft cannot be sent, and the API says why.
  const auth = { authorization: `Bearer ${key}` };
  const contacts = `/api/v1/surveys/${draft.slug}/contacts`;
  const badList = await request.post(contacts, {
    headers: auth,
    data: { contacts: [{ email: 'ana@contacts.example' }, { email: 'not an address' }] },
  });
  expect(badList.status()).toBe(422);
  expect(JSON.stringify(await badList.json())).toContain('Contact 2: ');
  const added = await request.post(contacts, {
    headers: auth,
    data: {
      contacts: [
        { email: 'ana@contacts.example', name: 'Ana Lima', attributes: { company: 'Contoso' } },
        { email: 'bo@contacts.example' },
      ],
    },
  });
  expect(added.status(), await added.text()).toBe(200);
  expect(await added.json()).toEqual({ added: 2, already_listed: 0 });
  const listedContacts = await (await request.get(contacts, { headers: auth })).json();
  expect(listedContacts.data.map((c: { status: string }) => c.status)).toEqual(['not_invited', 'not_invited']);
  const draftSend = await request.post(`/api/v1/surveys/${draft.slug}/invitations`, { headers: auth, data: {} });
  expect(draftSend.status()).toBe(400);
  expect((await draftSend.json()).detail).toContain('publish the survey first');
  await page.goto(`/t/adatum/surveys/${draft.slug}/invitations`);
  await waitForHydration(page);
  await expect(page.getByRole('row', { name: /ana@contacts\.example/ })).toContainText('Not invited');
  await expect(page.getByRole('row', { name: /bo@contacts\.example/ })).toBeVisible();
  await expectAccessible(page);

  // The page, loaded again, no longer shows the key but says it was used.
  await page.goto(KEYS);
  await waitForHydration(page);
  await expect(page.getByRole('textbox', { name: 'New API key' })).toHaveCount(0);
  await expect(keyRow(page, name)).toContainText('from 127.0.0.1');
  await expectAccessible(page);

  await keyRow(page, name).getByText(`Revoke ${name}`, { exact: true }).click();
  await expect(keyRow(page, name)).toContainText('This cannot be undone.');
  await keyRow(page, name).getByRole('button', { name: `Yes, revoke ${name}` }).click();
  await expect(keyRow(page, name)).toContainText('Revoked');
  await expectAccessible(page);
  const refused = await request.get('/api/v1/surveys', { headers: { authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
  expect((await refused.json()).type).toBe('/developers/api#problem-unauthorized');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a key is created and shown once, and the reference explains the API', async ({ page }) => {
    await signInToAdatum(page, 'admin@adatum.example', undefined, false);
    await expectAccessible(page);
    await page.goto(KEYS);
    await expectAccessible(page);
    const name = `Nightly export ${Date.now()}`;
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByRole('textbox', { name: 'New API key' })).toHaveValue(/^tsk_/);
    await expect(keyRow(page, name)).toContainText('surveys:read');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'API reference' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/developers/api');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tailspin Surveys API');
    await expect(page.getByRole('heading', { name: 'GET /api/v1/surveys/{slug}/responses', exact: true })).toBeVisible();
    await expect(page.locator('#problem-rate-limited')).toBeVisible();
    await expectAccessible(page);
  });
});
