import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectApi } from './api';
import { expect, test } from './fixtures';

// Every view of a board in use, for a human to judge (test-results/screenshots, or SAMLAD_SHOTS):
// the staff views on a laptop (1366×768) and the wall (1920×1080, read across the room), sv and en.
const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const LAPTOP = { width: 1366, height: 768 };
const WALL = { width: 1920, height: 1080 };
const SMHI = fileURLToPath(new URL('../fixtures/samples/cap/smhi-05-smhi-bpm-1552397401981.xml', import.meta.url));

test('screenshots of every view of a board in use', async ({ startPage, page, server, browser }) => {
  test.setTimeout(120_000);
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize(LAPTOP);
  await startPage.createBoard({ name: 'Storm Hilda', kommun: 'Gävle', exercise: true, activated: true });
  const api = await connectApi(server.url);
  try {
    await api.call('journal.append', { kind: 'decision', text: 'Krisledningsnämnden sammankallad till 10:00', significant: true });
    await api.call('journal.append', { kind: 'call', text: 'Gävle Energi: 4 300 kunder utan ström i Sätra och Andersberg', actor: 'Gävle Energi' });
    await api.call('map.create', { geometry: { type: 'Point', coordinates: [17.13, 60.66] }, title: 'Trygghetspunkt Sätra kyrka', category: 'trygghetspunkt' });
    await api.call('map.create', { geometry: { type: 'Point', coordinates: [17.16, 60.675] }, title: 'Avspärrning Södra Kungsgatan', category: 'avsparrning' });
    await api.call('map.create', {
      geometry: { type: 'Polygon', coordinates: [[[17.10, 60.64], [17.17, 60.64], [17.17, 60.67], [17.10, 60.67], [17.10, 60.64]]] },
      title: 'Strömavbrott',
      category: 'affected',
    });
    const actors = (await api.call('actors.list', {})).actors;
    const id = (name: string): number => actors.find((a) => a.name === name)?.id ?? 0;
    await api.call('actors.setStatus', { id: id('Räddningstjänsten'), level: 'staff', situation: 'Två styrkor vid nedfallna ledningar' });
    await api.call('actors.setStatus', { id: id('Polisen'), level: 'heightened', situation: 'Trafikdirigering Södra Kungsgatan' });
    await api.call('actors.setStatus', { id: id('Kommunens krisledning'), level: 'activated', situation: 'Krisledningsnämnden aktiverad', needs: 'Reservkraft till två äldreboenden' });
    await api.call('messages.create', {
      template: 'web_text',
      content: {
        texts: { sv: { headline: 'Trygghetspunkter öppna i Sätra och Andersberg', body: 'Kommunen har öppnat trygghetspunkter för dig som är utan ström.', instruction: 'Ta med mediciner och varma kläder.' } },
        audience: 'Boende i Sätra och Andersberg',
        channels: ['webb', 'sociala_medier'],
        area: { kommuner: [], shapes: [] },
        cap: { categories: ['Infra'], urgency: 'Expected', severity: 'Moderate', certainty: 'Observed' },
      },
      required_actors: ['Gävle Energi', 'Räddningstjänsten'],
    });
    await api.call('messages.approve', { id: 1, version: 1, actor: 'Gävle Energi', decision: 'approved' });
    await api.call('warnings.importCap', { file_name: 'smhi.xml', xml: readFileSync(SMHI, 'utf8') });
  } finally {
    api.close();
  }
  const shoot = async (view: string, testid: string): Promise<void> => {
    await page.getByTestId('layout-switch').selectOption(view);
    await expect(page.getByTestId(testid)).toBeVisible();
    await page.waitForTimeout(800); // the map's tiles of the embedded basemap and its labels settle
    await page.screenshot({ path: `${DIR}/view-${view}-1366.png` });
    overflow[view] = await pageOverflow();
  };
  // How far the page itself scrolls past the window (each pane scrolls inside instead).
  const overflow: Record<string, number> = {};
  const pageOverflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  await shoot('logkeeper', 'map-pane');
  await shoot('lead', 'actors-pane');
  await page.getByTestId('layout-switch').selectOption('communicator');
  await page.getByTestId('message-item').first().click();
  await expect(page.getByTestId('message-detail')).toBeVisible();
  await page.screenshot({ path: `${DIR}/view-communicator-1366.png` });
  overflow.communicator = await pageOverflow();
  await page.getByTestId('layout-switch').selectOption('reporter');
  await page.getByTestId('report-new').click();
  await expect(page.getByTestId('report-editor')).toBeVisible();
  await page.screenshot({ path: `${DIR}/view-reporter-1366.png` });
  overflow.reporter = await pageOverflow();
  await page.getByTestId('layout-switch').selectOption('room');
  await expect(page.getByTestId('room-pane')).toBeVisible();
  overflow.room = await pageOverflow();
  // Every view but the log keeper's (whose list the page scrolls for rather than squeeze it) fits
  // a laptop's window: the header stays in view and each pane scrolls inside.
  delete overflow.logkeeper;
  expect(overflow).toEqual({ lead: 0, communicator: 0, reporter: 0, room: 0 });
  await page.getByTestId('layout-switch').selectOption('logkeeper');

  const wall = await browser.newPage({ viewport: WALL });
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('map-pane')).toBeVisible();
  await expect(wall.getByTestId('actors-pane')).toBeVisible();
  // Never a draft message on the wall, nor its pane.
  await expect(wall.getByTestId('messages-pane')).toHaveCount(0);
  await expect(wall.getByText('Trygghetspunkter öppna i Sätra och Andersberg')).toHaveCount(0);
  await wall.waitForTimeout(800);
  await wall.screenshot({ path: `${DIR}/view-wall-1920.png` });
  await wall.evaluate(() => localStorage.setItem('samlad.language', 'en'));
  await wall.reload();
  await expect(wall.getByTestId('map-pane')).toBeVisible();
  await wall.waitForTimeout(800);
  await wall.screenshot({ path: `${DIR}/view-wall-1920-en.png` });
  await wall.close();
});
