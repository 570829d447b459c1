import { describe, expect, it } from 'vitest';
import type { BoardInfo } from '../../shared/domain/board';
import { JOURNAL_SHORTCUTS } from '../../renderer/src/journal/shortcuts';
import type { PaneSpec } from '../../renderer/src/panes/pane';
import { LAYOUTS, PANES, panesFor } from '../../renderer/src/panes/registry';
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

describe('the pane registry', () => {
  it('lays out the journal and the map for the staff and, read-only, for the wall; every role has a layout', () => {
    expect(panesFor('staff', board('ordinary')).map((p) => p.id)).toEqual(['journal', 'map']);
    expect(panesFor('wall', board('activated')).map((p) => p.id)).toEqual(['journal', 'map']);
    expect(Object.keys(LAYOUTS).sort()).toEqual(['staff', 'wall']);
    expect(new Set(PANES.map((p) => p.id)).size).toBe(PANES.length);
  });

  it('shows a pane only to its roles and in its modes, in registry order', () => {
    const panes = [spec('map', { roles: ['staff', 'wall'] }), spec('messages', { modes: ['activated'] }), spec('journal', { roles: ['staff', 'wall'] })];
    expect(panesFor('staff', board('ordinary'), panes).map((p) => p.id)).toEqual(['map', 'journal']);
    expect(panesFor('staff', board('activated'), panes).map((p) => p.id)).toEqual(['map', 'messages', 'journal']);
    expect(panesFor('wall', board('activated'), panes).map((p) => p.id)).toEqual(['map', 'journal']);
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
