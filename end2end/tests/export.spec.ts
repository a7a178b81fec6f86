import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

test('an administrator exports to a database, follows the progress and downloads it', async ({ page }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  await page.getByRole('link', { name: 'Export to a database' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/export');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Export to a database' })).toBeVisible();
  await expectAccessible(page);

  // The first run creates the database; later runs copy only what is new.
  const start = page.getByRole('button', { name: /Create the export database and copy everything|Copy what is new/ });
  await start.click();
  const progress = page.getByRole('status').filter({ hasText: 'new responses copied' });
  await expect(progress).toContainText('Finished', { timeout: 30_000 });
  await expect(progress.locator('progress')).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the export database (SQLite)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('adatum-export.sqlite');
  const fs = await import('node:fs');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

  // Again: nothing new to copy, and the history lists both transfers.
  await page.getByRole('button', { name: 'Copy what is new' }).click();
  await expect(page.locator('.transfer-message')).toContainText(/Up to date|new responses? copied/, { timeout: 30_000 });
  await expect(page.getByRole('table').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByRole('table').locator('tbody tr')).not.toHaveCount(1);
  await expectAccessible(page);
});

test('a survey creator is not offered the export', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await expect(page.getByRole('link', { name: 'Export to a database' })).toHaveCount(0);
  await page.goto('/t/adatum/export');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expectAccessible(page);
});

test('the responses can be downloaded as an Excel workbook', async ({ page }) => {
  await signInToAdatum(page, 'creator@adatum.example');
  await page.goto('/t/adatum/surveys/customer-satisfaction/responses');
  await waitForHydration(page);
  const link = page.getByRole('link', { name: 'Download all responses (Excel)' });
  await expect(link).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('customer-satisfaction-responses.xlsx');
  const fs = await import('node:fs');
  const bytes = fs.readFileSync(await download.path());
  // An XLSX file is a zip archive.
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
});
