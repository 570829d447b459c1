import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, runCli, test } from './fixtures';
import { pageOneInk } from '../pdf-ink';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A neighbour's frozen report as an EDXL-DE file, made with the CLI on a board of its own. */
function neighboursReport(): { edxl: string; broken: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-grannen-'));
  const db = join(dir, 'sandviken.samlad');
  runCli(dir, ['new', '--db', db, '--name', 'Storm Hilda Sandviken', '--kommun', 'Sandviken', '--exercise']);
  runCli(dir, ['journal', 'add', '--db', db, '--kind', 'decision', '--text', 'Sandviken: stab upprättad', '--significant']);
  runCli(dir, ['report', 'new', '--db', db]);
  runCli(dir, ['report', 'freeze', '--db', db, '--number', '1']);
  const edxl = join(dir, 'r1.edxl.xml');
  runCli(dir, ['report', 'export', '--db', db, '--number', '1', '--format', 'edxl', '--out', edxl]);
  const broken = join(dir, 'r1-cut.edxl.xml');
  writeFileSync(broken, readFileSync(edxl, 'utf8').slice(0, 600));
  return { edxl, broken };
}

test('a lägesrapport: composed, edited, frozen after a warning about empty headings, exported; a neighbour’s read in', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Storm Hilda', kommun: 'Gävle', exercise: true });
  await page.getByTestId('journal-pane').getByRole('textbox').first().fill('Trygghetspunkt öppnad i Sätra');
  await page.keyboard.press('Alt+Digit2');
  await page.keyboard.press('Enter');
  await page.getByTestId('layout-switch').selectOption('reporter');
  const pane = page.getByTestId('reports-pane');
  await pane.getByTestId('report-new').click();
  await expect(pane.getByTestId('section-actions_taken')).toHaveValue(/Trygghetspunkt öppnad i Sätra/);
  await pane.getByTestId('section-consequences').fill('Inga personskador. 4 300 hushåll utan ström.');
  await pane.getByTestId('report-save').click();
  expect((await new AxeBuilder({ page }).include('[data-testid="reports-pane"]').withTags(TAGS).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await pane.getByTestId('report-freeze').click();
  await expect(pane.getByTestId('report-empty-warning')).toContainText('7 Bedömning och prognos');
  await pane.getByTestId('report-freeze-confirm').click();
  await expect(pane.getByTestId('report-frozen')).toContainText('Inga personskador');
  // The map snapshot frozen with it, shown as an image of the kommun.
  await expect(pane.getByTestId('report-map').getByRole('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);

  // Ladda ner PDF: printed by the seat server (Chromium), a real A4 page with ink on it.
  const pdfDownload = page.waitForEvent('download');
  await pane.getByTestId('report-export-pdf').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('lagesrapport-2180-nr1.pdf');
  const pdfPath = await pdf.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const ink = pageOneInk(pdfPath);
  expect(ink.width).toBeGreaterThan(300);
  expect(ink.dark).toBeGreaterThan(500);

  const download = page.waitForEvent('download');
  await pane.getByTestId('report-export-json').click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { schema: string; number: number };
  expect(json).toMatchObject({ schema: 'samlad.lagesrapport/2', number: 1 });

  // The whole log for the archive, beside the reports: CSV with the head it covers, and a printed PDF.
  const csvDownload = page.waitForEvent('download');
  await pane.getByTestId('journal-archive-csv').click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^loggbok-.+\.csv$/);
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv).toMatch(/^\uFEFF"# Samlad loggbok"/);
  expect(csv).toMatch(/huvud \d+:[0-9a-f]{64}/);
  const logPdfDownload = page.waitForEvent('download');
  await pane.getByTestId('journal-archive-pdf').click();
  const logPdf = await (await logPdfDownload).path();
  expect(readFileSync(logPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageOneInk(logPdf).dark).toBeGreaterThan(200);

  // Skicka: into a neighbour's outbox folder, whole, and recorded.
  const outbox = mkdtempSync(join(tmpdir(), 'samlad-utkorg-'));
  await pane.getByTestId('recipient-name').fill('Sandvikens kommun');
  await pane.getByTestId('recipient-folder').fill(outbox);
  await pane.getByTestId('recipient-save').click();
  await pane.getByTestId('report-send-to').filter({ hasText: 'Sandvikens kommun' }).click();
  await expect(pane.getByTestId('report-sent')).toContainText('Sandvikens kommun');
  expect(readdirSync(outbox)).toEqual(['lagesrapport-2180-nr1.edxl.xml']);

  const { edxl, broken } = neighboursReport();
  await pane.getByTestId('report-file').setInputFiles(broken);
  await expect(pane.getByTestId('report-import-error')).toContainText('Inget har importerats');
  await expect(pane.getByTestId('received-report')).toHaveCount(0);
  await pane.getByTestId('report-file').setInputFiles(edxl);
  await expect(pane.getByTestId('report-imported')).toContainText('Sandviken');
  await expect(pane.getByTestId('received-report')).toHaveCount(1);
  await expect(page.getByTestId('journal-pane').getByTestId('entry').filter({ hasText: 'Lägesrapport nr 1 från Sandviken kommun' })).toBeVisible();

  // Their report reads here, read-only: its headings and its map snapshot (an image).
  await pane.getByTestId('received-report-open').click();
  const theirs = pane.getByTestId('received-report-view');
  await expect(theirs).toContainText('Lägesrapport nr 1 från Sandviken kommun');
  await expect(theirs).toContainText('Sandviken: stab upprättad');
  await expect(theirs.getByTestId('report-map').locator('img')).toBeVisible();
  await expect(pane.getByTestId('report-frozen')).toHaveCount(0);
  await page.screenshot({ path: `${process.env.SAMLAD_SHOTS ?? 'test-results/screenshots'}/report-received-1366.png` });
  expect((await new AxeBuilder({ page }).include('[data-testid="reports-pane"]').withTags(TAGS).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // And back to ours.
  await pane.getByTestId('report-item').first().click();
  await expect(pane.getByTestId('report-frozen')).toBeVisible();
  await expect(theirs).toHaveCount(0);
});
