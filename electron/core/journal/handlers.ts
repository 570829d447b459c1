import { ApiError } from '../../../shared/api/errors.js';
import { JOURNAL_ARCHIVE_MAX } from '../../../shared/journal/contract.js';
import { printedPdf, type PdfRenderer } from '../files/printed-pdf.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { archiveCsv, archiveFileName, archiveHtml, gatherArchive } from './archive.js';
import { appendEntry, correctEntry } from './write.js';

/** The journal capability. Writes append journal.entry records; the write path publishes them. */
export function journalHandlers(tools: { pdf: PdfRenderer | null } = { pdf: null }): CapabilityHandlers<'journal'> {
  return {
    'journal.append': (input, { records }) => appendEntry(records, input),
    'journal.correct': (input, { records }) => correctEntry(records, input),
    'journal.list': (input, call) => call.board().reader.list(input.query, input.offset, input.limit),
    'journal.get': (input, call) => {
      const entry = call.board().reader.get(input.seq);
      if (!entry) throw new ApiError('not_found', `no journal entry ${input.seq}`, { seq: input.seq });
      return entry;
    },
    'journal.position': (input, call) => ({ index: call.board().reader.position(input.seq, input.query) }),
    'journal.actors': (_input, call) => ({ actors: call.board().reader.actors() }),
    'journal.archive': (input, call) => {
      const board = call.board();
      // One read: the rows and the head they are said to cover agree.
      const archive = board.read(() => {
        const entries = board.reader.count();
        // A seat's answer crosses IPC or the network in one message; the CLI reads in-process.
        if (call.caller.seat !== undefined && entries > JOURNAL_ARCHIVE_MAX) {
          throw new ApiError('archive_too_large', `${entries} entries: take the archive out on the host (samlad journal export)`, { entries, max: JOURNAL_ARCHIVE_MAX });
        }
        return gatherArchive(board.reader, board.info, board.head());
      });
      if (input.format === 'csv') {
        return { file_name: archiveFileName(archive.board, 'csv'), mime_type: 'text/csv' as const, base64: Buffer.from(archiveCsv(archive), 'utf8').toString('base64') };
      }
      if (input.format === 'html') {
        return { file_name: archiveFileName(archive.board, 'html'), mime_type: 'text/html' as const, base64: Buffer.from(archiveHtml(archive), 'utf8').toString('base64') };
      }
      return printedPdf(tools.pdf, archiveHtml(archive), archiveFileName(archive.board, 'pdf'), 'the journal archive');
    },
  };
}
