import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// A real 64 × 32 PNG.
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAYAAACinX6EAAAAW0lEQVR4nO3QMREAIAzAwCqpfym4Ahk/kOH3XObs3p+NDtAaoAO0BugArQE6QGuADtAaoAO0BugArQE6QGuADtAaoAO0BugArQE6QGuADtAaoAO0BugArQE6QHsychjxa/hUGgAAAABJRU5ErkJggg==',
  'base64',
);

test('an administrator brands the surveys: logo and a red title, checked as typed, under a strict policy', async ({ page, browser }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  await page.getByRole('link', { name: 'Branding' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/branding');
  await waitForHydration(page);
  await expectAccessible(page);

  // The logo: a plain multipart form.
  await page.getByLabel('Logo image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO_PNG });
  await page.getByRole('button', { name: /Upload the logo|Replace the logo/ }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('logo') === 'saved');
  await expect(page.getByText('The new logo is saved.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Your current logo' })).toBeVisible();
  await waitForHydration(page);
  await expectAccessible(page);

  // A file that only claims to be an image is refused with a reason.
  await page.getByLabel('Logo image').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await page.getByRole('button', { name: 'Replace the logo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This is not a PNG, JPEG, GIF or WebP image.' })).toBeVisible();
  await waitForHydration(page);

  // The style sheet: problems appear while typing, at their line.
  const css = page.getByLabel('CSS');
  await css.fill('#surveyTitle h1 { color: red }\nbody { background: url(https://evil.example/x.png) }');
  await expect(page.locator('#css-problems')).toContainText('Line 2, column 20: background: url() is not allowed');
  await page.getByRole('button', { name: 'Save the style sheet' }).click();
  await expect(page.locator('#css-problems')).toContainText('Line 2, column 20');
  const stored = await page.request.get('/branding/adatum/style.css');
  expect(await stored.text()).not.toContain('url(');
  await expectAccessible(page);

  // Valid: the live preview shows it before saving, then it is saved.
  await css.fill('#surveyTitle h1 { color: red }');
  await expect(page.locator('#css-problems')).toContainText('No problems found.');
  await expect(page.locator('.branding-preview #surveyTitle h1')).toHaveCSS('color', 'rgb(255, 0, 0)');
  await page.getByRole('button', { name: 'Save the style sheet' }).click();
  await expect(page.getByText('Saved: your survey pages use it now.')).toBeVisible();
  await expectAccessible(page);

  // A respondent sees the logo and the red title; the page hydrates under
  // the policy and logs no errors.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  const problems: string[] = [];
  respondent.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  respondent.on('pageerror', (error) => problems.push(error.message));
  const response = await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'wasm-unsafe-eval'/);
  await waitForHydration(respondent);
  await expect(respondent.getByRole('img', { name: 'Adatum Ltd. logo' })).toBeVisible();
  await expect(respondent.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expectAccessible(respondent);
  expect(problems).toEqual([]);
  await context.close();

  // Back to no styling, so that other scenarios see the base look.
  await css.fill('');
  await page.getByRole('button', { name: 'Save the style sheet' }).click();
  await expect(page.getByText('Saved: your survey pages use it now.')).toBeVisible();
});

test('a survey creator cannot change branding', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await expect(page.getByRole('link', { name: 'Branding' })).toHaveCount(0);
  await page.goto('/t/adatum/branding');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expectAccessible(page);
});

test("the branding preview draws its sample with the survey page's own question component", async ({ page, browser }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  await page.goto('/t/adatum/branding');
  await waitForHydration(page);
  const preview = page.getByRole('region', { name: 'Preview of a survey page' });
  // Five real star radios with their labels, three of them chosen.
  await expect(preview.locator('.stars input[type="radio"]')).toHaveCount(5);
  await expect(preview.getByRole('radio', { name: '5 stars' })).toHaveCount(1);
  await expect(preview.getByRole('radio', { name: '3 stars' })).toBeChecked();
  await expect(preview.locator('.stars .rating-over')).toHaveCount(3);
  await expectAccessible(page);
  const previewStar = await preview.locator('.stars label').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.fontSize, s.minWidth, s.minHeight];
  });

  // The same size as on a respondent's page.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
  await expectAccessible(respondent);
  const realStar = await respondent.locator('.stars label').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.fontSize, s.minWidth, s.minHeight];
  });
  expect(previewStar).toEqual(realStar);
  await context.close();
});
