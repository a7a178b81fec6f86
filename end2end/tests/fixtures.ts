import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/**
 * Every page a test lands on must pass axe. Tests call `expectAccessible`
 * on each page they visit; the `page` fixture below records every main-frame
 * navigation and, after a passing test,
 *   - checks the final page itself if the test did not, and
 *   - fails the test if it left any earlier page without a check,
 * so a forgotten check cannot let an inaccessible page through.
 */

// Impacts that fail a test. axe's `minor` and `moderate` findings do not.
const FAILING_IMPACTS = new Set(['serious', 'critical']);

// Main-frame URLs navigated to since the last accessibility check.
const uncheckedVisits = new WeakMap<Page, string[]>();

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

// Pages of tests that run with JavaScript disabled (see the fixture below).
const scriptlessPages = new WeakSet<Page>();

/** A page a test opened in a context of its own without JavaScript, which
 *  `expectAccessible` checks as it checks the fixture's scriptless pages. */
export function markScriptless(page: Page): Page {
  scriptlessPages.add(page);
  return page;
}

/**
 * axe runs as JavaScript inside the page, which a page with JavaScript
 * disabled never executes (the evaluation just hangs). For those, the
 * rendered HTML is shown to axe in a twin page that has JavaScript on but,
 * through a CSP header, runs none of the page's own scripts: axe sees exactly
 * the server-rendered document, styled by the real stylesheets.
 */
async function analyzeScriptless(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectAccessible: page has no browser');
  let context = twinContexts.get(browser);
  if (!context) {
    context = await browser.newContext({ javaScriptEnabled: true });
    twinContexts.set(browser, context);
  }
  const html = await page.content();
  const twin = await context.newPage();
  try {
    const viewport = page.viewportSize();
    if (viewport) await twin.setViewportSize(viewport);
    await twin.route('**/*', async (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === twin.mainFrame()) {
        await route.fulfill({
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "script-src 'none'",
          },
          body: html,
        });
      } else if (request.resourceType() === 'script') {
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await twin.goto(page.url());
    return await axeOn(twin);
  } finally {
    await twin.close();
  }
}

// One twin context per browser, kept for the worker's life: making a
// context costs about as much as the check itself.
const twinContexts = new WeakMap<Browser, BrowserContext>();

// Legacy mode runs axe in the page and its frames alone. The default mode,
// made for pages that frame other origins, finishes every run in a second,
// blank page: that doubled the cost of each check (half a second to a
// second on these 2 cores), a third of the whole suite's time.
function axeOn(page: Page) {
  return new AxeBuilder({ page }).setLegacyMode(true).analyze();
}

/** Runs axe on the current page; fails on serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await test.step(`accessibility check of ${new URL(page.url()).pathname}`, async () => {
    // Axe must not run while a navigation is swapping the document.
    await page.waitForLoadState('load');
    const url = page.url();
    const results = scriptlessPages.has(page)
      ? await analyzeScriptless(page)
      : await axeOn(page);
    uncheckedVisits.set(page, []);

    const blocking = results.violations.filter(
      (v) => v.impact != null && FAILING_IMPACTS.has(v.impact),
    );
    const report = blocking
      .map((v) => {
        const targets = v.nodes
          .map((n) => {
            const selector = n.target
              .map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)))
              .join(' ');
            return `      - ${selector}`;
          })
          .join('\n');
        return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
      })
      .join('\n');
    expect(
      blocking.length,
      `serious/critical accessibility violations on ${url}:\n${report}`,
    ).toBe(0);
  }, { box: true });
}

/** The demo accounts' password (the README's local default). */
export const DEMO_PASSWORD = process.env.TAILSPIN_DEMO_PASSWORD ?? 'tailspin-demo-2026';

/** The second server of playwright.config.ts, whose tenants sign in through
 *  the OpenID providers of oidc/test-provider.mjs. */
/** The HTTP API of the test SMTP server the main server sends mail to. */
export const SMTP_API_URL = `http://127.0.0.1:${process.env.E2E_SMTP_API_PORT ?? 3202}`;

/** Waits (up to 20 s) for a message to `recipient` at the test SMTP server. */
export async function receivedMail(
  recipient: string,
): Promise<{ subject: string; text: string; html: string }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${SMTP_API_URL}/messages?to=${encodeURIComponent(recipient)}`);
    const messages = await response.json();
    if (messages.length > 0) return messages[messages.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail for ${recipient} within 20 s`);
}

export const FEDERATED_URL = `http://127.0.0.1:${process.env.E2E_FED_PORT ?? 3196}`;

/*
 * Sign-in helpers. Every spec signs in through these; sign-in.spec.ts, which
 * tests the sign-in pages themselves, spells out the steps around
 * `submitSignInForm`.
 */

/**
 * Fills the email and password form of Tailspin Surveys (a tenant's own
 * accounts and Tailspin administration share it) and sends it. Waits for
 * nothing: the caller says where it should land.
 */
export async function submitSignInForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs in to the demo tenant adatum with an account kept by Tailspin
 * Surveys and lands on its dashboard; the sign-in page is checked on the
 * way. `js: false` for pages that run without JavaScript.
 */
export async function signInToAdatum(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
  js = true,
): Promise<void> {
  await page.goto('/t/adatum/login');
  if (js) await waitForHydration(page);
  await expectAccessible(page);
  await submitSignInForm(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === '/t/adatum');
  if (js) await waitForHydration(page);
}

/** Signs in to Tailspin administration as the demo operator and lands on
 *  /admin (not checked with axe on the way, nor waited on to hydrate). */
export async function signInAsTailspinAdmin(page: Page): Promise<void> {
  await page.goto('/admin/login');
  await waitForHydration(page);
  await submitSignInForm(page, 'ops@tailspin.example', DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === '/admin');
}

/**
 * On the login page of a provider of oidc/test-provider.mjs: any password,
 * the login is the user. The page is checked with axe unless
 * `checkAccessible` is false. Waits for nothing after sending.
 */
export async function signInAtProvider(
  page: Page,
  login: string,
  { checkAccessible = true }: { checkAccessible?: boolean } = {},
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign-in' })).toBeVisible();
  if (checkAccessible) await expectAccessible(page);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/**
 * From a tenant's sign-in page on the federated server through its
 * provider's login page and back; the caller checks where it lands (the
 * dashboard, or a page refusing the sign-in).
 */
export async function signInWithProvider(page: Page, tenant: string, login: string): Promise<void> {
  await page.goto(`${FEDERATED_URL}/t/${tenant}/login`);
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Sign in with/ }).click();
  await signInAtProvider(page, login);
}

/**
 * Signs up for a Trial as `ownerLogin` at the test social provider and
 * lands on the welcome page, every page on the way checked with axe. With
 * JavaScript (`js`), the alias is first seen to be available.
 */
export async function signUpForTrial(
  page: Page,
  name: string,
  alias: string,
  ownerLogin: string,
  js = true,
): Promise<void> {
  await page.goto('/signup');
  if (js) await waitForHydration(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Choose Trial' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign up for the Trial plan');
  await expectAccessible(page);
  await page.getByLabel('Subscriber name').fill(name);
  await page.getByLabel('Alias').fill(alias);
  if (js) await expect(page.locator('#field-alias-status')).toHaveText(`${alias} is available.`);
  await page.getByLabel('Email for notices').fill(`notices@${alias}.example`);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await signInAtProvider(page, ownerLogin);
  await expect(page).toHaveURL((url) => url.pathname === `/signup/welcome/${alias}`);
  await expectAccessible(page);
}

/** Waits until the Rust frontend has hydrated the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(
    page.locator('body'),
    'the frontend sets body[data-hydrated="true"] once hydrated',
  ).toHaveAttribute('data-hydrated', 'true', { timeout: 20_000 });
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page, javaScriptEnabled }, use, testInfo) => {
    uncheckedVisits.set(page, []);
    if (!javaScriptEnabled) scriptlessPages.add(page);
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = frame.url();
      // about:blank before the first goto, chrome-error:// on a refused load.
      if (!url.startsWith('http')) return;
      const pending = uncheckedVisits.get(page)!;
      // A reload or same-URL form post is the same page, not a new one.
      if (pending.length > 0 && withoutHash(pending[pending.length - 1]) === withoutHash(url)) {
        return;
      }
      pending.push(url);
    });

    await use(page);

    // A failed test already says what is wrong; don't pile on.
    if (testInfo.status !== 'passed' || page.isClosed()) return;
    const pending = uncheckedVisits.get(page)!;
    if (pending.length === 0) return;

    const current = withoutHash(page.url());
    const skipped = pending.filter((url) => withoutHash(url) !== current);
    expect(
      skipped,
      'every page a test visits needs `await expectAccessible(page)` while it is shown',
    ).toEqual([]);
    await expectAccessible(page);
  },
});
