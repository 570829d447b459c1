import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/index.js';
import type { RoutedEvent } from '../../electron/core/record/projection.js';
import { DEFAULT_WALL_CONFIG, WallConfig } from '../../shared/wall/config.js';
import { paletteAt } from '../../shared/wall/palette.js';
import { wall } from '../callers.js';
import { newBoard } from './helpers.js';

const ROTATE: WallConfig = { panels: ['map', 'decisions', 'overdue'], mode: 'rotate', per_view: 1, rotate_seconds: 20, palette: 'night' };

describe('the wall configuration is checked', () => {
  const refused: [string, unknown][] = [
    ['no panel', { ...ROTATE, panels: [] }],
    ['a panel twice', { ...ROTATE, panels: ['map', 'map'] }],
    ['an unknown panel', { ...ROTATE, panels: ['map', 'messages'] }],
    ['9 seconds', { ...ROTATE, rotate_seconds: 9 }],
    ['301 seconds', { ...ROTATE, rotate_seconds: 301 }],
    ['12.5 seconds', { ...ROTATE, rotate_seconds: 12.5 }],
    ['three at a time', { ...ROTATE, per_view: 3 }],
    ['an unknown palette', { ...ROTATE, palette: 'dusk' }],
    ['an unknown field', { ...ROTATE, extra: 1 }],
    ['a field left out', { panels: ['map'], mode: 'split', per_view: 1, palette: 'day' }],
  ];
  it.each(refused)('refuses %s', (_what, input) => {
    expect(WallConfig.safeParse(input).success).toBe(false);
  });

  it('takes the bounds themselves', () => {
    expect(WallConfig.safeParse({ ...ROTATE, rotate_seconds: 10 }).success).toBe(true);
    expect(WallConfig.safeParse({ ...ROTATE, rotate_seconds: 300, per_view: 2 }).success).toBe(true);
  });

  it('refuses a bad configuration through the API with validation, and writes nothing', async () => {
    const b = await newBoard();
    const before = (await b.call('record.head', {})).head?.seq;
    await expect(b.call('wall.configure', { ...ROTATE, rotate_seconds: 5 })).rejects.toMatchObject({ reply: { code: 'validation' } });
    expect((await b.call('record.head', {})).head?.seq).toBe(before);
    expect(await b.call('wall.get', {})).toEqual({ config: DEFAULT_WALL_CONFIG, changed_by: null, changed_at: null });
  });
});

describe('wall.configure', () => {
  it('records the configuration, tells every seat (the wall too), and the same again writes nothing', async () => {
    const b = await newBoard();
    const events: RoutedEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const saved = await b.call('wall.configure', ROTATE);
    expect(saved.config).toEqual(ROTATE);
    expect(saved.changed_by).toBeTruthy();
    const wallChanged = events.filter((e) => e.event === 'wall.changed');
    expect(wallChanged).toHaveLength(1);
    expect(wallChanged[0]?.roles).toContain('wall');
    const head = (await b.call('record.head', {})).head?.seq;
    await b.call('wall.configure', ROTATE);
    expect((await b.call('record.head', {})).head?.seq).toBe(head);
    // The wall seat reads it, and may not set it.
    const asWall = await b.core.dispatch('wall.get', {}, wall());
    expect(asWall.ok && asWall.result).toMatchObject({ config: ROTATE });
    const refused = await b.core.dispatch('wall.configure', { ...ROTATE, palette: 'day' }, wall());
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('is rebuilt by verify: a changed column is named', async () => {
    const b = await newBoard();
    await b.call('wall.configure', ROTATE);
    await b.call('wall.configure', { ...ROTATE, mode: 'split' });
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
    const cases: [string, string][] = [
      ["UPDATE wall_config SET palette = 'day'", 'palette'],
      ['UPDATE wall_config SET rotate_seconds = 60', 'rotate_seconds'],
      ['UPDATE wall_config SET panels = \'["map"]\'', 'panels'],
      ["UPDATE wall_config SET mode = 'rotate'", 'mode'],
    ];
    for (const [sql, column] of cases) {
      const db = new Database(b.path);
      const saved = db.prepare<[], Record<string, unknown>>('SELECT * FROM wall_config').get();
      db.exec(sql);
      db.close();
      expect(verifyBoardFile(b.path).first_bad).toMatchObject({ problem: 'projection_mismatch', table: 'wall_config', column });
      const restore = new Database(b.path);
      restore.prepare('UPDATE wall_config SET panels = @panels, mode = @mode, rotate_seconds = @rotate_seconds, palette = @palette').run(saved ?? {});
      restore.close();
    }
    const db = new Database(b.path);
    db.exec('DELETE FROM wall_config');
    db.close();
    expect(verifyBoardFile(b.path).first_bad).toMatchObject({ problem: 'projection_missing', table: 'wall_config' });
  });
});

describe('the palette', () => {
  it('is as set for day and night, and by the Stockholm clock for auto (night 20–06), across DST', () => {
    expect(paletteAt('day', new Date('2026-11-24T23:00:00Z'))).toBe('day');
    expect(paletteAt('night', new Date('2026-11-24T12:00:00Z'))).toBe('night');
    // Winter (UTC+1): 18:59Z is 19:59 day, 19:00Z is 20:00 night, 04:59Z 05:59 night, 05:00Z 06:00 day.
    expect(paletteAt('auto', new Date('2026-11-24T18:59:00Z'))).toBe('day');
    expect(paletteAt('auto', new Date('2026-11-24T19:00:00Z'))).toBe('night');
    expect(paletteAt('auto', new Date('2026-11-25T04:59:00Z'))).toBe('night');
    expect(paletteAt('auto', new Date('2026-11-25T05:00:00Z'))).toBe('day');
    // Summer (UTC+2): 18:00Z is 20:00 night.
    expect(paletteAt('auto', new Date('2026-07-01T17:59:00Z'))).toBe('day');
    expect(paletteAt('auto', new Date('2026-07-01T18:00:00Z'))).toBe('night');
  });
});
