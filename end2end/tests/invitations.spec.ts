import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  receivedMail,
  signInToAdatum,
  test,
  waitForHydration,
} from './fixtures';

// A subscriber invites people to a survey by email: a list with a bad line
// is refused by line and adds nothing, the good list is added, the message
// uses a column of the list, and the page follows each contact live while
// the invitations go out through the real test SMTP server. A personal
// link answers once; a contact unsubscribes; nobody is left to remind.

const SURVEY = '/s/adatum/customer-satisfaction';
const INVITATIONS = '/t/adatum/surveys/customer-satisfaction/invitations';

function personalLink(text: string, marker: string): string {
  const link = text.split(/\s+/).find((word) => word.includes(marker));
  expect(link, text).toBeTruthy();
  return link!;
}

function row(page: Page, email: string) {
  return page.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) });
}

test('contacts are invited by email, a personal link answers once, and a contact unsubscribes', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now() % 1_000_000;
  const ana = `ana-${stamp}@contacts.example`;
  const bo = `bo-${stamp}@contacts.example`;
  await signInToAdatum(page, 'creator@adatum.example');
  await page.goto('/t/adatum/surveys/customer-satisfaction/share');
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Invitations', exact: true }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === INVITATIONS);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations: Customer satisfaction');
  await expect(page.getByText('No contacts yet: add them below.')).toBeVisible();
  await expectAccessible(page);

  // A list with a bad line: refused at the field, by line, nothing added.
  const contacts = page.getByLabel('Contacts to add');
  await contacts.fill(`email,name,first_name\n${ana},Ana Lima,Ana\nnot-an-address,X,X\n`);
  await page.getByRole('button', { name: 'Add contacts' }).click();
  await expect(contacts).toHaveAttribute('aria-invalid', 'true');
  await expect(contacts).toHaveAccessibleDescription(/Line 3: "not-an-address" is not an email address/);
  await expect(page.getByText('No contacts yet: add them below.')).toBeVisible();
  await expectAccessible(page);

  // The good list comes from a CSV file, read into the field to look over.
  await page.getByLabel('Or choose a CSV file').setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    // Bo reads German, which the survey is translated to.
    buffer: Buffer.from(`email,name,first_name,language\n${ana},Ana Lima,Ana,\n${bo},"Berg, Bo",Bo,de\n`),
  });
  await expect(page.getByText('contacts.csv (3 lines) is in the field above.')).toBeVisible();
  await expect(contacts).toHaveValue(
    `email,name,first_name,language\n${ana},Ana Lima,Ana,\n${bo},"Berg, Bo",Bo,de\n`,
  );
  await page.getByRole('button', { name: 'Add contacts' }).click();
  await expect(page.getByText('2 added.')).toBeVisible();
  await expect(contacts, 'empty for the next list').toHaveValue('');
  await expect(row(page, ana)).toContainText('Not invited');
  await expect(row(page, bo)).toContainText('Berg, Bo');

  const subject = page.getByLabel('Subject');
  await subject.fill('Hello {{first name}}');
  await page.getByRole('button', { name: 'Save the message' }).click();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(subject).toHaveAccessibleDescription(/is not a placeholder/);
  await subject.fill('Hello {{first_name}}, how did we do?');
  await page.getByRole('button', { name: 'Save the message' }).click();
  await expect(page.getByText('The message was saved.')).toBeVisible();
  await expect(subject).not.toHaveAttribute('aria-invalid', 'true');

  // Sent: the list follows each contact without a reload.
  await page.getByRole('button', { name: 'Send invitations' }).click();
  await expect(page.getByText('2 messages are on their way.')).toBeVisible();
  await expect(row(page, ana)).toContainText('Sent', { timeout: 20_000 });
  await expect(row(page, bo)).toContainText('Sent');
  await expectAccessible(page);
  // On a phone the list becomes cards and nothing runs off the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const mail = await receivedMail(ana);
  expect(mail.subject).toBe('Hello Ana, how did we do?');
  expect(mail.text).toContain('Hello Ana Lima,');
  const link = personalLink(mail.text, '?invitation=');

  // Ana answers with her link, once.
  const context = await browser.newContext();
  const respondent = await context.newPage();
  await respondent.goto(link);
  await waitForHydration(respondent);
  await expect(respondent.getByText('This is your personal link: it works once.')).toBeVisible();
  await expect(respondent.getByText(/Your answers are anonymous/)).toBeVisible();
  await expectAccessible(respondent);
  await respondent.locator('.stars label').nth(3).click();
  await respondent.getByRole('radio', { name: 'Email', exact: true }).check();
  await respondent.getByRole('button', { name: 'Submit answers' }).click();
  await expect(respondent).toHaveURL((url) => url.pathname === `${SURVEY}/thanks`);
  await expectAccessible(respondent);
  const again = await respondent.goto(link);
  expect(again!.status()).toBe(410);
  await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('You have already answered');
  await expectAccessible(respondent);

  // Bo unsubscribes: asked first, then done.
  const boMail = await receivedMail(bo);
  // Around the message the creator wrote, Bo's invitation speaks German,
  // and his link opens the survey in German.
  expect(boMail.subject).toBe('Hello Bo, how did we do?');
  expect(boMail.text).toContain('An der Umfrage teilnehmen: ');
  expect(boMail.html).toContain('<html lang="de" dir="ltr">');
  const german = await browser.newContext();
  const bosPage = await german.newPage();
  await bosPage.goto(personalLink(boMail.text, '?invitation='));
  await expect(bosPage.locator('html')).toHaveAttribute('lang', 'de');
  await expect(bosPage.getByRole('heading', { level: 1 })).toHaveText('Kundenzufriedenheit');
  await expectAccessible(bosPage);
  await german.close();
  await respondent.goto(personalLink(boMail.text, '/unsubscribe/'));
  await waitForHydration(respondent);
  await expect(respondent.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe from Adatum Ltd.');
  await expectAccessible(respondent);
  await respondent.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(respondent.getByRole('status')).toHaveText(
    `Done: Adatum Ltd. will send no more survey invitations to ${bo}.`,
  );
  await expectAccessible(respondent);
  await context.close();

  await page.reload();
  await waitForHydration(page);
  await expect(row(page, ana)).toContainText('Answered');
  await expect(row(page, bo)).toContainText('Unsubscribed');
  await page.getByRole('button', { name: 'Send a reminder' }).click();
  await expect(page.getByRole('alert')).toContainText('Nobody needs a reminder');
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('contacts are added and a bad line is named, as plain form posts', async ({ page }) => {
    const stamp = Date.now() % 1_000_000;
    const cy = `cy-${stamp}@contacts.example`;
    await signInToAdatum(page, 'creator@adatum.example', undefined, false);
    await page.goto(INVITATIONS);
    await expectAccessible(page);
    const contacts = page.getByLabel('Contacts to add');
    await contacts.fill(`${cy}, Cy\nnobody-at-all\n`);
    await page.getByRole('button', { name: 'Add contacts' }).click();
    await expect(page.getByText(/Line 2: "nobody-at-all" is not an email address/)).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Contacts to add').fill(`${cy}, Cy\n`);
    await page.getByRole('button', { name: 'Add contacts' }).click();
    await expect(row(page, cy)).toContainText('Not invited');
    await expectAccessible(page);
  });
});
