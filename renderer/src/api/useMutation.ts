import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { errorText } from '../i18n/errorText';
import { call } from './client';

export interface Mutation<M extends MethodName> {
  /**
   * Calls the method once for one user action (the client gives each call its own op_id, so a
   * re-send after a dropped link writes once). Resolves with the result, or undefined when it
   * failed (then `error` says why) or when a call of this form is still under way.
   */
  run: (input: MethodInput<M>) => Promise<MethodOutput<M> | undefined>;
  pending: boolean;
  /** The last failure in the user's language, or a message the form set itself. */
  error: string | null;
  /** For the form's own checks (a required field …) and to clear the message. */
  setError: (message: string | null) => void;
}

export interface MutationOptions {
  /**
   * False: a new call leaves the last message up; the form clears it itself. For a form that
   * sends in the background while the user goes on (the entry form), where a later line saved
   * must not hide why an earlier one was not.
   */
  clearErrorOnRun?: boolean;
  /** Words a failure differently (a capability's own refusals); default errorText. */
  describe?: (error: unknown) => string;
}

/** A write (or staff call) from a form: one call at a time, its failure as a localized message. */
export function useMutation<M extends MethodName>(method: M, { clearErrorOnRun = true, describe = errorText }: MutationOptions = {}): Mutation<M> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A ref as well as the state: a second Enter in the same tick must see the first call.
  const running = useRef(false);
  const run = useCallback(
    async (input: MethodInput<M>): Promise<MethodOutput<M> | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setPending(true);
      if (clearErrorOnRun) setError(null);
      try {
        return await call(method, input);
      } catch (e) {
        setError(describe(e));
        return undefined;
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [method, clearErrorOnRun, describe],
  );
  return { run, pending, error, setError };
}
