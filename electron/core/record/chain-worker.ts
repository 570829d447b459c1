// A worker thread of `samlad verify`: recomputes the record's hash chain (records 1..upTo) on its
// own read-only connection while the main thread rebuilds the projections, so the two halves of
// the work use both cores. Built to dist/chain-worker.cjs; posts one ChainResult.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { checkChain } from './chain.js';

export interface ChainWorkerInput {
  path: string;
  upTo: number;
  nativeBinding?: string | undefined;
}

const input = workerData as ChainWorkerInput;
const db = new Database(input.path, {
  readonly: true,
  fileMustExist: true,
  ...(input.nativeBinding ? { nativeBinding: input.nativeBinding } : {}),
});
try {
  parentPort?.postMessage(db.transaction(() => checkChain(db, input.upTo))());
} finally {
  db.close();
}
