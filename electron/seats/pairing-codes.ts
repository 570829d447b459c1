import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, SEAT_KINDS, type SeatKind } from '../../shared/room/contract.js';

/** What a code pairs: a kind of seat, and for a liaison their actor (null: any liaison). */
export interface CodeTarget {
  kind: SeatKind;
  actor_id: number | null;
}

/** A fresh code: CODE_LENGTH characters of CODE_ALPHABET, from the CSPRNG. */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** As the host is shown it and a person types it: K7M-4QP. */
export function groupedCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/** What a person typed, as stored: dashes and spaces dropped, upper case. Anything else stays (and matches nothing). */
export function normalCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

function keyOf(target: CodeTarget): string {
  return target.kind === 'liaison' && target.actor_id !== null ? `liaison:${target.actor_id}` : target.kind;
}

/**
 * The room's current codes: one per kind, and one per liaison actor asked for. A code pairs any
 * number of seats until it is replaced (room.code, a revoke of a seat it paired) or sharing ends.
 */
export class CodeBook {
  private readonly byKey = new Map<string, { code: string; target: CodeTarget }>();

  /** One code for every kind (a liaison's for no particular actor); codes already made stay. */
  fill(): void {
    for (const kind of SEAT_KINDS) if (!this.byKey.has(kind)) this.replace({ kind, actor_id: null });
  }

  /** A fresh code for the target; the one it had stops working. */
  replace(target: CodeTarget): string {
    const normalized: CodeTarget = { kind: target.kind, actor_id: target.kind === 'liaison' ? target.actor_id : null };
    let code = newCode();
    while (this.find(code)) code = newCode();
    this.byKey.set(keyOf(normalized), { code, target: normalized });
    return code;
  }

  /** Replaces the target's code only if it is still `code` (it may have been replaced already). */
  replaceIfCurrent(code: string, target: CodeTarget): void {
    if (this.byKey.get(keyOf(target))?.code === code) this.replace(target);
  }

  /** What a typed code pairs, or null. */
  find(typed: string): { code: string; target: CodeTarget } | null {
    const code = normalCode(typed);
    for (const entry of this.byKey.values()) if (entry.code === code) return entry;
    return null;
  }

  list(): { code: string; target: CodeTarget }[] {
    return [...this.byKey.values()];
  }

  clear(): void {
    this.byKey.clear();
  }
}
