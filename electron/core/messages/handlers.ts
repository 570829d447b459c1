import { ApiError } from '../../../shared/api/errors.js';
import svMessages from '../../../shared/locales/sv/messages.json';
import { fillTemplate } from '../../../shared/locales/fill.js';
import { TEXT_MAX } from '../../../shared/domain/journal.js';
import { diffWords } from '../../../shared/messages/diff.js';
import type { Message, MessageContent } from '../../../shared/messages/domain.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { nextNumber } from '../db/statements.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { KommunBoundaries } from '../geo/kommun-boundaries.js';
import type { WriteContext } from '../record/write.js';
import { capFileName, messageToCap } from './cap-export.js';
import { listMessages, messageVersions, readMessage } from './read.js';

function existing(ctx: WriteContext, id: number): Message {
  const m = readMessage(ctx.db, id);
  if (!m) throw new ApiError('not_found', `no message ${id}`, { id });
  return m;
}

/** A published message is frozen: an update is a new message that replaces it. */
function draft(ctx: WriteContext, id: number): Message {
  const m = existing(ctx, id);
  if (m.status === 'published') throw new ApiError('message_published', `message ${id} is published; write an update instead`, { id });
  return m;
}

function current(m: Message, version: number): void {
  if (version !== m.version) throw new ApiError('version_conflict', `message ${m.id} is at version ${m.version}, not ${version}`, { id: m.id, current: m.version });
}

/** Names once each, in the order given (the same actor twice would need two approvals). */
function distinct(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLocaleLowerCase('sv');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sameContent = (a: MessageContent, b: MessageContent): boolean => canonicalJsonOf(a) === canonicalJsonOf(b);

/** The outgoing journal entry of a published message: its final text, as the public got it (in Swedish, the record's language). */
function publishedText(m: Message, channels: readonly string[]): string {
  const sv = m.content.texts.sv;
  const head = fillTemplate(svMessages.journal.published, { id: m.id, channels: channels.join(', '), headline: sv.headline });
  return [head, sv.body, sv.instruction].filter((s): s is string => !!s).join('\n\n').slice(0, TEXT_MAX);
}

/** Joint messages: drafts, versions, co-signing, publishing and the CAP export. */
export function messageHandlers(boundaries: KommunBoundaries): CapabilityHandlers<'messages'> {
  return {
    'messages.create': (input, { records }) => {
      if ((input.kind === 'Alert') !== (input.replaces === null)) {
        throw new ApiError('bad_reference', 'an update or cancellation names the published message it replaces; a first message names none', {});
      }
      if (input.replaces !== null && existing(records, input.replaces).status !== 'published') {
        throw new ApiError('bad_reference', `message ${input.replaces} is not published`, { id: input.replaces });
      }
      const id = nextNumber(records.db, 'message', 'id');
      records.append('message.drafted', `message/${id}`, {
        message: id,
        template: input.template,
        kind: input.kind,
        replaces: input.replaces,
        content: input.content,
        required_actors: distinct(input.required_actors),
      });
      return existing(records, id);
    },
    'messages.revise': (input, { records }) => {
      const m = draft(records, input.id);
      current(m, input.base_version);
      // Saving what is already there makes no version (and so resets no approval).
      if (sameContent(m.content, input.content)) return m;
      records.append('message.revised', `message/${m.id}`, { message: m.id, version: m.version + 1, content: input.content });
      return existing(records, m.id);
    },
    'messages.setApprovers': (input, { records }) => {
      const m = draft(records, input.id);
      records.append('message.approvers_set', `message/${m.id}`, { message: m.id, required_actors: distinct(input.required_actors) });
      return existing(records, m.id);
    },
    'messages.approve': (input, { records }) => {
      const m = draft(records, input.id);
      current(m, input.version);
      const actor = m.required_actors.find((a) => a.toLocaleLowerCase('sv') === input.actor.toLocaleLowerCase('sv'));
      if (!actor) throw new ApiError('not_required_actor', `${input.actor} is not asked to approve message ${m.id}`, { id: m.id, actor: input.actor });
      if (input.decision === 'change_requested' && !input.comment) {
        throw new ApiError('validation', 'a change request says what should change', {}, [{ path: 'comment', message: 'must not be empty' }]);
      }
      records.append('message.approval', `message/${m.id}`, { message: m.id, version: m.version, actor, decision: input.decision, comment: input.comment });
      // The log says who agreed to what, without the draft's words (the wall sees the log).
      appendAutomaticEntry(records, {
        kind: 'information',
        text: fillTemplate(input.decision === 'approved' ? svMessages.journal.approved : svMessages.journal.changeRequested, { id: m.id, version: m.version, actor }),
        actor,
        source: `message/${m.id}`,
      });
      return existing(records, m.id);
    },
    'messages.publish': (input, { records }) => {
      const m = draft(records, input.id);
      current(m, input.version);
      if (m.missing.length > 0) {
        throw new ApiError('approvals_missing', `waiting for ${m.missing.join(', ')}`, { id: m.id, missing: m.missing.join(', ') });
      }
      const channels = distinct(input.channels);
      records.append('message.published', `message/${m.id}`, { message: m.id, version: m.version, channels }, input.published_at);
      appendAutomaticEntry(records, {
        kind: 'outgoing',
        text: publishedText(m, channels),
        significant: true,
        source: `message/${m.id}`,
        occurred_at: input.published_at ?? null,
      });
      return existing(records, m.id);
    },
    'messages.list': (_input, call) => ({ messages: listMessages(call.board().db, call.caller.role === 'wall') }),
    'messages.get': (input, call) => {
      const db = call.board().db;
      const message = readMessage(db, input.id);
      if (!message || (message.status === 'draft' && call.caller.role === 'wall')) throw new ApiError('not_found', `no message ${input.id}`, { id: input.id });
      return { message, versions: call.caller.role === 'wall' ? messageVersions(db, input.id).filter((v) => v.version === message.version) : messageVersions(db, input.id) };
    },
    'messages.diff': (input, call) => {
      const db = call.board().db;
      const message = readMessage(db, input.id);
      if (!message || (message.status === 'draft' && call.caller.role === 'wall')) throw new ApiError('not_found', `no message ${input.id}`, { id: input.id });
      const versions = messageVersions(db, input.id);
      const from = versions.find((v) => v.version === input.from);
      const to = versions.find((v) => v.version === input.to);
      if (!from || !to) throw new ApiError('not_found', `message ${input.id} has no version ${!from ? input.from : input.to}`, { id: input.id });
      const fields: [string, string, string][] = [];
      for (const lang of ['sv', 'en', 'sv_easy'] as const) {
        const a = from.content.texts[lang];
        const b = to.content.texts[lang];
        if (!a && !b) continue;
        fields.push([`${lang}.headline`, a?.headline ?? '', b?.headline ?? '']);
        fields.push([`${lang}.body`, a?.body ?? '', b?.body ?? '']);
        fields.push([`${lang}.instruction`, a?.instruction ?? '', b?.instruction ?? '']);
      }
      fields.push(['audience', from.content.audience ?? '', to.content.audience ?? '']);
      return { diff: fields.map(([field, a, b]) => ({ field, parts: diffWords(a, b) })) };
    },
    'messages.exportCap': (input, call) => {
      const board = call.board();
      const message = readMessage(board.db, input.id);
      if (!message) throw new ApiError('not_found', `no message ${input.id}`, { id: input.id });
      if (message.status !== 'published') throw new ApiError('not_published', `message ${input.id} is a draft: only a published message is exported`, { id: input.id });
      const replaced = message.replaces === null ? null : readMessage(board.db, message.replaces);
      return { xml: messageToCap(message, replaced, board.info, boundaries), file_name: capFileName(message) };
    },
  };
}
