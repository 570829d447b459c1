import type Database from 'better-sqlite3';
import type { StoredRecord } from './log.js';
import type { Projection } from './projection.js';

/** Every capability's projection, found by record type. A type has exactly one projection. */
export class Projections {
  private readonly byType = new Map<string, Projection>();

  constructor(readonly all: readonly Projection[]) {
    for (const p of all) {
      for (const type of p.recordTypes) {
        if (this.byType.has(type)) throw new Error(`record type ${type} has two projections`);
        this.byType.set(type, p);
      }
    }
  }

  forType(type: string): Projection | undefined {
    return this.byType.get(type);
  }

  apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
    const projection = this.byType.get(record.type);
    if (!projection) throw new Error(`no projection for record type ${record.type}`);
    // The payload was parsed with this record type's schema by the caller.
    (projection.apply as (d: Database.Database, r: StoredRecord, p: unknown) => void)(db, record, payload);
  }
}
