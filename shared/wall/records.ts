import { WallConfig } from './config.js';

export const wallRecords = {
  /** The wall's whole configuration as the lead set it (the latest one holds). */
  'wall.configured': WallConfig,
} as const;
