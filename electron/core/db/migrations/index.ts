import type { Migration } from '../migration.js';
import { migration0001 } from './0001-initial.js';
import { migration0010 } from './0010-record.js';
import { migration0020 } from './0020-search-words.js';
import { migration0030 } from './0030-journal-source-place.js';
import { migration0040 } from './0040-map.js';
import { migration0050 } from './0050-actors.js';
import { migration0060 } from './0060-messages-warnings.js';
import { migration0070 } from './0070-reports.js';
import { migration0075 } from './0075-report-recipients.js';
import { migration0100 } from './0100-wall.js';

/**
 * Every migration, in order. Versions leave gaps (0010, 0020 …) so that capabilities developed
 * side by side can each take a number; add a new file and list it here; never edit an old one.
 * 0001 is the 0.1 schema: kept so 0.1 boards and new ones reach the record the same way.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0010, migration0020, migration0030, migration0040, migration0050, migration0060, migration0070, migration0075, migration0100];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
