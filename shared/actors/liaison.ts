import type { AssignmentStatus } from '../domain/actor.js';

/**
 * What a liaison (samverkansperson) may answer to an assignment given to its actor: taken on, or
 * done. Cancelling one is the staff's decision. The server enforces it (electron/core/seat-scope.ts);
 * the page offers only these.
 */
export const LIAISON_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['accepted', 'done'];
