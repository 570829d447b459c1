// The Electron glue that can be checked without an Electron binary: the pure helpers of main,
// the built preload (run in a vm against a fake 'electron'), and the IPC sender check (with
// 'electron' mocked). The real window is tested in tests/electron when a binary exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.js';
import type { Core } from '../../electron/core/index.js';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge.js';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin.js';
import { parseLaunchArgs } from '../../electron/main/args.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
import { appRequestPath } from '../../electron/main/static-files.js';
import { contentTypeOf, resolveStatic, type StaticRoots } from '../../electron/seats/static-files.js';
import { errorText } from '../../electron/main/strings.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('launch arguments', () => {
  it('reads --db and --data-dir in both spellings among Electron and Chromium words', () => {
    expect(parseLaunchArgs(['/x/electron', 'dist/electron/main.cjs', '--db', 'a.samlad'])).toEqual({ db: 'a.samlad' });
    expect(parseLaunchArgs(['samlad', '--no-sandbox', '--data-dir=/d', '--db=b c.samlad'])).toEqual({ dataDir: '/d', db: 'b c.samlad' });
  });
  it('takes no flag as a value and ignores what it does not know', () => {
    expect(parseLaunchArgs(['--db', '--data-dir', '/d'])).toEqual({ dataDir: '/d' });
    expect(parseLaunchArgs(['--db'])).toEqual({});
    expect(parseLaunchArgs(['--port', '8080', 'x.samlad'])).toEqual({});
  });
});

describe('custom protocol paths (the seat server\u2019s static files, reached through samlad://app/)', () => {
  const rootDir = path.resolve('/srv/renderer');
  const roots: StaticRoots = { renderer: rootDir, resources: path.resolve('/srv/resources') };
  const fileOf = (url: string): string | null => {
    const urlPath = appRequestPath(url);
    if (urlPath === null) return null;
    const target = resolveStatic(roots, urlPath);
    return target.ok ? target.file : null;
  };
  it('serves files under the renderer folder, index.html for /, and resources/ read-only under /resources/', () => {
    expect(fileOf('samlad://app/')).toBe(path.join(rootDir, 'index.html'));
    expect(fileOf(APP_ENTRY_URL)).toBe(path.join(rootDir, 'index.html'));
    expect(fileOf('samlad://app/assets/index-1.js?x=1#h')).toBe(path.join(rootDir, 'assets/index-1.js'));
    expect(fileOf('samlad://app/a%20b.png')).toBe(path.join(rootDir, 'a b.png'));
    expect(fileOf('samlad://app/resources/geo/sweden-lan.geojson')).toBe(path.resolve('/srv/resources/geo/sweden-lan.geojson'));
  });
  it.each(['samlad://app/../etc/passwd', 'samlad://app/%2e%2e/%2e%2e/etc/passwd', 'samlad://app/a/../../../x', 'samlad://app/resources/../../x'])(
    'keeps %s inside the folder (the URL parser drops the dot segments)',
    (url) => {
      const resolved = fileOf(url);
      expect(resolved === null || resolved.startsWith(rootDir + path.sep)).toBe(true);
    },
  );
  it.each([
    'samlad://app/assets/..%2f..%2fsecret',
    'samlad://app/assets/%2e%2e%2f%2e%2e%2fsecret',
    'samlad://app/assets%5c..%5c..%5csecret',
    'samlad://app/resources/..%2f..%2fsecret',
    'samlad://app/%00.js',
    'samlad://app/%E0%A4%A',
    'samlad://app/assets/index-1.js.map',
    'samlad://other/index.html',
    'samlad://app.evil/index.html',
    'samlad://user@app/index.html',
    'file:///etc/passwd',
    'https://app/index.html',
  ])('refuses %s', (url) => {
    expect(fileOf(url)).toBeNull();
  });
  it('names content types so nosniff does not block scripts and styles', () => {
    expect(contentTypeOf('a/index-x.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('a/index.css')).toMatch(/^text\/css/);
    expect(contentTypeOf('a/kommuner.geojson')).toMatch(/^application\/geo\+json/);
    expect(contentTypeOf('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('origin and CSP', () => {
  it('knows our URLs by parsing, not by prefix', () => {
    expect(isAppUrl('samlad://app/index.html')).toBe(true);
    expect(isAppUrl('samlad://app.evil/index.html')).toBe(false);
    expect(isAppUrl('samlad://app@evil/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
  it('is strict: self only, no inline, no eval, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|http:|https:/);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });
  it('is the only policy: the page carries no CSP of its own that a change to the shared one would miss', () => {
    const html = readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv=["']?Content-Security-Policy/i);
  });
  it('words dialog errors as the UI does, details filled in', () => {
    expect(errorText({ code: 'board_too_new', message: 'x', details: { found: 9, supported: 3 } })).toContain('schema 9, denna version kan 3');
  });
});

describe('built preload (dist/electron/preload.cjs)', () => {
  const built = path.join(root, 'dist/electron/preload.cjs');

  function loadPreload() {
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
    const required: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          invoked.push(args);
          return Promise.resolve({ ok: true, result: {} });
        },
        on: (channel: string, fn: (...args: unknown[]) => void) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)?.add(fn);
        },
        removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
      },
    };
    // A sandboxed preload gets only 'electron' from require: anything else would fail there.
    const fakeRequire = (id: string): unknown => {
      required.push(id);
      if (id !== 'electron') throw new Error(`sandboxed preload cannot require ${id}`);
      return electron;
    };
    runInNewContext(readFileSync(built, 'utf8'), { require: fakeRequire, module: { exports: {} }, exports: {} });
    return { exposed, invoked, listeners, required };
  }

  it.skipIf(!existsSync(built))('requires only electron and exposes exactly invoke and onEvent', () => {
    const { exposed, required } = loadPreload();
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['samlad']);
    const api = exposed.samlad as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.skipIf(!existsSync(built))('sends every call, a three-part name too, on the one channel, and passes events without the IPC event', async () => {
    const { exposed, invoked, listeners } = loadPreload();
    const api = exposed.samlad as Record<string, (...args: unknown[]) => unknown>;
    await api.invoke?.('journal.append', { kind: 'information', text: 'hej' }, 'op-12345678');
    await api.invoke?.('map.feature.create', { x: 1 });
    expect(invoked).toEqual([
      [IPC_INVOKE_CHANNEL, 'journal.append', { kind: 'information', text: 'hej' }, 'op-12345678'],
      [IPC_INVOKE_CHANNEL, 'map.feature.create', { x: 1 }, undefined],
    ]);

    const seen: unknown[] = [];
    const unsubscribe = api.onEvent?.((event: unknown) => seen.push(event)) as () => void;
    const fakeIpcEvent = { sender: { send: () => undefined } };
    for (const fn of listeners.get(IPC_EVENT_CHANNEL) ?? []) fn(fakeIpcEvent, { event: 'board.changed', data: { board: null } });
    expect(seen).toEqual([{ event: 'board.changed', data: { board: null } }]);
    unsubscribe();
    expect(listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(0);
  });
});

// ---- the IPC sender check, with 'electron' replaced by a fake --------------------------------

const fakes = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  windowOf: new Map<unknown, { webContents: { mainFrame: unknown } }>(),
}));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fakes.handlers.set(channel, fn),
    removeHandler: (channel: string) => fakes.handlers.delete(channel),
  },
  BrowserWindow: {
    fromWebContents: (contents: unknown) => fakes.windowOf.get(contents) ?? null,
    getAllWindows: () => [],
  },
}));

describe('IPC sender check (electron/main/ipc.ts)', () => {
  const calls: { method: string; params: unknown; role: string; opId: string | undefined }[] = [];
  const core = {
    dispatch: (method: string, params: unknown, caller: { role: string }, options?: { opId?: string | undefined }) => {
      calls.push({ method, params, role: caller.role, opId: options?.opId });
      return Promise.resolve({ ok: true as const, result: { board: null } });
    },
    onEvent: () => () => undefined,
    openBoardFile: () => {
      throw new Error('not used');
    },
    createBoardFile: () => undefined,
    tile: () => Promise.resolve({ ok: false as const, status: 404 as const, reason: 'not_found' as const }),
    attachRoom: () => () => undefined,
    close: () => undefined,
  } satisfies Core;
  const mainFrame = { parent: null, url: 'samlad://app/index.html' };
  const sender = { id: 1 };

  beforeEach(async () => {
    calls.length = 0;
    fakes.handlers.clear();
    fakes.windowOf.clear();
    fakes.windowOf.set(sender, { webContents: { mainFrame } });
    const { wireIpc } = await import('../../electron/main/ipc.js');
    wireIpc(core);
  });

  const invoke = (event: unknown, method = 'boards.current', opId?: string) => fakes.handlers.get(IPC_INVOKE_CHANNEL)?.(event, method, {}, opId);

  it('registers one handler for every method (core checks the name against the contract)', () => {
    expect([...fakes.handlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    expect(METHOD_NAMES.length).toBeGreaterThan(1);
  });

  it('passes a call from our window’s main frame to core as staff, with its op_id', async () => {
    await expect(invoke({ sender, senderFrame: mainFrame })).resolves.toEqual({ ok: true, result: { board: null } });
    await invoke({ sender, senderFrame: mainFrame }, 'map.feature.create', 'op-abcdefgh');
    expect(calls).toEqual([
      { method: 'boards.current', params: {}, role: 'staff', opId: undefined },
      { method: 'map.feature.create', params: {}, role: 'staff', opId: 'op-abcdefgh' },
    ]);
  });

  it.each([
    ['a destroyed frame', { sender, senderFrame: null }],
    ['a subframe', { sender, senderFrame: { parent: mainFrame, url: 'samlad://app/index.html' } }],
    ['another origin', { sender, senderFrame: { parent: null, url: 'https://example.com/' } }],
    ['a look-alike host', { sender, senderFrame: { parent: null, url: 'samlad://app.evil/' } }],
    ['a contents with no window of ours', { sender: { id: 2 }, senderFrame: mainFrame }],
  ])('refuses %s with a forbidden reply, core untouched', async (_what, event) => {
    const reply = (await invoke(event)) as { ok: boolean; error: { code: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });
});

describe('the window writes under the name it stated (electron/main/ipc.ts with a real core)', () => {
  it('carries the name from session.identify into every record the window writes', async () => {
    fakes.handlers.clear();
    const { createCore } = await import('../../electron/core/index.js');
    const { tempDir } = await import('./helpers.js');
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0, verifyOnOpen: false });
    const { wireIpc } = await import('../../electron/main/ipc.js');
    const sender = { id: 3 };
    const mainFrame = { parent: null, url: 'samlad://app/index.html' };
    fakes.windowOf.set(sender, { webContents: { mainFrame } });
    const stop = wireIpc(core);
    const invoke = (method: string, input: unknown, opId?: string) => fakes.handlers.get(IPC_INVOKE_CHANNEL)?.({ sender, senderFrame: mainFrame }, method, input, opId);
    expect(await invoke('boards.create', { name: 'Fönster', kommun_code: '0180', exercise: true })).toMatchObject({ ok: false, error: { code: 'name_required' } });
    expect(await invoke('session.identify', { name: 'Stina Stabschef' })).toEqual({ ok: true, result: { name: 'Stina Stabschef' } });
    expect(await invoke('boards.create', { name: 'Fönster', kommun_code: '0180', exercise: true })).toMatchObject({ ok: true });
    expect(await invoke('journal.append', { kind: 'decision', text: 'Från fönstret' }, 'op-window-0001')).toMatchObject({ ok: true, result: { by: 'Stina Stabschef' } });
    expect(await invoke('journal.append', { kind: 'decision', text: 'Från fönstret' }, 'op-window-0001')).toMatchObject({ ok: true, result: { seq: 1 } });
    expect(await invoke('journal.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
    stop();
    core.close();
  });
});
