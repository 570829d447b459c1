import { basename } from 'node:path';
import type { Message, MessageContentInput } from '../../shared/messages/domain.js';
import { CAP_FILE_MAX_BYTES } from '../../shared/warnings/domain.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';
import type { Context } from './router.js';
import { readBoundedText } from './read-file.js';
import { writeFileAtomically } from '../core/files/write-atomically.js';

/** "A, B ,C" → ["A", "B", "C"]: actors and channels as the staff type them. */
function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function messageId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new CliError('bad_id', { value: value.slice(0, 40) });
  return id;
}

/** `samlad message new`: a blank joint message with the given text, and who must approve it. */
export async function messageNew(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    headline: { type: 'string' },
    body: { type: 'string' },
    instruction: { type: 'string' },
    actors: { type: 'string' },
    by: { type: 'string' },
  });
  const content: MessageContentInput = {
    texts: { sv: { headline: required(v, 'headline'), body: required(v, 'body'), instruction: optional(v, 'instruction') ?? null } },
    audience: null,
    channels: [],
    area: { kommuner: [], shapes: [] },
    cap: { categories: ['Other'], urgency: 'Unknown', severity: 'Unknown', certainty: 'Unknown' },
  };
  const m = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), (board) =>
    board.call('messages.create', { content, required_actors: list(optional(v, 'actors')) }),
  );
  io.out(String(m.id));
  return 0;
}

/** approve / request-change: what an actor said about the message's current version. */
async function decide(args: string[], io: Io, decision: 'approved' | 'change_requested'): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, id: { type: 'string' }, actor: { type: 'string' }, comment: { type: 'string' }, by: { type: 'string' } });
  const id = messageId(required(v, 'id'));
  const actor = required(v, 'actor');
  const comment = decision === 'change_requested' ? required(v, 'comment') : (optional(v, 'comment') ?? null);
  const m = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), async (board) => {
    const { message } = await board.call('messages.get', { id });
    return board.call('messages.approve', { id, version: message.version, actor, decision, comment });
  });
  io.out(io.tr.t(decision === 'approved' ? 'message_approved' : 'message_change_requested', { id: m.id, version: m.version, actor }));
  if (m.missing.length > 0) io.out(io.tr.t('message_missing', { missing: m.missing.join(', ') }));
  return 0;
}

export const messageApprove = (args: string[], io: Io): Promise<number> => decide(args, io, 'approved');
export const messageRequestChange = (args: string[], io: Io): Promise<number> => decide(args, io, 'change_requested');

/** `samlad message publish`: refused (exit 1, naming who is missing) until every actor approved. */
export async function messagePublish(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, id: { type: 'string' }, channels: { type: 'string' }, by: { type: 'string' } });
  const id = messageId(required(v, 'id'));
  const m = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), async (board) => {
    const { message } = await board.call('messages.get', { id });
    const channels = v.channels === undefined ? message.content.channels : list(optional(v, 'channels'));
    if (channels.length === 0) throw new CliError('missing_flag', { flag: 'channels' });
    return board.call('messages.publish', { id, version: message.version, channels });
  });
  io.out(io.tr.t('message_published', { id: m.id, version: m.version, channels: m.published_channels.join(', ') }));
  return 0;
}

function summary(m: Message): Record<string, unknown> {
  return {
    id: m.id,
    headline: m.content.texts.sv.headline,
    version: m.version,
    status: m.status,
    approvals: Object.fromEntries(m.approvals.map((a) => [a.actor, a.state])),
    published_at: m.published_at,
  };
}

export async function messageList(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, json: { type: 'boolean' } });
  const { messages } = await withBoard(required(v, 'db'), null, (board) => board.call('messages.list', {}));
  if (v.json === true) {
    io.out(JSON.stringify(messages.map(summary), null, 2));
    return 0;
  }
  if (messages.length === 0) io.out(io.tr.t('no_messages'));
  for (const m of messages) {
    const approvals = m.approvals.map((a) => `${a.actor}: ${io.tr.t(`approval_${a.state}`)}`).join(', ');
    io.out(`#${m.id}  v${m.version}  ${io.tr.t(m.status === 'draft' ? 'message_draft' : 'message_published_status')}  ${m.content.texts.sv.headline}${approvals ? `  (${approvals})` : ''}`);
  }
  return 0;
}

export async function messageExportCap(args: string[], io: Io, context: Context): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, id: { type: 'string' }, out: { type: 'string' } });
  const id = messageId(required(v, 'id'));
  const out = required(v, 'out');
  const { xml } = await withBoard(required(v, 'db'), null, (board) => board.call('messages.exportCap', { id }), context.resourcesDir);
  writeFileAtomically(out, xml);
  io.out(io.tr.t('exported', { path: out }));
  return 0;
}

/** `samlad cap import`: one CAP file; a file that is not CAP exits 1 and changes nothing. */
export async function capImport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, file: { type: 'string' }, by: { type: 'string' } });
  const file = required(v, 'file');
  const xml = readBoundedText(file, CAP_FILE_MAX_BYTES);
  const result = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), (board) =>
    board.call('warnings.importCap', { file_name: basename(file), xml }),
  );
  const a = result.warning.alert;
  io.out(JSON.stringify({ imported: 1, warning: result.warning.id, identifier: a.identifier, sender: a.sender, msg_type: a.msg_type, valid: a.valid, problems: a.problems, applied: result.applied }));
  if (!a.valid) io.err(io.tr.t('cap_not_valid', { file: basename(file), problems: a.problems.slice(0, 3).join('; ') }));
  return 0;
}
