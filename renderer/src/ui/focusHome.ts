/**
 * Where the keyboard goes back to when a control it was on disappears (a confirmed mode change,
 * a cancelled close): the log keeper's text field when the journal is open, else nothing moves.
 * One registration at a time; the journal pane sets it while it is mounted.
 */
let home: (() => void) | null = null;

export function setFocusHome(focus: (() => void) | null): void {
  home = focus;
}

export function returnFocusHome(): void {
  home?.();
}
