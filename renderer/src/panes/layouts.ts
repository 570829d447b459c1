import type { SeatRole } from '../../../shared/api/protocol';
import type { SeatKindOrHost } from '../api/seat';

/**
 * The board's layouts: which panes a seat shows, where (CSS grid areas named after the panes, in
 * panes/layouts.css), for which role. A staff seat picks the one for its work (and keeps it, per
 * machine); the wall has one. A pane a layout names but the board lacks simply leaves its area empty.
 */
export const LAYOUT_IDS = ['logkeeper', 'communicator', 'lead', 'reporter', 'liaison', 'room', 'wall'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export interface LayoutSpec {
  id: LayoutId;
  role: SeatRole;
  /** Pane ids, most important first (also the keyboard's and a narrow screen's order). */
  panes: readonly string[];
  /** Offered only to seats of these kinds (the host's room, a liaison's own actor); left out: every seat of the role. */
  kinds?: readonly SeatKindOrHost[];
}

export const LAYOUTS: readonly LayoutSpec[] = [
  // Loggförare: the journal foremost, the map and the actors beside it.
  { id: 'logkeeper', role: 'staff', panes: ['journal', 'map', 'actors'] },
  // Kommunikatör: joint messages foremost, the journal beside them.
  { id: 'communicator', role: 'staff', panes: ['messages', 'journal'] },
  // Stabschef: the overview, the map large, actors and journal beside it.
  { id: 'lead', role: 'staff', panes: ['map', 'actors', 'journal'] },
  // Lägesrapport: the report being written, the journal beside it.
  { id: 'reporter', role: 'staff', panes: ['reports', 'journal'] },
  // Samverkansperson: their own actor's status and assignments, the journal beside them.
  { id: 'liaison', role: 'staff', panes: ['liaison', 'journal'], kinds: ['liaison'] },
  // Rummet: the host shares the board with the staff room's seats; the journal beside it.
  { id: 'room', role: 'staff', panes: ['room', 'journal'], kinds: ['host'] },
  // The wall: one pane that lays out the panels the crisis lead chose (renderer/src/wall).
  { id: 'wall', role: 'wall', panes: ['wall'] },
];

const STORAGE_KEY = 'samlad.layout';

export function layoutsFor(role: SeatRole, kind: SeatKindOrHost | null = null): LayoutSpec[] {
  return LAYOUTS.filter((l) => l.role === role && (l.kinds === undefined || (kind !== null && l.kinds.includes(kind))));
}

/** The view a seat paired as this kind starts in (the host keeps its own choice). */
export function layoutForKind(kind: SeatKindOrHost): LayoutId | null {
  return kind === 'host' ? null : kind;
}

/**
 * This seat's layout: its stored choice if it is one the seat is offered, else its kind's view,
 * else the role's first.
 */
export function chosenLayout(role: SeatRole, stored: string | null, kind: SeatKindOrHost | null = null): LayoutSpec {
  const mine = layoutsFor(role, kind);
  const first = mine[0];
  if (!first) throw new Error(`no layout for role ${role}`);
  const ofKind = kind === null ? null : layoutForKind(kind);
  return mine.find((l) => l.id === stored) ?? mine.find((l) => l.id === ofKind) ?? first;
}

/** The next of the seat's layouts (Alt+L goes round them). */
export function nextLayout(role: SeatRole, current: LayoutId, kind: SeatKindOrHost | null = null): LayoutSpec {
  const mine = layoutsFor(role, kind);
  const at = mine.findIndex((l) => l.id === current);
  return mine[(at + 1) % mine.length] ?? chosenLayout(role, null, kind);
}

export function readStoredLayout(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeLayout(id: LayoutId): void {
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // A browser that keeps nothing still switches; the choice lasts this page only.
  }
}
