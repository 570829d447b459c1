import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/index.js';
import { JOURNAL_ARCHIVE_MAX } from '../../shared/journal/contract.js';
import { seedBoard } from '../bench/seed.js';
import { host, paired, staff, wall } from '../callers.js';
import { newBoard, tempDir, type TestBoard } from './helpers.js';

// journal.archive: the whole log for the archive, taken out from a seat (the CLI's
// `samlad journal export` writes the same CSV and page, tests/unit/cli-reports.test.ts).

let board: TestBoard | null = null;
let core: Core | null = null;
afterEach(() => {
  board?.core.close();
  core?.close();
  board = core = null;
});

const decoded = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');

describe('journal.archive', () => {
  it('gives every entry as CSV with the head it covers, no field a formula; a wall seat gets nothing', async () => {
    const printed: string[] = [];
    board = await newBoard({ pdf: (html) => (printed.push(html), Promise.resolve(Buffer.from('%PDF-1.7 test'))) });
    await board.call('journal.append', { kind: 'decision', text: 'Stab upprättad', significant: true });
    await board.call('journal.append', { kind: 'call', text: '=HYPERLINK("http://evil")', actor: 'Okänd' });
    const head = (await board.call('record.head', {})).head;

    const csv = await board.call('journal.archive', { format: 'csv' });
    expect(csv.mime_type).toBe('text/csv');
    expect(csv.file_name).toMatch(/^loggbok-ovning-storm-\d{8}-\d{4}\.csv$/);
    const text = decoded(csv.base64);
    expect(text.startsWith('\uFEFF"# Samlad loggbok","Övning Storm"')).toBe(true);
    expect(text).toContain(`huvud ${head?.seq}:${head?.hash}`);
    expect(text).toContain('"Stab upprättad"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    // Oldest first: entry 1 before entry 2.
    expect(text.indexOf('Stab upprättad')).toBeLessThan(text.indexOf('HYPERLINK'));

    const pdf = await board.call('journal.archive', { format: 'pdf' });
    expect(pdf).toMatchObject({ mime_type: 'application/pdf', file_name: csv.file_name.replace(/\.csv$/, '.pdf') });
    expect(decoded(pdf.base64)).toBe('%PDF-1.7 test');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Loggbok – Övning Storm');
    expect(printed[0]).toContain('ÖVNING');
    expect(printed[0]).toContain('=HYPERLINK(&quot;http://evil&quot;)');
    expect(printed[0]).not.toContain('<script');

    expect(await board.core.dispatch('journal.archive', { format: 'csv' }, wall())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A liaison reads the log too.
    expect(await board.core.dispatch('journal.archive', { format: 'csv' }, paired('liaison', 'Per Polis', 1))).toMatchObject({ ok: true });
  });

  it('says plainly when no PDF printer runs here, or when it fails', async () => {
    board = await newBoard();
    expect(await board.core.dispatch('journal.archive', { format: 'pdf' }, staff())).toMatchObject({ ok: false, error: { code: 'pdf_unavailable' } });
    board.core.close();
    board = await newBoard({ pdf: () => Promise.reject(new Error('Chromium crashed')) });
    expect(await board.core.dispatch('journal.archive', { format: 'pdf' }, staff())).toMatchObject({ ok: false, error: { code: 'pdf_failed' } });
  });

  it(`refuses a seat a log of more than ${JOURNAL_ARCHIVE_MAX} entries with the count, pointing to the host; the CLI gets it all`, async () => {
    const dir = tempDir();
    const path = await seedBoard(dir, 'Stor händelse', JOURNAL_ARCHIVE_MAX + 1);
    core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
    core.openBoardFile(path);
    const reply = await core.dispatch('journal.archive', { format: 'csv' }, host());
    expect(reply).toMatchObject({ ok: false, error: { code: 'archive_too_large', details: { entries: JOURNAL_ARCHIVE_MAX + 1, max: JOURNAL_ARCHIVE_MAX } } });
    // The CLI (staff, no seat) reads in-process: every entry, and the heading lines.
    const cli = await core.dispatch('journal.archive', { format: 'csv' }, staff());
    if (!cli.ok) throw new Error(cli.error.message);
    expect(decoded((cli.result as { base64: string }).base64).trimEnd().split('\r\n')).toHaveLength(JOURNAL_ARCHIVE_MAX + 3);
  }, 60_000);
});
