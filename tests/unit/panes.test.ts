import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '../../shared/domain/board';
import { JOURNAL_SHORTCUTS } from '../../renderer/src/journal/shortcuts';
import type { PaneSpec } from '../../renderer/src/panes/pane';
import { PANES, panesFor } from '../../renderer/src/panes/registry';
import { chosenLayout, LAYOUTS, layoutsFor, nextLayout, type LayoutId, type LayoutSpec } from '../../renderer/src/panes/layouts';
import { isLayoutKey } from '../../renderer/src/panes/useLayout';
import { dispatchShortcut, listenToShortcut } from '../../renderer/src/panes/shortcuts';

// The pane registry (issue 8 item 7): one layout per seat role, each pane's keys its own.

const board = (mode: BoardInfo['mode']): BoardInfo => ({
  id: 'b',
  name: 'Storm',
  kommun_code: '2180',
  kommun_name: 'Gävle',
  exercise: false,
  mode,
  created_at: '2026-11-23T10:00:00.000Z',
  path: '/tmp/x.samlad',
  read_only: false,
  read_only_reason: null,
  schema_version: 10,
});

/** A key press as the page's handler sees it (only the fields shortcuts read). */
function key(init: { code: string; altKey?: boolean; ctrlKey?: boolean }): KeyboardEvent & { prevented: boolean } {
  const e = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init, prevented: false, preventDefault: () => (e.prevented = true) };
  return e as unknown as KeyboardEvent & { prevented: boolean };
}

const none = () => null;
const spec = (id: string, extra: Partial<PaneSpec> = {}): PaneSpec => ({ id, component: none, roles: ['staff'], shortcuts: [], ...extra });

const layout = (id: LayoutId): LayoutSpec => LAYOUTS.find((l) => l.id === id) ?? chosenLayout('staff', null);

describe('the pane registry and the layouts', () => {
  it('each layout shows its panes, most important first; the wall never the joint messages (drafts)', () => {
    expect(panesFor(layout('communicator'), board('ordinary')).map((p) => p.id)).toEqual(['messages', 'journal']);
    expect(panesFor(layout('logkeeper'), board('ordinary')).map((p) => p.id)).toEqual(['journal', 'map', 'actors']);
    // The wall's one pane lays out the panels its lead chose (renderer/src/wall).
    expect(panesFor(layout('wall'), board('activated')).map((p) => p.id)).toEqual(['wall']);
    expect(panesFor(layout('wall'), board('activated')).map((p) => p.id)).not.toContain('messages');
    expect(new Set(PANES.map((p) => p.id)).size).toBe(PANES.length);
    // Every registered pane is in some layout, and every layout names only panes of its role.
    for (const pane of PANES) expect(LAYOUTS.some((l) => l.panes.includes(pane.id) && pane.roles.includes(l.role)), pane.id).toBe(true);
  });

  it('shows a pane only to its roles and in its modes, in the layout\'s order', () => {
    const panes = [spec('journal', { roles: ['staff', 'wall'] }), spec('messages', { modes: ['activated'] }), spec('map', { roles: ['staff', 'wall'] })];
    const lead: LayoutSpec = { id: 'lead', role: 'staff', panes: ['map', 'messages', 'journal'] };
    expect(panesFor(lead, board('ordinary'), panes).map((p) => p.id)).toEqual(['map', 'journal']);
    expect(panesFor(lead, board('activated'), panes).map((p) => p.id)).toEqual(['map', 'messages', 'journal']);
    expect(panesFor({ ...lead, role: 'wall' }, board('activated'), panes).map((p) => p.id)).toEqual(['map', 'journal']);
  });

  it('a seat keeps its choice of the role\'s layouts; Alt+L goes round them', () => {
    expect(chosenLayout('staff', 'communicator').id).toBe('communicator');
    // Another role's layout, or nonsense, gives the role's first.
    expect(chosenLayout('staff', 'wall').id).toBe('logkeeper');
    expect(chosenLayout('wall', 'communicator').id).toBe('wall');
    expect(chosenLayout('staff', '<script>').id).toBe('logkeeper');
    expect(layoutsFor('staff').map((l) => nextLayout('staff', l.id).id)).toEqual(['communicator', 'lead', 'reporter', 'logkeeper']);
    expect(isLayoutKey(key({ code: 'KeyL', altKey: true }))).toBe(true);
    expect(isLayoutKey(key({ code: 'KeyL', altKey: true, ctrlKey: true }))).toBe(false);
  });
});

describe('pane shortcuts, dispatched by one handler', () => {
  const journal = PANES.find((p) => p.id === 'journal')?.shortcuts ?? [];

  it('the kind keys Alt+1…6 are the journal pane\u2019s, and reach whoever listens', () => {
    const got: string[] = [];
    const stop = listenToShortcut(JOURNAL_SHORTCUTS.kind.id, (v) => got.push(v));
    const alt3 = key({ code: 'Digit3', altKey: true });
    expect(dispatchShortcut(journal, alt3)).toBe(true);
    expect(alt3.prevented).toBe(true);
    expect(dispatchShortcut(journal, key({ code: 'Digit1', altKey: true }))).toBe(true);
    expect(got).toEqual(['information', 'decision']);
    stop();
  });

  it('leaves a key alone when it is no shortcut, or nothing on screen acts on it (a read-only board)', () => {
    const got: string[] = [];
    const stop = listenToShortcut(JOURNAL_SHORTCUTS.kind.id, (v) => got.push(v));
    const plain3 = key({ code: 'Digit3' });
    expect(dispatchShortcut(journal, plain3)).toBe(false);
    expect(plain3.prevented).toBe(false);
    expect(dispatchShortcut(journal, key({ code: 'Digit7', altKey: true }))).toBe(false);
    stop();
    const alt2 = key({ code: 'Digit2', altKey: true });
    expect(dispatchShortcut(journal, alt2)).toBe(false);
    expect(alt2.prevented).toBe(false);
    expect(got).toEqual([]);
  });

  it('a pane not on screen is not asked: its keys do nothing', () => {
    const got: string[] = [];
    const stop = listenToShortcut(JOURNAL_SHORTCUTS.correctLatest.id, (v) => got.push(v));
    expect(dispatchShortcut([], key({ code: 'KeyR', altKey: true }))).toBe(false);
    expect(dispatchShortcut(journal, key({ code: 'KeyR', altKey: true }))).toBe(true);
    expect(got).toEqual(['latest']);
    stop();
  });
});
