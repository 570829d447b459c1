import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Actor, ActorLevel } from '../../shared/domain/actor';
import { stockholmDate, stockholmTime } from '../../shared/time';
import { connectApi, type ApiSeat } from './api';
import { expect, test, type Page } from './fixtures';
import { ActorsPane } from './page-models/ActorsPane';

// The actors pane (issue 10) in Chromium through the seat server: a conference with three actors,
// a Beslut i stort, a broken CSV, the wall without contact details, keyboard and axe, and pictures
// of the status panel for a person to judge (test-results/screenshots).

const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WALL = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The board's actors by name (seeded when the board was made). */
async function actorsByName(api: ApiSeat): Promise<Map<string, Actor>> {
  const { actors } = await api.call('actors.list', { include_retired: true });
  return new Map(actors.map((a) => [a.name, a]));
}

function actor(actors: Map<string, Actor>, name: string): Actor {
  const found = actors.get(name);
  if (!found) throw new Error(`no actor ${name} on the board`);
  return found;
}

test.describe('actors', () => {
  let api: ApiSeat;
  test.afterEach(() => api?.close());

  test('a conference with three actors: reports in the journal, statuses on the panel, an assignment, the countdown, the protokoll', async ({ startPage, page, server }) => {
    await startPage.createBoard({ name: 'Storm – samverkan', kommun: 'Växjö', exercise: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    const names = ['Räddningstjänsten', 'Polisen', 'Region Kronoberg'];

    await pane.startConference('coordinating', names);
    await expect(pane.countdown).toHaveAttribute('data-state', 'running');
    await page.getByTestId('turn-next').click();
    await expect(pane.turn('Räddningstjänsten')).toHaveAttribute('aria-current', 'step');
    await expect(pane.turn('Räddningstjänsten').getByTestId('turn-timer')).toHaveText(/^\d+:\d\d$/);
    // The turn puts the log keeper in the report's text field.
    await expect(pane.reportForm.getByTestId('report-text')).toBeFocused();
    await pane.report('Två insatser pågår, väg 23 avstängd', 'staff', 'Stab upprättad, två insatser');
    // Saved: the board moves on to the next attendee by itself.
    await expect(pane.turn('Polisen')).toHaveAttribute('aria-current', 'step');
    await expect(pane.turn('Räddningstjänsten')).toContainText('Rapporterat');
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);
    mkdirSync(DIR, { recursive: true });
    await page.setViewportSize(LAPTOP);
    await page.screenshot({ path: `${DIR}/actors-conference-1366.png` });
    await pane.report('Avspärrning vid bron, förstärkning från Kalmar', 'heightened', 'Förhöjd beredskap');
    await expect(pane.turn('Region Kronoberg')).toHaveAttribute('aria-current', 'step');
    await pane.report('Sjukhuset på reservkraft', 'activated', 'Särskild händelse deklarerad');
    await expect(pane.turn('Region Kronoberg')).toContainText('Rapporterat');

    // An agreement, with an assignment to Polisen.
    const agreement = page.getByTestId('agreement-form');
    await agreement.getByTestId('agreement-text').fill('Gemensam information till allmänheten kl. 15');
    await agreement.getByTestId('agreement-add-task').click();
    await agreement.getByTestId('task-actor').selectOption({ label: 'Polisen' });
    await agreement.getByTestId('task-what').fill('Bemanna avspärrningen vid bron');
    await agreement.getByTestId('agreement-save').click();
    await expect(page.getByTestId('conference-agreements')).toContainText('Gemensam information till allmänheten');

    // End it with the next conference two hours ahead: the header counts down to it.
    const next = new Date(Date.now() + 2 * 3_600_000 + 30 * 60_000);
    const end = page.getByTestId('conference-end');
    await end.getByTestId('next-date').fill(stockholmDate(next));
    await end.getByTestId('next-time').fill(stockholmTime(next));
    await end.getByTestId('conference-end-button').click();
    await expect(pane.countdown).toHaveAttribute('data-state', 'ahead');
    await expect(pane.countdown).toContainText(stockholmTime(next));
    await expect(pane.countdown.getByTestId('countdown-left')).toHaveText(/^om 2 h (29|30) min$/);

    // The reports are journal entries under each actor.
    const { entries } = await api.call('journal.list', { query: { search: 'Sjukhuset reservkraft' } });
    expect(entries.map((e) => e.actor)).toContain('Region Kronoberg');
    for (const [name, text] of [
      ['Räddningstjänsten', 'Två insatser pågår'],
      ['Polisen', 'Avspärrning vid bron'],
    ] as const) {
      const { entries: under } = await api.call('journal.list', { query: { actor: name } });
      expect(under.some((e) => e.text.includes(text)), `${name}: ${text}`).toBe(true);
    }
    await expect(page.getByTestId('journal-pane').getByTestId('entry').filter({ hasText: 'Gemensam information till allmänheten' }).first()).toBeVisible();

    // The statuses on the panel, highest level first.
    await pane.tab('status').click();
    await expect(pane.tile('Region Kronoberg')).toHaveAttribute('data-level', 'activated');
    await expect(pane.tile('Räddningstjänsten')).toHaveAttribute('data-level', 'staff');
    await expect(pane.tile('Polisen')).toHaveAttribute('data-level', 'heightened');
    await expect(pane.tiles.nth(0)).toHaveAttribute('data-actor', 'Region Kronoberg');
    await expect(pane.tiles.nth(1)).toHaveAttribute('data-actor', 'Räddningstjänsten');
    await expect(pane.tile('Polisen')).toContainText('Förhöjd beredskap');

    // The assignment, in the list and in Polisen's history.
    await pane.tab('assignments').click();
    const assignment = page.getByTestId('assignments').getByTestId('assignment').filter({ hasText: 'Bemanna avspärrningen vid bron' });
    await expect(assignment).toContainText('Polisen');
    await expect(assignment).toHaveAttribute('data-status', 'given');
    await assignment.getByTestId('assignment-to-accepted').click();
    await expect(assignment).toHaveAttribute('data-status', 'accepted');

    await pane.tab('status').click();
    await pane.tile('Polisen').click();
    await expect(pane.history).toBeVisible();
    await expect(pane.history.getByTestId('status-history-item').first()).toContainText('Förhöjd beredskap');
    await expect(pane.history.getByTestId('history-assignments')).toContainText('Bemanna avspärrningen vid bron');
    await expect(pane.history.getByTestId('actor-journal')).toContainText('Avspärrning vid bron');
    await page.keyboard.press('Escape');
    await expect(pane.history).toBeHidden();
    // The dialog hands the keyboard back to the tile that opened it.
    await expect(pane.tile('Polisen')).toBeFocused();

    // The protokoll as Markdown.
    await pane.tab('conference').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('past-conference').first().getByTestId('protocol-export').click()]);
    const markdown = readFileSync((await download.path()) ?? '', 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    for (const text of ['Räddningstjänsten', 'Polisen', 'Region Kronoberg', 'Sjukhuset på reservkraft', 'Gemensam information till allmänheten', 'Bemanna avspärrningen vid bron']) {
      expect(markdown).toContain(text);
    }
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('past-conference').first().getByTestId('protocol-export-pdf').click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(readFileSync((await pdf.path()) ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('a Beslut i stort is logged as a significant decision and listed with its parts', async ({ startPage, page, server }) => {
    await startPage.createBoard({ name: 'Storm – inriktning', kommun: 'Växjö', exercise: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    // The directing level agrees it: in an inriktande samverkanskonferens.
    await pane.startConference('directing', ['Kommunens krisledning', 'Polisen', 'Region Kronoberg']);
    await pane.tab('bis').click();
    await page.getByTestId('bis-new').click();
    const form = page.getByTestId('bis-form');
    await form.getByTestId('bis-text').fill('Skydda liv och hälsa i de strömlösa områdena');
    await form.getByTestId('bis-intent').fill('Ingen ska bli utan värme eller vård under natten');
    await form.getByTestId('bis-achieve').fill('Trygghetspunkter öppna i Braås och Lammhult');
    await form.getByTestId('bis-responsibilities').fill('Kommunen: trygghetspunkter. Regionen: hemsjukvård. Polisen: trafik.');
    await form.getByTestId('bis-until-time').fill('08:00');
    await form.getByTestId('bis-decided-by').fill('Krisledningsnämndens ordförande');
    await form.locator('[data-testid="bis-agreeing"][data-actor="Polisen"]').check();
    await form.locator('[data-testid="bis-agreeing"][data-actor="Region Kronoberg"]').check();
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);
    await form.getByTestId('bis-save').click();

    const item = page.getByTestId('bis-item').first();
    await expect(item).toContainText('Skydda liv och hälsa i de strömlösa områdena');
    await expect(item).toContainText('Ingen ska bli utan värme eller vård under natten');
    await expect(item).toContainText('Polisen, Region Kronoberg');
    await expect(item).toContainText('Krisledningsnämndens ordförande');
    const { entries } = await api.call('journal.list', { query: { significant: true, kinds: ['decision'] } });
    expect(entries.some((e) => e.text.includes('Skydda liv och hälsa'))).toBe(true);
  });

  test('a broken CSV names its bad lines and imports nothing; a good one imports', async ({ startPage, page, server }) => {
    await startPage.createBoard({ name: 'Import', kommun: 'Växjö', exercise: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    const before = (await api.call('actors.list', { include_retired: true })).actors.length;
    await pane.tab('registry').click();
    const form = page.getByTestId('csv-import');
    const broken = 'name,type,phone,email,rakel\nVästra vägföreningen,other,070-1,,\n,other,,,\nElbolaget,=cmd,,,\n';
    await form.getByTestId('csv-file').setInputFiles({ name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await form.getByTestId('csv-submit').click();
    const error = form.getByRole('alert');
    await expect(error).toContainText('Rad 3');
    await expect(error).toContainText('Rad 4');
    expect((await api.call('actors.list', { include_retired: true })).actors.length).toBe(before);
    await expect(pane.root.getByTestId('registry-row').filter({ hasText: 'Västra vägföreningen' })).toHaveCount(0);
    // The server refuses the same file whole, should a seat send it without the check.
    await expect(api.call('actors.import', { csv: broken })).rejects.toThrow(/validation/);
    expect((await api.call('actors.list', { include_retired: true })).actors.length).toBe(before);

    const good = 'name,type,phone,email,rakel\nVästra vägföreningen,other,070-1,,\nHemvärnet,armed_forces,,,RAKEL-HV\n';
    await form.getByTestId('csv-file').setInputFiles({ name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await form.getByTestId('csv-submit').click();
    await expect(form.getByTestId('csv-done')).toContainText('2 aktörer importerade');
    await expect(pane.root.getByTestId('registry-row').filter({ hasText: 'Hemvärnet' })).toHaveCount(1);
  });

  test('the wall seat shows the status panel and no contact details; the staff seat shows them', async ({ startPage, page, server, browser }) => {
    await startPage.createBoard({ name: 'Väggen', kommun: 'Växjö', exercise: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    const polisen = actor(await actorsByName(api), 'Polisen');
    await api.call('actors.update', {
      id: polisen.id,
      contacts: [{ name: 'Vakthavande befäl', role: 'VB', phone: '0470-555 123', email: 'vb@polisen.example' }],
      rakel_group: 'KRO-POL-1',
      liaison: 'Anna Samband',
    });
    await api.call('actors.setStatus', { id: polisen.id, level: 'staff', situation: 'Avspärrning vid bron' });

    await pane.tile('Polisen').click();
    await expect(pane.history.getByTestId('actor-contacts')).toContainText('0470-555 123');
    await page.keyboard.press('Escape');

    expect(server.wallUrl).toMatch(/\?token=/);
    const wall = await browser.newPage({ viewport: WALL });
    await wall.goto(server.wallUrl ?? '');
    const wallPane = new ActorsPane(wall);
    await expect(wallPane.tile('Polisen')).toHaveAttribute('data-level', 'staff');
    await wallPane.tile('Polisen').click();
    await expect(wallPane.history).toBeVisible();
    await expect(wallPane.history.getByTestId('status-history-item')).toHaveCount(1);
    await expect(wallPane.history.getByTestId('actor-contacts')).toHaveCount(0);
    await expect(wallPane.history.getByTestId('history-report')).toHaveCount(0);
    const text = await wall.locator('body').innerText();
    for (const secret of ['0470-555 123', 'vb@polisen.example', 'KRO-POL-1', 'Anna Samband', 'Vakthavande befäl']) expect(text).not.toContain(secret);
    // No tab for the registry, no writing controls on the wall.
    await expect(wall.getByTestId('actors-tab-registry')).toHaveCount(0);
    await wall.close();
  });

  test('keyboard and axe: tabs by arrow keys, the history dialog traps and returns focus, no serious violations', async ({ startPage, page, server }) => {
    await startPage.createBoard({ name: 'Tillgänglighet aktörer', kommun: 'Växjö', exercise: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    const actors = await actorsByName(api);
    const old = new Date(Date.now() - 95 * 60_000).toISOString();
    await api.call('actors.setStatus', { id: actor(actors, 'Räddningstjänsten').id, level: 'activated', situation: 'Brand i industrilokal', reported_at: old });
    await api.call('actors.setStatus', { id: actor(actors, 'Polisen').id, level: 'staff', needs: 'Förstärkning till avspärrning' });
    await api.call('actors.assign', { actor: actor(actors, 'Polisen').id, what: 'Spärra väg 23', due_at: new Date(Date.now() - 10 * 60_000).toISOString() });

    await expect(pane.tile('Räddningstjänsten').getByTestId('overdue-flag')).toBeVisible();
    await expect(pane.tile('Räddningstjänsten')).toHaveAttribute('data-overdue', 'true');
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);

    // Tabs: one stop, arrows move and select.
    await pane.tab('status').focus();
    await page.keyboard.press('ArrowRight');
    await expect(pane.tab('assignments')).toBeFocused();
    await expect(pane.tab('assignments')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('assignment-overdue')).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(pane.tab('conference')).toBeFocused();
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(pane.tab('registry')).toBeFocused();
    expect(await seriousViolations(page, '[data-testid="actors-pane"]')).toEqual([]);
    await page.keyboard.press('Home');
    await expect(pane.tab('status')).toBeFocused();

    // The history by keyboard: Enter opens, Tab stays inside, Escape returns to the tile.
    await pane.tile('Polisen').focus();
    await page.keyboard.press('Enter');
    await expect(pane.history).toBeVisible();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="actor-history"]') !== null)).toBe(true);
    }
    await pane.history.getByTestId('history-report').click();
    await expect(pane.history.getByTestId('status-form')).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="actor-history"]')).toEqual([]);
    // A report taken by phone before it could be logged: given its own time, it is history at once.
    const form = pane.history.getByTestId('status-form');
    await form.getByTestId('level-activated').check();
    await form.getByTestId('status-situation').fill('Stab förstärkt med insatsledare');
    const earlier = new Date(Date.now() - 20 * 60_000);
    await form.getByTestId('status-reported-date').fill(stockholmDate(earlier));
    await form.getByTestId('status-reported-time').fill(stockholmTime(earlier));
    await form.getByTestId('status-save').click();
    await expect(pane.history.getByTestId('status-history-item')).toHaveCount(2);
    await expect(pane.history.getByTestId('status-history-item').first()).toContainText(stockholmTime(earlier));
    await expect(pane.tile('Polisen')).toHaveAttribute('data-level', 'activated');
    await expect(pane.history.getByTestId('history-report')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pane.history).toBeHidden();
    await expect(pane.tile('Polisen')).toBeFocused();

    await pane.tab('registry').click();
    await page.getByTestId('registry-add').click();
    await expect(page.getByTestId('actor-editor')).toBeVisible();
    expect(await seriousViolations(page, '[data-testid="actor-editor"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('registry-add')).toBeFocused();
  });

  test('screenshots of the status panel: wall 1920×1080 and staff 1366×768, Swedish and English', async ({ startPage, page, server, browser, header }) => {
    mkdirSync(DIR, { recursive: true });
    await page.setViewportSize(LAPTOP);
    await startPage.createBoard({ name: 'Storm Gudrun – övning 2', kommun: 'Växjö', exercise: true, activated: true });
    const pane = new ActorsPane(page);
    await expect(pane.tiles.first()).toBeVisible();
    api = await connectApi(server.url);
    const actors = await actorsByName(api);
    const ago = (min: number): string => new Date(Date.now() - min * 60_000).toISOString();
    const reports: [string, ActorLevel, string, string | undefined, number][] = [
      ['Kommunens krisledning', 'activated', 'Krisledningsnämnden sammanträder 14:00', undefined, 12],
      ['Räddningstjänsten', 'staff', 'Tre insatser: två trädfällningar över väg, en brand i transformatorstation', 'Fler motorsågslag', 95],
      ['Polisen', 'heightened', 'Avspärrning vid Helgasjöbron', undefined, 35],
      ['Region Kronoberg', 'staff', 'Hemsjukvården når inte 40 brukare i norra kommundelen', 'Fyrhjulsdrivna fordon', 20],
      ['Länsstyrelsen i Kronobergs län', 'heightened', 'Samordnar länets lägesbild', undefined, 70],
      ['Trafikverket', 'normal', 'Väg 23 och 30 framkomliga', undefined, 5],
      ['Energibolaget', 'activated', '4 300 kunder utan ström, åtgärd beräknad 18:00', 'Reservkraftverk till trygghetspunkter', 40],
      ['SOS Alarm', 'normal', 'Förhöjt samtalsflöde', undefined, 150],
    ];
    for (const [name, level, situation, needs, minutes] of reports) {
      await api.call('actors.setStatus', { id: actor(actors, name).id, level, situation, ...(needs ? { needs } : {}), reported_at: ago(minutes) });
    }
    const nextAt = new Date(Date.now() + 42 * 60_000 + 30_000);
    await api.call('actors.conference.setNext', { at: nextAt.toISOString(), kind: 'coordinating' });
    await expect(pane.tile('Energibolaget')).toHaveAttribute('data-level', 'activated');
    await expect(pane.countdown).toContainText('om 43 min');
    await expect(pane.tile('Räddningstjänsten').getByTestId('overdue-flag')).toBeVisible();
    await page.screenshot({ path: `${DIR}/actors-1366.png` });
    await header.switchLanguage('en');
    await expect(pane.countdown).toContainText('in 43 min');
    await page.screenshot({ path: `${DIR}/actors-1366-en.png` });
    await pane.tile('Räddningstjänsten').click();
    await expect(pane.history.getByTestId('status-history-item')).toHaveCount(1);
    await page.screenshot({ path: `${DIR}/actors-history-1366-en.png` });
    await page.keyboard.press('Escape');
    await header.switchLanguage('sv');
    await pane.tab('assignments').click();
    await page.getByTestId('assign-open').click();
    await page.screenshot({ path: `${DIR}/actors-assignments-1366.png` });
    await pane.tab('registry').click();
    await pane.root.locator('[data-testid="registry-row"][data-actor="Polisen"]').getByTestId('registry-edit').click();
    await page.getByTestId('contact-add').click();
    await page.screenshot({ path: `${DIR}/actors-editor-1366.png` });
    await page.keyboard.press('Escape');
    await pane.tab('status').click();

    const wall = await browser.newPage({ viewport: WALL });
    await wall.goto(server.wallUrl ?? '');
    const wallPane = new ActorsPane(wall);
    await expect(wallPane.tile('Energibolaget')).toHaveAttribute('data-level', 'activated');
    await expect(wall.getByTestId('actors-pane').getByTestId('conference-countdown')).toContainText('om 4');
    await wall.screenshot({ path: `${DIR}/actors-wall-1920.png` });
    await wall.evaluate(() => localStorage.setItem('samlad.language', 'en'));
    await wall.reload();
    await expect(wallPane.tile('Energibolaget')).toHaveAttribute('data-level', 'activated');
    await wall.screenshot({ path: `${DIR}/actors-wall-1920-en.png` });
    await wall.close();
  });
});
