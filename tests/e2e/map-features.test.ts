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

test('keyboard only: a line and an area drawn vertex by vertex at the crosshair; Backspace and Escape', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Tangentbordet', kommun: 'Växjö', exercise: true });
  const map = new MapPane(page);
  await map.ready('0780');
  const status = page.getByTestId('draw-status');
  const count = page.getByTestId('sketch-count');
  /** Arrow keys on the focused map move it; wait until it has moved (the next vertex goes elsewhere). */
  const move = async (key: string) => {
    const before = await map.canvas.getAttribute('data-view');
    await page.keyboard.press(key);
    await expect(map.canvas).not.toHaveAttribute('data-view', before ?? '');
  };

  // A line: the tool from the keyboard, then the map, then Enter at each vertex.
  await page.getByTestId('draw-line').focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Enter sätter en punkt');
  await expect(page.getByTestId('map-crosshair')).toBeVisible();
  await map.canvas.focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 punkt');
  await expect(page.getByTestId('sketch-finish')).toBeDisabled();
  await move('ArrowRight');
  await page.keyboard.press('Enter');
  await move('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('3 punkter');
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="map-pane"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${process.env.SAMLAD_SHOTS ?? 'test-results/screenshots'}/map-keyboard-line-1920-sv.png` });
  await map.canvas.focus();
  // The last one taken back.
  await page.keyboard.press('Backspace');
  await expect(count).toHaveText('2 punkter');
  await page.keyboard.press('Shift+Enter');
  const form = page.getByTestId('feature-form');
  await expect(form).toHaveAttribute('aria-label', 'Nytt kartobjekt (Linje)');
  await expect(form.getByTestId('feature-title')).toBeFocused();
  await page.keyboard.type('Omledning via Norra vägen');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-panel')).toContainText('Omledning via Norra vägen');
  await expect(map.canvas).toHaveAttribute('data-features', '1');
  await expect(page.getByTestId('map-crosshair')).toHaveCount(0);

  // An area begun and cancelled with Escape: nothing is drawn.
  await page.getByTestId('draw-area').focus();
  await page.keyboard.press('Enter');
  await map.canvas.focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 punkt');
  await page.keyboard.press('Escape');
  await expect(status).toHaveCount(0);
  await expect(map.canvas).toHaveAttribute('data-features', '1');

  // An area of three corners, finished with the "Klar" button reached by Tab.
  await page.getByTestId('draw-area').focus();
  await page.keyboard.press('Enter');
  await map.canvas.focus();
  await page.keyboard.press('Enter');
  await move('ArrowLeft');
  await page.keyboard.press('Enter');
  await move('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('3 punkter');
  await page.getByTestId('sketch-finish').focus();
  await page.keyboard.press('Enter');
  await expect(form).toHaveAttribute('aria-label', 'Nytt kartobjekt (Område)');
  await page.keyboard.type('Avspärrat område');
  await page.keyboard.press('Enter');
  await expect(map.canvas).toHaveAttribute('data-features', '2');
  await expect(page.getByTestId('journal-pane').getByText('Avspärrat område', { exact: false }).first()).toBeVisible();
});

test('the layers panel turns features off by responsible actor, remembered at this seat', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Aktörer på kartan', kommun: 'Växjö', exercise: true });
  const map = new MapPane(page);
  await map.ready('0780');
  const point = (title: string, actor: string | null, lng: number) => ({ type: 'Feature', properties: { title, category: 'avsparrning', ...(actor === null ? {} : { actor }) }, geometry: { type: 'Point', coordinates: [lng, 56.88] } });
  const file = { type: 'FeatureCollection', features: [point('Storgatan', 'Polisen', 14.80), point('Bron', ' polisen', 14.81), point('Skolan', 'Räddningstjänsten', 14.82), point('Torget', null, 14.83)] };
  await page.getByTestId('layers-toggle').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'aktorer.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId('import-message')).toContainText('4 objekt importerade');
  await expect(map.canvas).toHaveAttribute('data-features', '4');

  const actors = page.getByTestId('legend-actors');
  await expect(actors.getByRole('checkbox')).toHaveCount(3);
  await actors.getByRole('checkbox', { name: 'Polisen (2)' }).uncheck();
  await expect(map.canvas).toHaveAttribute('data-features', '2');
  await actors.getByRole('checkbox', { name: 'Ingen ansvarig aktör (1)' }).uncheck();
  await expect(map.canvas).toHaveAttribute('data-features', '1');

  await page.reload();
  await map.ready('0780');
  await expect(map.canvas).toHaveAttribute('data-features', '1');
  await page.getByTestId('layers-toggle').click();
  await expect(actors.getByRole('checkbox', { name: 'Polisen (2)' })).not.toBeChecked();
  await actors.getByRole('checkbox', { name: 'Polisen (2)' }).check();
  await expect(map.canvas).toHaveAttribute('data-features', '3');
});
