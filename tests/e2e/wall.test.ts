import AxeBuilder from '@axe-core/playwright';
import type { Page, WebSocketRoute } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { connectApi } from './api';
import { expect, test } from './fixtures';

// The wall display (issue 13, item 1): the lead's settings reach it, its socket never carries a
// contact detail or a draft, it says how old its picture is when the link is down.
const WALL = { width: 1920, height: 1080 };
const SHOTS = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the lead sets rotate and night from a staff seat; the wall follows at once', async ({ startPage, page, server, browser }) => {
  await startPage.createBoard({ name: 'Väggtest', kommun: 'Gävle', exercise: true });
  const wall = await browser.newPage({ viewport: WALL });
  await wall.goto(server.wallUrl ?? '');
  const wallPane = wall.getByTestId('wall-pane');
  await expect(wallPane).toHaveAttribute('data-mode', 'split');
  await expect(wallPane).toHaveAttribute('data-palette', 'day');
  await expect(wall.getByTestId('map-pane')).toBeVisible();
  // The wall has no settings of its own to change.
  await expect(wall.getByTestId('wall-settings-open')).toHaveCount(0);

  await page.getByTestId('wall-settings-open').click();
  const dialog = page.getByTestId('wall-settings-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="wall-settings-dialog"]')).toEqual([]);
  await dialog.getByTestId('wall-panel-actors').uncheck();
  await dialog.getByTestId('wall-panel-journal').uncheck();
  await dialog.getByTestId('wall-panel-decisions').check();
  await dialog.getByTestId('wall-panel-overdue').check();
  await dialog.getByTestId('wall-mode-rotate').check();
  await dialog.getByTestId('wall-palette-night').check();

  // Bad input gets a clear error in Swedish and changes nothing.
  await dialog.getByTestId('wall-seconds').fill('5');
  await dialog.getByTestId('wall-save').click();
  await expect(dialog.getByRole('alert')).toHaveText('Ange ett helt antal sekunder mellan 10 och 300.');
  await expect(wallPane).toHaveAttribute('data-mode', 'split');

  // By keyboard: the seconds field, then Enter saves.
  await dialog.getByTestId('wall-seconds').fill('10');
  await dialog.getByTestId('wall-seconds').press('Enter');
  await expect(dialog.getByTestId('wall-saved')).toContainText('Sparat');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  mkdirSync(SHOTS, { recursive: true });
  await dialog.screenshot({ path: `${SHOTS}/wall-settings.png` });

  await expect(wallPane).toHaveAttribute('data-mode', 'rotate');
  await expect(wallPane).toHaveAttribute('data-palette', 'night');
  await expect(wall.locator('html')).toHaveClass(/palette-night/);
  const indicator = wall.getByTestId('wall-rotation');
  await expect(indicator).toBeVisible();
  // One panel at a time, the rotation says which comes next.
  const shown = await wallPane.getAttribute('data-panels');
  expect(['map', 'decisions', 'overdue']).toContain(shown);
  const next = { map: 'Beslut', decisions: 'Försenat', overdue: 'Karta' }[shown as 'map' | 'decisions' | 'overdue'];
  await expect(wall.getByTestId('wall-rotation-next')).toContainText(`Nästa: ${next} om`);

  // The settings are the board's: a staff seat opening the form again sees them.
  await page.keyboard.press('Escape');
  await page.getByTestId('wall-settings-open').click();
  await expect(dialog.getByTestId('wall-palette-night')).toBeChecked();
  await expect(dialog.getByTestId('wall-seconds')).toHaveValue('10');
  await expect(dialog.getByTestId('wall-saved')).toContainText('Eva Endtoend');
  await wall.close();
});

test("the wall's socket never carries a contact detail or a draft; the staff seat's does", async ({ startPage, page, server, browser }) => {
  await startPage.createBoard({ name: 'Filtertest', kommun: 'Gävle', exercise: true });
  const framesOf = (p: Page): string[] => {
    const frames: string[] = [];
    p.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
    return frames;
  };
  const wall = await browser.newPage({ viewport: WALL });
  const wallFrames = framesOf(wall);
  const staff = await browser.newPage();
  const staffFrames = framesOf(staff);
  await wall.goto(server.wallUrl ?? '');
  await staff.goto(server.url);
  await expect(wall.getByTestId('actors-pane')).toBeVisible();
  const api = await connectApi(server.url);
  try {
    // All the wall's panels, so every read it can make is made.
    await api.call('wall.configure', { panels: ['map', 'actors', 'decisions', 'overdue', 'journal'], mode: 'split', per_view: 1, rotate_seconds: 30, palette: 'day' });
    const secrets = ['+46 70 111 22 33', 'jour@vatten.example', 'Hemligt utkast om Zebrabron'];
    const added = await api.call('actors.add', { name: 'Gävle Vatten', contacts: [{ name: 'Jourhavande', phone: secrets[0], email: secrets[1] }] });
    await api.call('actors.setStatus', { id: added.id, level: 'heightened', situation: 'Tryckfall i norr' });
    await api.call('actors.assign', { actor: added.id, what: 'Nödvatten till Sätra', due_at: new Date(Date.now() - 30 * 60_000).toISOString() });
    await api.call('messages.create', {
      template: 'web_text',
      content: {
        texts: { sv: { headline: secrets[2] ?? '', body: 'Utkastets text.', instruction: '' } },
        audience: 'Alla',
        channels: ['webb'],
        area: { kommuner: [], shapes: [] },
        cap: { categories: ['Infra'], urgency: 'Expected', severity: 'Moderate', certainty: 'Observed' },
      },
    });
    await api.call('journal.append', { kind: 'decision', text: 'Nödvatten ställs ut i Sätra', significant: true });
    // The wall has what it shows: the actor's new status, the decision.
    await expect(wall.getByTestId('wall-decisions')).toContainText('Nödvatten ställs ut i Sätra');
    await expect(wall.getByTestId('wall-overdue')).toContainText('Nödvatten till Sätra');
    await expect(wall.getByTestId('actors-pane')).toContainText('Gävle Vatten');
    await expect.poll(() => staffFrames.some((f) => f.includes('Nödvatten ställs ut i Sätra'))).toBe(true);
    const all = (frames: string[]): string => frames.join('\n');
    expect(all(wallFrames)).toContain('Gävle Vatten');
    for (const secret of secrets) {
      expect(all(wallFrames), secret).not.toContain(secret);
      expect(all(staffFrames), secret).toContain(secret);
    }
  } finally {
    api.close();
    await wall.close();
    await staff.close();
  }
  await expect(page.getByTestId('journal-pane')).toBeVisible();
});

test('a wall whose link is down says so and how old its picture is, minute by minute', async ({ startPage, server, browser }) => {
  await startPage.createBoard({ name: 'Avbrott', kommun: 'Gävle', exercise: true });
  const wall = await browser.newPage({ viewport: WALL });
  await wall.clock.install();
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('wall-pane')).toBeVisible();
  await expect(wall.getByTestId('wall-stale')).toHaveCount(0);
  await server.stop();
  const stale = wall.getByTestId('wall-stale');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText('Ingen anslutning. Visar läget från');
  await expect(stale).toContainText('under 1 min gammalt');
  await wall.clock.fastForward('04:10');
  await expect(stale).toContainText('— 4 min gammalt');
  await wall.clock.fastForward('01:00:00');
  await expect(stale).toContainText('— 1 h 4 min gammalt');
  await wall.close();
});

test('back online, the wall catches up: what was written meanwhile shows once, and the age banner goes', async ({ startPage, server, browser }) => {
  await startPage.createBoard({ name: 'Nätavbrott', kommun: 'Gävle', exercise: true });
  const wall = await browser.newPage({ viewport: WALL });
  // The wall's socket goes through the test, which can cut it (and refuse new ones) while the
  // server runs on for everyone else.
  let cut = false;
  const live: WebSocketRoute[] = [];
  await wall.routeWebSocket(/\/api\?token=/, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    live.push(ws);
  });
  const api = await connectApi(server.url);
  try {
    await api.call('wall.configure', { panels: ['decisions', 'journal'], mode: 'split', per_view: 1, rotate_seconds: 30, palette: 'day' });
    await wall.goto(server.wallUrl ?? '');
    await expect(wall.getByTestId('wall-decisions')).toBeVisible();
    cut = true;
    for (const ws of live.splice(0)) await ws.close();
    await expect(wall.getByTestId('wall-stale')).toContainText('Ingen anslutning. Visar läget från');
    await api.call('journal.append', { kind: 'decision', text: 'Beslutat under avbrottet', significant: true });
    cut = false;
    await expect(wall.getByTestId('wall-stale')).toHaveCount(0);
    await expect(wall.getByTestId('wall-decisions').getByText('Beslutat under avbrottet')).toHaveCount(1);
    await expect(wall.getByTestId('journal-pane').getByText('Beslutat under avbrottet')).toHaveCount(1);
  } finally {
    api.close();
    await wall.close();
  }
});
