import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { connectApi } from './api';
import { join, openSeat, RoomPane } from './page-models/RoomPane';

// The room (issue 13), from the seats' side: the host shares, other machines (each its own browser
// context, as another laptop would be) pair with a code and a name, write, are revoked, drop and
// come back. The host's seat is the fixture's (the staff URL on loopback).

const DIR = process.env.SAMLAD_SHOTS ?? 'test-results/screenshots';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The address of the board without any code: what a seat typing the code by hand opens. */
function bare(url: string): string {
  const u = new URL(url);
  return `${u.origin}/`;
}

test('a log keeper pairs with a code and a name; the host sees what they write under that name, and so does the wall', async ({ startPage, page, journal, browser }) => {
  await startPage.createBoard({ name: 'Rummet', kommun: 'Umeå', exercise: true });
  const room = new RoomPane(page);
  await room.open();
  // Off by default, and it says what off means.
  await expect(room.says).toContainText('Ingenting lyssnar utanför den här datorn');
  await room.shareOn();
  const { shown, url } = await room.code('logkeeper');
  expect(shown).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  expect(url).toContain(`pair=${shown.replace('-', '')}`);
  await expect(room.card('logkeeper').getByTestId('room-qr')).toBeVisible();

  // The QR code's address: the code comes prefilled; the person states their name.
  const keeper = await openSeat(browser, url);
  try {
    await expect(keeper.page.getByTestId('join-code')).toHaveValue(shown);
    await join(keeper.page, 'Lars Loggare');
    await expect(keeper.page.getByTestId('journal-pane')).toBeVisible();
    // A paired log keeper starts in the log keeper's view, with the code gone from the address.
    await expect(keeper.page.locator('main.board-grid')).toHaveAttribute('data-layout', 'logkeeper');
    expect(new URL(keeper.page.url()).searchParams.has('pair')).toBe(false);
    // No second question for the name: it was given when pairing.
    await expect(keeper.page.getByTestId('person-form')).toHaveCount(0);

    await keeper.page.getByTestId('entry-text-input').fill('Elen tillbaka i Ersboda');
    await keeper.page.getByTestId('entry-text-input').press('Enter');
    await expect(journal.list.getByText('Elen tillbaka i Ersboda')).toBeVisible();
    const entry = journal.entries.filter({ hasText: 'Elen tillbaka i Ersboda' });
    await expect(entry.getByTestId('entry-by')).toContainText('Lars Loggare');

    // The host sees the seat: its name, kind, and that it is connected.
    await expect(room.seat('Lars Loggare')).toContainText('Loggförare');
    await expect(room.seat('Lars Loggare')).toHaveAttribute('data-connected', 'true');

    // The wall pairs with the wall code and shows what the log keeper wrote, read-only.
    const wall = await openSeat(browser, (await room.code('wall')).url);
    try {
      await join(wall.page, 'Väggen');
      await expect(wall.page.locator('main.board-grid')).toHaveAttribute('data-layout', 'wall');
      await expect(wall.page.getByText('Elen tillbaka i Ersboda')).toBeVisible();
      await expect(wall.page.getByTestId('entry-text-input')).toHaveCount(0);
    } finally {
      await wall.context.close();
    }
  } finally {
    await keeper.context.close();
  }
});

test('a wrong code is refused in words; a revoked seat is back on the join page and its code no longer works', async ({ startPage, page, browser }) => {
  await startPage.createBoard({ name: 'Återkallad', kommun: 'Luleå', exercise: true });
  const room = new RoomPane(page);
  await room.open();
  await room.shareOn();
  const { shown, url } = await room.code('logkeeper');

  const seat = await openSeat(browser, bare(url));
  try {
    await expect(seat.page.getByTestId('join-form')).toBeVisible();
    expect(await seriousViolations(seat.page, '[data-testid="join-form"]')).toEqual([]);
    // A wrong code: refused, said so, nothing else happens.
    await join(seat.page, 'Rut Revoked', 'ZZZ-ZZZ');
    await expect(seat.page.getByTestId('join-error')).toContainText('Koden gäller inte');
    await expect(seat.page.getByTestId('join-form')).toBeVisible();
    // The right code, typed by hand in lower case.
    await join(seat.page, 'Rut Revoked', shown.toLowerCase());
    await expect(seat.page.getByTestId('journal-pane')).toBeVisible();
    await expect(room.seat('Rut Revoked')).toHaveAttribute('data-connected', 'true');

    await room.revoke('Rut Revoked');
    await expect(seat.page.getByTestId('join-revoked')).toBeVisible();
    await expect(seat.page.getByTestId('journal-pane')).toHaveCount(0);
    // The code it paired with stops working too.
    await join(seat.page, 'Rut Revoked', shown);
    await expect(seat.page.getByTestId('join-error')).toContainText('Koden gäller inte');
  } finally {
    await seat.context.close();
  }
});

test('a seat whose connection drops comes back and shows what was written meanwhile, exactly once', async ({ startPage, page, journal, browser }) => {
  await startPage.createBoard({ name: 'Avbrott i rummet', kommun: 'Kiruna', exercise: true });
  const room = new RoomPane(page);
  await room.open();
  await room.shareOn();
  const seat = await openSeat(browser, (await room.code('communicator')).url);
  // Every socket the page opens, so the test can drop the live one as a network would.
  await seat.page.addInitScript(() => {
    const Native = window.WebSocket;
    const open: WebSocket[] = [];
    (window as unknown as { __sockets: WebSocket[] }).__sockets = open;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        open.push(this);
      }
    };
  });
  await seat.page.reload();
  try {
    await join(seat.page, 'Kim Kommunikatör');
    await expect(seat.page.locator('main.board-grid')).toHaveAttribute('data-layout', 'communicator');
    await journal.textInput.focus();
    await journal.logByKeyboard('Före avbrottet', 'information');
    await expect(seat.page.getByText('Före avbrottet')).toBeVisible();

    await seat.context.setOffline(true);
    await seat.page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.forEach((s) => s.close()));
    await expect(seat.page.getByTestId('connection-banner')).toBeVisible();
    await journal.textInput.focus();
    await journal.logByKeyboard('Medan platsen var borta 1', 'information');
    await journal.logByKeyboard('Medan platsen var borta 2', 'decision');
    await expect(journal.list.getByText('Medan platsen var borta 2')).toBeVisible();
    // Written while the seat was away: it is still off the network, and shows neither line yet.
    await expect(seat.page.getByTestId('connection-banner')).toBeVisible();
    await expect(seat.page.getByText('Medan platsen var borta 1')).toHaveCount(0);

    await seat.context.setOffline(false);
    await expect(seat.page.getByTestId('connection-banner')).toHaveCount(0, { timeout: 20_000 });
    for (const text of ['Före avbrottet', 'Medan platsen var borta 1', 'Medan platsen var borta 2']) {
      await expect(seat.page.getByTestId('journal-pane').getByText(text, { exact: true })).toHaveCount(1);
    }
    // A line the seat writes after coming back reaches the host once too.
    await seat.page.getByTestId('entry-text-input').fill('Tillbaka igen');
    await seat.page.getByTestId('entry-text-input').press('Enter');
    await expect(journal.list.getByText('Tillbaka igen', { exact: true })).toHaveCount(1);
  } finally {
    await seat.context.close();
  }
});

test('the Room pane has no serious accessibility violations; screenshots at 1366×768, sv and en', async ({ startPage, page, browser }) => {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await startPage.createBoard({ name: 'Storm Hilda', kommun: 'Gävle', exercise: true });
  const room = new RoomPane(page);
  await room.open();
  expect(await seriousViolations(page, '[data-testid="room-pane"]')).toEqual([]);
  await room.shareOn();
  const seat = await openSeat(browser, (await room.code('lead')).url);
  try {
    await join(seat.page, 'Sara Stabschef');
    await expect(seat.page.locator('main.board-grid')).toHaveAttribute('data-layout', 'lead');
    await expect(room.seat('Sara Stabschef')).toBeVisible();
    await page.screenshot({ path: `${DIR}/room-1366.png` });
    await room.seat('Sara Stabschef').getByTestId('room-revoke').click();
    await expect(room.revokeConfirm('Sara Stabschef')).toContainText('Återkalla Sara Stabschef (Stabschef)?');
    expect(await seriousViolations(page, '[data-testid="room-pane"]')).toEqual([]);
    await page.screenshot({ path: `${DIR}/room-1366-revoke.png` });
    // Not revoked after all: the keyboard is back on that seat's button, the seat still there.
    await room.revokeConfirm('Sara Stabschef').getByRole('button', { name: 'Avbryt' }).click();
    await expect(room.seat('Sara Stabschef').getByTestId('room-revoke')).toBeFocused();
    await expect(room.seat('Sara Stabschef')).toHaveAttribute('data-connected', 'true');
    await page.evaluate(() => localStorage.setItem('samlad.language', 'en'));
    await page.reload();
    await expect(room.root).toBeVisible();
    await expect(room.says).toContainText('Computers on the staff room');
    await page.screenshot({ path: `${DIR}/room-1366-en.png` });
    await page.evaluate(() => localStorage.setItem('samlad.language', 'sv'));
  } finally {
    await seat.context.close();
  }
});

test('a liaison pairs for their own actor: the liaison view shows that actor, and the status they report reaches the host', async ({ startPage, page, browser, server }) => {
  await startPage.createBoard({ name: 'Samverkan', kommun: 'Gävle', exercise: true });
  const room = new RoomPane(page);
  await room.open();
  await room.shareOn();
  await room.root.getByTestId('room-liaison-actor').selectOption({ label: 'Polisen' });
  await room.root.getByTestId('room-liaison-create').click();
  const card = room.root.locator('[data-testid="room-code"][data-kind="liaison"]').filter({ hasText: 'Polisen' });
  await expect(card).toBeVisible();
  const url = (await card.locator('.room-code-url').textContent())?.trim() ?? '';

  // The staff gives Polisen an assignment and logs an entry before the liaison joins.
  const api = await connectApi(server.url);
  const police = (await api.call('actors.list', {})).actors.find((a) => a.name === 'Polisen');
  if (!police) throw new Error('no Polisen');
  await api.call('actors.assign', { actor: police.id, what: 'Spärra av Norra Kungsgatan' });
  await api.call('journal.append', { kind: 'information', text: 'Vatten i tunneln vid Gävle C' });
  api.close();

  const liaison = await openSeat(browser, url);
  try {
    await join(liaison.page, 'Petra Polis');
    await expect(liaison.page.locator('main.board-grid')).toHaveAttribute('data-layout', 'liaison');
    const own = liaison.page.getByTestId('liaison-pane');
    await expect(own.getByRole('heading', { level: 2 })).toHaveText('Polisen');
    // A liaison writes for its own actor and new entries only: no mode, wall, closing or corrections.
    await expect(liaison.page.getByTestId('entry').filter({ hasText: 'Vatten i tunneln' })).toBeVisible();
    for (const id of ['mode-change', 'wall-settings-open', 'close-board', 'correct-button']) await expect(liaison.page.getByTestId(id)).toHaveCount(0);
    // Its records carry the name it paired with: the header says that name and offers no change.
    await expect(liaison.page.getByTestId('person-badge')).toHaveText(/Petra Polis/);
    await expect(liaison.page.getByTestId('person-badge').getByRole('button')).toHaveCount(0);
    // It takes its assignment on; cancelling one is the staff's.
    const task = own.getByTestId('assignment').filter({ hasText: 'Norra Kungsgatan' });
    await expect(task.getByTestId('assignment-to-cancelled')).toHaveCount(0);
    await task.getByTestId('assignment-to-accepted').click();
    await expect(task).toHaveAttribute('data-status', 'accepted');
    await own.getByTestId('liaison-report').click();
    await own.getByTestId('level-staff').check();
    await own.getByTestId('status-situation').fill('Avspärrning vid Gävle C');
    await own.getByTestId('status-save').click();
    await expect(own.getByTestId('status-form')).toHaveCount(0);
    await expect(own.getByTestId('actor-tile')).toHaveAttribute('data-level', 'staff');
    expect(await seriousViolations(liaison.page, '[data-testid="liaison-pane"]')).toEqual([]);
    mkdirSync(DIR, { recursive: true });
    await liaison.page.screenshot({ path: `${DIR}/liaison-1366.png` });

    // The host's journal logs it, under the liaison's name.
    const logged = page.getByTestId('entry').filter({ hasText: 'Avspärrning vid Gävle C' });
    await expect(logged.getByTestId('entry-by')).toContainText('Petra Polis');
    await expect(room.seat('Petra Polis')).toContainText('Samverkansperson, Polisen');
  } finally {
    await liaison.context.close();
  }
});
