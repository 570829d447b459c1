import { expect, test } from './fixtures';
import { blockOutside, MapPane } from './page-models/MapPane';

test.beforeEach(async ({ page, server }) => {
  await blockOutside(page, new URL(server.url).origin);
});

test('a journal entry is given a place by clicking the map; the saved entry shows it', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Skogsbrand', kommun: 'Ljusdal', exercise: true });
  const map = new MapPane(page);
  await map.ready('2161');
  // No click yet: nothing to offer.
  await expect(page.getByTestId('entry-place-pick')).toHaveCount(0);
  await map.canvas.click({ position: { x: 200, y: 150 } });
  await expect(page.getByTestId('coords-click')).not.toContainText('–');
  await page.getByTestId('entry-place-pick').click();
  await expect(page.getByTestId('entry-place-chosen')).toContainText(/Plats 6\d\.\d{5}, 1\d\.\d{5}/);
  await journal.textInput.fill('Rökutveckling sedd från brandtornet');
  await journal.textInput.press('Enter');
  await expect(journal.entry(1).getByTestId('entry-place')).toContainText(/Plats 6\d\.\d{5}, 1\d\.\d{5}/);
  // The form is ready for the next line, without the place.
  await expect(page.getByTestId('entry-place-chosen')).toHaveCount(0);
});
