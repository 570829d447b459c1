/**
 * A read handler's answer that takes work after its read transaction (printing a PDF): the handler
 * gathers what it needs inside the transaction, and the dispatcher runs `finish` after it ended,
 * awaiting it (a SQLite transaction cannot wait for a promise).
 */
export class AfterRead<T> {
  constructor(readonly finish: () => Promise<T>) {}
}
