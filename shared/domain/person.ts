/** A person's name as a record's `by` carries it. */
export const PERSON_NAME_MAX = 100;
