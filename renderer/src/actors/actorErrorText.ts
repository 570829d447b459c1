import i18next from 'i18next';
import { NAMESPACES } from '../../../shared/locales/namespaces';
import { ClientError } from '../api/ClientError';
import type { MethodName } from '../../../shared/api/contract';
import { useMutation, type Mutation } from '../api/useMutation';
import { errorText } from '../i18n/errorText';

type Refusal = Exclude<keyof typeof NAMESPACES.actors.sv.error, 'csv'>;
const REFUSALS = Object.keys(NAMESPACES.actors.sv.error).filter((k) => k !== 'csv') as Refusal[];

function isRefusal(reason: unknown): reason is Refusal {
  return typeof reason === 'string' && (REFUSALS as string[]).includes(reason);
}

/**
 * A failure of an actors method in the user's language. The back end refuses what does not fit
 * the board (a retired actor, a conference already ended …) as a validation error with
 * `details.reason`: worded from actors:error.<reason>; a bad CSV names each line it refused.
 */
export function actorErrorText(error: unknown): string {
  if (!(error instanceof ClientError) || error.code !== 'validation') return errorText(error);
  const reason = error.details.reason;
  const t = i18next.getFixedT(null, 'actors');
  if (isRefusal(reason)) return t(`error.${reason}`, { ...error.details });
  if (reason === 'csv' && error.issues.length > 0) return error.issues.map((i) => i.message).join('\n');
  return errorText(error);
}

/** useMutation for the actors' methods: their refusals in words. */
export function useActorMutation<M extends MethodName>(method: M): Mutation<M> {
  return useMutation(method, { describe: actorErrorText });
}
