import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { stockholmDate, stockholmTime } from '../../shared/time';
import { expect, test } from './fixtures';
import { blockOutside, MapPane } from './page-models/MapPane';

// Drawing, editing, ending, replaying, importing and exporting map features (issue 9), in
// Chromium through the seat server with every request outside it blocked.

test.beforeEach(async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await blockOutside(page, new URL(server.url).origin);
});

const localSeconds = (d: Date) => `${stockholmDate(d)}T${stockholmTime(d, true)}`;

test('draw a point and an area, change, end, replay to before the point, and back to now', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Skyfall', kommun: 'Växjö', exercise: true });
  const map = new MapPane(page);
  await map.ready('0780');
  await expect(map.canvas).toHaveAttribute('data-features', '0');
  const beforePoint = new Date();
  // A point: pick the tool, click the map, fill in the form.
  await page.getByTestId('draw-point').click();
  await expect(page.getByTestId('draw-status')).toContainText('Klicka i kartan');
  await map.clickAt(0.25, 0.5);
  const form = page.getByTestId('feature-form');
  await expect(form.getByTestId('feature-title')).toBeFocused();
  await form.getByTestId('feature-title').fill('Storgatan');
  await form.getByTestId('feature-category').selectOption('avsparrning');
  await form.getByTestId('feature-actor').fill('Polisen');
  await form.getByTestId('feature-save').click();
  const panel = page.getByTestId('feature-panel');
  await expect(panel).toContainText('Storgatan');
  await expect(panel.getByTestId('feature-status')).toHaveText('Aktiv');
  await expect(map.canvas).toHaveAttribute('data-features', '1');
  // The journal has the automatic entry.
  await expect(page.getByTestId('journal-pane').getByText('Avspärrning upprättad: Storgatan')).toBeVisible();

  // An area: four corners, closed on the first.
  await page.getByTestId('draw-area').click();
  for (const [x, y] of [[0.1, 0.2], [0.3, 0.2], [0.3, 0.4], [0.1, 0.4], [0.1, 0.2]] as const) await map.clickAt(x, y);
  await form.getByTestId('feature-title').fill('Norra dalen');
  await form.getByTestId('feature-category').selectOption('evacuation');
  await form.getByTestId('feature-save').click();
  await expect(panel).toContainText('Norra dalen');
  await expect(map.canvas).toHaveAttribute('data-features', '2');

  // Select the point on the map, change it to planned.
  await map.clickAt(0.25, 0.5);
  await expect(panel).toContainText('Storgatan');
  await panel.getByTestId('feature-edit').click();
  await form.getByRole('radio', { name: 'Planerad' }).check();
  await form.getByTestId('feature-description').fill('Avspärrat mellan torget och bron.');
  await form.getByTestId('feature-save').click();
  await expect(panel.getByTestId('feature-status')).toHaveText('Planerad');
  await expect(panel).toContainText('Avspärrat mellan torget och bron.');

  // End it: asked once more, then ended; it stays, with its history.
  await panel.getByTestId('feature-end').click();
  await panel.getByTestId('feature-end-confirm').click();
  await expect(panel.getByTestId('feature-status')).toHaveText('Avslutad');
  await expect(panel.getByTestId('feature-edit')).toHaveCount(0);
  await panel.getByTestId('feature-history-toggle').click();
  await expect(panel.getByTestId('feature-history').getByRole('listitem')).toHaveCount(3);
  await expect(map.canvas).toHaveAttribute('data-features', '2');

  // Replay: before the point existed there was nothing on the map; "Nu" brings it all back.
  await panel.getByRole('button', { name: 'Stäng' }).click();
  await page.getByTestId('replay-more').click();
  await page.getByTestId('replay-at').fill(localSeconds(beforePoint));
  await page.getByTestId('replay-at').press('Enter');
  await expect(page.getByTestId('replay-state')).toContainText('Visar läget');
  await expect(map.canvas).toHaveAttribute('data-features', '0');
  await expect(page.getByTestId('draw-point')).toHaveCount(0); // the past is not drawn on
  await page.getByTestId('replay-now').click();
  await expect(page.getByTestId('replay-state')).toContainText('Live');
  await expect(map.canvas).toHaveAttribute('data-features', '2');

  // Highlight what changed since before the point: both.
  await page.getByTestId('replay-since').fill(localSeconds(beforePoint));
  await expect(map.canvas).toHaveAttribute('data-highlighted', '2');

  // The journal's automatic entry shows its feature on the map (from anywhere, even a replay).
  await map.searchFor('67.8558 20.2253');
  await expect.poll(async () => (await map.view()).lat).toBeGreaterThan(67);
  await page.getByTestId('replay-at').fill(localSeconds(beforePoint));
  await page.getByTestId('replay-at').press('Enter');
  await expect(map.canvas).toHaveAttribute('data-features', '0');
  const entry = page.getByTestId('entry').filter({ hasText: 'Avspärrning upprättad: Storgatan' });
  await entry.getByTestId('entry-show-on-map').click();
  await expect(page.getByTestId('replay-state')).toContainText('Live');
  await expect(panel).toContainText('Storgatan');
  await expect.poll(async () => (await map.view()).lat).toBeLessThan(58); // back in Växjö, not Kiruna
});

test('import: a file with errors says what and where and imports nothing; a good one imports; export GeoJSON and PNG', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Import', kommun: 'Umeå', exercise: false });
  const map = new MapPane(page);
  await map.ready('2480');
  await page.getByTestId('layers-toggle').click();
  const bad = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { title: 'Bra' }, geometry: { type: 'Point', coordinates: [20.26, 63.82] } },
      { type: 'Feature', properties: { title: 'Trasig' }, geometry: { type: 'Polygon', coordinates: [[[20.2, 63.8], [20.3, 63.8], [20.3, 63.9]]] } },
    ],
  };
  await page.getByTestId('import-file').setInputFiles({ name: 'trasig.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(bad)) });
  const message = page.getByTestId('import-message');
  await expect(message).toContainText('Filen importerades inte');
  await expect(message).toContainText('objekt 2');
  await expect(message).toContainText('Inget importerades');
  await expect(map.canvas).toHaveAttribute('data-features', '0');

  const good = { ...bad, features: [bad.features[0], { type: 'Feature', properties: { title: 'Väg 364' }, geometry: { type: 'LineString', coordinates: [[20.2, 63.8], [20.3, 63.85]] } }] };
  await page.getByTestId('import-file').setInputFiles({ name: 'vagar.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(message).toContainText('2 objekt importerade från vagar.geojson');
  await expect(map.canvas).toHaveAttribute('data-features', '2');
  // The legend lists what is in use; switching a category off hides it, and the choice is kept.
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('checkbox')).not.toHaveCount(0);

  const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
  expect(geojson.suggestedFilename()).toMatch(/^lagesbild-.*\.geojson$/);
  const exported = JSON.parse(readFileSync((await geojson.path()) ?? '', 'utf8')) as { type: string; features: unknown[] };
  expect(exported.type).toBe('FeatureCollection');
  expect(exported.features).toHaveLength(2);

  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(png.suggestedFilename()).toMatch(/^karta-.*\.png$/);
  const bytes = readFileSync((await png.path()) ?? '');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(10_000);
});

test('the feature form, the feature panel, the legend and the time fields have no serious accessibility violations', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Tillgängliga objekt', kommun: 'Gävle', exercise: false });
  const map = new MapPane(page);
  await map.ready('2180');
  const serious = async () => {
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="map-pane"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  // By keyboard: a point at the map's centre.
  await page.getByTestId('draw-centre').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-title')).toBeFocused();
  await page.keyboard.type('Ledningsplats Stadshuset');
  await page.getByTestId('replay-more').click();
  expect(await serious()).toEqual([]);
  await page.getByTestId('feature-save').click();
  await expect(page.getByTestId('feature-panel')).toContainText('Ledningsplats Stadshuset');
  await page.getByTestId('feature-history-toggle').click();
  await expect(page.getByTestId('feature-history').getByRole('listitem')).toHaveCount(1);
  expect(await serious()).toEqual([]);
  await page.getByTestId('layers-toggle').click();
  await expect(page.getByTestId('legend')).toBeVisible();
  expect(await serious()).toEqual([]);
});
