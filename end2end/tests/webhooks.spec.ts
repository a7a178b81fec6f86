import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// An Administrator registers a webhook endpoint (a receiver this test runs
// on loopback), pings it, and watches a respondent's answer arrive, signed
// so that the Standard Webhooks reference library accepts it.
const WEBHOOKS = '/t/adatum/settings/webhooks';
const SURVEY_PATH = '/s/adatum/customer-satisfaction';

type Delivery = { headers: Record<string, string>; body: string };

async function startReceiver(): Promise<{ url: string; got: Delivery[]; close: () => Promise<void> }> {
  const got: Delivery[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value);
      got.push({ headers, body });
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/tailspin`,
    got,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const deliveryRow = (page: Page, event: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${event.replace('.', '\\.')}`) }) });

async function answerSurvey(page: Page, comment: string): Promise<void> {
  await page.goto(SURVEY_PATH);
  await waitForHydration(page);
  await page.locator('form#surveyForm ol > li').nth(0).locator('.stars label').nth(3).click();
  await page.getByRole('radio', { name: 'Email', exact: true }).check();
  await page.getByLabel('What could we do better?').fill(comment);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page).toHaveURL(/\/thanks(\?|$)/);
}

test('an Administrator registers a webhook, pings it and watches a signed response arrive', async ({ page, browser }) => {
  const receiver = await startReceiver();
  try {
    await signInToAdatum(page, 'admin@adatum.example');
    await page.getByRole('navigation', { name: 'Adatum Ltd. pages' }).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page).toHaveURL((url) => url.pathname === WEBHOOKS);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhooks');
    await expectAccessible(page);

    // Plain http to a public name is refused beside the field.
    await page.getByLabel('Address').fill('http://hooks.example.com/tailspin');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page.locator('#webhook-url-error')).toContainText('https only');
    await expectAccessible(page);

    const description = `CRM ${test.info().workerIndex}-${Date.now()}`;
    await page.getByLabel('Address').fill(receiver.url);
    await page.getByLabel('Description (optional)').fill(description);
    await expect(page.getByRole('checkbox', { name: /response\.created/ })).toBeChecked();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page).toHaveURL(/\/t\/adatum\/settings\/webhooks\/\d+$/);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhook endpoint');
    await expect(page.getByText(description)).toBeVisible();
    await expectAccessible(page);
    const endpointPath = new URL(page.url()).pathname;

    await page.getByText('Show the signing secret').click();
    const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    const verifier = new Webhook(secret);

    await page.getByRole('button', { name: 'Send a test ping' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Delivered' })).toContainText('answered 200');
    expect(receiver.got).toHaveLength(1);
    const ping = verifier.verify(receiver.got[0].body, receiver.got[0].headers) as { type: string };
    expect(ping.type).toBe('ping');
    await expect(deliveryRow(page, 'ping')).toContainText('Delivered');
    await expectAccessible(page);

    // A respondent answers; the event arrives, signed.
    const comment = `Webhook scenario ${Date.now()}`;
    const respondent = await browser.newPage();
    await answerSurvey(respondent, comment);
    await respondent.close();
    await expect
      .poll(() => receiver.got.filter((d) => d.body.includes(comment)).length, { timeout: 20_000 })
      .toBe(1);
    const event = receiver.got.find((d) => d.body.includes(comment))!;
    const payload = verifier.verify(event.body, event.headers) as {
      type: string;
      data: { survey: { slug: string }; response: { answers: { answer: string }[] } };
    };
    expect(payload.type).toBe('response.created');
    expect(payload.data.survey.slug).toBe('customer-satisfaction');
    expect(payload.data.response.answers.map((a) => a.answer)).toContain(comment);
    expect(() => verifier.verify(event.body.replace(comment, 'forged'), event.headers)).toThrow();

    // The deliveries page shows it, with its attempt.
    await page.getByRole('button', { name: 'Refresh' }).click();
    const row = deliveryRow(page, 'response.created').filter({ hasText: event.headers['webhook-id'] });
    await expect(row).toContainText('Delivered');
    await row.getByText('1 attempt').click();
    await expect(row).toContainText('HTTP 200');
    await expectAccessible(page);

    // Redelivered on request: the same webhook-id again.
    await row.getByRole('button', { name: /^Redeliver/ }).click();
    await expect
      .poll(() => receiver.got.filter((d) => d.headers['webhook-id'] === event.headers['webhook-id']).length, {
        timeout: 20_000,
      })
      .toBe(2);

    // At phone width the deliveries still fit.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(endpointPath);
    await waitForHydration(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // Deleted: gone from the list.
    await page.getByText('Delete this endpoint').click();
    await page.getByRole('button', { name: 'Yes, delete the endpoint' }).click();
    await expect(page).toHaveURL((url) => url.pathname === WEBHOOKS);
    await waitForHydration(page);
    await expect(page.getByText(description)).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await receiver.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an endpoint is added and its page shows its secret and settings', async ({ page }) => {
    await signInToAdatum(page, 'admin@adatum.example', undefined, false);
    await page.goto(WEBHOOKS);
    await expectAccessible(page);
    const description = `No-script ${Date.now()}`;
    await page.getByLabel('Address').fill('https://hooks.example.com/tailspin');
    await page.getByLabel('Description (optional)').fill(description);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page).toHaveURL(/\/t\/adatum\/settings\/webhooks\/\d+$/);
    await expect(page.getByText(description)).toBeVisible();
    await page.getByText('Show the signing secret').click();
    await expect(page.getByRole('textbox', { name: 'Signing secret' })).toHaveValue(/^whsec_/);
    await expectAccessible(page);
    await page.getByText('Delete this endpoint').click();
    await page.getByRole('button', { name: 'Yes, delete the endpoint' }).click();
    await expect(page).toHaveURL((url) => url.pathname === WEBHOOKS);
  });
});
