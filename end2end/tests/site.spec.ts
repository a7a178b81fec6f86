import { expect, expectAccessible, test, waitForHydration } from './fixtures';

test('the site has an icon, and the home page logs no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  for (const path of ['/favicon.ico', '/favicon.svg']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\//);
  }
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('scripts, WebAssembly and styles are named after their content and kept for a year', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/pkg/')) loaded.push(path);
  });
  await page.goto('/');
  await waitForHydration(page);
  await expectAccessible(page);
  // The style sheet, and the bundle of the public pages (app/src/site/area.rs).
  const versioned = /^\/pkg\/(tailspin\.[0-9a-f]{16}\.css|public\.[0-9a-f]{16}\.(js|wasm))$/;
  expect(loaded.length).toBeGreaterThanOrEqual(3);
  for (const path of loaded) expect(path).toMatch(versioned);
  for (const ext of ['js', 'wasm', 'css']) {
    expect(loaded.some((path) => path.endsWith(`.${ext}`)), ext).toBe(true);
  }

  for (const path of loaded) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  // Another build's name is not answered with this build's bytes.
  const stale = loaded[0].replace(/\.[0-9a-f]{16}\./, '.0123456789abcdef.');
  expect((await page.request.get(stale)).status()).toBe(404);
  // The plain name still works, checked with the server on every use.
  const plain = await page.request.get('/pkg/tailspin.css');
  expect(plain.status()).toBe(200);
  expect(plain.headers()['cache-control']).toBe('no-cache');
});
