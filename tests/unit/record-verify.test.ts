import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyBoardFile, verifyBoardFileInParallel } from '../../electron/core/index.js';
import { canonicalJson, type JsonValue } from '../../electron/core/db/canonical-json.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { recordHash } from '../../electron/core/record/hash.js';
import type { StoredRecord } from '../../electron/core/record/log.js';
import { formatHead, type RecordHead, type VerifyFinding } from '../../shared/record/record.js';
import { newBoard } from './helpers.js';

const CLI = 'dist/cli.cjs';
/** Built by npm run build (npm test builds before the unit tests). */
const CHAIN_WORKER = 'dist/chain-worker.cjs';

/** A board: record 1 board.created, records 2–7 journal entries #1–#6. */
async function boardWithEntries(n = 6) {
  const b = await newBoard();
  for (let i = 1; i <= n; i++) await b.call('journal.append', { kind: 'information', text: `Post nummer ${i}`, actor: 'SMHI' });
  const head = (await b.call('record.head', {})).head as RecordHead;
  b.core.close();
  return { ...b, head };
}

/** Raw SQL the way someone tampering with the file would: the guard triggers dropped first. */
function tamper(path: string, run: (db: Database.Database) => void): void {
  const db = new Database(path);
  db.exec('DROP TRIGGER IF EXISTS record_no_update; DROP TRIGGER IF EXISTS record_no_delete; DROP TRIGGER IF EXISTS journal_entry_no_update; DROP TRIGGER IF EXISTS journal_entry_no_delete;');
  run(db);
  db.close();
}

type Row = StoredRecord;

const rows = (db: Database.Database): Row[] => db.prepare<[], Row>('SELECT seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash FROM record ORDER BY seq').all();

/** Rewrites record `seq` with `change` and recomputes every hash after it, as a careful forger would. */
function rewriteAndRechain(db: Database.Database, seq: number, change: (r: Row) => Row): void {
  let prev = '';
  for (const r of rows(db)) {
    if (r.seq < seq) {
      prev = r.hash;
      continue;
    }
    const next = r.seq === seq ? change(r) : r;
    const hash = recordHash(prev, next);
    db.prepare('UPDATE record SET payload = ?, occurred_at = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(next.payload, next.occurred_at, prev, hash, r.seq);
    prev = hash;
  }
}

const payloadWith = (r: Row, patch: Record<string, JsonValue>): string => canonicalJson({ ...(JSON.parse(r.payload) as Record<string, JsonValue>), ...patch });

type Where = Omit<VerifyFinding, 'subject'>;
const at = (problem: VerifyFinding['problem'], seq: number | null, table: string | null = null, key: string | null = null, column: string | null = null): Where => ({
  problem,
  seq,
  table,
  key,
  column,
});

describe('the record hash', () => {
  it('is sha256 of prev_hash and the RFC 8785 canonical JSON of the whole record, payload included', async () => {
    const b = await boardWithEntries(2);
    const db = new Database(b.path, { readonly: true });
    for (const r of rows(db)) {
      const canonical = canonicalJson({ seq: r.seq, type: r.type, subject: r.subject, by: r.by, payload: JSON.parse(r.payload) as JsonValue, occurred_at: r.occurred_at, recorded_at: r.recorded_at });
      const { createHash } = await import('node:crypto');
      expect(r.hash).toBe(createHash('sha256').update(r.prev_hash + canonical, 'utf8').digest('hex'));
      // What is stored is what was hashed: the payload is canonical as stored.
      expect(canonicalJson(JSON.parse(r.payload) as JsonValue)).toBe(r.payload);
    }
    expect(rows(db)[0]).toMatchObject({ seq: 1, type: 'board.created', prev_hash: '0'.repeat(64) });
    db.close();
  });
});

describe('samlad verify: the tamper table', () => {
  const cases: [string, (db: Database.Database) => void, Where][] = [
    ['a changed text', (db) => db.prepare("UPDATE record SET payload = replace(payload, 'Post nummer 3', 'Ingen evakuering') WHERE seq = 4").run(), at('hash_mismatch', 4)],
    ['a changed actor', (db) => db.prepare("UPDATE record SET payload = replace(payload, '\"SMHI\"', '\"Polisen\"') WHERE seq = 5").run(), at('hash_mismatch', 5)],
    ['a changed time', (db) => db.prepare("UPDATE record SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE seq = 3").run(), at('hash_mismatch', 3)],
    ['a changed author', (db) => db.prepare("UPDATE record SET \"by\" = 'Någon annan' WHERE seq = 6").run(), at('hash_mismatch', 6)],
    ['a deleted middle record', (db) => db.prepare('DELETE FROM record WHERE seq = 4').run(), at('missing', 4)],
    [
      'two records swapped',
      (db) => {
        const [r3, r4] = rows(db).filter((r) => r.seq === 3 || r.seq === 4);
        const put = db.prepare('UPDATE record SET payload = ?, occurred_at = ?, recorded_at = ?, prev_hash = ?, hash = ? WHERE seq = ?');
        if (!r3 || !r4) throw new Error('fixture');
        put.run(r4.payload, r4.occurred_at, r4.recorded_at, r4.prev_hash, r4.hash, 3);
        put.run(r3.payload, r3.occurred_at, r3.recorded_at, r3.prev_hash, r3.hash, 4);
      },
      at('prev_hash_mismatch', 3),
    ],
    [
      'a forged record inserted with a made-up hash',
      (db) => {
        const last = rows(db).at(-1) as Row;
        db.prepare('INSERT INTO record (seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          8, 'journal.entry', 'journal/7', 'x', last.payload, last.occurred_at, last.recorded_at, last.hash, 'f'.repeat(64),
        );
      },
      at('hash_mismatch', 8),
    ],
    [
      'a forged record chained correctly, with no journal row',
      (db) => {
        const last = rows(db).at(-1) as Row;
        const forged = { ...last, seq: 8, subject: 'journal/7', payload: payloadWith(last, { entry: 7, text: 'Allt lugnt' }) };
        db.prepare('INSERT INTO record (seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          8, forged.type, forged.subject, forged.by, forged.payload, forged.occurred_at, forged.recorded_at, last.hash, recordHash(last.hash, forged),
        );
      },
      at('projection_missing', 8, 'journal_entry', 'seq=7'),
    ],
    ['the board\u2019s exercise flag changed', (db) => db.prepare('UPDATE board SET exercise = 0').run(), at('projection_mismatch', 1, 'board', 'id=1', 'exercise')],
    ['the board\u2019s name changed', (db) => db.prepare("UPDATE board SET name = 'Annat namn'").run(), at('projection_mismatch', 1, 'board', 'id=1', 'name')],
    ['a journal text changed without its record', (db) => db.prepare("UPDATE journal_entry SET text = 'Ändrad' WHERE seq = 3").run(), at('projection_mismatch', 4, 'journal_entry', 'seq=3', 'text')],
    ['a journal row who changed', (db) => db.prepare("UPDATE journal_entry SET \"by\" = 'Annan' WHERE seq = 2").run(), at('projection_mismatch', 3, 'journal_entry', 'seq=2', 'by')],
    ['a journal row removed', (db) => db.prepare('DELETE FROM journal_entry WHERE seq = 5').run(), at('projection_missing', 6, 'journal_entry', 'seq=5')],
  ];

  it.each(cases)('names the first bad record: %s', async (_what, change, expected) => {
    const b = await boardWithEntries();
    expect(verifyBoardFile(b.path)).toMatchObject({ ok: true, count: 7 });
    tamper(b.path, change);
    const result = verifyBoardFile(b.path);
    expect(result.ok).toBe(false);
    expect(result.first_bad).toMatchObject(expected);
    // samlad verify checks the hashes in a second thread: it names the same first problem.
    expect(await verifyBoardFileInParallel(b.path, CHAIN_WORKER)).toEqual(result);
  });

  it('says what the bad record is about, so a person can find it: the entry, or the board', async () => {
    const text = await boardWithEntries();
    tamper(text.path, (db) => db.prepare("UPDATE record SET payload = replace(payload, 'Post nummer 3', 'Ingen evakuering') WHERE seq = 4").run());
    expect(verifyBoardFile(text.path).first_bad?.subject).toBe('journal/3');
    const flag = await boardWithEntries(1);
    tamper(flag.path, (db) => db.prepare('UPDATE board SET exercise = 0').run());
    expect(verifyBoardFile(flag.path).first_bad?.subject).toBe('board');
    const gone = await boardWithEntries(3);
    tamper(gone.path, (db) => db.prepare('DELETE FROM record WHERE seq = 3').run());
    expect(verifyBoardFile(gone.path).first_bad).toMatchObject({ problem: 'missing', seq: 3, subject: null });
  });

  it('names a journal row that no record explains', async () => {
    const b = await boardWithEntries(2);
    tamper(b.path, (db) =>
      db.prepare(`INSERT INTO journal_entry (seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, "by", record_seq, sort_key)
        VALUES (9, 'decision', 'Inskjuten', NULL, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 0, NULL, NULL, 'x', 99, 1)`).run(),
    );
    expect(verifyBoardFile(b.path).first_bad).toMatchObject(at('projection_extra', null, 'journal_entry', 'seq=9'));
  });

  it('catches a rewritten record whose following hashes were all recomputed, given the exported head', async () => {
    const b = await boardWithEntries();
    tamper(b.path, (db) => rewriteAndRechain(db, 4, (r) => ({ ...r, payload: payloadWith(r, { text: 'Ingen evakuering' }) })));
    // The journal row was rewritten too, so the file agrees with itself…
    tamper(b.path, (db) => db.prepare("UPDATE journal_entry SET text = 'Ingen evakuering' WHERE seq = 3").run());
    expect(verifyBoardFile(b.path).ok).toBe(true);
    // … but not with the head a report carried before.
    expect(verifyBoardFile(b.path, { expectHead: b.head }).first_bad).toMatchObject(at('head_mismatch', b.head.seq));
    const run = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path, '--expect-head', formatHead(b.head)], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'sv' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`post ${b.head.seq}`);
    expect(run.stderr).toContain('historiken har skrivits om');
  });

  it('catches the newest records removed, given the exported head', async () => {
    const b = await boardWithEntries();
    tamper(b.path, (db) => {
      db.prepare('DELETE FROM record WHERE seq >= 6').run();
      db.prepare('DELETE FROM journal_entry WHERE record_seq >= 6').run();
    });
    expect(verifyBoardFile(b.path)).toMatchObject({ ok: true, count: 5 });
    expect(verifyBoardFile(b.path, { expectHead: b.head }).first_bad).toMatchObject(at('head_missing', 7));
    const run = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path, '--expect-head', formatHead(b.head)], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'en' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/record 7: the record is gone/);
  });

  it('passes an untouched board with its own head, through the CLI too', async () => {
    const b = await boardWithEntries();
    expect(await verifyBoardFileInParallel(b.path, CHAIN_WORKER, { expectHead: b.head })).toEqual({ ok: true, count: 7, head: b.head, first_bad: null });
    const head = spawnSync(process.execPath, [CLI, 'head', '--db', b.path], { encoding: 'utf8' });
    expect(head.status).toBe(0);
    expect(JSON.parse(head.stdout)).toEqual(b.head);
    const run = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path, '--expect-head', formatHead(b.head)], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'sv' } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`huvud ${formatHead(b.head)}`);
    const bad = spawnSync(process.execPath, [CLI, 'verify', '--db', b.path, '--expect-head', '7:nothex'], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'sv' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--expect-head måste vara SEQ:HASH');
  });
});

describe('verify checks every projection column', () => {
  it('compares each column of each projection table, and every table of the board is a projection or the record', async () => {
    const b = await boardWithEntries(1);
    const db = new Database(b.path, { readonly: true });
    for (const projection of PROJECTIONS.all) {
      for (const table of projection.tables) {
        const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${table.name})`).all().map((c) => c.name);
        expect([...table.columns].sort(), `${table.name}: a column verify does not check`).toEqual(columns.sort());
      }
    }
    const projected = new Set(PROJECTIONS.all.flatMap((p) => p.tables.map((t) => t.name)));
    // The record itself, the op replies (not evidence), the full-text index (rebuilt from
    // journal_entry), and the map layers' secrets (kept out of the record on purpose; verify checks
    // only that each belongs to a layer whose record says it has one).
    const notProjections = new Set(['record', 'op', 'map_layer_secret']);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_fts%'")
      .all()
      .map((t) => t.name);
    for (const t of tables) expect(projected.has(t) || notProjections.has(t), `table ${t} is neither the record nor a checked projection`).toBe(true);
    db.close();
  });
});
