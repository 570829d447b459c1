import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { connectApi, type ApiSeat } from './api';
import { expect, test } from './fixtures';

// The wall at 1920×1080, day and night, Swedish and English, for a human to judge from across the
// room (test-results/screenshots, or SAMLAD_SHOTS, beside the other views' screenshots); and axe
// on the wall in both palettes.
const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const WALL = { width: 1920, height: 1080 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ALL = ['map', 'actors', 'decisions', 'overdue'] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

async function fill(api: ApiSeat): Promise<void> {
  const ago = (min: number): string => new Date(Date.now() - min * 60_000).toISOString();
  await api.call('journal.append', { kind: 'decision', text: 'Krisledningsnämnden sammankallad till 10:00', significant: true, occurred_at: ago(95) });
  await api.call('journal.append', { kind: 'decision', text: 'Trygghetspunkter öppnas i Sätra kyrka och Andersbergs bibliotek', occurred_at: ago(50) });
  await api.call('journal.append', { kind: 'incoming', text: 'Gävle Energi: 4 300 kunder utan ström i Sätra och Andersberg', actor: 'Gävle Energi', significant: true, occurred_at: ago(40) });
  await api.call('journal.append', { kind: 'decision', text: 'Reservkraft prioriteras till två äldreboenden', occurred_at: ago(12) });
  await api.call('map.create', { geometry: { type: 'Point', coordinates: [17.13, 60.66] }, title: 'Trygghetspunkt Sätra kyrka', category: 'trygghetspunkt' });
  await api.call('map.create', {
    geometry: { type: 'Polygon', coordinates: [[[17.1, 60.64], [17.17, 60.64], [17.17, 60.67], [17.1, 60.67], [17.1, 60.64]]] },
    title: 'Strömavbrott',
    category: 'affected',
  });
  const actors = (await api.call('actors.list', {})).actors;
  const id = (name: string): number => actors.find((a) => a.name === name)?.id ?? 0;
  await api.call('actors.setStatus', { id: id('Räddningstjänsten'), level: 'staff', situation: 'Två styrkor vid nedfallna ledningar', reported_at: ago(100) });
  await api.call('actors.setStatus', { id: id('Polisen'), level: 'heightened', situation: 'Trafikdirigering Södra Kungsgatan' });
  await api.call('actors.setStatus', { id: id('Kommunens krisledning'), level: 'activated', situation: 'Krisledningsnämnden aktiverad', needs: 'Reservkraft till två äldreboenden' });
  await api.call('actors.assign', { actor: id('Polisen'), what: 'Spärra Södra Kungsgatan vid bron', due_at: ago(25) });
  await api.call('actors.conference.setNext', { at: new Date(Date.now() + 42 * 60_000).toISOString() });
}

test('the wall at 1920×1080: day and night, Swedish and English, readable and axe-clean', async ({ startPage, server, browser }) => {
  test.setTimeout(120_000);
  mkdirSync(DIR, { recursive: true });
  await startPage.createBoard({ name: 'Storm Hilda', kommun: 'Gävle', exercise: true, activated: true });
  const api = await connectApi(server.url);
  // axe needs a page of its own context.
  const context = await browser.newContext({ viewport: WALL });
  const wall = await context.newPage();
  try {
    await fill(api);
    await api.call('wall.configure', { panels: [...ALL], mode: 'split', per_view: 1, rotate_seconds: 30, palette: 'day' });
    await wall.goto(server.wallUrl ?? '');
    for (const lang of ['sv', 'en'] as const) {
      await wall.evaluate((l) => localStorage.setItem('samlad.language', l), lang);
      for (const palette of ['day', 'night'] as const) {
        await api.call('wall.configure', { panels: [...ALL], mode: 'split', per_view: 1, rotate_seconds: 30, palette });
        await wall.reload();
        await expect(wall.getByTestId('wall-pane')).toHaveAttribute('data-palette', palette);
        await expect(wall.getByTestId('wall-decision')).toHaveCount(4);
        await expect(wall.getByTestId('wall-overdue-actor')).toHaveCount(1);
        await expect(wall.getByTestId('wall-overdue-assignment')).toHaveCount(1);
        await wall.waitForTimeout(800); // the basemap's tiles and labels settle
        await wall.screenshot({ path: `${DIR}/wall-${palette}-1920${lang === 'en' ? '-en' : ''}.png` });
        expect(await seriousViolations(wall), `${lang}, ${palette}`).toEqual([]);
      }
    }
    // Rotating, two at a time, at night: the indicator says what comes next.
    await wall.evaluate(() => localStorage.setItem('samlad.language', 'sv'));
    await api.call('wall.configure', { panels: ['decisions', 'overdue', 'map', 'actors'], mode: 'rotate', per_view: 2, rotate_seconds: 300, palette: 'night' });
    await wall.reload();
    await expect(wall.getByTestId('wall-rotation')).toBeVisible();
    await wall.waitForTimeout(800);
    await wall.screenshot({ path: `${DIR}/wall-rotate-night-1920.png` });
    expect(await seriousViolations(wall)).toEqual([]);
    // The journal on the wall, by day and by night.
    for (const palette of ['day', 'night'] as const) {
      await api.call('wall.configure', { panels: ['journal', 'actors'], mode: 'split', per_view: 1, rotate_seconds: 30, palette });
      await wall.reload();
      await expect(wall.getByTestId('wall-pane')).toHaveAttribute('data-palette', palette);
      await expect(wall.getByTestId('journal-pane').getByText('Reservkraft prioriteras till två äldreboenden')).toBeVisible();
      expect(await seriousViolations(wall), `journal, ${palette}`).toEqual([]);
      await wall.screenshot({ path: `${DIR}/wall-journal-${palette}-1920.png` });
    }
  } finally {
    api.close();
    await context.close();
  }
});
