import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectApi } from './api';
import { expect, test } from './fixtures';
import { CAP_XSD, validate } from '../unit/xmllint';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SAMPLE = fileURLToPath(new URL('../fixtures/samples/cap/smhi-05-smhi-bpm-1552397401981.xml', import.meta.url));
const NOT_CAP = fileURLToPath(new URL('../../package.json', import.meta.url));

test('a joint message: draft, two approvals, a change request, a new version, approvals again, publish, export CAP', async ({ startPage, page, server }) => {
  await startPage.createBoard({ name: 'Brand Hemlingby', kommun: 'Gävle', exercise: true });
  // An area on the map, drawn by someone else: the message's affected area comes from it.
  const api = await connectApi(server.url);
  await api.call('map.create', {
    geometry: { type: 'Polygon', coordinates: [[[17.1, 60.66], [17.16, 60.66], [17.16, 60.7], [17.1, 60.7], [17.1, 60.66]]] },
    title: 'Hemlingby industriområde',
    category: 'hazard',
  });
  api.close();
  // The communicator's view: joint messages foremost, the journal beside them.
  await page.getByTestId('layout-switch').selectOption('communicator');
  const pane = page.getByTestId('messages-pane');
  await pane.getByTestId('message-new').click();
  const editor = pane.getByTestId('message-editor');
  await editor.getByTestId('message-headline-sv').fill('Stäng fönster och dörrar');
  await editor.getByTestId('message-body-sv').fill('Brand i Hemlingby. Röken är giftig.');
  await editor.getByTestId('message-actors').fill('Polisen, Räddningstjänsten');
  await editor.getByTestId('message-map-areas').getByLabel('Hemlingby industriområde').check();
  await editor.getByTestId('message-save').click();

  const detail = pane.getByTestId('message-detail');
  await expect(detail.getByRole('heading', { name: 'Nr 1: Stäng fönster och dörrar' })).toBeVisible();
  const approval = (actor: string) => detail.locator(`[data-testid="approval"][data-actor="${actor}"]`);
  await expect(pane.getByTestId('publish')).toBeDisabled();
  await expect(pane.getByTestId('publish-blocked')).toContainText('Polisen, Räddningstjänsten');

  await approval('Polisen').getByTestId('approve').click();
  await expect(approval('Polisen')).toHaveAttribute('data-state', 'approved');
  await approval('Räddningstjänsten').getByTestId('request-change').click();
  await approval('Räddningstjänsten').getByTestId('change-comment').fill('Nämn Sörby också');
  await approval('Räddningstjänsten').getByTestId('change-send').click();
  await expect(approval('Räddningstjänsten')).toHaveAttribute('data-state', 'change_requested');
  await expect(approval('Räddningstjänsten')).toContainText('Nämn Sörby också');
  await expect(pane.getByTestId('publish-blocked')).toContainText('Räddningstjänsten');

  // A new version: every approval starts over.
  await detail.getByTestId('message-edit').click();
  await editor.getByTestId('message-body-sv').fill('Brand i Hemlingby och Sörby. Röken är giftig.');
  await editor.getByTestId('message-save').click();
  await expect(detail.getByText('Utkast, version 2')).toBeVisible();
  await expect(approval('Polisen')).toHaveAttribute('data-state', 'waiting');
  await detail.getByTestId('diff-show').click();
  await expect(detail.locator('ins')).toHaveText([' och Sörby']);

  await approval('Polisen').getByTestId('approve').click();
  await approval('Räddningstjänsten').getByTestId('approve').click();
  await expect(pane.getByTestId('publish')).toBeEnabled();
  expect((await new AxeBuilder({ page }).include('[data-testid="messages-pane"]').withTags(TAGS).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await pane.getByTestId('publish').click();
  await expect(pane.getByTestId('message-published')).toContainText('Webb');

  // The outgoing journal entry carries the final text.
  const journal = page.getByTestId('journal-pane');
  await expect(journal.getByTestId('entry').filter({ hasText: 'Brand i Hemlingby och Sörby' })).toBeVisible();

  const download = page.waitForEvent('download');
  await pane.getByTestId('export-cap').click();
  const file = await (await download).path();
  const xml = readFileSync(file, 'utf8');
  expect(validate(xml, CAP_XSD).ok).toBe(true);
  expect(xml).toContain('<status>Exercise</status>');
  // The map's area went out with it, as a CAP polygon (lat,lon).
  expect(xml).toContain('<areaDesc>Hemlingby industriområde</areaDesc>');
  expect(xml).toContain('<polygon>60.66,17.1 60.66,17.16 60.7,17.16 60.7,17.1 60.66,17.1</polygon>');
});

test('CAP warnings come in from a file; a file that is not CAP says why and changes nothing', async ({ startPage, page }) => {
  await startPage.createBoard({ name: 'Snöoväder', kommun: 'Falun', exercise: true });
  // Alt+L goes round the staff views: Loggförare → Kommunikatör.
  await page.keyboard.press('Alt+KeyL');
  await expect(page.getByTestId('layout-switch')).toHaveValue('communicator');
  const warnings = page.getByTestId('warnings');
  await warnings.getByTestId('cap-file').setInputFiles(NOT_CAP);
  await expect(warnings.getByTestId('cap-error')).toContainText('inte ett CAP 1.2-meddelande');
  await expect(warnings.getByTestId('warning')).toHaveCount(0);
  await warnings.getByTestId('cap-file').setInputFiles(SAMPLE);
  await expect(warnings.getByTestId('cap-result')).toContainText('Dalarnas län utom Dalafjällen');
  await expect(warnings.getByTestId('warning')).toHaveCount(1);
  await expect(page.getByTestId('journal-pane').getByTestId('entry').filter({ hasText: '10-15 cm snö' })).toBeVisible();
});
