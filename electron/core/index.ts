// The board's core: plain Node, never imports 'electron'. Electron main, the seat server and the
// CLI all reach the data only through createCore(...).dispatch: one path, one handler table.
export { createCore, verifyBoardFile, verifyBoardFileInParallel } from './core.js';
export type { Core, CoreOptions, Caller } from './core.js';
export type { RoutedEvent } from './record/projection.js';
