import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { EntryKind, JournalEntry } from '../../../shared/domain/journal.js';
import { GENESIS_HASH, entryHash, type HashedFields } from './hash.js';
import { ENTRY_COLUMNS, entryFromRow, sortKey, type EntryRow } from './row.js';

export interface NewEntry {
  kind: EntryKind;
  text: string;
  actor: string | null;
  occurred_at: string | null;
  significant: boolean;
}

export interface Correction {
  seq: number;
  text: string;
  reason: string;
  kind?: EntryKind | undefined;
  actor?: string | null | undefined;
  occurred_at?: string | undefined;
  significant?: boolean | undefined;
}

/**
 * The journal's single writer: every entry goes in through append() or correct(), each one
 * IMMEDIATE transaction that reads the chain head under the write lock, so several processes
 * writing one file still produce one unbroken chain.
 */
export class JournalWriter {
  private readonly head: Database.Statement<[], { seq: number; hash: string }>;
  private readonly insert: Database.Statement<[EntryRow & { sort_key: bigint }]>;
  private readonly byId: Database.Statement<[number], EntryRow>;
  private readonly correctionOf: Database.Statement<[number], { seq: number }>;
  private readonly appendTx: (entry: NewEntry, correction: { corrects: number; reason: string } | null) => JournalEntry;

  constructor(
    db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.head = db.prepare('SELECT seq, hash FROM journal_entry ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(
      `INSERT INTO journal_entry (${ENTRY_COLUMNS}, sort_key) VALUES (@seq, @kind, @text, @actor, @occurred_at, @recorded_at, @significant, @corrects, @correction_reason, @prev_hash, @hash, @sort_key)`,
    );
    this.byId = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM journal_entry WHERE seq = ?`);
    this.correctionOf = db.prepare('SELECT seq FROM journal_entry WHERE corrects = ?');
    const tx = db.transaction((entry: NewEntry, correction: { corrects: number; reason: string } | null) =>
      this.appendLocked(entry, correction),
    );
    this.appendTx = (entry, correction) => tx.immediate(entry, correction);
  }

  append(entry: NewEntry): JournalEntry {
    return this.appendTx(entry, null);
  }

  /** A correction is a new entry pointing at the original; the original is never touched. */
  correct(c: Correction): JournalEntry {
    const original = this.byId.get(c.seq);
    if (!original) throw new ApiError('not_found', `no journal entry ${c.seq}`, { seq: c.seq });
    const entry: NewEntry = {
      kind: c.kind ?? entryFromRow(original).kind,
      text: c.text,
      actor: c.actor === undefined ? original.actor : c.actor,
      occurred_at: c.occurred_at ?? original.occurred_at,
      significant: c.significant ?? original.significant === 1,
    };
    return this.appendTx(entry, { corrects: c.seq, reason: c.reason });
  }

  private appendLocked(entry: NewEntry, correction: { corrects: number; reason: string } | null): JournalEntry {
    if (correction) {
      // Checked again under the write lock: another writer may have corrected it meanwhile.
      const existing = this.correctionOf.get(correction.corrects);
      if (existing) {
        throw new ApiError('already_corrected', `entry ${correction.corrects} is already corrected by ${existing.seq}`, {
          seq: correction.corrects,
          corrected_by: existing.seq,
        });
      }
    }
    const head = this.head.get();
    const recordedAt = this.now().toISOString();
    const fields: HashedFields = {
      seq: (head?.seq ?? 0) + 1,
      kind: entry.kind,
      text: entry.text,
      actor: entry.actor,
      occurred_at: entry.occurred_at ?? recordedAt,
      recorded_at: recordedAt,
      significant: entry.significant,
      corrects: correction?.corrects ?? null,
      correction_reason: correction?.reason ?? null,
    };
    const prevHash = head?.hash ?? GENESIS_HASH;
    const stored: JournalEntry = { ...fields, prev_hash: prevHash, hash: entryHash(prevHash, fields) };
    this.insert.run({ ...stored, significant: stored.significant ? 1 : 0, sort_key: sortKey(stored.occurred_at, stored.seq) });
    return stored;
  }
}
