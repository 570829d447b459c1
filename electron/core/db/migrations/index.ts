import type { Migration } from '../migration.js';
import { migration0001 } from './0001-initial.js';

/** Every migration, in order. Add a new numbered file and list it here; never edit an old one. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
