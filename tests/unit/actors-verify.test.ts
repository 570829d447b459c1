import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/db/canonical-json.js';
import { verifyBoardFile } from '../../electron/core/index.js';
import { recordHash } from '../../electron/core/record/hash.js';
import type { StoredRecord } from '../../electron/core/record/log.js';
import { actorBoard } from './actors-helpers.js';

/** A board with a whole conference: turns, reports, an agreement with an assignment, the next time. */
async function conferenceBoard(): Promise<string> {
  const b = await actorBoard();
  const c = await b.call('actors.conference.start', { kind: 'directing', attendees: [1, 6, 7] });
  await b.call('actors.conference.turn', { conference: c.id });
  b.clock.advance(2);
  await b.call('actors.conference.report', { conference: c.id, actor: 6, text: 'Brand släckt', level: 'staff' });
  await b.call('actors.agree', { conference: c.id, text: 'Gemensam inriktning', beslut_i_stort: { intent: 'Skydda liv', agreeing: [1, 6] }, assignments: [{ actor: 7, what: 'Spärra vägen' }] });
  await b.call('actors.setAssignmentStatus', { id: 1, status: 'accepted' });
  b.clock.advance(5);
  await b.call('actors.conference.end', { conference: c.id, next_at: '2026-11-24T12:00:00Z', next_kind: 'coordinating' });
  b.core.close();
  return b.path;
}

function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('verify rebuilds the conference tables from the record', () => {
  const cases: [string, string, { problem: string; table: string; column?: string }][] = [
    ['a turn made longer', "UPDATE actor_conference_turn SET ended_at = '2026-11-24T09:00:00.000Z' WHERE ended_at IS NOT NULL", { problem: 'projection_mismatch', table: 'actor_conference_turn', column: 'ended_at' }],
    ['a report moved to another turn', 'UPDATE actor_conference_turn SET report_seq = NULL', { problem: 'projection_mismatch', table: 'actor_conference_turn', column: 'report_seq' }],
    ['an assignment marked done', "UPDATE actor_assignment SET status = 'done'", { problem: 'projection_mismatch', table: 'actor_assignment', column: 'status' }],
    ['an assignment moved to another actor', 'UPDATE actor_assignment SET actor = 1', { problem: 'projection_mismatch', table: 'actor_assignment', column: 'actor' }],
    ['a Beslut i stort rewritten', `UPDATE actor_agreement SET beslut_i_stort = replace(beslut_i_stort, 'Skydda liv', 'Spara pengar')`, { problem: 'projection_mismatch', table: 'actor_agreement', column: 'beslut_i_stort' }],
    ['an attendee added', "UPDATE actor_conference SET attendees = '[1,6,7,8]'", { problem: 'projection_mismatch', table: 'actor_conference', column: 'attendees' }],
    ['a conference reopened', 'UPDATE actor_conference SET ended_at = NULL', { problem: 'projection_mismatch', table: 'actor_conference', column: 'ended_at' }],
    ['the next conference moved', "UPDATE actor_next_conference SET at = '2026-11-25T12:00:00.000Z'", { problem: 'projection_mismatch', table: 'actor_next_conference', column: 'at' }],
    ['an agreement removed', 'DELETE FROM actor_agreement', { problem: 'projection_missing', table: 'actor_agreement' }],
  ];

  it.each(cases)('catches %s', async (_what, sql, expected) => {
    const path = await conferenceBoard();
    expect(verifyBoardFile(path).ok).toBe(true);
    tamper(path, sql);
    const result = verifyBoardFile(path);
    expect(result.ok).toBe(false);
    expect(result.first_bad).toMatchObject(expected);
  });

  it('names a record the fold cannot place: an edit of an actor that never existed, chained correctly', async () => {
    const path = await conferenceBoard();
    const db = new Database(path);
    const last = db.prepare<[], StoredRecord>('SELECT seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash FROM record ORDER BY seq DESC LIMIT 1').get() as StoredRecord;
    const forged = {
      seq: last.seq + 1,
      type: 'actor.retired',
      subject: 'actor/999',
      by: 'x',
      payload: canonicalJson({ actor: 999, retired: true }),
      occurred_at: last.occurred_at,
      recorded_at: last.recorded_at,
    };
    db.prepare('INSERT INTO record (seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      forged.seq, forged.type, forged.subject, forged.by, forged.payload, forged.occurred_at, forged.recorded_at, last.hash, recordHash(last.hash, forged),
    );
    db.close();
    expect(verifyBoardFile(path).first_bad).toMatchObject({ problem: 'bad_payload', seq: forged.seq, subject: 'actor/999' });
  });
});
