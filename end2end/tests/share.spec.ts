import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// A subscriber shares a published survey: the link, the QR code (shown and
// downloaded) and the embed code. An Administrator lists the website that
// may embed surveys; pasted into a page of that website (a second loopback
// port) the survey shows, fits its frame and takes an answer, while the
// same code on an unlisted website (a third port) shows nothing.

const SHARE = '/t/adatum/surveys/customer-satisfaction/share';

/** A website of its own on a loopback port, serving one page around `snippet`. */
async function website(snippet: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our shop</title></head>` +
        `<body><main><h1>Tell us about your visit</h1>${snippet}</main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function saveWebsites(page: Page, websites: string): Promise<void> {
  const form = page.locator('#embed-origins-form');
  await form.getByLabel('Websites that may embed surveys').fill(websites);
  await form.getByRole('button', { name: 'Save websites' }).click();
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the share page gives the link, the QR code and the embed code (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInToAdatum(page, 'creator@adatum.example');
    await page.goto('/t/adatum');
    await waitForHydration(page);
    await page.getByRole('link', { name: 'Share Customer satisfaction' }).click();
    await expect(page).toHaveURL((url) => url.pathname === SHARE);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share: Customer satisfaction');
    await expectAccessible(page);

    const origin = new URL(page.url()).origin;
    await expect(page.getByLabel('Public address')).toHaveValue(`${origin}/s/adatum/customer-satisfaction`);
    const qr = page.getByRole('img', { name: /^QR code of the address of Customer satisfaction/ });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const box = await qr.boundingBox();
    expect(box!.x + box!.width, 'the QR code fits the screen').toBeLessThanOrEqual(viewport.width);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the QR code (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('customer-satisfaction-qr.png');
    await expect(page.locator('#embed-code')).toContainText('<iframe id="tailspin-customer-satisfaction"');
    // A Survey Creator sees the websites but cannot change them.
    await expect(page.locator('#embed-origins-form')).toHaveCount(0);
    await expect(page.getByText('An Administrator of your organization can add websites here.')).toBeVisible();
  });
}

test('embedding works from a listed website only, and the frame fits the survey', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInToAdatum(page, 'admin@adatum.example');
  await page.goto(SHARE);
  await waitForHydration(page);
  const snippet = (await page.locator('#embed-code').textContent()) ?? '';
  const listed = await website(snippet);
  const unlisted = await website(snippet);
  try {
    // Bad input: a clear error, nothing saved.
    await saveWebsites(page, `${listed.origin}/shop`);
    await expect(page.locator('#field-embed_origins-error')).toContainText(`${listed.origin}/shop is not one`);
    await expect(page.locator('#embed-websites')).toContainText('None yet');
    await expectAccessible(page);
    await saveWebsites(page, listed.origin);
    await expect(page.getByRole('status').filter({ hasText: 'The list of websites was saved.' })).toBeVisible();
    await expect(page.locator('#embed-websites')).toHaveText(listed.origin);
    await expectAccessible(page);

    const visitor = await browser.newContext({ javaScriptEnabled: true });
    const shop = await visitor.newPage();
    await shop.goto(listed.origin);
    const frame = shop.frameLocator('#tailspin-customer-satisfaction');
    await expect(frame.getByRole('heading', { level: 1, name: 'Customer satisfaction' })).toBeVisible();
    // The frame takes the survey's height: no scroll bar inside it.
    const iframe = shop.locator('#tailspin-customer-satisfaction');
    await expect
      .poll(async () => iframe.evaluate((f: HTMLIFrameElement) => f.style.height))
      .not.toBe('640px');
    const survey = shop.frame({ url: /\/s\/adatum\/customer-satisfaction$/ });
    expect(survey, 'the survey is in the frame').not.toBeNull();
    await expect
      .poll(() => survey!.evaluate(() => document.documentElement.scrollHeight - window.innerHeight), {
        message: 'the whole survey shows without scrolling inside the frame',
      })
      .toBeLessThanOrEqual(1);
    await expectAccessible(shop);

    // An answer given inside the frame arrives.
    await frame.locator('form#surveyForm ol > li').nth(0).locator('.stars label').nth(3).click();
    await frame.getByRole('radio', { name: 'Email', exact: true }).check();
    await frame.getByRole('button', { name: 'Submit answers' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: 'Thank you!', exact: true })).toBeVisible();
    await expectAccessible(shop);

    // The same code on a website nobody listed shows no survey.
    await shop.goto(unlisted.origin);
    await shop.waitForLoadState('load');
    await expect(shop.getByRole('heading', { name: 'Tell us about your visit' })).toBeVisible();
    const blocked = shop.frames().find((f) => f !== shop.mainFrame());
    expect(blocked, 'the frame exists').toBeDefined();
    // Chromium refuses the frame (frame-ancestors) and shows its error page.
    await expect.poll(() => blocked!.url()).toBe('chrome-error://chromewebdata/');
    await expect(frame.getByRole('heading', { name: 'Customer satisfaction' })).toHaveCount(0);
    await visitor.close();
  } finally {
    // Back to nobody, for the other tests.
    await saveWebsites(page, '');
    await expect(page.locator('#embed-websites')).toContainText('None yet');
    await expectAccessible(page);
    await listed.close();
    await unlisted.close();
  }
});
