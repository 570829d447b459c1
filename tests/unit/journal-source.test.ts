import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { staff } from '../callers.js';
import { verifyBoardFile } from '../../electron/core/core.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { appendAutomaticEntry } from '../../electron/core/journal/write.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { RecordLog } from '../../electron/core/record/log.js';
import { WriteContext } from '../../electron/core/record/write.js';
import { createCore } from '../../electron/core/index.js';
import type { ListOutput } from '../../shared/domain/journal.js';
import type { JournalEntry } from '../../shared/domain/journal.js';
import { newBoard } from './helpers.js';

/** A board with two typed entries (one with a place) and one automatic entry about map/7. */
async function mixedBoard() {
  const b = await newBoard();
  await b.call('journal.append', { kind: 'information', text: 'Vattnet stiger vid bron', place: { lat: 59.3293, lon: 18.0686 } });
  await b.call('journal.append', { kind: 'decision', text: 'Stab upprättad' });
  b.core.close();
  const { db } = openBoardDb(b.path);
  const log = new RecordLog(db);
  db.transaction(() => {
    appendAutomaticEntry(new WriteContext(db, log, PROJECTIONS, 'Kartan', new Date()), {
      kind: 'action',
      text: 'Avspärrning upprättad: Storgatan',
      source: 'map/7',
    });
  })();
  db.close();
  const core = createCore({ dataDir: b.dir, watchIntervalMs: 0, verifyOnOpen: false });
  core.openBoardFile(b.path);
  const list = async (query: object): Promise<ListOutput> => {
    const reply = await core.dispatch('journal.list', { query }, staff());
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as ListOutput;
  };
  return { ...b, core, list };
}

describe('automatic entries and places', () => {
  it('keeps what people typed apart from what the board wrote itself', async () => {
    const b = await mixedBoard();
    const all = await b.list({});
    expect(all.total).toBe(3);
    const auto = await b.list({ origin: 'automatic' });
    expect(auto.entries.map((e) => [e.text, e.source])).toEqual([['Avspärrning upprättad: Storgatan', 'map/7']]);
    const people = await b.list({ origin: 'people' });
    expect(people.entries.map((e) => e.text).sort()).toEqual(['Stab upprättad', 'Vattnet stiger vid bron']);
    expect(people.entries.every((e) => e.source === null)).toBe(true);
    b.core.close();
  });

  it('stores a place with the entry and in its record, and keeps it through a correction', async () => {
    const b = await mixedBoard();
    const placed = (await b.list({ search: 'bron' })).entries[0];
    expect(placed?.place).toEqual({ lat: 59.3293, lon: 18.0686 });
    const corrected = await b.core.dispatch('journal.correct', { seq: placed?.seq ?? 0, text: 'Vattnet stiger vid gamla bron', reason: 'Fel bro' }, staff());
    expect(corrected.ok && (corrected.result as JournalEntry).place).toEqual({ lat: 59.3293, lon: 18.0686 });
    b.core.close();
    const db = new Database(b.path, { readonly: true });
    const payload = db.prepare<[], { payload: string }>("SELECT payload FROM record WHERE subject = 'journal/1'").get()?.payload ?? '';
    expect(JSON.parse(payload)).toMatchObject({ place: { lat: 59.3293, lon: 18.0686 } });
    // An entry with neither field hashes as entries always did: the keys are left out, not null.
    const plain = db.prepare<[], { payload: string }>("SELECT payload FROM record WHERE subject = 'journal/2'").get()?.payload ?? '';
    expect(plain).not.toContain('place');
    expect(plain).not.toContain('source');
    db.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('refuses a place off the globe and a source from a person, and stores nothing', async () => {
    const b = await newBoard();
    for (const bad of [
      { kind: 'call', text: 'x', place: { lat: 91, lon: 0 } },
      { kind: 'call', text: 'x', place: { lat: 59, lon: Number.NaN } },
      { kind: 'call', text: 'x', place: { lat: 59 } },
      // Only a capability may say an entry is automatic.
      { kind: 'call', text: 'x', source: 'map/1' },
    ]) {
      const reply = await b.core.dispatch('journal.append', bad, staff());
      expect(reply.ok).toBe(false);
    }
    expect((await b.call('journal.list', {})).total).toBe(0);
    b.core.close();
  });

  it('verify names a source or place changed without its record', async () => {
    for (const [column, sql] of [
      ['source', "UPDATE journal_entry SET source = 'map/8' WHERE seq = 3"],
      ['place', `UPDATE journal_entry SET place = '{"lat":1,"lon":2}' WHERE seq = 1`],
    ] as const) {
      const b = await mixedBoard();
      b.core.close();
      const db = new Database(b.path);
      db.exec('DROP TRIGGER journal_entry_no_update');
      db.exec(sql);
      db.close();
      const result = verifyBoardFile(b.path);
      expect(result.ok).toBe(false);
      expect(result.first_bad).toMatchObject({ problem: 'projection_mismatch', table: 'journal_entry', column });
    }
  });
});
