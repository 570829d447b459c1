import { ApiError } from '../../../shared/api/errors.js';
import svMessages from '../../../shared/locales/sv/messages.json';
import { fillTemplate } from '../../../shared/locales/fill.js';
import { TEXT_MAX } from '../../../shared/domain/journal.js';
import type { CapAlert } from '../../../shared/warnings/domain.js';
import { nextNumber } from '../db/statements.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { appendAutomaticEntry } from '../journal/write.js';
import { NotCapError, readCap } from './cap-read.js';
import { findWarning, listWarnings, readWarning } from './projection.js';

const EARLIEST = Date.parse('1900-01-01T00:00:00Z');
const LATEST = Date.parse('2199-12-31T23:59:59Z');

/** The incoming journal entry (in Swedish, the record's language): who warns of what, and a plain note when the file was not valid CAP. */
function entryText(a: CapAlert, fileName: string): string {
  const info = a.infos.find((i) => i.language.toLowerCase().startsWith('sv')) ?? a.infos[0];
  const who = info?.sender_name ?? a.sender;
  const what = [info?.headline, info?.event].filter((s): s is string => !!s).join(' – ');
  const words = svMessages.journal;
  const heading = a.msg_type === 'Cancel' ? words.warningCancel : a.msg_type === 'Update' ? words.warningUpdate : words.warningAlert;
  const lines = [fillTemplate(heading, { who, what: what || a.identifier })];
  if (info?.description) lines.push(info.description);
  if (info?.instruction) lines.push(info.instruction);
  if (a.status !== 'Actual') lines.push(fillTemplate(words.warningStatus, { status: a.status }));
  if (!a.valid) lines.push(fillTemplate(words.warningInvalid, { file: fileName, problems: a.problems.slice(0, 3).join('; ') }));
  return lines.join('\n\n').slice(0, TEXT_MAX);
}

/** When the alert was sent, as the journal's time, if it is a time the journal can hold. */
function occurredAt(a: CapAlert): string | null {
  const t = Date.parse(a.sent);
  return Number.isFinite(t) && t >= EARLIEST && t <= LATEST ? new Date(t).toISOString() : null;
}

export function warningHandlers(): CapabilityHandlers<'warnings'> {
  return {
    'warnings.importCap': (input, { records }) => {
      let alert: CapAlert;
      try {
        alert = readCap(input.xml);
      } catch (e) {
        if (e instanceof NotCapError) throw new ApiError('not_cap', e.message, { file: input.file_name, line: e.line, reason: e.message });
        throw e;
      }
      // The same alert twice (a watched folder seeing a file again) changes nothing.
      const already = findWarning(records.db, alert);
      if (already) return { warning: already, applied: [] };
      const id = nextNumber(records.db, 'warning', 'id');
      const before = new Map(listWarnings(records.db, true).map((w) => [w.id, w.state]));
      records.append('warning.imported', `warning/${id}`, { warning: id, file_name: input.file_name, alert });
      const info = alert.infos[0];
      appendAutomaticEntry(records, {
        kind: 'incoming',
        text: entryText(alert, input.file_name),
        actor: info?.sender_name ?? alert.sender,
        significant: alert.msg_type !== 'Alert' || info?.severity === 'Extreme' || info?.severity === 'Severe',
        source: `warning/${id}`,
        occurred_at: occurredAt(alert),
      });
      const warning = readWarning(records.db, id);
      if (!warning) throw new Error('the imported warning is not there');
      const applied = listWarnings(records.db, false)
        .filter((w) => before.get(w.id) === 'active' && w.state !== 'active')
        .map((w) => ({ id: w.id, state: w.state === 'cancelled' ? ('cancelled' as const) : ('updated' as const) }));
      return { warning, applied };
    },
    'warnings.list': (input, call) => ({ warnings: listWarnings(call.board().db, input.active_only) }),
  };
}
