import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectApi } from './api';
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

test('the areas of CAP warnings in force are drawn on the map, read-only', async ({ startPage, page, server }) => {
  await startPage.createBoard({ name: 'Oväder', kommun: 'Gävle', exercise: true });
  const map = new MapPane(page);
  await map.ready('2180');
  await expect(map.canvas).toHaveAttribute('data-warning-areas', '0');
  const api = await connectApi(server.url);
  try {
    await api.call('warnings.importCap', { file_name: 'adot2.xml', xml: readFileSync(fileURLToPath(new URL('../fixtures/samples/cap/v1dot2_appendix_adot2.xml', import.meta.url)), 'utf8') });
  } finally {
    api.close();
  }
  await expect(map.canvas).toHaveAttribute('data-warning-areas', '1');
});
