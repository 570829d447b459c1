import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// WCAG 2.1 AA, as axe checks it: no serious or critical violation on the start screen and the journal.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the start screen has no serious accessibility violations', async ({ startPage, page }) => {
  await expect(startPage.createForm).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page }))).toEqual([]);
});

test('the journal pane (with entries, filters open, a correction) has no serious accessibility violations', async ({ startPage, journal, page }) => {
  await startPage.createBoard({ name: 'Tillgänglighet', kommun: 'Växjö', exercise: true });
  await journal.logByKeyboard('Krisledningsnämnden sammankallad', 'decision');
  await journal.textInput.fill('Polisen rapporterar');
  await journal.actorInput.fill('Polisen');
  await journal.textInput.press('Enter');
  await expect(journal.entry(2)).toBeVisible();
  await journal.correct(1, 'Krisledningsnämnden sammankallad till 10:00', 'Tid saknades');
  await journal.openFilters();
  await journal.search.fill('polis');
  await expect(journal.entries).toHaveCount(1);
  expect(await seriousViolations(new AxeBuilder({ page }).include('[data-testid="journal-pane"]'))).toEqual([]);
  expect(await seriousViolations(new AxeBuilder({ page }).include('[data-testid="header"]'))).toEqual([]);
});
