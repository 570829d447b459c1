import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import { parseActorCsv } from '../../../shared/actors/csv.js';
import type { Contact } from '../../../shared/domain/actor.js';
import { DEFAULT_REPORT_INTERVAL_MIN } from '../../../shared/domain/actor.js';
import { statement } from '../db/statements.js';
import type { WriteContext } from '../record/write.js';
import { csvRefused, notFound, refused } from './errors.js';
import { seedActors } from './seed.js';
import { SqliteRowStore } from './stores.js';

type Details = Omit<RecordPayload<'actor.registered'>, 'actor' | 'origin'>;

export interface ActorState extends Details {
  id: number;
  retired: boolean;
}

interface Row {
  id: number;
  name: string;
  type: Details['type'];
  contacts: string;
  liaison: string | null;
  rakel_group: string | null;
  our_contact: string | null;
  report_interval_min: number;
  retired: number;
}

/** An actor's stored details, or not_found. */
export function requireActor(db: Database.Database, id: number): ActorState {
  const row = statement<[number], Row>(db, 'SELECT id, name, type, contacts, liaison, rakel_group, our_contact, report_interval_min, retired FROM actor WHERE id = ?').get(id);
  if (!row) throw notFound('actor', id);
  return { ...row, contacts: JSON.parse(row.contacts) as Contact[], retired: row.retired === 1 };
}

/** An actor that may take a report, an assignment or a conference seat: it must not be retired. */
export function requireActive(db: Database.Database, id: number): ActorState {
  const actor = requireActor(db, id);
  if (actor.retired) throw refused('actor', 'retired', `${actor.name} is retired`, { name: actor.name });
  return actor;
}

const nameKey = (name: string): string => name.toLocaleLowerCase('sv');

/** Names are unique whatever their case ("Polisen" and "polisen" are one actor to a reader). */
function takenNames(db: Database.Database, except: number | null = null): Set<string> {
  return new Set(
    statement<[], { id: number; name: string }>(db, 'SELECT id, name FROM actor')
      .all()
      .filter((r) => r.id !== except)
      .map((r) => nameKey(r.name)),
  );
}

function nextActorId(db: Database.Database): number {
  return (new SqliteRowStore(db).maxKey('actor') ?? 0) + 1;
}

function register(ctx: WriteContext, id: number, origin: RecordPayload<'actor.registered'>['origin'], d: Details): void {
  ctx.append('actor.registered', `actor/${id}`, { actor: id, origin, ...d });
}

export function addActor(ctx: WriteContext, d: Details): number {
  if (takenNames(ctx.db).has(nameKey(d.name))) throw refused('name', 'duplicate_name', `an actor is already called ${d.name}`, { name: d.name });
  const id = nextActorId(ctx.db);
  register(ctx, id, 'person', d);
  return id;
}

/** Rename or edit: the whole details after the change are the record. Nothing changed: no record. */
export function updateActor(ctx: WriteContext, id: number, changes: Partial<Details>): void {
  const was = requireActor(ctx.db, id);
  const next: Details = {
    name: changes.name ?? was.name,
    type: changes.type ?? was.type,
    contacts: changes.contacts ?? was.contacts,
    liaison: changes.liaison === undefined ? was.liaison : changes.liaison,
    rakel_group: changes.rakel_group === undefined ? was.rakel_group : changes.rakel_group,
    our_contact: changes.our_contact === undefined ? was.our_contact : changes.our_contact,
    report_interval_min: changes.report_interval_min ?? was.report_interval_min,
  };
  if (nameKey(next.name) !== nameKey(was.name) && takenNames(ctx.db, id).has(nameKey(next.name))) {
    throw refused('name', 'duplicate_name', `an actor is already called ${next.name}`, { name: next.name });
  }
  const { id: _id, retired: _retired, ...before } = was;
  if (JSON.stringify(before) === JSON.stringify(next)) return;
  ctx.append('actor.edited', `actor/${id}`, { actor: id, ...next });
}

export function retireActor(ctx: WriteContext, id: number, retired: boolean): void {
  const was = requireActor(ctx.db, id);
  if (was.retired !== retired) ctx.append('actor.retired', `actor/${id}`, { actor: id, retired });
}

const blank = { contacts: [], liaison: null, rakel_group: null, our_contact: null, report_interval_min: DEFAULT_REPORT_INTERVAL_MIN };

/**
 * The usual actors for the board's kommun, registered with origin "seed": written by
 * boards.create beside board.created, or by actors.seed for a board made before actors existed.
 */
export function seedBoardActors(ctx: WriteContext, kommunCode: string): number {
  if (nextActorId(ctx.db) !== 1) throw refused('board', 'already_seeded', 'the board already has actors');
  const list = seedActors(kommunCode);
  list.forEach((a, i) => register(ctx, i + 1, 'seed', { ...blank, name: a.name, type: a.type }));
  return list.length;
}

/** Imports a CSV actor list: all or nothing, every bad line named. */
export function importActors(ctx: WriteContext, csv: string): number {
  const parsed = parseActorCsv(csv);
  const taken = takenNames(ctx.db);
  const duplicates = parsed.rows.filter((r) => taken.has(nameKey(r.name))).map((r) => ({ line: r.line, reason: 'duplicate' as const, values: { name: r.name } }));
  const errors = [...parsed.errors, ...duplicates].sort((a, b) => a.line - b.line);
  if (errors.length > 0) throw csvRefused(errors);
  let id = nextActorId(ctx.db);
  for (const row of parsed.rows) {
    const contacts = row.phone !== null || row.email !== null ? [{ name: null, role: null, phone: row.phone, email: row.email }] : [];
    register(ctx, id++, 'import', { ...blank, name: row.name, type: row.type, contacts, rakel_group: row.rakel });
  }
  return parsed.rows.length;
}
