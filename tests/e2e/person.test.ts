import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { StartPage } from './page-models/StartPage';

test('a new seat is asked who is at it; the name goes on every entry, on the wall too', async ({ server, page, browser }) => {
  await page.goto(server.url);
  const form = page.getByTestId('person-form');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('create-board')).toHaveCount(0);
  // Nothing typed: asked again, nothing else opens.
  await page.getByTestId('person-submit').click();
  await expect(form.getByRole('alert')).toHaveText('Skriv ditt namn.');
  await page.getByTestId('person-name').fill('Li Loggförare');
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('person-badge')).toContainText('Li Loggförare');

  await new StartPage(page).createBoard({ name: 'Vem skrev', kommun: 'Kalmar', exercise: false });
  await page.getByTestId('entry-text-input').fill('Stab upprättad');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry').first().getByTestId('entry-by')).toHaveText('av Li Loggförare');

  const wall = await browser.newPage();
  await wall.goto(server.wallUrl ?? '');
  await expect(wall.getByTestId('entry').first().getByTestId('entry-by')).toHaveText('av Li Loggförare');
  await expect(wall.getByTestId('person-form')).toHaveCount(0);
  await wall.close();

  // Remembered on this machine: a reload does not ask again. "Byt person" does.
  await page.reload();
  await expect(page.getByTestId('person-badge')).toContainText('Li Loggförare');
  await page.getByTestId('person-badge').getByRole('button').click();
  await expect(page.getByTestId('person-form')).toBeVisible();
});

test('the name form passes axe with no serious or critical violation', async ({ server, page }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('person-form')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
