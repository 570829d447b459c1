import { mkdirSync } from 'node:fs';
import { stockholmDate } from '../../shared/time';
import { expect, test } from './fixtures';

// The main screens walked through as a log keeper would, leaving pictures for a human to judge
// the look (test-results/screenshots, or SAMLAD_SHOTS=<folder>): a laptop (1366×768), a small
// screen (800×600) and the wall display (1920×1080), in Swedish and English.
const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 800, height: 600 };
const WALL = { width: 1920, height: 1080 };

test('screenshots of the main screens', async ({ startPage, journal, header, page, server, browser }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize(LAPTOP);
  await expect(startPage.createForm).toBeVisible();
  await page.screenshot({ path: `${DIR}/start-1366.png` });
  await page.setViewportSize(SMALL);
  await page.screenshot({ path: `${DIR}/start-800.png` });
  await page.setViewportSize(LAPTOP);

  await startPage.createBoard({ name: 'Storm Gudrun – övning 2', kommun: 'Växjö', exercise: true, activated: true });
  await journal.logByKeyboard('Krisledningsnämnden sammankallad till 10:00', 'decision');
  await journal.actorInput.fill('Räddningstjänsten Växjö');
  await journal.textInput.focus();
  await journal.logByKeyboard('Räddningstjänsten har stängt väg 23 vid Alvesta', 'action');
  await journal.actorInput.fill('E.ON');
  await journal.textInput.focus();
  await page.keyboard.type('Elnätet: 4 300 kunder utan ström i norra kommundelen.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Beräknad åtgärdstid 18:00.');
  await page.keyboard.press('Alt+Digit4');
  await page.keyboard.press('Enter');
  await journal.logByKeyboard('Pressmeddelande om trygghetspunkter publicerat', 'outgoing');
  await journal.logByKeyboard('Länsstyrelsen ringde: samverkanskonferens 13:00', 'call');
  await expect(journal.entry(5)).toBeVisible();
  await journal.correct(2, 'Räddningstjänsten har stängt väg 25 vid Alvesta', 'Fel vägnummer');
  // A line logged afterwards, with the time it happened (yesterday evening).
  await journal.textInput.fill('Larm om nedfallen ledning vid Ingelstad (inkom via 112)');
  await journal.dateInput.fill(stockholmDate(new Date(Date.now() - 24 * 3_600_000)));
  await journal.timeInput.fill('22:40');
  await journal.textInput.press('Enter');
  await expect(journal.entries).toHaveCount(7);
  await expect(header.exerciseBanner).toBeVisible();
  await page.screenshot({ path: `${DIR}/journal-1366.png` });

  await page.setViewportSize(SMALL);
  await page.screenshot({ path: `${DIR}/journal-800.png` });
  await page.screenshot({ path: `${DIR}/journal-800-full.png`, fullPage: true });
  await page.setViewportSize(LAPTOP);

  await journal.search.fill('väg');
  await expect(journal.entries).toHaveCount(2);
  await journal.openFilters();
  await page.screenshot({ path: `${DIR}/search-1366.png` });
  await journal.search.fill('');
  await journal.filterToggle.click();

  await journal.entry(3).getByTestId('correct-button').click();
  await page.screenshot({ path: `${DIR}/correction-1366.png` });
  await page.keyboard.press('Escape');

  await header.closeButton.click();
  await page.screenshot({ path: `${DIR}/close-confirm-1366.png` });
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await header.switchLanguage('en');
  await page.screenshot({ path: `${DIR}/journal-1366-en.png` });
  await page.setViewportSize(SMALL);
  await page.screenshot({ path: `${DIR}/journal-800-en.png` });
  await header.switchLanguage('sv');

  expect(server.wallUrl).toMatch(/\?token=/);
  const wall = await browser.newPage({ viewport: WALL });
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('entry').first()).toBeVisible();
  // A back-dated line arriving while the wall watches.
  await journal.textInput.fill('Samtal från Region Kronoberg kl. 23:05 (loggas i efterhand)');
  await journal.dateInput.fill(stockholmDate(new Date(Date.now() - 24 * 3_600_000)));
  await journal.timeInput.fill('23:05');
  await journal.textInput.press('Enter');
  await expect(wall.getByTestId('backdated-strip')).toBeVisible();
  // The same picture every run: the list has taken the new line in too.
  await expect(wall.getByTestId('entry')).toHaveCount(8);
  await wall.screenshot({ path: `${DIR}/wall-1920.png` });
  await wall.evaluate(() => localStorage.setItem('samlad.language', 'en'));
  await wall.reload();
  await expect(wall.getByTestId('entry').first()).toBeVisible();
  await wall.screenshot({ path: `${DIR}/wall-1920-en.png` });
  await wall.close();
});
