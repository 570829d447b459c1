import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { wall } from '../callers.js';
import { verifyBoardFile } from '../../electron/core/core.js';
import type { RoutedEvent } from '../../electron/core/record/projection.js';
import { newBoard } from './helpers.js';
import { content } from './message-fixtures.js';

async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return (e as { reply: { code: string; message: string } }).reply;
  }
  throw new Error('expected a refusal');
}

describe('joint messages: co-signing', () => {
  it('publishes only when every required actor approved the current version; a new version resets approvals', async () => {
    const b = await newBoard();
    const m = await b.call('messages.create', { template: 'web_text', content: content(), required_actors: ['Polisen', 'Räddningstjänsten'] });
    expect(m).toMatchObject({ id: 1, version: 1, status: 'draft', missing: ['Polisen', 'Räddningstjänsten'] });

    const approved = await b.call('messages.approve', { id: 1, version: 1, actor: 'polisen', decision: 'approved' });
    expect(approved.approvals).toEqual([
      expect.objectContaining({ actor: 'Polisen', state: 'approved', recorded_by: 'Test Testsson' }),
      expect.objectContaining({ actor: 'Räddningstjänsten', state: 'waiting' }),
    ]);
    const refused = await errorOf(b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] }));
    expect(refused.code).toBe('approvals_missing');
    expect(refused.message).toContain('Räddningstjänsten');

    const asked = await b.call('messages.approve', { id: 1, version: 1, actor: 'Räddningstjänsten', decision: 'change_requested', comment: 'Nämn Sörby också' });
    expect(asked.missing).toEqual(['Räddningstjänsten']);
    const v2 = await b.call('messages.revise', { id: 1, base_version: 1, content: content('Stäng fönster och dörrar', 'Brand i Hemlingby och Sörby. Röken är giftig.') });
    expect(v2.version).toBe(2);
    // Polisen approved version 1, not 2: the new version asks everyone again.
    expect(v2.missing).toEqual(['Polisen', 'Räddningstjänsten']);
    // An approval of the old version is refused.
    expect((await errorOf(b.call('messages.approve', { id: 1, version: 1, actor: 'Polisen', decision: 'approved' }))).code).toBe('version_conflict');

    await b.call('messages.approve', { id: 1, version: 2, actor: 'Polisen', decision: 'approved' });
    await b.call('messages.approve', { id: 1, version: 2, actor: 'Räddningstjänsten', decision: 'approved' });
    const published = await b.call('messages.publish', { id: 1, version: 2, channels: ['webb', 'press'] });
    expect(published).toMatchObject({ status: 'published', version: 2, published_channels: ['webb', 'press'], published_by: 'Test Testsson' });

    // Published is frozen; the log has the outgoing entry with the final text.
    expect((await errorOf(b.call('messages.revise', { id: 1, base_version: 2, content: content('Annat') }))).code).toBe('message_published');
    const out = await b.call('journal.list', { query: { kinds: ['outgoing'] } });
    expect(out.entries).toHaveLength(1);
    expect(out.entries[0]).toMatchObject({ source: 'message/1', significant: true });
    expect(out.entries[0]?.text).toContain('Brand i Hemlingby och Sörby');
    const auto = await b.call('journal.list', { query: { origin: 'automatic' } });
    expect(auto.total).toBe(5); // three approvals, one change request, one publication
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('saving the same content makes no new version; an edit from an old version is refused', async () => {
    const b = await newBoard();
    await b.call('messages.create', { content: content(), required_actors: ['Polisen'] });
    await b.call('messages.approve', { id: 1, version: 1, actor: 'Polisen', decision: 'approved' });
    const same = await b.call('messages.revise', { id: 1, base_version: 1, content: content() });
    expect(same).toMatchObject({ version: 1, missing: [] });
    await b.call('messages.revise', { id: 1, base_version: 1, content: content('Ny rubrik') });
    expect((await errorOf(b.call('messages.revise', { id: 1, base_version: 1, content: content('Krock') }))).code).toBe('version_conflict');
    b.core.close();
  });

  it('refuses a change request without a comment, an actor not asked, and bad input, changing nothing', async () => {
    const b = await newBoard();
    await b.call('messages.create', { content: content(), required_actors: ['Polisen'] });
    expect((await errorOf(b.call('messages.approve', { id: 1, version: 1, actor: 'Polisen', decision: 'change_requested' }))).code).toBe('validation');
    expect((await errorOf(b.call('messages.approve', { id: 1, version: 1, actor: 'Regionen', decision: 'approved' }))).code).toBe('not_required_actor');
    expect((await errorOf(b.call('messages.create', { content: { ...content(), cap: { ...content().cap, urgency: 'Soon' as 'Future' } } }))).code).toBe('validation');
    expect((await errorOf(b.call('messages.create', { content: content(), kind: 'Update' }))).code).toBe('bad_reference');
    const { messages } = await b.call('messages.list', {});
    expect(messages).toHaveLength(1);
    expect(messages[0]?.approvals[0]?.state).toBe('waiting');
    b.core.close();
  });

  it('an update names the published message it replaces, which then shows what replaced it', async () => {
    const b = await newBoard();
    await b.call('messages.create', { content: content() });
    expect((await errorOf(b.call('messages.create', { content: content('Uppdatering'), kind: 'Update', replaces: 1 }))).code).toBe('bad_reference');
    await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
    const update = await b.call('messages.create', { content: content('Faran är över'), kind: 'Update', replaces: 1 });
    await b.call('messages.publish', { id: update.id, version: 1, channels: ['webb'] });
    const { message } = await b.call('messages.get', { id: 1 });
    expect(message.replaced_by).toBe(update.id);
    b.core.close();
  });

  it('never shows a draft to a wall seat, neither in reads nor in events', async () => {
    const b = await newBoard();
    const events: RoutedEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    await b.call('messages.create', { content: content('Utkast som inte får synas') });
    await b.call('messages.create', { content: content('Publicerat') });
    await b.call('messages.publish', { id: 2, version: 1, channels: ['webb'] });
    const asWall = await b.core.dispatch('messages.list', {}, wall());
    expect(asWall.ok && (asWall.result as { messages: { id: number }[] }).messages.map((m) => m.id)).toEqual([2]);
    const draft = await b.core.dispatch('messages.get', { id: 1 }, wall());
    expect(draft.ok).toBe(false);
    const changed = events.filter((e) => e.event === 'message.changed');
    for (const e of changed) {
      const status = (e.data as { message: { status: string } }).message.status;
      expect(e.roles.includes('wall')).toBe(status === 'published');
    }
    expect(changed.some((e) => e.roles.includes('wall'))).toBe(true);
    b.core.close();
  });

  it('shows the difference between any two versions word by word', async () => {
    const b = await newBoard();
    await b.call('messages.create', { content: content('Stäng fönster och dörrar') });
    await b.call('messages.revise', { id: 1, base_version: 1, content: content('Stäng alla fönster och dörrar nu') });
    const { diff } = await b.call('messages.diff', { id: 1, from: 1, to: 2 });
    const headline = diff.find((d) => d.field === 'sv.headline');
    expect(headline?.parts).toEqual([
      { op: 'same', text: 'Stäng ' },
      { op: 'added', text: 'alla ' },
      { op: 'same', text: 'fönster och dörrar' },
      { op: 'added', text: ' nu' },
    ]);
    expect(diff.find((d) => d.field === 'sv.body')?.parts.every((p) => p.op === 'same')).toBe(true);
    b.core.close();
  });

  it('verify names a message row changed without its record', async () => {
    for (const [table, sql] of [
      ['message_approval', "UPDATE message_approval SET decision = 'approved' WHERE decision = 'change_requested'"],
      ['message_version', "UPDATE message_version SET content = replace(content, 'Röken', 'Ingen rök') WHERE version = 1"],
      ['message', "UPDATE message SET required_actors = '[]'"],
    ] as const) {
      const b = await newBoard();
      await b.call('messages.create', { content: content(), required_actors: ['Polisen'] });
      await b.call('messages.approve', { id: 1, version: 1, actor: 'Polisen', decision: 'change_requested', comment: 'Mildare ton' });
      b.core.close();
      expect(verifyBoardFile(b.path).ok).toBe(true);
      const db = new Database(b.path);
      db.exec(sql);
      db.close();
      const result = verifyBoardFile(b.path);
      expect(result.ok).toBe(false);
      expect(result.first_bad).toMatchObject({ problem: 'projection_mismatch', table });
    }
  });
});
