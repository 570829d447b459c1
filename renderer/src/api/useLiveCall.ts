import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { AnyEvent, EventName } from '../../../shared/api/events';
import { call } from './client';
import { useApiEvent } from './useApiEvent';
import { useConnection } from './useConnection';

/** Events can come in bursts (an import, a busy room): at most one re-call per this many ms. */
export const REFRESH_COALESCE_MS = 60;

export interface LiveCallOptions {
  /** Events after which the method is called again (whatever their data). */
  refreshOn?: readonly EventName[];
  /** Narrows refreshOn: only events this says yes to cause a re-call. */
  refreshIf?: (event: AnyEvent) => boolean;
  /** False: no call is made (e.g. no board open); the last data stays. */
  enabled?: boolean;
  /**
   * What the answer belongs to besides the input, e.g. the open board's id: an answer for another
   * scope is never shown (no flash of the last board's state), and a new scope is called at once.
   */
  scope?: string | null;
}

export interface LiveCall<T> {
  /** The latest result; the previous one stays while a re-call is under way. */
  data: T | undefined;
  /** The last call's failure, or null once a call succeeds. */
  error: unknown;
  loading: boolean;
  /** Calls again now (e.g. after this seat wrote something the method reads). */
  reload: () => void;
  /** Puts a result in place that the caller already has (e.g. what a write returned). */
  set: (data: T) => void;
}

/**
 * A read method's result kept current: called once connected, again after every reconnect (the
 * events missed while away are gone) and after each event named in `refreshOn`, coalesced so a
 * burst of events asks once. Only the newest call's answer is kept.
 */
export function useLiveCall<M extends MethodName>(method: M, input: MethodInput<M>, options: LiveCallOptions = {}): LiveCall<MethodOutput<M>> {
  const { epoch } = useConnection();
  const enabled = options.enabled ?? true;
  const inputKey = JSON.stringify(input);
  const scope = options.scope ?? null;
  const [state, setState] = useState<{ data: MethodOutput<M> | undefined; error: unknown; loading: boolean; scope: string | null }>({
    data: undefined,
    error: null,
    loading: true,
    scope,
  });
  const latest = useRef(0);
  const fetchNow = useCallback(() => {
    const mine = ++latest.current;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    call(method, JSON.parse(inputKey) as MethodInput<M>)
      .then((data) => mine === latest.current && setState({ data, error: null, loading: false, scope }))
      .catch((error: unknown) => mine === latest.current && setState((s) => ({ ...s, error, loading: false, scope })));
  }, [method, inputKey, scope]);

  useEffect(() => {
    if (epoch > 0 && enabled) fetchNow();
  }, [epoch, enabled, fetchNow]);
  // An answer still on its way for an old input or after unmount is dropped.
  useEffect(
    () => () => {
      latest.current += 1;
    },
    [fetchNow],
  );

  const timer = useRef<number | null>(null);
  const live = useRef({ options, enabled, fetchNow });
  useEffect(() => {
    live.current = { options, enabled, fetchNow };
  });
  useApiEvent((e) => {
    const { options: o, enabled: on } = live.current;
    if (!on || !o.refreshOn?.includes(e.event) || (o.refreshIf && !o.refreshIf(e))) return;
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      live.current.fetchNow();
    }, REFRESH_COALESCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );

  const set = useCallback(
    (data: MethodOutput<M>) => {
      latest.current += 1;
      setState({ data, error: null, loading: false, scope });
    },
    [scope],
  );
  const current = state.scope === scope;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    loading: current ? state.loading : true,
    reload: fetchNow,
    set,
  };
}
