import { z } from 'zod';
import { method } from '../api/method.js';
import { WallConfig, WallSettings } from './config.js';

/** The wall display's configuration: read by every seat (the wall included), set by staff. */
export const wallMethods = {
  'wall.get': method('read', z.strictObject({}), WallSettings),
  /** The whole configuration; the same again writes nothing. */
  'wall.configure': method('write', WallConfig, WallSettings),
} as const;

export const wallEvents = {
  /** The lead changed the wall's configuration: every seat, the wall first of all. */
  'wall.changed': z.object({ wall: WallSettings }),
} as const;
