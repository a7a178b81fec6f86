import http from 'node:http';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  signInAsTailspinAdmin,
  signInToAdatum,
  test,
  waitForHydration,
} from './fixtures';

// Each area of the site hydrates with a bundle of its own
// (app/src/site/area.rs): a private page loads its area's code only, at
// most 300 KB compressed with everything else on a first visit, and a link
// into another area loads that page, with its bundle, from the server.

const BUDGET = 300 * 1024;
const survey = '/t/adatum/surveys/customer-satisfaction';
const TENANT_PAGES: [string, string][] = [
  ['/t/adatum', 'dashboard'],
  [`${survey}/results`, 'dashboard'],
  [`${survey}/responses`, 'dashboard'],
  [`${survey}/edit`, 'designer'],
  [`${survey}/preview`, 'designer'],
  ['/t/adatum/users', 'settings'],
  ['/t/adatum/settings/sign-in', 'settings'],
  ['/t/adatum/branding', 'branding'],
  ['/t/adatum/export', 'settings'],
];
const ADMIN_PAGES: [string, string][] = [
  ['/admin', 'administration'],
  ['/admin/subscribers', 'subscribers'],
  ['/admin/subscribers/new', 'subscribers'],
  ['/admin/subscribers/adatum', 'subscribers'],
  ['/admin/subscribers/adatum/sign-in', 'subscribers'],
  ['/admin/usage', 'administration'],
  ['/admin/restore', 'administration'],
  ['/admin/dead-letters', 'administration'],
];
const PUBLIC_PAGES: [string, string][] = [
  ['/', 'public'],
  ['/signup', 'public'],
  ['/t/adatum/login', 'public'],
  ['/admin/login', 'public'],
];

/** The bundle stem of a script or WebAssembly file under /pkg. */
function bundleOf(path: string): string | undefined {
  return /^\/pkg\/([a-z]+)(\.[0-9a-f]{16})?(_bg)?\.(js|wasm)$/.exec(path)?.[1];
}

/**
 * Bytes as sent over the wire (brotli or gzip where the server offers
 * them), read with Node's http, which does not decompress.
 */
function wireSize(url: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip', cookie } }, (res) => {
        let size = 0;
        res.on('data', (chunk: Buffer) => (size += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(size) : reject(new Error(`${url}: ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** A fresh context (empty cache) signed in as `signedIn` is. */
async function freshContext(browser: Browser, signedIn: Page): Promise<BrowserContext> {
  return browser.newContext({ storageState: await signedIn.context().storageState() });
}

/**
 * Opens `path` in a fresh context, checks that it hydrates with `bundle`
 * alone, without console errors, and returns what it loaded: the document
 * and every file it asked for (event streams and server functions aside).
 */
async function firstVisit(
  browser: Browser,
  signedIn: Page,
  baseURL: string,
  path: string,
  bundle: string,
): Promise<Record<string, number>> {
  const context = await freshContext(browser, signedIn);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await waitForHydration(page);
    await expectAccessible(page);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    const files = [...new Set(loaded)].filter((p) => !p.startsWith('/api/') && !p.endsWith('/events'));
    const bundles = [...new Set(files.map(bundleOf).filter((b) => b !== undefined))];
    expect(bundles, `${path} hydrates with its area's bundle alone`).toEqual([bundle]);
    expect(errors, `${path}: console errors`).toEqual([]);

    if (process.env.E2E_RELEASE_SITE === '1') {
      // The server precompresses the site's files once it has started;
      // until then it compresses them on the fly, less tightly.
      await expect
        .poll(async () => (await context.request.get(`${baseURL}/pkg/${bundle}.wasm.br`)).status(), {
          timeout: 120_000,
        })
        .toBe(200);
    }
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const sizes: Record<string, number> = { [path]: await wireSize(`${baseURL}${path}`, cookie) };
    for (const file of files) sizes[file] = await wireSize(`${baseURL}${file}`, cookie);
    return sizes;
  } finally {
    await context.close();
  }
}

test.describe('bundles per area', () => {
  // Every page of the site, each in a context of its own.
  test.describe.configure({ timeout: 180_000 });

  for (const [name, pages, signIn] of [
    ['tenant', TENANT_PAGES, (page: Page) => signInToAdatum(page, 'admin@adatum.example')],
    ['Tailspin administration', ADMIN_PAGES, signInAsTailspinAdmin],
    ['public', PUBLIC_PAGES, async (page: Page) => void page],
  ] as const) {
    test(`${name} pages load their area's bundle alone, within the budget on a release site`, async ({
      page,
      browser,
      baseURL,
    }, testInfo) => {
      await signIn(page);
      const report: Record<string, { total: number; files: Record<string, number> }> = {};
      for (const [path, bundle] of pages) {
        const files = await firstVisit(browser, page, baseURL!, path, bundle);
        const total = Object.values(files).reduce((sum, size) => sum + size, 0);
        report[path] = { total, files };
      }
      const summary = JSON.stringify(report, null, 2);
      console.log(`first visit, compressed bytes: ${summary}`);
      await testInfo.attach('first visit, compressed bytes', { body: summary, contentType: 'application/json' });
      // A debug build's WebAssembly is several times the release one's, so
      // the budget holds only where a release site is tested.
      if (process.env.E2E_RELEASE_SITE === '1') {
        for (const [path, { total }] of Object.entries(report)) {
          expect(total, `${path}: everything a first visit loads, compressed`).toBeLessThanOrEqual(BUDGET);
        }
      }
      if (name !== 'public') await expectAccessible(page);
    });
  }

  test('a link into another area loads that page with its bundle; Back returns', async ({ page }) => {
    await signInToAdatum(page, 'admin@adatum.example');
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const wasm: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.wasm')) wasm.push(bundleOf(path) ?? path);
    });

    // The dashboard's navigation into the settings area.
    await page.getByRole('navigation', { name: /pages$/ }).getByRole('link', { name: 'Users' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await waitForHydration(page);
    expect(wasm).toEqual(['settings']);
    await expectAccessible(page);

    // Within the area the router stays in the page: no other bundle.
    await page.getByRole('navigation', { name: /pages$/ }).getByRole('link', { name: 'Sign-in settings' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/settings/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign-in settings' })).toBeVisible();
    expect(wasm).toEqual(['settings']);
    await expectAccessible(page);

    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === '/t/adatum/users');
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === '/t/adatum');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  test('dashboard time to interactive, 4× CPU throttling (measured, not asserted)', async ({
    page,
    browser,
  }, testInfo) => {
    await signInToAdatum(page, 'admin@adatum.example');
    await expectAccessible(page);
    const context = await freshContext(browser, page);
    try {
      const dashboard = await context.newPage();
      // When the app marks the body hydrated, in milliseconds since the
      // navigation started.
      await dashboard.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body?.getAttribute('data-hydrated') === 'true') {
            (window as unknown as { hydratedAt: number }).hydratedAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
      });
      const cdp = await context.newCDPSession(dashboard);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await dashboard.goto('/t/adatum');
      await waitForHydration(dashboard);
      const figures = await dashboard.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          hydrated: Math.round((window as unknown as { hydratedAt: number }).hydratedAt),
          domContentLoaded: Math.round(navigation.domContentLoadedEventEnd),
          load: Math.round(navigation.loadEventEnd),
        };
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const line = `dashboard, 4x CPU throttling, first visit: hydrated (interactive) at ${figures.hydrated} ms; DOMContentLoaded ${figures.domContentLoaded} ms, load ${figures.load} ms`;
      console.log(line);
      testInfo.annotations.push({ type: 'time to interactive', description: line });
      await testInfo.attach('dashboard time to interactive (ms)', {
        body: JSON.stringify(figures),
        contentType: 'application/json',
      });
      expect(figures.hydrated, 'the moment of hydration was seen').toBeGreaterThan(0);
      await expectAccessible(dashboard);
    } finally {
      await context.close();
    }
  });
});
