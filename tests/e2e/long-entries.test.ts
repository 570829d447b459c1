import { connectApi } from './api';
import { expect, test } from './fixtures';

test('entries too long for one reply still all load: the list asks on for the rest of a short page', async ({ startPage, journal, server, page }) => {
  test.setTimeout(120_000);
  await startPage.createBoard({ name: 'Långa poster', kommun: 'Kiruna', exercise: false });
  const api = await connectApi(server.url);
  const N = 60;
  try {
    // ~57 KB of JSON each: a 1 MiB reply holds about 18 of them, a page of the list wants 200.
    for (let i = 1; i <= N; i++) await api.call('journal.append', { kind: 'information', text: `Rad ${i} ${'€'.repeat(19_000)}` });
    const first = await api.call('journal.list', { limit: 500 });
    expect(first.entries.length).toBeLessThan(N);
    expect(first.total).toBe(N);
  } finally {
    api.close();
  }
  await expect(journal.count).toHaveText(`${N} loggposter`);
  // The oldest entry is in the last part of the first page: scroll until it shows.
  await expect(async () => {
    await journal.list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(journal.entry(1)).toBeInViewport({ timeout: 500 });
  }).toPass({ timeout: 30_000 });
  await expect(journal.entry(1)).toContainText('Rad 1 €');
  await expect(page.locator('.entry-placeholder')).toHaveCount(0);
});
