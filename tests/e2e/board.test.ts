import { expect, test } from './fixtures';

test('close a board and reopen it from the recent list', async ({ startPage, header, journal, page }) => {
  await startPage.createBoard({ name: 'Snöstorm', kommun: 'Luleå', exercise: false, activated: true });
  await expect(header.mode).toHaveText('Krisledning aktiverad');
  await expect(header.exerciseBanner).toHaveCount(0);
  await journal.logByKeyboard('Snöröjning prioriterad', 'decision');
  await header.closeBoard();
  await expect(startPage.root).toBeVisible();
  const recent = startPage.recent.getByTestId('recent-board').filter({ hasText: 'Snöstorm' });
  await expect(recent).toContainText('Luleå');
  await recent.getByRole('button', { name: 'Öppna Snöstorm' }).click();
  await expect(header.boardName).toHaveText('Snöstorm');
  await expect(journal.entry(1)).toContainText('Snöröjning prioriterad');
  await expect(page.getByTestId('connection-banner')).toHaveCount(0);
});

test('an unknown kommun is refused with a clear message', async ({ startPage, page }) => {
  await startPage.createForm.getByLabel('Händelsens namn').fill('Test');
  await startPage.createForm.getByLabel('Kommun', { exact: true }).fill('Atlantis');
  await startPage.createForm.getByRole('button', { name: 'Skapa händelse' }).click();
  await expect(startPage.createForm.getByRole('alert')).toHaveText('Välj en kommun ur listan.');
  await expect(page.getByTestId('journal-pane')).toHaveCount(0);
});

test('the wall seat sees the board and the exercise banner but no write controls', async ({ startPage, server, browser }) => {
  // The server prints the wall display's address beside the staff one; no address is a failure.
  expect(server.wallUrl).toMatch(/\?token=/);
  await startPage.createBoard({ name: 'Väggtest', kommun: 'Kalmar', exercise: true });
  const wall = await browser.newPage();
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('board-name')).toHaveText('Väggtest');
  await expect(wall.getByTestId('exercise-banner')).toBeVisible();
  await expect(wall.getByTestId('entry-form')).toHaveCount(0);
  await expect(wall.getByTestId('close-board')).toHaveCount(0);

  // A line logged at the staff seat reaches the wall by the pushed event.
  await startPage.page.keyboard.type('Syns på väggen');
  await startPage.page.keyboard.press('Enter');
  await expect(wall.getByTestId('entry').first()).toContainText('Syns på väggen');
  await expect(wall.getByTestId('correct-button')).toHaveCount(0);
  await wall.close();
});

test('activating krisledning asks once more, changes the header and is logged as a decision', async ({ startPage, header, journal, page }) => {
  await startPage.createBoard({ name: 'Höjd beredskap', kommun: 'Luleå', exercise: false });
  await expect(header.mode).toHaveText('Normalläge');
  await page.getByTestId('mode-change').click();
  await page.getByTestId('mode-confirm').click();
  await expect(header.mode).toHaveText('Krisledning aktiverad');
  await expect(journal.entry(1).getByTestId('entry-text')).toHaveText('Läget ändrat: Normalläge → Krisledning aktiverad');
  await expect(journal.entry(1)).toHaveClass(/entry-decision/);
});
