import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/core/journal/verify.js';
import { newBoard } from './helpers.js';

const CLI = 'dist/cli.cjs';

async function boardWithEntries(n: number) {
  const b = await newBoard();
  for (let i = 1; i <= n; i++) await b.call('journal.append', { kind: 'information', text: `Post nummer ${i}` });
  b.core.close();
  return b;
}

/** Raw SQL the way someone tampering with the file would: the guard triggers dropped first. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec('DROP TRIGGER journal_entry_no_update; DROP TRIGGER journal_entry_no_delete;');
  db.exec(sql);
  db.close();
}

describe('hash chain', () => {
  it('verifies an untouched journal, and the CLI exits 0', async () => {
    const b = await boardWithEntries(5);
    const db = new Database(b.path, { readonly: true });
    expect(verifyChain(db)).toMatchObject({ ok: true, count: 5, first_bad: null });
    db.close();
    expect(spawnSync(process.execPath, [CLI, 'verify', '--db', b.path]).status).toBe(0);
  });

  it('names the entry whose text was changed', async () => {
    const b = await boardWithEntries(6);
    tamper(b.path, "UPDATE journal_entry SET text = 'Ingen evakuering behövs' WHERE seq = 4");
    const db = new Database(b.path, { readonly: true });
    expect(verifyChain(db)).toMatchObject({ ok: false, count: 3, first_bad: { seq: 4, problem: 'hash_mismatch' } });
    db.close();
    const run = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'sv' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('#4');
  });

  it('names the entry that was deleted', async () => {
    const b = await boardWithEntries(6);
    tamper(b.path, 'DELETE FROM journal_entry WHERE seq = 3');
    const db = new Database(b.path, { readonly: true });
    expect(verifyChain(db)).toMatchObject({ ok: false, first_bad: { seq: 3, problem: 'missing' } });
    db.close();
    const run = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'en' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/#3: the entry is missing/);
  });

  it('names an entry rewritten with a fresh hash that no longer follows the chain', async () => {
    const b = await boardWithEntries(4);
    tamper(b.path, "UPDATE journal_entry SET prev_hash = 'f' || substr(prev_hash, 2) WHERE seq = 2");
    const db = new Database(b.path, { readonly: true });
    expect(verifyChain(db).first_bad).toEqual({ seq: 2, problem: 'prev_hash_mismatch' });
    db.close();
  });

  it('is what `journal list --json` shows: every entry with its hash', async () => {
    const b = await boardWithEntries(3);
    const out = execFileSync(process.execPath, [CLI, 'journal', 'list', '--db', b.path, '--json'], { encoding: 'utf8' });
    const entries = JSON.parse(out) as { seq: number; hash: string; prev_hash: string }[];
    expect(entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(entries[0]?.prev_hash).toBe(entries[1]?.hash);
  });
});
