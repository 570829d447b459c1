import { actorHandlers } from './actors/handlers.js';
import { boardHandlers } from './boards/handlers.js';
import type { BoardState } from './boards/board-state.js';
import type { Handlers } from './handler-types.js';
import { kommunBoundaries } from './geo/kommun-boundaries.js';
import { journalHandlers } from './journal/handlers.js';
import { mapHandlers } from './map/handlers.js';
import { messageHandlers } from './messages/handlers.js';
import { reportHandlers } from './reports/handlers.js';
import { REPORT_SOURCES } from './reports/report-sources.js';
import { symbolSet } from './reports/snapshot/symbols.js';
import type { PdfRenderer } from './reports/tools.js';
import { warningHandlers } from './warnings/handlers.js';
import { recordHandlers } from './record/handlers.js';
import { sessionHandlers } from './session/handlers.js';
import { wallHandlers } from './wall/handlers.js';

/** The handler table: every method of shared/api, each capability registering its own. */
export function createHandlers(boards: BoardState, options: { resourcesDir: string | null; pdf?: PdfRenderer | null } = { resourcesDir: null }): Handlers {
  const boundaries = kommunBoundaries(options.resourcesDir);
  return {
    ...sessionHandlers(),
    ...recordHandlers(),
    ...boardHandlers(boards),
    ...journalHandlers({ pdf: options.pdf ?? null }),
    ...mapHandlers(boards),
    ...messageHandlers(boundaries),
    ...warningHandlers(),
    ...reportHandlers(REPORT_SOURCES, { boundaries, symbols: symbolSet(options.resourcesDir), pdf: options.pdf ?? null }),
    ...actorHandlers(),
    ...wallHandlers(),
  } satisfies Handlers;
}
