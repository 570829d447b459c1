import { stockholmDate } from '../../shared/time';
import { expect, test } from './fixtures';

// Issue 7, items 5–10: what a log keeper trips over in the first hour, with the wall beside them.

const yesterday = (): string => stockholmDate(new Date(Date.now() - 24 * 3_600_000));

test('closing asks first, says it closes every screen, and only then blanks the wall', async ({ startPage, header, server, browser }) => {
  await startPage.createBoard({ name: 'Stängningstest', kommun: 'Kalmar', exercise: false });
  const wall = await browser.newPage();
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('board-name')).toHaveText('Stängningstest');

  await header.closeButton.click();
  await expect(header.closeConfirm).toContainText('Stäng händelsen för alla skärmar, även väggskärmen?');
  // Asking changed nothing: the board is open here and on the wall.
  await expect(wall.getByTestId('board-name')).toHaveText('Stängningstest');
  await header.closeConfirm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(header.closeConfirm).toHaveCount(0);
  await expect(startPage.page.getByTestId('entry-text-input')).toBeFocused();
  await expect(wall.getByTestId('board-name')).toHaveText('Stängningstest');

  await header.closeBoard();
  await expect(startPage.root).toBeVisible();
  await expect(wall.getByText('Ingen händelse är öppen.', { exact: false })).toBeVisible();
  await wall.close();
});

test('a back-dated entry is confirmed in place and listed on the wall; new entries are marked on every seat', async ({ startPage, journal, server, browser }) => {
  await startPage.createBoard({ name: 'Storm', kommun: 'Växjö', exercise: true });
  const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('board-name')).toHaveText('Storm');

  for (const line of ['Träd över väg 30', 'Elavbrott i Ingelstad', 'Trygghetspunkt öppnad']) {
    await journal.textInput.fill(line);
    await journal.textInput.press('Enter');
  }
  await expect(journal.savedNotice).toContainText('Sparad #3, kl.');
  await journal.textInput.fill('Larm om nedfallen ledning (inkom tidigare)');
  await journal.dateInput.fill(yesterday());
  await journal.timeInput.fill('22:40');
  await journal.timeInput.press('Enter');

  // Here: saved, with number and the time it was given (a date, since it is not today), and a way to it.
  await expect(journal.savedNotice).toHaveText(new RegExp(`Sparad #4, kl\\. ${yesterday()} 22:40`));
  await expect(journal.entries.first()).toHaveAttribute('data-seq', '3');
  await journal.savedNotice.getByTestId('saved-show').click();
  await expect(journal.entry(4)).toBeVisible();
  await expect(journal.entry(4)).toHaveClass(/entry-flash/);

  // On the wall: the line sorts last, yet it is listed above the list, and every new line is marked.
  const strip = wall.getByTestId('backdated-strip');
  await expect(strip.getByTestId('backdated-entry')).toHaveAttribute('data-seq', '4');
  await expect(strip).toContainText('Larm om nedfallen ledning');
  await expect(wall.locator('[data-testid="entry"][data-seq="3"]')).toHaveClass(/entry-new/);
  await expect(wall.locator('[data-testid="entry"][data-seq="3"]').getByTestId('entry-new')).toHaveText('NY');
  await expect(journal.entry(3)).toHaveClass(/entry-new/);
  await wall.close();
});

test('every way of saving puts the cursor back in the text; Tab goes from the text to Aktör', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Fokus', kommun: 'Umeå', exercise: false });
  await expect(journal.textInput).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(journal.actorInput).toBeFocused();

  let seq = 0;
  const saved = async (): Promise<void> => {
    seq += 1;
    await expect(journal.entry(seq)).toBeVisible();
    await expect(journal.textInput).toBeFocused();
    await expect(journal.textInput).toHaveValue('');
  };

  await journal.textInput.fill('Enter i texten');
  await journal.textInput.press('Enter');
  await saved();

  await journal.textInput.fill('Enter i Aktör');
  await journal.actorInput.fill('Polisen');
  await journal.actorInput.press('Enter');
  await saved();
  await expect(journal.entry(seq).getByTestId('entry-actor')).toHaveText('Polisen');

  await journal.textInput.fill('Enter i kl.');
  await journal.timeInput.fill('00:01');
  await journal.timeInput.press('Enter');
  await saved();

  await journal.textInput.fill('Enter på Viktig');
  await journal.significant.check();
  await journal.significant.press('Enter');
  await saved();
  await expect(journal.entry(seq)).toHaveClass(/entry-significant/);

  await journal.textInput.fill('Klick på Spara');
  await journal.saveButton.click();
  await saved();

  // The actor can be kept between entries.
  await page.getByTestId('keep-actor').check();
  await journal.actorInput.fill('Räddningstjänsten');
  await journal.textInput.fill('Första från räddningstjänsten');
  await journal.textInput.press('Enter');
  await saved();
  await expect(journal.actorInput).toHaveValue('Räddningstjänsten');

  // After a mode change the cursor is back in the text, not dropped on the page.
  await page.getByTestId('mode-change').click();
  await page.getByTestId('mode-confirm').click();
  await expect(page.getByTestId('board-mode')).toHaveText('Krisledning aktiverad');
  await expect(journal.textInput).toBeFocused();
});

test('filters: a time alone is today, the actor is found whatever its case, hits in the actor are marked', async ({ startPage, journal }) => {
  await startPage.createBoard({ name: 'Filter', kommun: 'Gävle', exercise: false });
  const add = async (text: string, actor: string, date = ''): Promise<void> => {
    await journal.textInput.fill(text);
    await journal.actorInput.fill(actor);
    if (date) {
      await journal.dateInput.fill(date);
      await journal.timeInput.fill('12:00');
    }
    await journal.textInput.press('Enter');
  };
  await add('Avspärrning vid torget', 'Polisen');
  await add('Förhör inlett', 'Åklagaren');
  await add('Gårdagens rapport', 'POLISEN', yesterday());
  await add('Inget med aktör', '');
  await expect(journal.count).toHaveText('4 loggposter');

  await journal.openFilters();
  await journal.page.getByTestId('filter-from').fill('00:00');
  await expect(journal.page.getByTestId('filter-from')).toHaveAttribute('aria-invalid', 'false');
  await expect(journal.count).toHaveText('3 loggposter');
  await journal.page.getByTestId('filter-from').fill('');

  // Case does not matter, and both spellings used on the board are found; å stays å.
  await journal.page.getByTestId('filter-actor').fill('polisen');
  await expect(journal.count).toHaveText('2 loggposter');
  await journal.page.getByTestId('filter-actor').fill('åklagaren');
  await expect(journal.count).toHaveText('1 loggpost');
  await journal.page.getByTestId('filter-actor').fill('aklagaren');
  await expect(journal.count).toHaveText('0 loggposter');
  await expect(journal.page.getByTestId('filter-actor-unknown')).toBeVisible();
  await journal.page.getByTestId('filter-actor').fill('');
  await expect(journal.filterToggle).toHaveText('Filter');

  await journal.search.fill('polis');
  await expect(journal.count).toHaveText('2 loggposter');
  await expect(journal.entries.first().getByTestId('entry-actor').locator('mark')).toHaveText('Polisen');
});

test('a correction can change the kind, actor and Viktig; Alt+R corrects the latest entry; the reason can span lines', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Rättelser', kommun: 'Örebro', exercise: false });
  await journal.logByKeyboard('Skolan utrymd', 'information');
  await journal.logByKeyboard('Rektor ringde', 'call');
  await expect(journal.entry(2)).toBeVisible();

  await page.keyboard.press('Alt+KeyR');
  await expect(journal.correctionDialog).toBeVisible();
  await expect(journal.correctionDialog).toContainText('Rättelse av loggpost #2');
  await expect(journal.correctionDialog.getByTestId('correction-text')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(journal.correctionDialog).toBeHidden();
  await expect(journal.textInput).toBeFocused();

  await journal.entry(1).getByTestId('correct-button').click();
  const dialog = journal.correctionDialog;
  await dialog.getByTestId('kind-decision').click();
  await dialog.getByTestId('correction-actor').fill('Rektor');
  await dialog.getByTestId('correction-significant').check();
  await dialog.getByTestId('correction-reason').fill('Fel typ:');
  await dialog.getByTestId('correction-reason').press('Shift+Enter');
  await dialog.getByTestId('correction-reason').pressSequentially('det var ett beslut');
  await dialog.getByTestId('correction-reason').press('Enter');
  await expect(dialog).toBeHidden();

  const correction = journal.entry(3);
  await expect(correction).toHaveClass(/entry-decision/);
  await expect(correction).toHaveClass(/entry-significant/);
  await expect(correction.getByTestId('entry-actor')).toHaveText('Rektor');
  await expect(correction.locator('.entry-reason-text')).toHaveText('Fel typ:\ndet var ett beslut');
  await expect(journal.entry(1)).toHaveClass(/entry-corrected/);
  await expect(journal.entry(1)).toHaveClass(/entry-information/);
  await expect(journal.savedNotice).toContainText('Sparad #3');
});

test('at 800×600 the list keeps room for rows and the page scrolls', async ({ startPage, journal, page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await startPage.createBoard({ name: 'Liten skärm', kommun: 'Kiruna', exercise: true });
  for (let i = 1; i <= 8; i++) {
    await journal.textInput.fill(`Rad ${i} om läget i norra kommundelen`);
    await journal.textInput.press('Enter');
  }
  await expect(journal.count).toHaveText('8 loggposter');
  await journal.openFilters();
  const listBox = await journal.list.boundingBox();
  expect(listBox?.height ?? 0).toBeGreaterThan(250);
  await journal.list.scrollIntoViewIfNeeded();
  // At least three whole rows can be seen in the list at once.
  await expect(journal.entry(8)).toBeInViewport();
  await expect(journal.entry(6)).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeGreaterThan(600);
});

test('right-to-left overrides in user text are isolated: they cannot reverse the text around them', async ({ startPage, journal, page }) => {
  const rlo = '\u202E';
  await startPage.createBoard({ name: `Namn${rlo}ett`, kommun: 'Lund', exercise: false });
  await journal.textInput.fill(`Text${rlo} med override`);
  await journal.actorInput.fill(`Aktör${rlo}gnolyL`);
  await journal.textInput.press('Enter');
  const row = journal.entry(1);
  await expect(row).toBeVisible();
  for (const el of [row.getByTestId('entry-actor'), row.getByTestId('entry-text'), page.getByTestId('board-name')]) {
    await expect(el).toHaveCSS('unicode-bidi', 'isolate');
  }
  // The entry's number comes before its text as usual: to its left (a wide journal) or above it
  // (a narrow one beside the map), never moved to its right by the override.
  const seqBox = await row.locator('.entry-seq').boundingBox();
  const textBox = await row.getByTestId('entry-text').boundingBox();
  const left = (seqBox?.x ?? 0) < (textBox?.x ?? 0);
  const above = (seqBox?.y ?? 0) + (seqBox?.height ?? 0) <= (textBox?.y ?? 0) + 1 && (seqBox?.x ?? 0) <= (textBox?.x ?? 0) + 1;
  expect(left || above).toBe(true);
  // The window title holds the name between isolates too.
  expect(await page.title()).toContain(`\u2068Namn${rlo}ett\u2069`);
});
