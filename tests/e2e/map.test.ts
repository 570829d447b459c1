import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from './fixtures';
import { blockOutside, MapPane } from './page-models/MapPane';

// The map (issue 9) with every request outside the seat server blocked: the offline basemap is
// all there is, served from the board's own origin.
const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';

test.beforeEach(async ({ page, server }) => {
  await blockOutside(page, new URL(server.url).origin);
});

test('offline: the basemap is drawn, not blank, framed on the board kommun, with its credits', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Skogsbrand', kommun: 'Ljusdal', exercise: true });
  const map = new MapPane(page);
  await map.ready('2161');
  expect(await map.distinctColours()).toBeGreaterThan(5);
  // Ljusdal's kommun lies around 61.8° N 16.1° E: the view is centred there, zoomed in past Sweden.
  const view = await map.view();
  expect(view.lat).toBeGreaterThan(61.3);
  expect(view.lat).toBeLessThan(62.4);
  expect(view.lng).toBeGreaterThan(14.8);
  expect(view.lng).toBeLessThan(17.0);
  expect(view.zoom).toBeGreaterThanOrEqual(7);
  await expect(page.getByTestId('map-credits')).toContainText('SCB');
  await expect(page.getByTestId('map-credits')).toContainText('GeoNames (CC BY 4.0)');
  // The kommun's place names are on the map.
  await expect(map.canvas.locator('.map-place-label', { hasText: 'Ljusdal' })).toBeVisible();
  await expect(map.canvas).toHaveAccessibleName(/Karta över Ljusdal/);
});

test('the search box goes to coordinates in either system, a place, or a kommun; nonsense is said so', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Sök', kommun: 'Växjö', exercise: false });
  const map = new MapPane(page);
  await map.ready('0780');

  // SWEREF 99 TM of Stockholm's Sergels torg area.
  await map.searchFor('N 6580822 E 674032');
  await expect.poll(async () => (await map.view()).lat).toBeCloseTo(59.33, 1);
  expect((await map.view()).lng).toBeCloseTo(18.06, 1);

  await map.searchFor('67,8558 20,2253'); // Kiruna, Swedish decimal comma
  await expect.poll(async () => (await map.view()).lat).toBeCloseTo(67.86, 1);

  await map.searchFor('Kiruna');
  // Kiruna is a kommun and a place: both are offered.
  await expect(page.getByTestId('map-search-hits').getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: 'Kiruna kommun' }).click();
  await expect.poll(async () => (await map.view()).zoom).toBeLessThan(9);

  await map.searchFor('Xyzzyby');
  await expect(page.getByRole('status').filter({ hasText: 'Ingen plats' })).toBeVisible();
  await expect(map.search).toHaveAttribute('aria-invalid', 'true');
});

test('the pointer and a click show WGS84 and SWEREF 99 TM', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Koordinater', kommun: 'Umeå', exercise: false });
  const map = new MapPane(page);
  await map.ready('2480');
  await map.searchFor('63.8258 20.2630');
  await expect.poll(async () => (await map.view()).lat).toBeCloseTo(63.83, 2);
  const box = await map.canvas.boundingBox();
  if (!box) throw new Error('no map box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const click = page.getByTestId('coords-click');
  await expect(click.locator('[data-system="wgs84"]')).toHaveText(/^63,82\d+° N 20,26\d+° Ö$/);
  // Umeå centre in SWEREF 99 TM: N ≈ 7 088 000, E ≈ 759 000.
  await expect(click.locator('[data-system="sweref"]')).toHaveText(/^N 708\d{4} E 75\d{4}$/);
  await expect(page.getByTestId('coords-pointer').locator('[data-system="sweref"]')).toHaveText(/^N \d{7} E \d{6}$/);
});

/** A 1×1 PNG, as a tile server would answer (stretched to a whole tile). */
const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

async function addLayer(page: Page, layer: { name: string; url: string; attribution?: string; key?: string }): Promise<void> {
  const form = page.getByTestId('tile-form');
  if (!(await form.isVisible())) await page.getByText('Lägg till bakgrundskarta').click();
  await form.getByTestId('tile-name').fill(layer.name);
  await form.getByTestId('tile-url').fill(layer.url);
  await form.getByTestId('tile-attribution').fill(layer.attribution ?? '');
  await form.getByTestId('tile-key').fill(layer.key ?? '');
  await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
}

/**
 * A tile service on a random port of this machine. The page never reaches it (everything outside
 * the seat server is blocked): the seat server fetches the tiles and serves them from its origin.
 */
async function startTileService(): Promise<{ url: string; asked: string[]; server: Server }> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url?.startsWith('/test-tiles/')) res.writeHead(200, { 'Content-Type': 'image/png' }).end(TILE_PNG);
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('none');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, server };
}

test('background layers: one that works shows with its credit; failing ones say why and the basemap stays', async ({ startPage, page, server }) => {
  const origin = new URL(server.url).origin;
  const service = await startTileService();
  await startPage.createBoard({ name: 'Bakgrund', kommun: 'Kalmar', exercise: false });
  const map = new MapPane(page);
  await map.ready('0880');
  await page.getByTestId('layers-toggle').click();
  await expect(page.getByTestId('layers-panel')).toBeVisible();

  // A bad URL is refused with a reason, and nothing is added.
  await addLayer(page, { name: 'Trasig', url: 'javascript:alert(1)/{z}/{x}/{y}' });
  await expect(page.getByTestId('tile-form').getByText('Måste vara en http- eller https-adress.')).toBeVisible();
  await expect(page.getByTestId('tile-list')).toHaveCount(0);

  await addLayer(page, { name: 'Egen server', url: `${service.url}/test-tiles/{api_key}/{z}/{x}/{y}.png`, attribution: '© Testkartan', key: 'hemlig-nyckel-123' });
  const list = page.getByTestId('tile-list');
  await expect(list.getByRole('listitem').filter({ hasText: 'Egen server' })).toContainText('visas');
  // The service's tiles are on the map, loaded from the board's own server.
  const tile = map.canvas.locator('.leaflet-tile-pane .leaflet-tile-loaded').first();
  await expect(tile).toBeAttached();
  expect(await tile.evaluate((img) => (img as HTMLImageElement).src)).toMatch(new RegExp(`^${origin}/tiles/1/\\d+/\\d+/\\d+\\?token=[\\w-]+$`)); // the seat's token: on the network tiles are for paired seats
  expect(service.asked.some((u) => /^\/test-tiles\/hemlig-nyckel-123\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
  await expect(page.getByTestId('map-credits')).toContainText('© Testkartan');

  await addLayer(page, { name: 'Saknas', url: `${service.url}/no-such-tiles/{z}/{x}/{y}.png` });
  await addLayer(page, { name: 'Extern', url: 'https://tiles.example.invalid/{z}/{x}/{y}.png' });
  const notices = page.getByTestId('layer-notices');
  await expect(notices).toContainText('”Saknas”: tjänsten svarade med ett fel');
  // No network here: the name does not resolve, or the lookup times out (10 s).
  await expect(notices).toContainText('”Extern”: tjänsten', { timeout: 30_000 });
  expect(await map.distinctColours()).toBeGreaterThan(5);

  // A SWEREF 99 TM layer switches the map's grid; the basemap is drawn in it as well.
  await page.getByTestId('tile-key').fill('hemlig-nyckel-123');
  await page.getByRole('button', { name: 'Fyll i Lantmäteriets topowebb' }).click();
  await page.getByTestId('tile-form').getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(map.canvas).toHaveAttribute('data-grid', '3006');
  await expect(map.canvas).toHaveAttribute('data-framed-kommun', '0880');
  await expect.poll(() => map.distinctColours()).toBeGreaterThan(5);
  // This machine has no way to Lantmäteriet: the layer says so, and the map stays.
  await expect(notices).toContainText('”Lantmäteriet topowebb”: tjänsten', { timeout: 30_000 });
  await expect(notices).toContainText('”Egen server”: visas inte');
  // The key is never shown, nor is it anywhere in the page (the server alone puts it in).
  await expect(page.locator('body')).not.toContainText('hemlig-nyckel-123');
  expect(await page.content()).not.toContain('hemlig-nyckel-123');
  // Turned off again: back to Web Mercator, and the choice is kept at this seat across a reload.
  await list.getByRole('listitem').filter({ hasText: 'Lantmäteriet topowebb' }).getByRole('checkbox').uncheck();
  await expect(map.canvas).toHaveAttribute('data-grid', '3857');
  await page.reload();
  await map.ready('0880');
  await page.getByTestId('layers-toggle').click();
  await expect(page.getByTestId('tile-list').getByRole('listitem')).toHaveCount(4);
  await expect(page.getByTestId('map-credits')).toContainText('© Testkartan');
  service.server.closeAllConnections();
  await new Promise((resolve) => service.server.close(resolve));
});

test('the map pane has no serious accessibility violations', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Tillgänglig karta', kommun: 'Gävle', exercise: false });
  const map = new MapPane(page);
  await map.ready('2180');
  await map.searchFor('Kiruna');
  await expect(page.getByTestId('map-search-hits')).toBeVisible();
  await page.getByTestId('layers-toggle').click();
  await page.getByText('Lägg till bakgrundskarta').click();
  await page.getByTestId('tile-form').getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByTestId('tile-form').getByText('Måste fyllas i.').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="map-pane"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('screenshots of the map: staff laptop and wall, Swedish and English', async ({ startPage, page, server, browser }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await startPage.createBoard({ name: 'Översvämning Klarälven', kommun: 'Karlstad', exercise: true, activated: true });
  const map = new MapPane(page);
  await map.ready('1780');
  await page.getByTestId('layers-toggle').click();
  await page.getByTestId('import-file').setInputFiles('tests/fixtures/map-karlstad.geojson');
  await expect(page.getByTestId('import-message')).toContainText('11 objekt importerade');
  await page.getByTestId('layers-toggle').click();
  await map.searchFor('59.385 13.49');
  await expect(map.canvas).toHaveAttribute('data-view', /^59\.38500,13\.49000,12$/);
  await expect(map.canvas).toHaveAttribute('data-features', '11');
  await page.screenshot({ path: `${DIR}/map-staff-1366-sv.png` });
  await page.getByTestId('layers-toggle').click();
  await page.getByText('Lägg till bakgrundskarta').click();
  await page.getByRole('button', { name: 'Fyll i Lantmäteriets topowebb' }).click();
  await page.getByTestId('tile-form').getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByTestId('layer-notices')).toContainText('tjänsten', { timeout: 30_000 });
  await page.screenshot({ path: `${DIR}/map-layers-1366-sv.png` });
  await page.getByTestId('tile-list').getByRole('button', { name: 'Ta bort Lantmäteriet topowebb' }).click();
  await page.getByTestId('layers-toggle').click();
  await page.evaluate(() => localStorage.setItem('samlad.language', 'en'));
  await page.reload();
  await map.ready('1780');
  await page.screenshot({ path: `${DIR}/map-staff-1366-en.png` });

  for (const lang of ['sv', 'en']) {
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await blockOutside(wall, new URL(server.url).origin);
    await wall.addInitScript((l) => localStorage.setItem('samlad.language', l), lang);
    await wall.goto(server.wallUrl ?? '');
    const wallMap = new MapPane(wall);
    await wallMap.ready('1780');
    await expect(wallMap.canvas).toHaveAttribute('data-features', '11');
    await wallMap.searchFor('59.385 13.49');
    await expect(wallMap.canvas).toHaveAttribute('data-view', /^59\.38500,13\.49000,12$/);
    await wall.screenshot({ path: `${DIR}/map-wall-1920-${lang}.png` });
    await wall.close();
  }
});
