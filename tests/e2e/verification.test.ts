import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedActors } from '../../electron/core/actors/seed';
import { connectApi } from './api';
import { E2E_PERSON, expect, runCli, serveBoardFile, test, type Page } from './fixtures';
import { Header } from './page-models/Header';
import { JournalPane } from './page-models/JournalPane';

// Issue 6 item 5: the header says what the background check of the opened board's record found.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Pictures for a human to judge, beside those of screenshots.test.ts. */
const SHOTS = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';

/** samlad new registers the usual actors of the kommun (Gävle): one record each after board.created. */
const SEEDED = seedActors('2180').length;

/** A board file made with the CLI: record 1 is board.created, the actors, then one record per entry. */
function boardWithEntries(dir: string, texts: string[]): string {
  const file = join(dir, 'hilda.samlad');
  runCli(dir, ['new', '--db', file, '--name', 'Storm Hilda', '--kommun', 'Gävle', '--by', 'Test']);
  for (const text of texts) runCli(dir, ['journal', 'add', '--db', file, '--kind', 'information', '--text', text, '--by', 'Test']);
  return file;
}

/** Changes a record's text the way someone editing the file would: the guard trigger dropped first. */
function tamperText(file: string, seq: number, from: string, to: string): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER IF EXISTS record_no_update');
  const changed = db.prepare('UPDATE record SET payload = replace(payload, ?, ?) WHERE seq = ?').run(from, to, seq);
  db.close();
  if (changed.changes !== 1) throw new Error('the tamper changed nothing');
}

/**
 * Overwrites half the root page of the journal's list-order index (as tests/unit/damaged.test.ts
 * does): SQLite's quick_check fails, the board table still reads, so the board opens damaged.
 */
function damageIndex(file: string): void {
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'journal_entry_sort'").get();
  db.close();
  if (!root) throw new Error('index not found');
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize / 2, 0xa5), 0, pageSize / 2, (root.rootpage - 1) * pageSize + pageSize / 2);
  closeSync(fd);
}

async function openAsStaff(page: Page, url: string): Promise<void> {
  await page.addInitScript((name) => localStorage.setItem('samlad.person', name), E2E_PERSON);
  await page.goto(url);
}

test.describe('the record check in the header', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samlad-e2e-verify-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('an intact board says quietly how far its log was checked, and can be written', async ({ page }) => {
    const file = boardWithEntries(dir, ['Post ett', 'Post två', 'Post tre']);
    const server = await serveBoardFile(dir, file);
    try {
      await openAsStaff(page, server.url);
      const header = new Header(page);
      await expect(header.boardName).toHaveText('Storm Hilda');
      // board.created, the actors and three entries.
      await expect(page.getByTestId('verification-status')).toHaveText(`Loggen kontrollerad när händelsen öppnades: t.o.m. post ${1 + SEEDED + 3}`);
      await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
      await expect(new JournalPane(page).textInput).toBeVisible();
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: `${SHOTS}/verified-1366.png` });
    } finally {
      await server.stop();
    }
  });

  test('a tampered record is named in an alert, the board is read-only and nothing can be written', async ({ page }) => {
    const file = boardWithEntries(dir, ['Post ett', 'Post två', 'Post tre']);
    // The second entry's record.
    const second = 1 + SEEDED + 2;
    tamperText(file, second, 'Post två', 'Ingen evakuering');
    const server = await serveBoardFile(dir, file);
    try {
      await openAsStaff(page, server.url);
      const banner = page.getByTestId('readonly-banner');
      await expect(banner).toHaveAttribute('role', 'alert');
      await expect(banner).toHaveText(`Loggen håller inte vid post ${second}, loggpost #2 (posten har ändrats): händelsen är öppnad skrivskyddad. Kontakta systemansvarig.`);
      await expect(banner).toHaveAttribute('data-reason', 'chain_broken');
      // No entry form, no mode switch: the board cannot be written from here.
      await expect(page.getByTestId('entry-form')).toHaveCount(0);
      await expect(page.getByTestId('mode-change')).toHaveCount(0);
      await expect(page.getByTestId('verification-status')).toHaveCount(0);
      // Still readable: the entries are there to look at.
      await expect(new JournalPane(page).entries).toHaveCount(3);
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: `${SHOTS}/chain-broken-1366.png` });

      const header = new Header(page);
      await header.switchLanguage('en');
      await expect(banner).toHaveText(`The log does not hold at record ${second}, journal entry #2 (the record was changed): the incident is open read-only. Contact your system administrator.`);

      const { violations } = await new AxeBuilder({ page }).include('[data-testid="header"]').withTags(TAGS).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  test('a damaged file says so, not that its log did not hold, and cannot be written', async ({ page }) => {
    const file = boardWithEntries(dir, []);
    // Enough entries for the index to span pages: written through a seat, quicker than the CLI.
    const first = await serveBoardFile(dir, file);
    const seat = await connectApi(first.url);
    for (let i = 0; i < 400; i++) await seat.call('journal.append', { kind: 'information', text: `Lägesuppdatering ${i} ${'x'.repeat(80)}` });
    seat.close();
    await first.stop();
    damageIndex(file);
    const server = await serveBoardFile(dir, file);
    try {
      await openAsStaff(page, server.url);
      const banner = page.getByTestId('readonly-banner');
      await expect(banner).toHaveText('Skrivskyddat: händelsefilen är skadad. Innehållet kan läsas men inget kan sparas. Kontakta systemansvarig.');
      await expect(banner).toHaveAttribute('data-reason', 'damaged');
      await expect(page.getByTestId('entry-form')).toHaveCount(0);
    } finally {
      await server.stop();
    }
  });
});
