import { canonicalJsonOf } from '../db/canonical-json.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { readWallSettings } from './read.js';

export function wallHandlers(): CapabilityHandlers<'wall'> {
  return {
    'wall.get': (_input, { board }) => readWallSettings(board().db),
    'wall.configure': (input, { records }) => {
      // The same configuration again (a double click, a form saved unchanged) records nothing;
      // compared whole, so a field added later is never taken for the same.
      const current = readWallSettings(records.db);
      if (current.changed_at !== null && canonicalJsonOf(current.config) === canonicalJsonOf(input)) return current;
      records.append('wall.configured', 'wall', input);
      return readWallSettings(records.db);
    },
  };
}
