// A worker thread of `samlad verify`: the quick pass (record/range-check.ts) over one range of the
// records, on its own read-only connection, while other threads take the other ranges; so the
// hashing and the projection comparison use every core. Built to dist/chain-worker.cjs.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { PROJECTIONS } from '../projections.js';
import { checkRange, type RangeResult, type RecordRange } from './range-check.js';

export interface ChainWorkerInput extends RecordRange {
  path: string;
  nativeBinding?: string | undefined;
}

/** What the worker posts: how far it got now and then, and once its result. */
export type ChainWorkerMessage = { kind: 'progress'; checked: number } | { kind: 'done'; result: RangeResult };

/** Progress is told at most this often (in records), so messages cost nothing. */
const PROGRESS_EVERY = 50_000;

const input = workerData as ChainWorkerInput;
const db = new Database(input.path, {
  readonly: true,
  fileMustExist: true,
  ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
});
const post = (message: ChainWorkerMessage): void => parentPort?.postMessage(message);
try {
  let told = 0;
  const result = db.transaction(() =>
    checkRange(db, PROJECTIONS, input, (checked) => {
      if (checked - told < PROGRESS_EVERY) return;
      told = checked;
      post({ kind: 'progress', checked });
    }),
  )();
  post({ kind: 'done', result });
} finally {
  db.close();
}
