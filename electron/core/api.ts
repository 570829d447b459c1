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
import { warningHandlers } from './warnings/handlers.js';
import { recordHandlers } from './record/handlers.js';
import { sessionHandlers } from './session/handlers.js';
import { wallHandlers } from './wall/handlers.js';

/** The handler table: every method of shared/api, each capability registering its own. */
export function createHandlers(boards: BoardState, options: { resourcesDir: string | null } = { resourcesDir: null }): Handlers {
  return {
    ...sessionHandlers(),
    ...recordHandlers(),
    ...boardHandlers(boards),
    ...journalHandlers(),
    ...mapHandlers(boards),
    ...messageHandlers(kommunBoundaries(options.resourcesDir)),
    ...warningHandlers(),
    ...reportHandlers(REPORT_SOURCES),
    ...actorHandlers(),
    ...wallHandlers(),
  } satisfies Handlers;
}
