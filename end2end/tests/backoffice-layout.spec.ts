import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  signInAsTailspinAdmin,
  signInToAdatum,
  test,
  waitForHydration,
} from './fixtures';

// The back office is made for working in: wide on a desktop, every table
// whole at 1280 px and stacked into cards on a phone, the navigation (with
// signing out) on every private page. The tenant's style sheet never
// reaches it; respondents and the preview wear it.

const survey = '/t/adatum/surveys/customer-satisfaction';
const TENANT_PAGES = [
  '/t/adatum',
  '/t/adatum/users',
  '/t/adatum/settings/sign-in',
  '/t/adatum/branding',
  '/t/adatum/export',
  `${survey}/edit`,
  `${survey}/preview`,
  `${survey}/results`,
  `${survey}/responses`,
];
const ADMIN_PAGES = [
  '/admin',
  '/admin/subscribers',
  '/admin/subscribers/new',
  '/admin/subscribers/adatum',
  '/admin/subscribers/adatum/sign-in',
  '/admin/usage',
  '/admin/restore',
  '/admin/dead-letters',
];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

/** Nothing sticks out sideways: not the document, not a table's cell. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > width) problems.push(`document ${doc.scrollWidth} > ${width}`);
    document.querySelectorAll('table').forEach((table, t) => {
      table.querySelectorAll('th, td').forEach((cell) => {
        const box = cell.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
          problems.push(`table ${t} cell "${cell.textContent?.trim().slice(0, 30)}" ${box.left}..${box.right} of ${width}`);
        }
      });
    });
    return problems;
  });
  expect(overflow, `${page.url()} scrolls sideways`).toEqual([]);
}

async function visit(page: Page, path: string, navName: RegExp): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  const nav = page.getByRole('navigation', { name: navName });
  await expect(nav, `${path}: navigation`).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('every private page of a tenant has its navigation and fits the screen', async ({ page }) => {
      await signInToAdatum(page, 'admin@adatum.example');
      for (const path of TENANT_PAGES) await visit(page, path, /Adatum/);

      // The dashboard's table shows every column, Expires and Links included.
      await page.goto('/t/adatum');
      await waitForHydration(page);
      const table = page.getByRole('table');
      // A published survey's row (other tests add drafts, which have no
      // results yet, and the newest comes first).
      const row = table
        .locator('tbody tr')
        .filter({ has: page.getByRole('link', { name: /^Results of / }) })
        .first();
      await row.scrollIntoViewIfNeeded();
      await expect(row.getByRole('link', { name: /^Edit / })).toBeInViewport();
      await expect(row.getByRole('link', { name: /^Results of / })).toBeInViewport();
      await expect(row.locator('td[data-label="Expires"]')).toBeInViewport();
      if (size.width >= 1280) {
        await expect(table.getByRole('columnheader', { name: 'Links' })).toBeInViewport();
        await expect(table.getByRole('columnheader', { name: 'Expires' })).toBeInViewport();
        // Wide: the page is no reading column.
        const main = await page.locator('main').boundingBox();
        expect(main!.width).toBeGreaterThan(1100);
      } else {
        // A phone: a row is a card, each value under its column's name.
        await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
        await expect(row).toHaveCSS('display', 'block');
      }
      await expectAccessible(page);

      // The Users table keeps its Actions.
      await page.goto('/t/adatum/users');
      await waitForHydration(page);
      const change = page.getByRole('button', { name: 'Change role' }).first();
      await change.scrollIntoViewIfNeeded();
      await expect(change).toBeInViewport();
      await expectAccessible(page);
    });

    test('every page of Tailspin administration has its navigation and signing out', async ({ page }) => {
      await signInAsTailspinAdmin(page);
      for (const path of ADMIN_PAGES) await visit(page, path, /Tailspin administration/);
    });

    test('respondents and sign-in keep the narrow reading column', async ({ page }) => {
      for (const path of ['/s/adatum/customer-satisfaction', '/t/adatum/login']) {
        await page.goto(path);
        await waitForHydration(page);
        const main = await page.locator('main').boundingBox();
        expect(main!.width).toBeLessThanOrEqual(736);
        await expectNoSidewaysScroll(page);
        await expectAccessible(page);
      }
    });
  });
}

test('the tenant style sheet restyles respondents and the preview, never the back office', async ({ page, browser }) => {
  await signInToAdatum(page, 'admin@adatum.example');
  const save = (css: string) =>
    page.evaluate(async (css) => {
      const body = new URLSearchParams({ tenant: 'adatum', css });
      const response = await fetch('/api/save_tenant_stylesheet', { method: 'POST', body });
      return response.status;
    }, css);
  // A dark red, so that the respondent's page still passes axe's contrast check.
  expect(await save('body { color: #990000 }')).toBe(200);
  const red = 'rgb(153, 0, 0)';
  try {
    for (const path of ['/t/adatum', `${survey}/edit`, `${survey}/results`, '/t/adatum/users', '/t/adatum/branding']) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('body'), path).not.toHaveCSS('color', red);
      await expectAccessible(page);
    }

    // The preview: red inside its frame, the editor's navigation around it not.
    await page.goto(`${survey}/preview`);
    await waitForHydration(page);
    await expect(page.locator('body')).not.toHaveCSS('color', red);
    const frame = page.frameLocator('iframe.survey-preview');
    await expect(frame.locator('#surveyTitle h1')).toHaveText('Customer satisfaction');
    await expect(frame.locator('body')).toHaveCSS('color', red);
    await expect(frame.getByRole('button', { name: 'Submit answers' })).toBeDisabled();
    await expectAccessible(page);

    const context = await browser.newContext();
    const respondent = await context.newPage();
    await respondent.goto(`${test.info().project.use.baseURL}/s/adatum/customer-satisfaction`);
    await waitForHydration(respondent);
    await expect(respondent.locator('body')).toHaveCSS('color', red);
    await expectAccessible(respondent);
    await context.close();
  } finally {
    expect(await save('')).toBe(200);
  }
});

test('suspending asks for confirmation, with and without a ticked box', async ({ page }) => {
  await signInAsTailspinAdmin(page);
  await page.goto('/admin/subscribers/adatum');
  await waitForHydration(page);
  // Not the page's primary action: a disclosure, then a box to tick.
  const suspend = page.getByRole('button', { name: 'Suspend Adatum' });
  await expect(suspend).toBeHidden();
  await page.getByText('Suspend this subscriber…').click();
  await expect(suspend).toBeVisible();
  await expect(suspend).not.toHaveClass(/primary/);
  await expectAccessible(page);

  // Without the box the browser refuses to send; nothing changes.
  await suspend.click();
  await expect(page.locator('#subscriber-status')).toHaveText('Active');
  try {
    await page.getByLabel(/Yes, sign everyone at .* out/).check();
    await suspend.click();
    await expect(page.locator('#subscriber-status')).toHaveText('Suspended');
    await expectAccessible(page);
  } finally {
    const reactivate = page.getByRole('button', { name: 'Re-activate' });
    if (await reactivate.isVisible()) await reactivate.click();
    await expect(page.locator('#subscriber-status')).toHaveText('Active');
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('suspending still needs the ticked box', async ({ page }) => {
    await page.goto('/admin/login');
    await expectAccessible(page);
    await page.getByLabel('Email').fill('ops@tailspin.example');
    await page.getByLabel('Password').fill(process.env.TAILSPIN_DEMO_PASSWORD ?? 'tailspin-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/admin');
    await page.goto('/admin/subscribers/adatum');
    await page.getByText('Suspend this subscriber…').click();
    const box = page.getByLabel(/Yes, sign everyone at .* out/);
    await expect(box).toHaveAttribute('required', '');
    await expectAccessible(page);

    // Without the box the browser does not send the form (the server's own
    // check is server/tests/api/security.rs, suspending_a_tenant_needs_confirmation).
    await page.getByRole('button', { name: 'Suspend Adatum' }).click();
    await expect(page.locator('#subscriber-status')).toHaveText('Active');
    await expect(page).toHaveURL((url) => url.pathname === '/admin/subscribers/adatum');
  });
});
