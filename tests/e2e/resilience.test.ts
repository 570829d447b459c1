import { connectApi } from './api';
import { expect, test } from './fixtures';

test('a lost connection is shown at once; a line typed then is kept, not lost', async ({ startPage, journal, server, page }) => {
  await startPage.createBoard({ name: 'Avbrott', kommun: 'Sundsvall', exercise: false });
  await journal.logByKeyboard('Före avbrottet', 'information');
  await expect(journal.entry(1)).toBeVisible();
  await expect(page.getByTestId('connection-banner')).toHaveCount(0);

  await server.stop();
  await expect(page.getByTestId('connection-banner')).toContainText('Anslutningen är bruten');
  await journal.textInput.focus();
  await page.keyboard.type('Under avbrottet');
  await page.keyboard.press('Enter');
  await expect(journal.error).toBeVisible();
  await expect(journal.textInput).toHaveValue('Under avbrottet');
});

test('entries from another seat appear live; a user at the top sees them', async ({ startPage, journal, server }) => {
  await startPage.createBoard({ name: 'Två platser', kommun: 'Gotland', exercise: false });
  const api = await connectApi(server.url);
  try {
    await api.call('journal.append', { kind: 'incoming', text: 'Från en annan plats' });
    await expect(journal.entry(1)).toContainText('Från en annan plats');
    await expect(journal.entries.first()).toHaveAttribute('data-seq', '1');
  } finally {
    api.close();
  }
});

test('a long journal is virtualized: few rows in the DOM, pages load while scrolling, links jump', async ({ startPage, journal, server, page }) => {
  test.setTimeout(120_000);
  await startPage.createBoard({ name: 'Lång logg', kommun: 'Göteborg', exercise: false });
  const api = await connectApi(server.url);
  const N = 1200;
  try {
    for (let i = 1; i <= N; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, N - i + 1) }, (_, k) => api.call('journal.append', { kind: 'information', text: `Rad ${i + k}` })),
      );
    }
    // Dated now, so the correction lists at the top, ~1200 rows away from the line it corrects.
    await api.call('journal.correct', { seq: 3, text: 'Rad 3 rättad', reason: 'Stavfel', occurred_at: new Date().toISOString() });
  } finally {
    api.close();
  }
  await expect(journal.count).toHaveText(`${N + 1} loggposter`);
  expect(await journal.entries.count()).toBeLessThan(80);

  // The correction of #3 is at the top; its link scrolls ~1200 rows down, through unloaded pages.
  await journal.entry(N + 1).getByRole('button', { name: 'Rättar #3' }).click();
  await expect(journal.entry(3)).toBeInViewport();
  await expect(journal.entry(3)).toHaveClass(/entry-corrected/);
  await journal.entry(3).getByTestId('corrected-by').click();
  await expect(journal.entry(N + 1)).toBeInViewport();

  await journal.list.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  // The first row at or below the list's top edge: the one a reader there is looking at.
  const firstInView = () =>
    journal.list.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const rows = [...el.querySelectorAll('article')].filter((a) => a.getBoundingClientRect().top >= top);
      return Number(rows[0]?.getAttribute('data-seq'));
    });
  // The list draws the rows of its new place on its next frame, and their page loads after that:
  // wait for rows there (the ones drawn before the scroll are all above the top edge).
  await expect.poll(async () => Number.isInteger(await firstInView())).toBe(true);
  await expect(journal.list.getByText(/^Rad \d+$/).first()).toBeVisible();
  await expect(page.locator('.entry-placeholder')).toHaveCount(0);

  // A reader halfway down keeps their place when a new line arrives at the top.
  const readingSeq = await firstInView();
  expect(Number.isInteger(readingSeq)).toBe(true);
  const seat = await connectApi(server.url);
  try {
    await seat.call('journal.append', { kind: 'incoming', text: 'Ny rad medan någon läser' });
  } finally {
    seat.close();
  }
  await expect(journal.count).toHaveText(`${N + 2} loggposter`);
  await expect(journal.entry(readingSeq)).toBeInViewport();
});

test('a refused token is said plainly, not retried as a network drop', async ({ server, page }) => {
  await page.goto(server.url.replace(/token=[\w-]+/, 'token=not-the-right-one'));
  // The seat is asked to join again (the room's join page), saying why.
  await expect(page.getByTestId('join-revoked')).toContainText('Åtkomstnyckeln godtas inte');
  // No write control works without a seat: nothing can be typed into a board that is not there.
  await expect(page.getByRole('button', { name: /Skapa/ })).toHaveCount(0);
});
