import { host, staff } from '../callers.js';
import type { RoomStatus } from '../../shared/room/contract.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS, METHOD_NAMES, type MethodName } from '../../shared/api/contract.js';
import { actorEvents } from '../../shared/actors/contract.js';
import { EVENTS } from '../../shared/api/events.js';
import type { AnyEvent } from '../../shared/api/events.js';
import { createCore } from '../../electron/core/index.js';
import { tempDir } from './helpers.js';
import { documentHash } from '../../electron/core/reports/document.js';
import { ReportDocument } from '../../shared/reports/domain.js';

type Call = (method: MethodName, params: unknown) => Promise<Record<string, unknown>>;

/** Every actors method once, on a board without actors yet. */
async function callActorMethods(call: Call): Promise<void> {
  expect(await call('actors.seed', {})).toMatchObject({ added: expect.any(Number) as number });
  await call('actors.list', {});
  const smhi = (await call('actors.add', { name: 'SMHI', contacts: [{ name: 'Vakthavande meteorolog', phone: '+46 11 495 80 00' }] })).id as number;
  await call('actors.update', { id: smhi, name: 'SMHI prognos', report_interval_min: 30 });
  await call('actors.retire', { id: smhi, retired: true });
  await call('actors.import', { csv: 'name,type,phone,email,rakel\nTelia,business,+46 8 504 550 00,,\n' });
  await call('actors.setStatus', { id: 1, level: 'staff', situation: 'Stab upprättad kl 10' });
  await call('actors.get', { id: 1 });
  const assignment = (await call('actors.assign', { actor: 1, what: 'Öppna trygghetspunkt', decision: 1 })).id as number;
  await call('actors.setAssignmentStatus', { id: assignment, status: 'accepted' });
  await call('actors.assignments', { statuses: ['accepted'] });
  const conference = (await call('actors.conference.start', { kind: 'directing', attendees: [1, 2] })).id as number;
  await call('actors.conference.turn', { conference });
  await call('actors.conference.report', { conference, actor: 2, text: 'Läget lugnt', level: 'heightened' });
  await call('actors.agree', { conference, text: 'Gemensam inriktning', beslut_i_stort: { intent: 'Skydda liv', agreeing: [1, 2] }, assignments: [{ actor: 2, what: 'Information till allmänheten' }] });
  await call('actors.agreements', { beslut_i_stort: true });
  await call('actors.conference.current', {});
  await call('actors.conference.end', { conference, next_at: '2030-01-01T10:00:00+01:00', next_kind: 'coordinating' });
  await call('actors.conference.setNext', { at: '2030-01-01T11:00:00+01:00' });
  await call('actors.conference.get', { id: conference });
  await call('actors.conference.list', {});
  await call('actors.conference.protocol', { id: conference });
  await call('actors.conference.protocolPdf', { id: conference });
}

/** The room's methods, from the host, through core to an attached room (a stand-in here: tests/unit/room*.test.ts test the real one). */
async function callRoomMethods(core: ReturnType<typeof createCore>, called: Set<MethodName>): Promise<void> {
  const status: RoomStatus = { sharing: false, https: false, addresses: [], codes: [], seats: [], idle_minutes: 480 };
  core.attachRoom({ status: () => status, share: () => Promise.resolve(status), code: () => status, revoke: () => status, onChange: () => () => undefined });
  for (const [method, params] of [['room.status', {}], ['room.share', { on: true }], ['room.code', { kind: 'liaison', actor_id: 1 }], ['room.revoke', { id: '1' }]] as const) {
    const reply = await core.dispatch(method, params, host());
    expect(reply.ok, `${method}: ${JSON.stringify(reply)}`).toBe(true);
    if (reply.ok) METHODS[method].output.parse(reply.result);
    called.add(method);
  }
}

describe('the contract', () => {
  it('every handler answers what its output schema promises, and every event fits its schema', async () => {
    const dir = tempDir();
    // Without the usual actors, so actors.seed has a board to seed.
    const core = createCore({ dataDir: dir, watchIntervalMs: 0, seedActors: false, pdf: () => Promise.resolve(Buffer.from('%PDF-1.7')) });
    const events: AnyEvent[] = [];
    core.onEvent((e) => events.push(e));
    const called = new Set<MethodName>();
    const call = async (method: MethodName, params: unknown) => {
      const reply = await core.dispatch(method, params, staff());
      expect(reply.ok, `${method}: ${JSON.stringify(reply)}`).toBe(true);
      if (!reply.ok) throw new Error(method);
      METHODS[method].output.parse(reply.result);
      called.add(method);
      return reply.result as Record<string, unknown>;
    };
    await call('session.identify', { name: 'Kim Kommunikatör' });
    await call('boards.current', {});
    const board = await call('boards.create', { name: 'Vattenbrist', kommun_code: '1480', exercise: false, mode: 'activated' });
    expect(board).toMatchObject({ kommun_name: 'Göteborg', mode: 'activated', exercise: false, read_only: false });
    await call('journal.append', { kind: 'decision', text: 'Nödvatten till Hisingen', actor: 'Kretslopp och vatten', significant: true });
    await call('journal.correct', { seq: 1, text: 'Nödvatten till Backa', reason: 'Fel stadsdel' });
    await call('journal.list', { query: { search: 'nödvatten' } });
    await call('journal.get', { seq: 1 });
    await call('journal.position', { seq: 1 });
    await call('journal.actors', {});
    await call('journal.archive', { format: 'csv' });
    await call('journal.archive', { format: 'pdf' });
    await callActorMethods(call);
    await call('record.head', {});
    await call('record.verification', {});
    await call('wall.configure', { panels: ['map', 'overdue'], mode: 'rotate', per_view: 1, rotate_seconds: 30, palette: 'auto' });
    await call('wall.get', {});
    await call('boards.setMode', { mode: 'ordinary' });
    const recent = (await call('boards.recent', {})) as { boards: { id: string; path: string }[] };
    expect(recent.boards[0]?.path).toBe(board.path);
    await call('boards.close', {});
    expect(await call('boards.current', {})).toEqual({ board: null });
    const reopened = await call('boards.open', { id: recent.boards[0]?.id });
    expect(reopened.id).toBe(board.id);
    const tank = { type: 'Point', coordinates: [11.93, 57.72] };
    await call('map.create', { geometry: tank, title: 'Nödvatten Backa', category: 'nodvatten' });
    await call('map.change', { id: 1, version: 1, status: 'planned' });
    await call('map.list', {});
    await call('map.get', { id: 1 });
    await call('map.history', { id: 1 });
    await call('map.changedSince', { since: '2000-01-01T00:00:00Z' });
    await call('map.import', { file_name: 'tankar.geojson', text: JSON.stringify({ type: 'Feature', geometry: tank, properties: { name: 'Tank 2' } }) });
    await call('map.export', {});
    await call('map.end', { id: 1, version: 2 });
    await call('map.layers.add', { config: { type: 'xyz', name: 'Topo', url: 'https://example.test/{z}/{x}/{y}.png?key={api_key}' }, secret: { api_key: 'k' } });
    await call('map.layers.change', { id: 1, version: 1, secret: null });
    await call('map.layers.list', {});
    await call('map.layers.remove', { id: 1, version: 2 });
    const message = {
      texts: { sv: { headline: 'Koka vattnet', body: 'Kranvattnet i Backa ska kokas.', instruction: null } },
      audience: null,
      channels: ['webb'],
      area: { kommuner: ['1480'], shapes: [] },
      cap: { categories: ['Health'], urgency: 'Expected', severity: 'Moderate', certainty: 'Likely' },
    };
    await call('messages.create', { content: message, required_actors: ['Kretslopp och vatten'] });
    await call('messages.revise', { id: 1, base_version: 1, content: { ...message, audience: 'Boende i Backa' } });
    await call('messages.setApprovers', { id: 1, required_actors: ['Kretslopp och vatten', 'Regionen'] });
    await call('messages.approve', { id: 1, version: 2, actor: 'Kretslopp och vatten', decision: 'approved' });
    await call('messages.approve', { id: 1, version: 2, actor: 'Regionen', decision: 'approved' });
    await call('messages.publish', { id: 1, version: 2, channels: ['webb'] });
    await call('messages.list', {});
    await call('messages.get', { id: 1 });
    await call('messages.diff', { id: 1, from: 1, to: 2 });
    await call('messages.exportCap', { id: 1 });
    await call('warnings.importCap', { file_name: 'smhi.xml', xml: readFileSync('tests/fixtures/samples/cap/smhi-01-smhi-bpm-1552396920785.xml', 'utf8') });
    await call('warnings.list', {});
    await call('reports.create', {});
    await call('reports.edit', { number: 1, sections: [{ key: 'assessment', text: 'Vattnet räcker till fredag' }] });
    await call('reports.freeze', { number: 1 });
    await call('reports.list', {});
    await call('reports.get', { number: 1 });
    await call('reports.pdf', { number: 1 });
    const exported = (await call('reports.export', { number: 1, format: 'json' })) as { text: string };
    // The same report as if from a neighbour's board: relabelled and hashed again as it would have been.
    const foreign = ReportDocument.parse(JSON.parse(exported.text));
    foreign.board.id = 'grannkommunens-handelse';
    const { content_hash: _old, ...unsigned } = foreign;
    foreign.content_hash = documentHash(unsigned);
    await call('reports.import', { file_name: 'granne.json', text: JSON.stringify(foreign) });
    const recipient = (await call('reports.saveRecipient', { name: 'Grannkommunen', folder: dir })) as { id: number };
    await call('reports.recipients', {});
    await call('reports.send', { number: 1, recipient: recipient.id, format: 'json' });
    await call('reports.removeRecipient', { id: recipient.id });
    await callRoomMethods(core, called);
    expect([...called].sort()).toEqual([...METHOD_NAMES].sort());
    for (const e of events) EVENTS[e.event].parse(e.data);
    // Every actors event was sent (their order is the actors tests' business).
    expect(new Set(events.map((e) => e.event).filter((e) => e.startsWith('actor.')))).toEqual(new Set(Object.keys(actorEvents)));
    // The background check of each opened board reports on its own schedule; the rest in order.
    expect(events.some((e) => e.event === 'record.verification')).toBe(true);
    // Automatic journal entries come with their capability's events; what people wrote, in order.
    const ordered = events.flatMap((e) => (e.event === 'journal.appended' && e.data.entry.source !== null ? [] : [e.event]));
    expect(ordered.filter((e) => e !== 'record.verification' && !e.startsWith('actor.'))).toEqual([
      'board.changed', // created and opened
      'journal.appended',
      'journal.appended', // the correction
      'wall.changed', // the wall's configuration (set once; the same again makes none)
      'board.changed', // the board's new mode …
      'journal.appended', // … and the decision that logs it, in the same commit
      'board.changed', // closed
      'board.changed', // reopened
      'map.feature', // created (its automatic journal entry, like every capability's, is filtered out above)
      'map.feature', // changed
      'map.feature', // imported: one per feature (one entry for the import)
      'map.feature', // ended
      'map.layer', // added: the same for every seat (a layer's secret never leaves the server)
      'map.layer', // changed
      'map.layer', // removed
      'message.changed', // drafted
      'message.changed', // version 2
      'message.changed', // approvers
      'message.changed', // approved (twice)
      'message.changed',
      'message.changed', // published
      'warning.imported', // a CAP warning
      'report.changed', // a report drafted
      'report.changed', // edited
      'report.changed', // frozen
      'report.received', // a neighbour's
      'report.changed', // sent (the address book makes no events)
    ]);
    core.close();
  });

  it('is documented: docs/api.md names every method and every event', () => {
    expect(existsSync('docs/api.md')).toBe(true);
    const doc = readFileSync('docs/api.md', 'utf8');
    for (const name of [...METHOD_NAMES, ...Object.keys(EVENTS)]) expect(doc, name).toContain(`\`${name}\``);
  });
});

describe('the recent boards list', () => {
  it('is a convenience: an unreadable or unwritable list never keeps a board from opening', async () => {
    const dir = tempDir();
    const logged: string[] = [];
    const core = createCore({ dataDir: dir, watchIntervalMs: 0, log: (m) => logged.push(m) });
    const created = await core.dispatch('boards.create', { name: 'Lista', kommun_code: '0180', exercise: false }, staff());
    expect(created.ok).toBe(true);
    writeFileSync(join(dir, 'recent.json'), '{ not json');
    expect(await core.dispatch('boards.recent', {}, staff())).toEqual({ ok: true, result: { boards: [] } });
    // A folder where the list's temp file would go: writing the list fails, opening still works.
    mkdirSync(join(dir, 'recent.json.tmp'));
    const path = created.ok ? (created.result as { path: string }).path : '';
    expect(core.openBoardFile(path).name).toBe('Lista');
    expect(logged.some((m) => m.includes('recent boards list'))).toBe(true);
    core.close();
  });
});
