import type Database from 'better-sqlite3';
import type { StoredRecord } from './log.js';
import type { EventContext, Projection, RoutedEvent } from './projection.js';

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

  /** The events of a record, given its payload as parsed (null: read back from the stored text). */
  events(ctx: EventContext, record: StoredRecord, payload: unknown): RoutedEvent[] {
    const projection = this.byType.get(record.type);
    if (!projection) return [];
    const parsed: unknown = payload ?? JSON.parse(record.payload);
    return (projection.events as (c: EventContext, r: StoredRecord, p: unknown) => RoutedEvent[])(ctx, record, parsed);
  }

  apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
    const projection = this.byType.get(record.type);
    if (!projection) throw new Error(`no projection for record type ${record.type}`);
    // The payload was parsed with this record type's schema by the caller.
    (projection.apply as (d: Database.Database, r: StoredRecord, p: unknown) => void)(db, record, payload);
  }
}
