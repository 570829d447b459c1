import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

// The main screens walked through as a log keeper would, leaving pictures for a human to judge
// the look (test-results/screenshots, or SAMLAD_SHOTS=<folder>).
const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';

test('screenshots of the main screens', async ({ startPage, journal, header, page, server, browser }) => {
  mkdirSync(DIR, { recursive: true });
  await expect(startPage.createForm).toBeVisible();
  await page.screenshot({ path: `${DIR}/start.png` });

  await startPage.createBoard({ name: 'Storm Gudrun – övning 2', kommun: 'Växjö', exercise: true, activated: true });
  await journal.logByKeyboard('Krisledningsnämnden sammankallad till 10:00', 'decision');
  await journal.logByKeyboard('Räddningstjänsten har stängt väg 23 vid Alvesta', 'action');
  await page.keyboard.type('Elnätet: 4 300 kunder utan ström i norra kommundelen.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Beräknad åtgärdstid 18:00.');
  await page.keyboard.press('Alt+Digit4');
  await page.keyboard.press('Enter');
  await journal.logByKeyboard('Pressmeddelande om trygghetspunkter publicerat', 'outgoing');
  await journal.logByKeyboard('Länsstyrelsen ringde: samverkanskonferens 13:00', 'call');
  await journal.correct(2, 'Räddningstjänsten har stängt väg 25 vid Alvesta', 'Fel vägnummer');
  await expect(journal.entries).toHaveCount(6);
  await expect(header.exerciseBanner).toBeVisible();
  await page.screenshot({ path: `${DIR}/journal.png` });

  await journal.search.fill('väg');
  await expect(journal.entries).toHaveCount(2);
  await page.screenshot({ path: `${DIR}/search.png` });

  await journal.search.fill('');
  await journal.entry(3).getByTestId('correct-button').click();
  await page.screenshot({ path: `${DIR}/correction.png` });
  await page.keyboard.press('Escape');

  if (server.wallUrl) {
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(server.wallUrl);
    await expect(wall.getByTestId('entry').first()).toBeVisible();
    await wall.screenshot({ path: `${DIR}/wall.png` });
    await wall.close();
  }
});
