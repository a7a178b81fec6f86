import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, signInToAdatum, test, waitForHydration } from './fixtures';

// The results page of a survey with every kind of question: a chart each,
// whose text alternative carries the figures of the answers sent, at
// desktop and phone widths. The survey is made through the designer's
// server functions and answered through the respondent form's plain post
// (field names of domain/answers), as a browser without JavaScript sends it.

type Fields = Record<string, string>;
interface Spec {
  text: string;
  kind: string;
  settings?: Fields;
}

const QUESTIONS: Spec[] = [
  { text: 'What did you like?', kind: 'free_text', settings: { max_length: '500' } },
  { text: 'One word for your room', kind: 'short_text' },
  { text: 'Your luggage weight', kind: 'number', settings: { min: '0', max: '40', step: '0.5', unit: 'kg' } },
  { text: 'When did you arrive?', kind: 'date' },
  { text: 'Rate the breakfast', kind: 'range' },
  { text: 'How easy was booking?', kind: 'scale', settings: { points: '7', low_label: 'Hard', high_label: 'Easy' } },
  { text: 'How likely are you to recommend us?', kind: 'nps' },
  { text: 'How did you hear about us?', kind: 'choice', settings: { options: 'A friend\nAn advert\nA search engine', other: 'on' } },
  { text: 'Which rooms did you use?', kind: 'checkboxes', settings: { options: 'Gym\nPool\nSpa\nSauna', other: 'on' } },
  { text: 'Where do you live?', kind: 'dropdown', settings: { options: 'Canada\nFrance\nGermany\nJapan\nNorway\nPeru', other: 'on' } },
  { text: 'Rate our staff', kind: 'matrix', settings: { rows: 'Reception\nCleaning\nRestaurant', columns: 'Poor\nFair\nGood\nExcellent' } },
  { text: 'Rank these flavours', kind: 'ranking', settings: { options: 'Chocolate\nVanilla\nStrawberry\nMint' } },
];

/** Four responses, as [field suffix, value] per question index ('' is the
 *  question's own field; `other`, a matrix row or a ranking option index
 *  otherwise). The fourth respondent skips the checkboxes. */
const RESPONSES: Array<Array<[number, string, string]>> = [
  [
    [0, '', 'Friendly staff'], [1, '', 'clean'], [2, '', '10'], [3, '', '2026-03-01'], [4, '', '5'],
    [5, '', '7'], [6, '', '10'], [7, '', '0'], [8, '', '0'], [8, '', '1'], [9, '', '1'],
    [10, '0', '3'], [10, '1', '2'], [10, '2', '3'],
    [11, '0', '1'], [11, '1', '2'], [11, '2', '3'], [11, '3', '4'],
  ],
  [
    [0, '', 'Friendly pool'], [1, '', 'clean'], [2, '', '12.5'], [3, '', '2026-03-01'], [4, '', '4'],
    [5, '', '6'], [6, '', '9'], [7, '', '0'], [8, '', '1'], [9, '', '1'],
    [10, '0', '3'], [10, '1', '3'], [10, '2', '2'],
    [11, '0', '2'], [11, '1', '1'], [11, '2', '3'], [11, '3', '4'],
  ],
  [
    [0, '', 'Quiet'], [1, '', 'cosy'], [2, '', '20'], [3, '', '2026-03-03'], [4, '', '4'],
    [5, '', '6'], [6, '', '7'], [7, '', 'other'], [7, 'other', 'Radio'],
    [8, '', '1'], [8, '', 'other'], [8, 'other', 'Roof terrace'], [9, '', '3'],
    [10, '0', '2'], [10, '1', '3'], [10, '2', '1'],
    [11, '0', '1'], [11, '1', '3'], [11, '2', '2'], [11, '3', '4'],
  ],
  [
    [0, '', 'Friendly'], [1, '', 'clean'], [2, '', '29.5'], [3, '', '2026-03-04'], [4, '', '2'],
    [5, '', '3'], [6, '', '3'], [7, '', '2'], [9, '', 'other'], [9, 'other', 'Chile'],
    [10, '0', '3'], [10, '1', '3'], [10, '2', '3'],
    [11, '0', '1'], [11, '1', '2'], [11, '2', '4'], [11, '3', '3'],
  ],
];

/** POSTs a server function from the signed-in page, as its form would. */
async function call(page: Page, fn: string, body: string): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ([f, b]) => {
      const r = await fetch(`/api/${f}`, { method: 'POST', body: new URLSearchParams(b), headers: { accept: 'application/json' } });
      return { status: r.status, text: await r.text() };
    },
    [fn, body] as const,
  );
}

/** Creates, fills and publishes the survey; returns its slug and question ids. */
async function publishSurvey(page: Page): Promise<{ slug: string; ids: number[] }> {
  await signInToAdatum(page, 'creator@adatum.example');
  await page.locator('#new-survey').getByLabel('Title').fill('Hotel stay results');
  await page.locator('#new-survey').getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/edit'));
  await waitForHydration(page);
  await expectAccessible(page);
  const slug = new URL(page.url()).pathname.split('/').at(-2)!;
  const survey = await page.locator('input[type="hidden"][name="survey"]').first().getAttribute('value');
  expect(survey, 'the editor names its survey').toBeTruthy();
  for (const q of QUESTIONS) {
    const body = new URLSearchParams({ tenant: 'adatum', survey: survey! });
    const fields: Fields = { text: q.text, kind: q.kind, ...(q.settings ?? {}) };
    for (const [k, v] of Object.entries(fields)) body.append(`question[${k}]`, v);
    const added = await call(page, 'add_question', body.toString());
    expect(added.status, `add ${q.kind}: ${added.text}`).toBeLessThan(300);
  }
  const published = await call(page, 'publish_survey', new URLSearchParams({ tenant: 'adatum', survey: survey!, confirm: 'yes' }).toString());
  expect(published.status, published.text).toBeLessThan(400);
  const editor = await call(page, 'load_survey_editor', new URLSearchParams({ tenant: 'adatum', slug }).toString());
  expect(editor.status, editor.text).toBe(200);
  const ids = (JSON.parse(editor.text).questions as Array<{ id: number }>).map((q) => q.id);
  expect(ids).toHaveLength(QUESTIONS.length);
  return { slug, ids };
}

/** Sends each response as the respondent form's plain post. */
async function answer(page: Page, slug: string, ids: number[]): Promise<void> {
  for (const [n, response] of RESPONSES.entries()) {
    const body = new URLSearchParams({ idempotency_key: randomUUID() });
    for (const [q, part, value] of response) body.append(part ? `q-${ids[q]}-${part}` : `q-${ids[q]}`, value);
    const landed = await page.evaluate(
      async ([path, b]) => {
        const r = await fetch(path, { method: 'POST', body: new URLSearchParams(b) });
        return `${new URL(r.url).pathname} ${r.status}${r.ok ? '' : ` ${await r.text()}`}`;
      },
      [`/s/adatum/${slug}`, body.toString()] as const,
    );
    expect(landed, `response ${n + 1} is accepted`).toBe(`/s/adatum/${slug}/thanks 200`);
  }
}

const chart = (page: Page, question: string) => page.getByRole('img', { name: question, exact: true });
const counts = (page: Page, question: string) =>
  page.locator('.question-result').filter({ has: page.getByRole('heading', { name: question, exact: true }) }).locator('.result-counts');

test('every kind of question has a chart whose text alternative carries its figures', async ({ page }) => {
  test.setTimeout(90_000);
  const { slug, ids } = await publishSurvey(page);
  await answer(page, slug, ids);

  await page.goto(`/t/adatum/surveys/${slug}/results`);
  await waitForHydration(page);
  // Merged by the statistics task moments after; the page follows by itself.
  await expect(page.locator('.results-total')).toContainText('4 responses', { timeout: 20_000 });
  await expectAccessible(page);

  await expect(counts(page, 'What did you like?')).toHaveText('4 saw · 4 answered');
  await expect(page.locator('.top-words li').filter({ hasText: /^friendly \(3\)$/ })).toHaveCount(1);
  await expect(page.locator('.top-words li').filter({ hasText: /^clean \(3\)$/ })).toHaveCount(1);

  await expect(chart(page, 'Your luggage weight')).toHaveAccessibleDescription(
    /^Median 12\.5 kg, quartiles 10 and 20, mean 18, lowest 10, highest 29\.5\. Approximate distribution: 10 to 11\.95: 1, /,
  );
  await expect(chart(page, 'When did you arrive?')).toHaveAccessibleDescription(
    'Answers per day: 2026-03-01: 2, 2026-03-02: 0, 2026-03-03: 1, 2026-03-04: 1. Earliest 2026-03-01, latest 2026-03-04.',
  );
  await expect(chart(page, 'Rate the breakfast')).toHaveAccessibleDescription('1 ★: 0, 2 ★: 1, 3 ★: 0, 4 ★: 2, 5 ★: 1. Mean 3.75.');
  await expect(counts(page, 'Rate the breakfast')).toHaveText('4 saw · 4 answered · mean 3.75 of 5');
  await expect(chart(page, 'How easy was booking?')).toHaveAccessibleDescription('1: 0, 2: 0, 3: 1, 4: 0, 5: 0, 6: 2, 7: 1. Mean 5.5.');
  await expect(chart(page, 'How likely are you to recommend us?')).toHaveAccessibleDescription(
    /^Net Promoter Score \+25\. Promoters \(9 to 10\): 2 \(50%\), passives \(7 to 8\): 1 \(25%\), detractors \(0 to 6\): 1 \(25%\)\. Scores: 0: 0, 1: 0, 2: 0, 3: 1, /,
  );
  await expect(page.locator('.nps-score')).toHaveText('+25');
  await expect(chart(page, 'How did you hear about us?')).toHaveAccessibleDescription(
    'A friend: 2 (50%), An advert: 0 (0%), A search engine: 1 (25%), Other: 1 (25%). Percentages of 4 answers.',
  );
  // Shares of the three who answered, not of the five ticks.
  await expect(counts(page, 'Which rooms did you use?')).toHaveText('4 saw · 3 answered');
  await expect(chart(page, 'Which rooms did you use?')).toHaveAccessibleDescription(
    'Gym: 1 (33%), Pool: 3 (100%), Spa: 0 (0%), Sauna: 0 (0%), Other: 1 (33%). Percentages of 3 respondents, who could choose several.',
  );
  await expect(chart(page, 'Where do you live?')).toHaveAccessibleDescription(
    'Canada: 0 (0%), France: 2 (50%), Germany: 0 (0%), Japan: 1 (25%), Norway: 0 (0%), Peru: 0 (0%), Other: 1 (25%). Percentages of 4 answers.',
  );
  await expect(chart(page, 'Rate our staff')).toHaveAccessibleDescription(
    'Reception: Poor 0 (0%), Fair 0 (0%), Good 1 (25%), Excellent 3 (75%); ' +
      'Cleaning: Poor 0 (0%), Fair 0 (0%), Good 1 (25%), Excellent 3 (75%); ' +
      'Restaurant: Poor 0 (0%), Fair 1 (25%), Good 1 (25%), Excellent 2 (50%).',
  );
  await expect(chart(page, 'Rank these flavours')).toHaveAccessibleDescription(
    'Chocolate: average place 1.25, first for 3; Vanilla: average place 2, first for 1; ' +
      'Strawberry: average place 3, first for 0; Mint: average place 3.75, first for 0.',
  );

  // On a phone every chart fits the width.
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
  for (const box of await page.locator('.question-result').all()) {
    const inner = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(inner, 'nothing spills out of a question').toBeLessThanOrEqual(0);
  }
  await expectAccessible(page);
});
