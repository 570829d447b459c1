import { staff } from '../callers.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import { createCore, type Core, type CoreOptions } from '../../electron/core/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-test-'));
  made.push(dir);
  return dir;
}

export interface TestBoard {
  core: Core;
  dir: string;
  path: string;
  /** Calls through the real dispatcher as a staff seat; throws on an error reply. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/**
 * A new board file in a temp folder, opened through core as the app does. Without the usual
 * actors unless asked (`seedActors: true`): most tests count records from board.created.
 */
export async function newBoard({ exercise = true, ...options }: Partial<CoreOptions> & { exercise?: boolean } = {}): Promise<TestBoard> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, watchIntervalMs: 0, seedActors: false, ...options });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const reply = await core.dispatch(method, input, staff());
    if (!reply.ok) throw Object.assign(new Error(`${method}: ${reply.error.code} ${reply.error.message}`), { reply: reply.error });
    return reply.result as MethodOutput<M>;
  };
  const board = await call('boards.create', { name: 'Övning Storm', kommun_code: '2180', exercise });
  return { core, dir, path: board.path, call };
}

/** A fixed, advancing clock so ordering tests do not depend on the machine's speed. */
export function steppingClock(startIso: string, stepMs = 1_000): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}
