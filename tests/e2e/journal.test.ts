import { expect, test } from './fixtures';
import type { Kind } from './page-models/JournalPane';

test('create an exercise board: the header shows name, kommun and ÖVNING', async ({ startPage, header }) => {
  await startPage.createBoard({ name: 'Storm Gudrun 2', kommun: 'Växjö', exercise: true });
  await expect(header.boardName).toHaveText('Storm Gudrun 2');
  await expect(header.kommun).toContainText('Växjö');
  await expect(header.exerciseBanner).toBeVisible();
  await expect(header.exerciseBanner).toContainText('ÖVNING');
  await expect(header.mode).toHaveText('Normalläge');
  await expect(header.clock).toHaveText(/^\d{2}:\d{2}:\d{2}/);
});

test('log five entries by keyboard only; each shows at once and focus stays', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Vattenläcka', kommun: 'Umeå', exercise: false });
  await expect(journal.textInput).toBeFocused();
  const lines: Array<[string, Kind]> = [
    ['Stabsläge beslutat kl 08', 'decision'],
    ['Räddningstjänsten larmad', 'action'],
    ['Vattenverket rapporterar tryckfall', 'information'],
    ['Samtal från länsstyrelsen', 'incoming'],
    ['Pressmeddelande skickat', 'outgoing'],
  ];
  for (const [i, [text, kind]] of lines.entries()) {
    await journal.logByKeyboard(text, kind);
    const row = journal.entry(i + 1);
    await expect(row.getByTestId('entry-text')).toHaveText(text);
    await expect(row).toHaveClass(new RegExp(`entry-${kind}`));
    await expect(journal.textInput).toHaveValue('');
    await expect(journal.textInput).toBeFocused();
  }
  await expect(journal.count).toHaveText('5 loggposter');
  // Newest first.
  await expect(journal.entries.first()).toHaveAttribute('data-seq', '5');
  await expect(page.getByTestId('entry-error')).toHaveCount(0);
});

test('typing on while earlier lines are saved loses and mixes nothing', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Snabbskrivning', kommun: 'Borås', exercise: false });
  const lines = ['Första raden', 'Andra raden', 'Tredje raden', 'Fjärde raden', 'Femte raden', 'Sjätte raden'];
  // No waiting between lines: the next one is typed while the previous is still on its way.
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(journal.count).toHaveText(`${lines.length} loggposter`);
  for (const [i, line] of lines.entries()) {
    await expect(journal.entry(i + 1).getByTestId('entry-text')).toHaveText(line);
  }
  await expect(journal.textInput).toHaveValue('');
  await expect(journal.textInput).toBeFocused();
});

test('Shift+Enter makes a new line; a bad time saves nothing and keeps the text', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Skyfall', kommun: 'Gävle', exercise: false });
  await page.keyboard.type('rad ett');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('rad två');
  await journal.root.getByLabel('kl.').fill('25:99');
  await journal.textInput.focus();
  await page.keyboard.press('Enter');
  await expect(journal.error).toBeVisible();
  await expect(journal.textInput).toHaveValue('rad ett\nrad två');
  await expect(journal.count).toHaveText('0 loggposter');
  await journal.root.getByLabel('kl.').fill('');
  await journal.textInput.press('Enter');
  await expect(journal.entry(1).getByTestId('entry-text')).toHaveText('rad ett\nrad två');
});

test('correct an entry: original struck through with a link, correction shows the reason', async ({ startPage, journal }) => {
  await startPage.createBoard({ name: 'Brand i skola', kommun: 'Örebro', exercise: false });
  await journal.logByKeyboard('Evakuering av 300 elever', 'action');
  await journal.logByKeyboard('Rektor informerad', 'information');
  await expect(journal.entry(2)).toBeVisible();
  await journal.correct(1, 'Evakuering av 350 elever', 'Fel antal vid första rapport');

  const original = journal.entry(1);
  await expect(original).toHaveClass(/entry-corrected/);
  await expect(original.getByTestId('entry-text')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(original.getByTestId('corrected-by')).toHaveText('Rättad av #3');
  await expect(original.getByTestId('correct-button')).toHaveCount(0);

  const correction = journal.entry(3);
  await expect(correction).toContainText('Evakuering av 350 elever');
  await expect(correction.getByTestId('correction-note')).toContainText('Rättar #1');
  await expect(correction.getByTestId('correction-note')).toContainText('Orsak: Fel antal vid första rapport');
  await expect(journal.textInput).toBeFocused();
});

test('a correction needs a reason', async ({ startPage, journal }) => {
  await startPage.createBoard({ name: 'Elavbrott', kommun: 'Kiruna', exercise: false });
  await journal.logByKeyboard('Ström borta i centrum', 'information');
  await journal.entry(1).getByTestId('correct-button').click();
  await journal.correctionDialog.getByTestId('correction-text').fill('Ström borta i hela tätorten');
  await journal.correctionDialog.getByTestId('correction-text').press('Enter');
  await expect(journal.correctionDialog.getByRole('alert')).toHaveText('Ange en orsak till rättelsen.');
  await journal.correctionDialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(journal.entries).toHaveCount(1);
});

test('search highlights hits, filters the rest, ignores case and keeps å apart from a', async ({ startPage, journal }) => {
  await startPage.createBoard({ name: 'Översvämning', kommun: 'Åre', exercise: true });
  await journal.logByKeyboard('Vägen mot Åre stängd', 'information');
  await journal.logByKeyboard('Bussen till Are försenad', 'incoming');
  await journal.logByKeyboard('Kommunhuset öppet', 'action');
  await expect(journal.entries).toHaveCount(3);

  await journal.search.fill('vägen');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entries.first().locator('mark')).toHaveText('Vägen');

  await journal.search.fill('åre');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.entries.first()).toHaveAttribute('data-seq', '1');
  await expect(journal.entries.first().locator('mark')).toHaveText('Åre');

  await journal.search.fill('');
  await expect(journal.entries).toHaveCount(3);
});

test('switch language to English and back', async ({ startPage, header, journal, page }) => {
  await startPage.createBoard({ name: 'Språktest', kommun: 'Malmö', exercise: true });
  await journal.logByKeyboard('Beslut om stab', 'decision');
  await expect(header.exerciseBanner).toContainText('ÖVNING');
  await expect(journal.entry(1)).toContainText('Beslut');

  await header.switchLanguage('en');
  await expect(header.exerciseBanner).toContainText('EXERCISE');
  await expect(header.mode).toHaveText('Ordinary');
  await expect(journal.entry(1)).toContainText('Decision');
  await expect(page.getByRole('button', { name: 'Close incident …' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(header.exerciseBanner).toContainText('EXERCISE');

  await header.switchLanguage('sv');
  await expect(header.exerciseBanner).toContainText('ÖVNING');
  await expect(journal.entry(1)).toContainText('Beslut');
  await expect(page.getByRole('button', { name: 'Stäng händelsen …' })).toBeVisible();
});

test('user text is text: markup shows literally and never runs', async ({ startPage, journal, dialogs, page }) => {
  await startPage.createBoard({ name: '<b>Fet</b> <img src=x onerror=alert(2)>', kommun: 'Lund', exercise: false });
  const payload = '<img src=x onerror=alert(1)>';
  await journal.logByKeyboard(payload, 'information');
  await expect(journal.entry(1).getByTestId('entry-text')).toHaveText(payload);
  await journal.search.fill('img');
  await expect(journal.entries).toHaveCount(1);
  await expect(journal.list.locator('img')).toHaveCount(0);
  await expect(page.locator('header img')).toHaveCount(0);
  await expect(page.getByTestId('board-name')).toHaveText('<b>Fet</b> <img src=x onerror=alert(2)>');
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
